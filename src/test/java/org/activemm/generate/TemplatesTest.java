package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.activemm.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatesTest {
    private static final Map<String, String> MODEL = Map.of("option", "ARCH_NO_TASK_ACTIVE_MM",
            "loadedMm", "this_cpu_read(cpu_tlbstate.loaded_mm)");

    private static String strategy(String word) {
        return new Templates().render("c/arch-shoot-down-" + word + ".c.ftl", MODEL);
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * A CPU going offline is out of cpu_online_mask, and skipped by IPIs, before idle_task_exit(): every body
     * waits for it after its last IPI and its own switch, on every return path, and takes no hotplug lock.
     */
    @Test
    void everyBodyWaitsForOfflineCpusAfterItsIpisWithoutTheHotplugLock() {
        for (String word : java.util.List.of("piggyback", "ipi-cpumask", "ipi-scan", "ipi-all")) {
            String c = strategy(word);
            assertFalse(c.contains("cpus_read_lock") || c.contains("cpus_read_unlock"), word + ": no lock\n" + c);
            String body = c.substring(c.indexOf("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n{"));
            int wait = body.lastIndexOf("\twait_for_cpus_leaving_mm(mm);\n");
            int lastIpiOrSwitch = java.util.stream.Stream.of("on_each_cpu", "smp_call_function_many", "shoot_down_lazy_mm(mm)",
                    "set_current_active_mm(&init_mm)").mapToInt(body::lastIndexOf).max().orElseThrow();
            assertTrue(lastIpiOrSwitch > 0 && wait > lastIpiOrSwitch, word + ": waits after the IPIs\n" + body);
            int returns = count(body, "\treturn;");
            assertEquals(returns + 1, count(body, "wait_for_cpus_leaving_mm(mm);"), word + ": a wait per exit\n" + body);
            assertEquals(returns, count(body, "wait_for_cpus_leaving_mm(mm);\n\t\treturn;"), word + ": wait right before return\n" + body);
        }
    }

    @Test
    void theWaitSpinsOnTheRecordOfEveryOfflineCpu() {
        String c = new Templates().render("c/loaded-mm-record.c.ftl", java.util.Map.of("option", "ARCH_NO_TASK_ACTIVE_MM"));
        assertTrue(c.contains("void wait_for_cpus_leaving_mm(struct mm_struct *mm)\n{\n\tint cpu;\n\n"
                + "\tfor_each_possible_cpu(cpu) {\n\t\twhile (!cpu_online(cpu) &&\n"
                + "\t\t       READ_ONCE(per_cpu(cpu_active_mm, cpu)) == mm)\n\t\t\tcpu_relax();\n\t}\n}\n#endif\n"), c);
    }

    @Test
    void piggybackOnlySwitchesThisCpuAndChecksTheOthers() {
        String c = strategy("piggyback");
        assertTrue(c.startsWith("\n#ifdef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n/**\n * arch_shoot_down_dead_mm - "));
        assertTrue(c.contains("\tif (current_active_mm() == mm) {\n\t\tWARN_ON_ONCE(current->mm);\n"
                + "\t\tswitch_mm(mm, &init_mm, current);\n\t\tset_current_active_mm(&init_mm);\n\t}\n"));
        assertTrue(c.contains("\twait_for_cpus_leaving_mm(mm);\n\tpreempt_disable();\n"
                + "\tcpu = cpumask_any_but(mm_cpumask(mm), smp_processor_id());\n\tVM_WARN_ON_ONCE(cpu < nr_cpu_ids);\n\tpreempt_enable();\n"));
        assertFalse(c.contains("on_each_cpu"));
        assertTrue(c.endsWith("}\n#endif\n"));
    }

    @Test
    void ipiCpumaskConsultsBothRecordsOfTheLoadedMm() {
        // x86 efi_enter_mm() writes our record before its switch with interrupts on, and the teardown flush
        // switches a lazy CPU to init_mm without writing ours: either record naming the mm means work
        String c = strategy("ipi-cpumask");
        assertTrue(c.contains("\tif (this_cpu_read(cpu_tlbstate.loaded_mm) != mm &&\n\t    current_active_mm() != mm)\n"
                + "\t\treturn;\n"), c);
        assertTrue(c.contains("\tif (this_cpu_read(cpu_tlbstate.loaded_mm) == mm)\n\t\tswitch_mm(mm, &init_mm, current);\n"
                + "\tset_current_active_mm(&init_mm);\n"), c);
        assertTrue(c.contains("\tlocal_irq_save(flags);\n\tshoot_down_lazy_mm(mm);\n\tlocal_irq_restore(flags);\n"), c);
    }

    @Test
    void ipiCpumaskInterruptsTheCpusInTheMask() {
        String c = new Templates().render("c/arch-shoot-down-ipi-cpumask.c.ftl",
                Map.of("option", "ARCH_NO_TASK_ACTIVE_MM", "loadedMm", ""));
        assertTrue(c.contains("static void shoot_down_lazy_mm(void *info)\n{\n\tstruct mm_struct *mm = info;\n\n"
                + "\tif (current_active_mm() != mm)\n\t\treturn;\n"
                + "\t/* Only a lazy CPU can still have an mm without users loaded. */\n\tWARN_ON_ONCE(current->mm);\n"
                + "\tswitch_mm(mm, &init_mm, current);\n\tset_current_active_mm(&init_mm);\n}\n"));
        assertTrue(c.contains("\tlocal_irq_save(flags);\n\tshoot_down_lazy_mm(mm);\n\tlocal_irq_restore(flags);\n"
                + "\ton_each_cpu_mask(mm_cpumask(mm), shoot_down_lazy_mm, mm, true);\n"), c);
        assertFalse(c.contains("VM_WARN"));
    }

    @Test
    void ipiAllInterruptsEveryOnlineCpu() {
        String c = strategy("ipi-all");
        assertTrue(c.contains("\ton_each_cpu(shoot_down_lazy_mm, mm, 1);\n"));
        assertFalse(c.contains("mm_cpumask(mm), shoot_down"));
    }

    @Test
    void ipiScanInterruptsTheCpusWhoseRecordIsTheMmInOneRound() {
        String c = strategy("ipi-scan");
        // one mask, built with preemption off from the records read once each, then one IPI round
        assertTrue(c.contains("\tpreempt_disable();\n\tfor_each_online_cpu(cpu) {\n\t\tif (cpu != smp_processor_id() &&\n"
                + "\t\t    READ_ONCE(per_cpu(cpu_active_mm, cpu)) == mm)\n\t\t\t__cpumask_set_cpu(cpu, cpus);\n\t}\n"
                + "\tsmp_call_function_many(cpus, shoot_down_lazy_mm, mm, true);\n"
                + "\tlocal_irq_save(flags);\n\tshoot_down_lazy_mm(mm);\n\tlocal_irq_restore(flags);\n"
                + "\tpreempt_enable();\n\tfree_cpumask_var(cpus);\n\twait_for_cpus_leaving_mm(mm);\n}\n"), c);
        assertFalse(c.contains("smp_call_function_single"), c);
        // the handler checks its own record, with interrupts off, before it switches
        assertTrue(c.contains("\tif (current_active_mm() != mm)\n\t\treturn;\n"), c);
        // x86 passes its own record: a flush may have left it on init_mm already
        assertTrue(c.contains("\tif (this_cpu_read(cpu_tlbstate.loaded_mm) == mm)\n\t\tswitch_mm(mm, &init_mm, current);\n"
                + "\tset_current_active_mm(&init_mm);\n"), c);
    }

    @Test
    void generatedCodeKeepsKernelStyle() {
        for (String name : new String[] {"c/arch-shoot-down-piggyback.c.ftl", "c/arch-shoot-down-ipi-cpumask.c.ftl",
            "c/arch-shoot-down-ipi-all.c.ftl", "c/arch-shoot-down-ipi-scan.c.ftl", "c/lazy-tlb-helpers.h.ftl",
            "c/shoot-down-decl.h.ftl", "c/loaded-mm-record.h.ftl", "c/loaded-mm-record.c.ftl", "c/loaded-mm-read.h.ftl"}) {
            String c = new Templates().render(name, MODEL);
            for (String line : c.split("\n")) {
                assertTrue(line.replace("\t", "        ").length() <= 80, name + ": long line: " + line);
                assertFalse(line.matches("^ +[^ *].*"), name + ": indented with spaces: " + line);
                assertFalse(line.contains("//"), name + ": C99 comment: " + line);
                assertFalse(line.endsWith(" ") || line.endsWith("\t"), name + ": trailing whitespace: " + line);
            }
        }
    }

    @Test
    void userDirectoryOverridesOneTemplateAndKeepsTheOthers(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/mmput-hook.c.ftl"), "${indent}my_hook(mm); /* site policy */\n");
        Templates t = new Templates(dir);
        assertEquals("\tmy_hook(mm); /* site policy */\n", t.render("c/mmput-hook.c.ftl", Map.of("indent", "\t")));
        assertEquals("\tselect X\n", t.render("kconfig/select.ftl", Map.of("indent", "\t", "option", "X")));
    }

    @Test
    void templatesCannotInstantiateClassesOrReachTheJavaApi(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/mmput-hook.c.ftl"),
                "<#assign ex = \"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}\n");
        Templates t = new Templates(dir);
        InputException e = assertThrows(InputException.class, () -> t.render("c/mmput-hook.c.ftl", Map.of("indent", "")));
        assertTrue(e.getMessage().startsWith("template c/mmput-hook.c.ftl: "), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));

        Files.writeString(dir.resolve("kconfig/select.ftl".replace("kconfig/", "")), "${indent?api.getClass()}\n");
        InputException api = assertThrows(InputException.class, () -> t.render("select.ftl", Map.of("indent", "x")));
        assertTrue(api.getMessage().contains("api"), api.getMessage());
    }

    @Test
    void aMissingTemplateIsAnInputError() {
        InputException e = assertThrows(InputException.class, () -> new Templates().render("nope.ftl", Map.of()));
        assertTrue(e.getMessage().startsWith("template nope.ftl: "));
    }
}
