package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

class ModelCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.run(args, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void archesListsProfilesAndVariants() {
        assertEquals(0, run("model", "arches", "--notes"));
        assertTrue(out.toString().contains("\nx86+hyperv       hypercall"), out.toString());
        assertTrue(out.toString().contains("arch/x86/hyperv/mmu.c"));
        assertTrue(out.toString().contains("\n    - record and mask diverge in drop_mm_ref_this_cpu() (arch/x86/xen/mmu_pv.c):"),
                out.toString());
    }

    @Test
    void checkOfSafePairsExitsZeroAndReportsStatesAndTime() {
        assertEquals(0, run("model", "check", "--arch", "x86,x86+xen-pv", "--scheme", "seed", "--strategy", "ipi-scan",
                "--cpus", "2"));
        String text = out.toString();
        assertTrue(text.startsWith("arch            seed/ipi-scan           \n"), text);
        assertTrue(text.contains("x86+xen-pv      safe"), text);
        assertTrue(text.matches("(?s).*2 CPUs, EFI irqs-off: 2 pairs, \\d+ states explored in \\d+\\.\\d\\d s\n"), text);
        assertEquals("", err.toString());
    }

    @Test
    void theOldSchemeSpellingOfAStrategyStillWorksForOneRelease() {
        assertEquals(0, run("model", "check", "--arch", "x86,x86+xen-pv", "--scheme", "ipi-scan", "--cpus", "2"));
        assertTrue(out.toString().startsWith("arch            seed/ipi-scan           \n"), out.toString());
        assertEquals("note: --scheme ipi-scan is the old spelling of --strategy ipi-scan (scheme seed);"
                + " it goes in the next release\n", err.toString());
        assertEquals(2, run("model", "check", "--scheme", "piggyback", "--strategy", "ipi-all"));
        assertTrue(err.toString().contains("--scheme takes seed or upstream; name strategies with --strategy"), err.toString());
    }

    @Test
    void checkWithAnUnsafePairExitsOne() {
        assertEquals(1, run("model", "check", "--arch", "arm64", "--cpus", "2"));
        assertTrue(out.toString().contains("\narm64           safe                    no-uaf (6 steps)        no-uaf (6 steps)"
                + "        safe                    safe                    safe                    no-uaf (4 steps)"),
                out.toString());
    }

    @Test
    void theUpstreamSchemeIsUnsafeOnX86AndSafeOnPowerpc() {
        assertEquals(1, run("model", "check", "--arch", "x86", "--scheme", "upstream", "--cpus", "2"));
        assertTrue(out.toString().startsWith("arch            upstream/refcount       upstream/ipi-cpumask    \n"
                + "x86             safe                    no-uaf (4 steps)"), out.toString());
        assertEquals(0, run("model", "check", "--arch", "powerpc", "--scheme", "upstream", "--cpus", "2"));
    }

    @Test
    void checkWritesJson() throws Exception {
        assertEquals(1, run("model", "check", "--arch", "x86+hyperv", "--scheme", "seed", "--strategy", "piggyback,ipi-all",
                "--cpus", "2", "--format", "json"));
        JsonNode doc = new ObjectMapper().readTree(out.toString());
        JsonNode piggyback = doc.get("verdicts").get(0);
        assertEquals("seed", piggyback.get("scheme").asText());
        assertEquals("piggyback", piggyback.get("strategy").asText());
        assertEquals(6, piggyback.get("steps").size());
        assertEquals(1, piggyback.get("steps").get(1).get("cpu").asInt());
        assertEquals("no-uaf", piggyback.get("property").asText());
        assertEquals(6, piggyback.get("trace").size());
        assertTrue(doc.get("verdicts").get(1).get("safe").asBoolean());
        assertEquals(1023, doc.get("verdicts").get(1).get("ipis_per_exit").get("1024").asInt());
        assertTrue(doc.get("states_explored").asLong() > 0);
    }

    @Test
    void explainPrintsTheNumberedCounterexample() {
        assertEquals(1, run("model", "explain", "--arch", "x86", "--strategy", "ipi-all", "--efi", "irqs-on", "--cpus", "2"));
        String text = out.toString();
        assertTrue(text.startsWith("x86, seed/ipi-all, 2 CPUs, EFI irqs-on: breaks no-uaf\n  1. cpu0: switches to a kernel thread"), text);
        assertTrue(text.contains("\n  7. cpu1: __mmput() ends with mmdrop()"), text);
    }

    @Test
    void explainWritesTheCounterexampleAsJsonAndAsAnSvgChart(@TempDir Path dir) throws Exception {
        assertEquals(1, run("model", "explain", "--arch", "x86", "--scheme", "upstream", "--strategy", "ipi-cpumask",
                "--cpus", "2", "--format", "json"));
        JsonNode v = new ObjectMapper().readTree(out.toString());
        assertEquals("upstream", v.get("scheme").asText());
        assertEquals("ipi-cpumask", v.get("strategy").asText());
        assertEquals(4, v.get("steps").size());
        assertEquals("mm_users 0, mm_count 0, M freed", v.get("steps").get(3).get("mm").asText());
        Path svg = dir.resolve("chart.svg");
        assertEquals(1, run("model", "explain", "--arch", "x86", "--scheme", "upstream", "--strategy", "ipi-cpumask",
                "--cpus", "2", "--format", "svg", "--output", svg.toString()));
        String chart = Files.readString(svg);
        assertTrue(chart.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""), chart);
        assertEquals(4, chart.split("<g class=\"step", -1).length - 1, chart);
    }

    @Test
    void explainSaysWhyASafePairIsSafe() {
        assertEquals(0, run("model", "explain", "--arch", "x86", "--strategy", "ipi-scan", "--cpus", "2"));
        assertTrue(out.toString().contains("IPIs every CPU whose per-CPU record is M"), out.toString());
    }

    @Test
    void exportWritesPromela(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("m.pml");
        assertEquals(0, run("model", "export", "--format", "promela", "--arch", "powerpc+hash", "--scheme", "upstream",
                "--strategy", "ipi-cpumask", "--cpus", "2", "--output", file.toString()));
        String pml = Files.readString(file);
        assertTrue(pml.contains("--arch powerpc+hash --scheme upstream --strategy ipi-cpumask --cpus 2 --efi irqs-off"), pml);
        assertTrue(pml.contains("#define NCPU 2\n"), pml);
        assertTrue(pml.contains("#define TRACKED 1\n"), pml);
        assertTrue(pml.contains("#define REMOTE_FLUSH 2\n"), "hypercall");
        assertTrue(pml.contains("#define DIVERGES 0\n"), "powerpc's records agree");
        assertTrue(pml.contains("#define STRATEGY 2\n#define UPSTREAM 1\n"), "ipi-cpumask under upstream");
        assertTrue(pml.contains("active proctype machine()"));
    }

    @Test
    void badInputIsAOneLineUsageError() {
        assertEquals(2, run("model"));
        assertTrue(err.toString().startsWith("activemm: a model command is required"), err.toString());
        assertEquals(2, run("model", "check", "--arch", "vax"));
        assertTrue(err.toString().contains("\nactivemm: unknown arch 'vax' (known: x86, "), err.toString());
        assertEquals(2, err.toString().strip().lines().count(), "one line for each error");
        assertEquals(2, run("model", "check", "--scheme", "rcu"));
        assertTrue(err.toString().contains("unknown scheme 'rcu' (known: seed, upstream)"));
        assertEquals(2, run("model", "check", "--strategy", "rcu"));
        assertTrue(err.toString().contains("unknown strategy 'rcu' (known: refcount, piggyback, ipi-cpumask, ipi-scan, ipi-all)"));
        assertEquals(2, run("model", "check", "--scheme", "upstream", "--strategy", "ipi-scan"));
        assertTrue(err.toString().contains("no named scheme has a named strategy (upstream has: refcount, ipi-cpumask)"));
        assertEquals(2, run("model", "check", "--cpus", "5"));
        assertTrue(err.toString().contains("--cpus must be 2, 3 or 4, not 5"));
        assertEquals(2, run("model", "check", "--efi", "maybe"));
        assertTrue(err.toString().contains("unknown EFI mode 'maybe' (known: irqs-off, irqs-on, irqs-on-fixed)"));
        assertEquals(2, run("model", "export", "--format", "tla", "--arch", "x86", "--strategy", "refcount"));
        assertTrue(err.toString().contains("Invalid value for option '--format': expected one of [promela] (case-sensitive) but was 'tla'"));
        assertEquals(2, run("model", "check", "--format", "yaml"));
        assertEquals(2, run("model", "explain", "--arch", "x86"));
        assertTrue(err.toString().contains("name a strategy with --strategy"), err.toString());
        assertEquals(2, run("model", "explain", "--arch", "x86", "--strategy", "refcount", "--format", "png"));
        assertTrue(err.toString().contains("Invalid value for option '--format': expected one of [text, json, svg] (case-sensitive) but was 'png'"), err.toString());
    }
}
