package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.report.BootLog.Problem;
import org.activemm.report.BootLog.Verdict;
import org.junit.jupiter.api.Test;

/** The boot-log verdicts on hand-written logs in the shape of real x86 and arm64 serial consoles. */
class BootLogTest {
    static final Path LOGS = Path.of("src/test/resources/org/activemm/report/boot-logs");

    static BootLog read(String name) throws Exception {
        return BootLog.parse(Files.readAllLines(LOGS.resolve(name), StandardCharsets.ISO_8859_1));
    }

    @Test
    void cleanRunPassesWithItsSummary() throws Exception {
        BootLog log = read("clean-x86.log");
        assertEquals(Verdict.CLEAN, log.verdict());
        assertTrue(log.started());
        assertTrue(log.poweredOff());
        assertEquals(List.of(), log.problems());
        assertEquals("32", log.summary().get("exits"));
        assertEquals("3.156", log.summary().get("call_ipis_per_exit"));
        assertEquals("3.000", log.summary().get("non_tlb_call_ipis_per_exit"));
    }

    @Test
    void carriageReturnsAndCallerIdsAreNotPartOfTheText() throws Exception {
        BootLog log = read("clean-crlf-caller.log");
        assertEquals(Verdict.CLEAN, log.verdict());
        assertEquals("8", log.summary().get("exits"));
        assertEquals("0", log.summary().get("errors"));
    }

    @Test
    void kasanReportIsOneProblemNamedKasanEvenThoughTheStressPassed() throws Exception {
        BootLog log = read("kasan-use-after-free.log");
        assertEquals(Verdict.PROBLEMS, log.verdict());
        assertEquals(List.of(new Problem(5, "KASAN",
                "BUG: KASAN: slab-use-after-free in finish_task_switch+0x2f1/0x3a0")), log.problems());
        assertEquals("pass", log.summary().get("result"));
    }

    @Test
    void warningWithACallTraceIsOneProblem() throws Exception {
        BootLog log = read("warning-arm64.log");
        assertEquals(Verdict.PROBLEMS, log.verdict());
        assertEquals(List.of(new Problem(8, "WARNING",
                "WARNING: CPU: 3 PID: 24 at kernel/cpu.c:630 finish_cpu+0x58/0x80")), log.problems());
    }

    @Test
    void logThatStopsBeforePowerDownIsAHang() throws Exception {
        BootLog log = read("hang.log");
        assertEquals(Verdict.HANG, log.verdict());
        assertTrue(log.started());
        assertFalse(log.poweredOff());
        assertEquals(List.of(), log.problems());
        assertTrue(log.summary().isEmpty());
    }

    @Test
    void oopsThenPanicListsEachLineAndThePanicDecides() throws Exception {
        BootLog log = read("panic-oops-x86.log");
        assertEquals(Verdict.PANIC, log.verdict());
        assertEquals(List.of("BUG", "oops", "panic"), log.problems().stream().map(Problem::kind).toList());
        assertEquals(List.of(3, 5, 8), log.problems().stream().map(Problem::line).toList());
    }

    @Test
    void stressErrorLineIsAProblem() throws Exception {
        BootLog log = read("stress-failed.log");
        assertEquals(Verdict.PROBLEMS, log.verdict());
        assertEquals(List.of(new Problem(3, "stress", "activemm-stress: error: offline cpu2: Device or resource busy")),
                log.problems());
        assertEquals("fail", log.summary().get("result"));
    }

    @Test
    void failedSummaryWithoutErrorLinesIsAFailedStress() {
        BootLog log = BootLog.parse(List.of(
                "activemm-stress: start cpus=1 exits=1 rounds=1 hotplug=0 kick=0",
                "activemm-stress: result=fail cpus=1 exits=0 errors=1",
                "[    3.000000] reboot: Power down"));
        assertEquals(Verdict.STRESS_FAILED, log.verdict());
    }

    @Test
    void kernelThatNeverRunsInitIsNotStarted() {
        BootLog log = BootLog.parse(List.of("[    0.000000] Linux version 6.5.0", "[    0.900000] reboot: Power down"));
        assertEquals(Verdict.NOT_STARTED, log.verdict());
    }
}
