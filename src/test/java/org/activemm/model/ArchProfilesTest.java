package org.activemm.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.junit.jupiter.api.Test;

class ArchProfilesTest {
    private static final String GOOD = """
            {"name": "toy", "describes": "4.19", "remote_flush": "ipi", "cpumask": "tracked",
             "lazy_switch_on_flush": true, "exit_hook_switches_lazy": false, "pgtable_free": "ipi",
             "record_diverges": [], "loaded_mm": "", "kconfig": "arch/toy/Kconfig", "notes": ["a fact (arch/toy/mm/tlb.c)"]%s}
            """;

    private static String parseError(String json) {
        InputException e = assertThrows(InputException.class, () -> ArchProfiles.parse("arches/toy.json",
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void shipsTheArchesAndVariantsTheIssueNames() {
        assertTrue(ArchProfiles.names().containsAll(List.of("x86", "x86+xen-pv", "x86+hyperv", "x86+kvm-pv", "arm64",
                "powerpc", "powerpc+radix", "powerpc+hash", "s390", "sparc", "mips", "riscv", "arm")));
        assertEquals(List.of("x86", "arm64", "powerpc", "s390", "sparc", "mips", "riscv", "arm"), ArchProfiles.baseArches());
    }

    @Test
    void variantOverridesOnlyWhatItNames() {
        ArchProfile base = ArchProfiles.get("x86");
        ArchProfile hyperv = ArchProfiles.get("x86+hyperv");
        assertEquals(RemoteFlush.IPI, base.remoteFlush());
        assertEquals(RemoteFlush.HYPERCALL, hyperv.remoteFlush());
        assertEquals(PgtableFree.RCU, hyperv.pgtableFree());
        assertEquals(base.cpumask(), hyperv.cpumask());
        assertEquals(base.lazySwitchOnFlush(), hyperv.lazySwitchOnFlush());
        assertEquals("x86", hyperv.arch());
        assertEquals("hyperv", hyperv.variant());
        assertTrue(ArchProfiles.get("x86+xen-pv").exitHookSwitchesLazy());
        assertFalse(base.exitHookSwitchesLazy());
        assertTrue(hyperv.notes().containsAll(base.notes()), "a variant keeps the base facts");
    }

    @Test
    void x86NamesWhereItsRecordsDivergeAndXenPvAddsItsHook() {
        List<String> x86 = ArchProfiles.get("x86").recordDiverges().stream().map(d -> d.function() + " " + d.file()).toList();
        assertEquals(List.of("flush_tlb_func() arch/x86/mm/tlb.c", "leave_mm() arch/x86/mm/tlb.c",
                "use_temporary_mm() arch/x86/kernel/alternative.c"), x86);
        List<RecordDivergence> xen = ArchProfiles.get("x86+xen-pv").recordDiverges();
        assertEquals(4, xen.size());
        assertEquals("drop_mm_ref_this_cpu() arch/x86/xen/mmu_pv.c", xen.get(3).function() + " " + xen.get(3).file());
        assertEquals(x86.size(), ArchProfiles.get("x86+hyperv").recordDiverges().size());
        for (String arch : List.of("powerpc", "powerpc+radix", "arm64", "s390", "sparc", "mips", "riscv", "arm")) {
            assertFalse(ArchProfiles.get(arch).diverges(), arch);
        }
    }

    @Test
    void aDivergenceMustNameAFunctionAndAKernelFile() {
        assertEquals("arches/toy.json: field 'record_diverges[0].function' must be a C function name ending in ()",
                parseError(GOOD.replace("\"record_diverges\": []", "\"record_diverges\": [{\"function\": \"leave_mm\","
                        + " \"file\": \"arch/toy/mm/tlb.c\", \"when\": \"idle\"}]").formatted("")));
        assertEquals("arches/toy.json: field 'record_diverges[0].file' must be a kernel source file",
                parseError(GOOD.replace("\"record_diverges\": []", "\"record_diverges\": [{\"function\": \"leave_mm()\","
                        + " \"file\": \"MODEL\", \"when\": \"idle\"}]").formatted("")));
        assertEquals("arches/toy.json: missing field 'record_diverges[0].when'",
                parseError(GOOD.replace("\"record_diverges\": []", "\"record_diverges\": [{\"function\": \"leave_mm()\","
                        + " \"file\": \"arch/toy/mm/tlb.c\"}]").formatted("")));
    }

    @Test
    void everyValueCitesAKernelFile() {
        for (ArchProfile p : ArchProfiles.load()) {
            assertTrue(p.notes().stream().anyMatch(n -> n.contains("arch/" + p.arch() + "/")),
                    p.name() + " cites a file under arch/" + p.arch());
        }
    }

    @Test
    void unknownNameIsAUsageErrorListingTheKnownOnes() {
        UsageException e = assertThrows(UsageException.class, () -> ArchProfiles.get("x86+vmware"));
        assertTrue(e.getMessage().startsWith("unknown arch 'x86+vmware' (known: x86, x86+xen-pv, "), e.getMessage());
    }

    @Test
    void familyIsTheBaseAndItsVariants() {
        assertEquals(List.of("powerpc", "powerpc+radix", "powerpc+hash"),
                ArchProfiles.family("powerpc").stream().map(ArchProfile::name).toList());
        assertEquals(List.of("arm64"), ArchProfiles.family("arm64").stream().map(ArchProfile::name).toList());
    }

    @Test
    void everyResourceFileIsListed() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/arches"))) {
            Set<String> json = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .collect(Collectors.toSet());
            assertEquals(json, Set.copyOf(ArchProfiles.listing()));
        }
    }

    @Test
    void aGoodFileParses() {
        List<ArchProfile> parsed = ArchProfiles.parse("arches/toy.json",
                new ByteArrayInputStream(GOOD.formatted("").getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, parsed.size());
        assertEquals(CpumaskTracking.TRACKED, parsed.get(0).cpumask());
    }

    @Test
    void unknownFieldNamesFileAndField() {
        String message = parseError(GOOD.formatted(", \"remote_flushes\": \"ipi\""));
        assertTrue(message.startsWith("arches/toy.json: unknown field 'remote_flushes' (known: "), message);
    }

    @Test
    void unknownFieldInAVariantNamesItsPath() {
        String message = parseError(GOOD.formatted(", \"paravirt\": [{\"name\": \"pv\", \"notes\": [\"x\"], \"flush\": \"ipi\"}]"));
        assertTrue(message.startsWith("arches/toy.json: unknown field 'paravirt[0].flush' (known: "), message);
    }

    @Test
    void unknownValueNamesFieldAndKnownValues() {
        String message = parseError(GOOD.formatted("").replace("\"ipi\", \"cpumask\"", "\"mailbox\", \"cpumask\""));
        assertEquals("arches/toy.json: field 'remote_flush': unknown value 'mailbox' (known: ipi, broadcast, hypercall)", message);
    }

    @Test
    void unknownValueInAVariant() {
        String message = parseError(GOOD.formatted(", \"paravirt\": [{\"name\": \"pv\", \"notes\": [\"x\"], \"cpumask\": \"some\"}]"));
        assertEquals("arches/toy.json: field 'paravirt[0].cpumask': unknown value 'some' (known: tracked, none)", message);
    }

    @Test
    void missingFieldIsNamed() {
        String message = parseError(GOOD.formatted("").replace("\"kconfig\": \"arch/toy/Kconfig\", ", ""));
        assertEquals("arches/toy.json: missing field 'kconfig'", message);
    }

    @Test
    void missingFieldInAVariantIsNamed() {
        assertEquals("arches/toy.json: missing field 'paravirt[0].notes'",
                parseError(GOOD.formatted(", \"paravirt\": [{\"name\": \"pv\"}]")));
    }

    @Test
    void nullFieldIsNamed() {
        String message = parseError(GOOD.formatted("").replace("\"describes\": \"4.19\"", "\"describes\": null"));
        assertEquals("arches/toy.json: field 'describes' is null", message);
    }

    @Test
    void wrongTypeIsNamed() {
        String message = parseError(GOOD.formatted("").replace("\"lazy_switch_on_flush\": true", "\"lazy_switch_on_flush\": \"yes\""));
        assertTrue(message.startsWith("arches/toy.json: field 'lazy_switch_on_flush': wrong type"), message);
    }

    @Test
    void nameMustMatchTheFile() {
        String message = parseError(GOOD.formatted("").replace("\"name\": \"toy\"", "\"name\": \"other\""));
        assertEquals("arches/toy.json: field 'name' is 'other' but the file is toy.json", message);
    }

    @Test
    void duplicateKeyAndBrokenJsonAreErrors() {
        assertTrue(parseError(GOOD.formatted(", \"kconfig\": \"x\"")).startsWith("arches/toy.json: line "));
        assertTrue(parseError("{\"name\": ").startsWith("arches/toy.json: "));
    }

    @Test
    void variantNeedsNotesAndAUniqueName() {
        assertEquals("arches/toy.json: field 'paravirt[0].notes' must cite the kernel files behind the values",
                parseError(GOOD.formatted(", \"paravirt\": [{\"name\": \"pv\", \"notes\": []}]")));
        assertEquals("arches/toy.json: field 'paravirt[1].name' 'pv' is defined twice",
                parseError(GOOD.formatted(", \"paravirt\": [{\"name\": \"pv\", \"notes\": [\"a\"]}, {\"name\": \"pv\", \"notes\": [\"b\"]}]")));
    }
}
