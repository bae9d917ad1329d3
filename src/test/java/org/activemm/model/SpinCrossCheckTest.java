package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.activemm.testing.Needs;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/design.md, "The model": SPIN runs the exported Promela of every (arch, scheme) pair for 2 CPUs
 * and must reach the Java checker's verdict. SPIN's breadth-first search (-DBFS) also finds a
 * shortest error, so the depths must match the trace lengths; on a safe pair SPIN stores one state
 * more than the checker explores without symmetry reduction (the state before the Promela init step).
 */
class SpinCrossCheckTest {
    private static final Pattern ERRORS = Pattern.compile("errors: (\\d+)");
    private static final Pattern DEPTH = Pattern.compile("assertion violated .*\\(at depth (\\d+)\\)");
    private static final Pattern STORED = Pattern.compile("(\\d+) states, stored");

    @TempDir
    static Path work;

    private record SpinVerdict(boolean safe, int depth, long stored) {
    }

    @TestFactory
    Stream<DynamicTest> spinAgreesWithTheChecker() {
        Needs.that(onPath("spin") && onPath("gcc"), "spin and gcc for the SPIN cross-check (apt-get install spin;"
                + " .ci/run installs it)");
        List<DynamicTest> tests = new ArrayList<>();
        for (EfiMode efi : EfiMode.values()) {
            for (ArchProfile profile : ArchProfiles.load()) {
                if (efi == EfiMode.IRQS_ON && profile.isVariant()) {
                    continue; // interrupts on: the base arches cover every remote_flush and cpumask value
                }
                for (Strategy strategy : Strategy.values()) {
                    tests.add(DynamicTest.dynamicTest(profile.name() + " " + strategy.word() + " efi " + efi.word(),
                            () -> agree(profile, strategy, efi)));
                }
            }
        }
        return tests.stream();
    }

    private static void agree(ArchProfile profile, Strategy strategy, EfiMode efi) throws Exception {
        Checker.Result java = Checker.explore(new LazyMmModel(profile, strategy, 2, efi, false));
        SpinVerdict spin = runSpin(PromelaExporter.export(profile, strategy, 2, efi),
                profile.name().replace('+', '_') + "_" + strategy.word() + "_" + efi.word());
        assertEquals(java.safe(), spin.safe(), "verdict");
        if (java.safe()) {
            assertEquals(java.statesExplored() + 1, spin.stored(), "states");
        } else {
            assertEquals(java.trace().size(), spin.depth(), "shortest counterexample length");
        }
        assertEquals(java.safe(), ModelChecker.check(profile, strategy, 2, efi).safe(), "with symmetry reduction");
    }

    private static SpinVerdict runSpin(String promela, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.writeString(dir.resolve("model.pml"), promela, StandardCharsets.UTF_8);
        run(dir, "spin", "-a", "model.pml");
        run(dir, "gcc", "-O0", "-DBFS", "-DSAFETY", "-o", "pan", "pan.c");
        String out = run(dir, "./pan");
        Matcher errors = ERRORS.matcher(out);
        Matcher stored = STORED.matcher(out);
        assertTrue(errors.find() && stored.find(), "pan output:\n" + out);
        boolean safe = Integer.parseInt(errors.group(1)) == 0;
        Matcher depth = DEPTH.matcher(out);
        assertTrue(safe || depth.find(), "pan output:\n" + out);
        return new SpinVerdict(safe, safe ? -1 : Integer.parseInt(depth.group(1)), Long.parseLong(stored.group(1)));
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " timed out");
        assertEquals(0, p.exitValue(), String.join(" ", command) + ":\n" + out);
        return out;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
