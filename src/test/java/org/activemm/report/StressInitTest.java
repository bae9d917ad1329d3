package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/boot/stress-init.c, the boot test's init, compiled with the host gcc and run as an ordinary
 * process (no mounts, no CPU hotplug, no power-off): its /proc/interrupts sums, its argument
 * errors, and a short stress whose summary line BootLog reads.
 */
class StressInitTest {
    private static final Path SOURCE = Path.of("bench/boot/stress-init.c").toAbsolutePath();
    private static final Path INTERRUPTS = Path.of("src/test/resources/org/activemm/report/interrupts")
            .toAbsolutePath();

    @TempDir
    static Path dir;
    private static Path binary;

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void compile() throws Exception {
        binary = dir.resolve("stress-init");
        Run gcc;
        try {
            gcc = run(List.of("gcc", "-O2", "-Wall", "-Wextra", "-Werror", "-pthread", "-o", binary.toString(),
                    SOURCE.toString()));
        } catch (IOException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("gcc is missing on CI: " + e.getMessage());
            }
            Assumptions.abort("gcc is not installed: skipping the stress-init test");
            return;
        }
        assertEquals(0, gcc.exit(), gcc.err());
    }

    private static Run run(List<String> cmd) throws IOException, InterruptedException {
        // Files, not pipes: the output is read once the process has ended.
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(cmd + " did not finish in 120 s");
        }
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static Run init(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(binary.toString()));
        cmd.addAll(List.of(args));
        return run(cmd);
    }

    @Test
    void sumsX86FunctionCallAndTlbLinesOverAllCpus() throws Exception {
        Run r = init("--count-ipis", INTERRUPTS.resolve("x86-6.5.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("call_ipis=366 tlb_ipis=55\n", r.out());
    }

    @Test
    void sumsArm64FunctionCallLineAndCountsNoTlbIpis() throws Exception {
        Run r = init("--count-ipis", INTERRUPTS.resolve("arm64-6.5.txt").toString());
        assertEquals(0, r.exit(), r.err());
        assertEquals("call_ipis=88 tlb_ipis=0\n", r.out());
    }

    @Test
    void interruptsWithoutAFunctionCallLineIsAnError() throws Exception {
        Path file = INTERRUPTS.resolve("no-call-line.txt");
        Run r = init("--count-ipis", file.toString());
        assertEquals(3, r.exit());
        assertEquals("activemm-stress: error: " + file + " has no 'Function call interrupts' line\n", r.out());
    }

    @Test
    void badCountAndUnknownArgumentAreUsageErrors() throws Exception {
        Run count = init("exits=many");
        assertEquals(2, count.exit());
        assertEquals("stress-init: exits wants a count, not 'many'\n", count.err());
        Run unknown = init("--reboot");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().startsWith("stress-init: unknown argument '--reboot'\nusage: "), unknown.err());
    }

    @Test
    void shortStressPassesAndBootLogReadsItsSummary() throws Exception {
        // A fixed interrupts file: the counts before and after are equal, so the IPI fields are exactly 0.
        Run r = init("exits=3", "rounds=1", "interrupts=" + INTERRUPTS.resolve("x86-6.5.txt"));
        assertEquals(0, r.exit(), r.out() + r.err());
        BootLog log = BootLog.parse(r.out().lines().toList());
        assertTrue(log.started(), r.out());
        assertEquals(List.of(), log.problems());
        Map<String, String> s = log.summary();
        int cpus = Integer.parseInt(s.get("cpus"));
        assertTrue(cpus >= 1, r.out());
        assertEquals("pass", s.get("result"));
        assertEquals("3", s.get("exits"));
        assertEquals("0", s.get("call_ipis"));
        assertEquals("0.000", s.get("call_ipis_per_exit"));
        assertEquals(String.valueOf(cpus), s.get("execs"), "one fork/exec/exit per CPU and round");
        assertEquals(String.valueOf(cpus), s.get("threaded"));
        assertEquals("0", s.get("kicks"));
        assertEquals("0", s.get("hotplug_cycles"));
        assertEquals("0", s.get("errors"));
    }
}
