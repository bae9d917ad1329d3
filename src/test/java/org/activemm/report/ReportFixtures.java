package org.activemm.report;

import java.util.List;
import java.util.Set;

import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;
import org.activemm.tree.SkippedFile;

/** A small scan result built by hand, with a site of each status, a note and a skipped file. */
final class ReportFixtures {
    private ReportFixtures() {
    }

    static Finding site(String path, int line, String function, Role role, Purpose purpose, String rule, Status status) {
        return new Finding(path, line, 9, function, role, purpose,
                org.activemm.sites.Scope.of(path), Rules.byId(rule), "", status, Level.of(status), role.word() + " of active_mm", false);
    }

    static final FindingFilter EVERY_FINDING = new FindingFilter(Set.of(), Set.of(), Set.of());

    /** The scan's report: every finding, nothing suppressed. */
    static Report report() {
        return Report.select(scan(), EVERY_FINDING, List.of(), Set.of(), Snippets.NONE);
    }

    static ScanResult scan() {
        return new ScanResult("demo", null, Scheme.SEED, List.of("x86"), List.of(
                site("arch/arm64/kernel/smp.c", 40, "secondary_start_kernel", Role.GRAB, Purpose.CPU_BRINGUP,
                        "AMM005", Status.INFO),
                site("arch/x86/platform/efi/efi_64.c", 12, "efi_switch_mm", Role.READ, Purpose.EFI, "AMM007",
                        Status.NEEDS_CHANGE),
                site("arch/x86/platform/efi/efi_64.c", 13, "efi_switch_mm", Role.WRITE, Purpose.EFI, "AMM007",
                        Status.NEEDS_CHANGE),
                site("include/linux/sched.h", 7, "task_struct", Role.DECL, Purpose.OTHER, "AMM001",
                        Status.CONVERTED),
                new Finding("kernel/sched/core.c", 30, 12, "context_switch", null, null, org.activemm.sites.Scope.CORE, Rules.byId("AMM014"), "",
                        Status.INFO, Level.NOTE, "comment mentions active_mm", true)),
                List.of(new SkippedFile("drivers/gpu/big.h", "missing object 0123abcd")), 17);
    }
}
