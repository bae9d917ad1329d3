package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPIN runs the exported Promela of every (arch, scheme, strategy) at 2 and 3 CPUs and must reach
 * the Java checker's verdict. SPIN's breadth-first search (-DBFS) also finds a
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

    /**
     * Two CPUs: every pair with every EFI mode on the base arches (their profiles cover every
     * remote_flush, cpumask and divergence value) and the default EFI mode on the variants; three
     * CPUs: every pair with the default EFI mode.
     */
    @TestFactory
    Stream<DynamicTest> spinAgreesWithTheChecker() {
        boolean tools = onPath("spin") && onPath("gcc");
        if ("true".equals(System.getenv("CI"))) {
            assertTrue(tools, "spin or gcc is not installed; .ci/run installs them");
        }
        assumeTrue(tools, "spin or gcc is not installed: skipping the SPIN cross-check (apt-get install spin; .ci/run installs it)");
        List<DynamicTest> tests = new ArrayList<>();
        for (int cpus = 2; cpus <= 3; cpus++) {
            for (EfiMode efi : EfiMode.values()) {
                for (ArchProfile profile : ArchProfiles.load()) {
                    if (efi != ModelChecker.DEFAULT_EFI && (profile.isVariant() || cpus > 2)) {
                        continue;
                    }
                    for (SchemeStrategy column : SchemeStrategy.all()) {
                        int n = cpus;
                        tests.add(DynamicTest.dynamicTest(profile.name() + " " + column.word() + " efi " + efi.word()
                                + " " + n + " CPUs", () -> agree(profile, column, n, efi)));
                    }
                }
            }
        }
        return tests.stream();
    }

    private static void agree(ArchProfile profile, SchemeStrategy column, int cpus, EfiMode efi) throws Exception {
        Checker.Result java = Checker.explore(new LazyMmModel(profile, column.scheme(), column.strategy(), cpus, efi, false));
        SpinVerdict spin = runSpin(PromelaExporter.export(profile, column, cpus, efi), profile.name().replace('+', '_')
                + "_" + column.word().replace('/', '_') + "_" + efi.word() + "_" + cpus);
        assertEquals(java.safe(), spin.safe(), "verdict");
        if (java.safe()) {
            assertEquals(java.statesExplored() + 1, spin.stored(), "states");
        } else {
            assertEquals(java.trace().size(), spin.depth(), "shortest counterexample length");
        }
        assertEquals(java.safe(), ModelChecker.check(profile, column.scheme(), column.strategy(), cpus, efi).safe(),
                "with symmetry reduction");
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
