package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.activemm.sites.Scheme;
import org.activemm.testing.Needs;
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

    private static final Map<List<String>, SpinVerdict> SEEN = new HashMap<>();

    @TempDir
    static Path work;

    private record SpinVerdict(boolean safe, int depth, long stored) {
    }

    /**
     * Two and three CPUs: every pair with every EFI switch. One verifier is compiled per CPU count from
     * the parametric copy of the model and run once per pair with that pair's parameters; one exported
     * (fixed) model per CPU count is compiled as well and must give the parametric run's answer.
     */
    @TestFactory
    Stream<DynamicTest> spinAgreesWithTheChecker() throws Exception {
        Needs.that(onPath("spin") && onPath("gcc"), "spin and gcc for the SPIN cross-check (apt-get install spin;"
                + " .ci/run installs it)");
        List<DynamicTest> tests = new ArrayList<>();
        for (int cpus = 2; cpus <= 3; cpus++) {
            Path pan = compile(PromelaExporter.parametric(cpus), "parametric_" + cpus);
            int n = cpus;
            for (EfiMode efi : EfiMode.values()) {
                for (ArchProfile profile : ArchProfiles.load()) {
                    for (SchemeStrategy column : SchemeStrategy.all()) {
                        tests.add(DynamicTest.dynamicTest(profile.name() + " " + column.word() + " efi " + efi.word()
                                + " " + n + " CPUs", () -> agree(pan, profile, column, n, efi, true)));
                    }
                }
            }
            for (ArchProfile profile : ArchProfiles.load()) {
                for (SchemeStrategy column : SchemeStrategy.all()) {
                    if (column.scheme() == Scheme.SEED) {
                        tests.add(DynamicTest.dynamicTest(profile.name() + " " + column.word()
                                + " without the wait for CPUs going offline " + n + " CPUs",
                                () -> agree(pan, profile, column, n, ModelChecker.DEFAULT_EFI, false)));
                    }
                }
            }
            ArchProfile x86 = ArchProfiles.get("x86");
            SchemeStrategy upstream = new SchemeStrategy(Scheme.UPSTREAM, Strategy.IPI_CPUMASK);
            tests.add(DynamicTest.dynamicTest("the exported x86 upstream/ipi-cpumask model at " + n + " CPUs", () -> {
                Path fixed = compile(PromelaExporter.export(x86, upstream, n, EfiMode.IRQS_OFF), "exported_" + n);
                assertEquals(runPan(pan, PromelaExporter.parameters(x86, upstream, EfiMode.IRQS_OFF)),
                        verdict(run(fixed.getParent(), "./pan", "-w18")));
            }));
        }
        return tests.stream();
    }

    private static void agree(Path pan, ArchProfile profile, SchemeStrategy column, int cpus, EfiMode efi,
            boolean shootDownWaitsForDyingCpus) throws Exception {
        Checker.Result java = Checker.explore(new LazyMmModel(profile, column.scheme(), column.strategy(), cpus, efi, false,
                shootDownWaitsForDyingCpus));
        SpinVerdict spin = runPan(pan, PromelaExporter.parameters(profile, column, efi, shootDownWaitsForDyingCpus));
        assertEquals(java.safe(), spin.safe(), "verdict");
        if (java.safe()) {
            assertEquals(java.statesExplored() + 1, spin.stored(), "states");
        } else {
            assertEquals(java.trace().size(), spin.depth(), "shortest counterexample length");
        }
        assertEquals(java.safe(), Checker.explore(new LazyMmModel(profile, column.scheme(), column.strategy(), cpus, efi,
                true, shootDownWaitsForDyingCpus)).safe(), "with symmetry reduction");
    }

    private static Path compile(String promela, String name) throws IOException, InterruptedException {
        Path dir = Files.createDirectories(work.resolve(name));
        Files.writeString(dir.resolve("model.pml"), promela, StandardCharsets.UTF_8);
        run(dir, List.of(), "spin", "-a", "model.pml");
        run(dir, List.of(), "gcc", "-O0", "-DBFS", "-DSAFETY", "-o", "pan", "pan.c");
        return dir.resolve("pan");
    }

    /**
     * SPIN's verdict for one pair's parameters. Profiles that differ only in name (powerpc and s390, say) give pan the
     * same parameters, so each distinct set runs once. -w18: a hash table of 2^18 slots, ample for these
     * state spaces, where pan's default allocates and clears 2^24.
     */
    private static SpinVerdict runPan(Path pan, Map<String, Integer> parameters) throws IOException, InterruptedException {
        List<String> env = new ArrayList<>();
        parameters.forEach((k, v) -> env.add("AMM_" + k + "=" + v));
        List<String> key = new ArrayList<>(env);
        key.add(pan.toString());
        SpinVerdict known = SEEN.get(key);
        if (known == null) {
            known = verdict(run(pan.getParent(), env, "./pan", "-w18"));
            SEEN.put(key, known);
        }
        return known;
    }

    private static SpinVerdict verdict(String out) {
        Matcher errors = ERRORS.matcher(out);
        Matcher stored = STORED.matcher(out);
        assertTrue(errors.find() && stored.find(), "pan output:\n" + out);
        boolean safe = Integer.parseInt(errors.group(1)) == 0;
        Matcher depth = DEPTH.matcher(out);
        assertTrue(safe || depth.find(), "pan output:\n" + out);
        return new SpinVerdict(safe, safe ? -1 : Integer.parseInt(depth.group(1)), Long.parseLong(stored.group(1)));
    }

    private static String run(Path dir, String... command) throws IOException, InterruptedException {
        return run(dir, List.of(), command);
    }

    /** Runs {@code command} in {@code dir} with {@code env} ({@code NAME=value}) added to the environment. */
    private static String run(Path dir, List<String> env, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        for (String e : env) {
            builder.environment().put(e.substring(0, e.indexOf('=')), e.substring(e.indexOf('=') + 1));
        }
        Process p = builder.start();
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
