package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.activemm.model.Strategy;
import org.junit.jupiter.api.Test;

class ChecklistWriterTest {
    private static final ArchPlan MIXED = new ArchPlan("x86", Strategy.IPI_CPUMASK, List.of(
            new StrategyVerdict(Strategy.PIGGYBACK, false, "no-uaf", "cpu1 lazy on M; flush <hypercall>; M freed", "0 IPIs"),
            new StrategyVerdict(Strategy.IPI_CPUMASK, true, "", "", "N-1 IPIs per exit")),
            List.of("x86+hyperv"), "arch/x86/Kconfig", "arch/x86/mm/tlb.c", Fixture.LOADED_MM);

    private static String markdown(ArchPlan plan) {
        return new ChecklistWriter(new Templates()).render(Fixture.scan(), plan, ChecklistWriter.Format.MARKDOWN);
    }

    @Test
    void listsEverySiteThatNeedsAChangeForTheArchWithWhatToDo() {
        String md = markdown(MIXED);
        List<String> rows = md.lines().filter(l -> l.startsWith("| [ ] |")).toList();
        // 18 needs-change sites in core and arch/x86; powerpc's and the info ones stay out
        assertEquals(18, rows.size());
        assertEquals("| [ ] | `arch/x86/kernel/cpu/common.c:8` | `cpu_init` | AMM005 | drop the mmgrab(&init_mm) and the assignment |",
                rows.get(0));
        assertTrue(md.contains("| [ ] | `kernel/sched/core.c:19` | `context_switch` | AMM003 | no reference, no handoff;"));
        assertFalse(md.contains("powerpc"));
        assertFalse(md.contains(":23`"), "enter_lazy_tlb() with status info is not listed");
    }

    @Test
    void showsTheVerdictsWithCounterexamplesVariantsSelectAndBuilds() {
        String md = markdown(MIXED);
        assertTrue(md.contains("Chosen: **ipi-cpumask**, safe (N-1 IPIs per exit)."));
        assertTrue(md.contains("| piggyback | unsafe: `no-uaf` | cpu1 lazy on M; flush <hypercall>; M freed | 0 IPIs |"));
        assertTrue(md.contains("- [ ] x86+hyperv\n"));
        assertTrue(md.contains("- [ ] `select ARCH_NO_TASK_ACTIVE_MM` in the main config entry of `arch/x86/Kconfig`"));
        assertTrue(md.contains("- [ ] `make ARCH=x86 arch/x86/kernel/cpu/common.o arch/x86/mm/tlb.o init/init_task.o"
                + " kernel/exit.o kernel/fork.o kernel/sched/core.o`"));
        assertTrue(md.contains("With the option on (the whole series) and off"));
    }

    @Test
    void htmlEscapesWhatItPrints() {
        String html = new ChecklistWriter(new Templates()).render(Fixture.scan(), MIXED, ChecklistWriter.Format.HTML);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<td>cpu1 lazy on M; flush &lt;hypercall&gt;; M freed</td>"));
        assertTrue(html.contains("<code>mmgrab(&amp;init_mm)</code>") || html.contains("drop the mmgrab(&amp;init_mm)"));
        assertFalse(html.contains("<hypercall>"));
    }

    @Test
    void theSeriesCarriesTheSameChecklist() {
        Series s = Generated.series(MapTree.fixture(), Fixture.scan(), List.of(MIXED),
                Fixture.options());
        SeriesFile checklist = s.files().get(s.files().size() - 1);
        assertEquals("checklist-x86.md", checklist.name());
        assertEquals(markdown(MIXED), new String(checklist.content(), StandardCharsets.UTF_8));
    }
}
