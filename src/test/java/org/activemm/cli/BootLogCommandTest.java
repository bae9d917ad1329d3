package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.activemm.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;

/** {@code activemm boot-log FILE}: one verdict line, one line per failing log line, exit 0 or 1. */
class BootLogCommandTest {
    private static final Path LOGS = Path.of("src/test/resources/org/activemm/report/boot-logs");

    @Test
    void cleanLogExitsZeroWithTheSummaryFields() {
        Run r = ScanCommandTest.run("boot-log", LOGS.resolve("clean-x86.log").toString());
        assertEquals(0, r.exit());
        assertEquals("verdict=clean started=yes powered_off=yes result=pass cpus=4 exits=32 call_ipis=101 tlb_ipis=5"
                + " call_ipis_per_exit=3.156 non_tlb_call_ipis_per_exit=3.000 execs=16 threaded=16 kicks=4"
                + " hotplug_cycles=12 errors=0\n", r.out());
    }

    @Test
    void kasanLogExitsOneAndNamesTheLine() {
        Path log = LOGS.resolve("kasan-use-after-free.log");
        Run r = ScanCommandTest.run("boot-log", log.toString());
        assertEquals(1, r.exit());
        assertTrue(r.out().startsWith("verdict=problems started=yes powered_off=yes result=pass "), r.out());
        assertTrue(r.out().endsWith(log + ":5: KASAN: BUG: KASAN: slab-use-after-free in"
                + " finish_task_switch+0x2f1/0x3a0\n"), r.out());
    }

    @Test
    void hangExitsOne() {
        Run r = ScanCommandTest.run("boot-log", LOGS.resolve("hang.log").toString());
        assertEquals(1, r.exit());
        assertEquals("verdict=hang started=yes powered_off=no\n", r.out());
    }

    @Test
    void missingLogIsAnInputError() {
        Run r = ScanCommandTest.run("boot-log", "no/such/boot.log");
        assertEquals(3, r.exit());
        assertEquals("activemm: no such boot log: no/such/boot.log\n", r.err());
    }
}
