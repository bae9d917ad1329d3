package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Each shape {@link LoadedMmRecipe} knows, on functions written in the shape
 * of the kernel's (not copied from it), and a shape it refuses.
 */
class LoadedMmRecipeTest {
    private static final int STEP = 1;

    /** Applies the recipe of {@code function} to every line that names the member, as the planner does. */
    private static String convert(String text, String function) {
        EditedFile f = EditedFile.of("kernel/example.c", text.getBytes(StandardCharsets.UTF_8));
        int first = 0;
        for (int n = 1; n <= f.lineCount(); n++) {
            if (f.line(n).contains("active_mm") && first == 0 && LoadedMmRecipe.of(f, function, n).isPresent()) {
                first = n;
            }
        }
        LoadedMmRecipe recipe = LoadedMmRecipe.of(f, function, first).orElseThrow();
        for (int n = 1; n <= f.lineCount(); n++) {
            if (f.line(n).contains("active_mm") && LoadedMmRecipe.of(f, function, n).isPresent()) {
                f.change(STEP, n, t -> recipe.rewrite(t).orElseThrow());
            }
        }
        assertTrue(recipe.addRecordWrites(STEP));
        return new String(f.textAfter(STEP), StandardCharsets.UTF_8);
    }

    @Test
    void contextSwitchOf6xReadsTheRecordDropsTheHandoffAndRecordsTheUserMm() {
        String out = convert("static void context_switch(struct task_struct *prev, struct task_struct *next)\n{\n"
                + "\tif (!next->mm) {\n\t\tenter_lazy_tlb(prev->active_mm, next);\n"
                + "\t\tnext->active_mm = prev->active_mm;\n\t\tif (prev->mm)\n\t\t\tmmgrab_lazy_tlb(prev->active_mm);\n"
                + "\t\telse\n\t\t\tprev->active_mm = NULL;\n\t} else {\n"
                + "\t\tswitch_mm_irqs_off(prev->active_mm, next->mm, next);\n\t\tlru_touch(next->mm);\n\t}\n}\n",
                "context_switch");
        assertEquals("static void context_switch(struct task_struct *prev, struct task_struct *next)\n{\n"
                + "\tif (!next->mm) {\n\t\tenter_lazy_tlb(current_active_mm(), next);\n"
                + "\t\tset_task_active_mm(next, current_active_mm());\n\t\tif (prev->mm)\n"
                + "\t\t\tmmgrab_lazy_tlb(current_active_mm());\n\t\telse\n\t\t\tset_task_active_mm(prev, NULL);\n\t} else {\n"
                + "\t\tswitch_mm_irqs_off(current_active_mm(), next->mm, next);\n"
                + "\t\tlru_touch(next->mm);\n\t\trecord_loaded_mm(next->mm);\n\t}\n}\n", out);
    }

    @Test
    void contextSwitchOf6xRecordsTheUserMmOnlyAfterItHasHandedPrevsLazyMmToFinishTaskSwitch() {
        // rq->prev_mm must be prev's lazy mm, which the record holds until the record is written
        String out = convert("static void context_switch(struct task_struct *prev, struct task_struct *next)\n{\n"
                + "\tif (!next->mm) {\n\t\tnext->active_mm = prev->active_mm;\n\t} else {\n"
                + "\t\tswitch_mm_irqs_off(prev->active_mm, next->mm, next);\n\n"
                + "\t\tif (!prev->mm) {\t\t/* from kernel */\n\t\t\trq->prev_mm = prev->active_mm;\n"
                + "\t\t\tprev->active_mm = NULL;\n\t\t}\n\t}\n}\n",
                "context_switch");
        assertTrue(out.contains("\t\tswitch_mm_irqs_off(current_active_mm(), next->mm, next);\n\n"
                + "\t\tif (!prev->mm) {\t\t/* from kernel */\n\t\t\trq->prev_mm = current_active_mm();\n"
                + "\t\t\tset_task_active_mm(prev, NULL);\n\t\t}\n\t\trecord_loaded_mm(next->mm);\n\t}\n}\n"), out);
    }

    @Test
    void contextSwitchOf419GetsBracesAroundTheElseItRecordsIn() {
        String out = convert("static void context_switch(struct task_struct *prev, struct task_struct *next)\n{\n"
                + "\tstruct mm_struct *mm = next->mm, *oldmm;\n\n\toldmm = prev->active_mm;\n"
                + "\tif (!mm) {\n\t\tnext->active_mm = oldmm;\n\t} else\n\t\tswitch_mm_irqs_off(oldmm, mm, next);\n}\n",
                "context_switch");
        assertTrue(out.contains("\toldmm = current_active_mm();\n\tif (!mm) {\n\t\tset_task_active_mm(next, oldmm);\n"
                + "\t} else {\n\t\tswitch_mm_irqs_off(oldmm, mm, next);\n\t\trecord_loaded_mm(mm);\n\t}\n}\n"), out);
    }

    @Test
    void idleTaskExitOf6xRecordsInitMmAfterItsSwitch() {
        String out = convert("void idle_task_exit(void)\n{\n\tstruct mm_struct *mm = current->active_mm;\n\n"
                + "\tif (mm != &init_mm) {\n\t\tswitch_mm(mm, &init_mm, current);\n\t\tfinish_switch();\n\t}\n}\n",
                "idle_task_exit");
        assertTrue(out.contains("\tstruct mm_struct *mm = current_active_mm();\n"), out);
        assertTrue(out.contains("\t\tswitch_mm(mm, &init_mm, current);\n\t\tfinish_switch();\n\t\trecord_loaded_mm(&init_mm);\n\t}\n"), out);
    }

    @Test
    void aLocalThatHoldsCurrentWritesTheRecordAndAnotherTaskIsLeftAlone() {
        String exec = convert("static int exec_mmap(struct mm_struct *mm)\n{\n\tstruct task_struct *tsk = current;\n"
                + "\tstruct mm_struct *active_mm;\n\n\tactive_mm = tsk->active_mm;\n\ttsk->active_mm = mm;\n"
                + "\treturn 0;\n}\n", "exec_mmap");
        assertTrue(exec.contains("\tactive_mm = current_active_mm();\n\tset_current_active_mm(mm);\n"), exec);
        String fork = convert("static int copy_mm(struct task_struct *tsk)\n{\n\ttsk->active_mm = NULL;\n\treturn 0;\n}\n",
                "copy_mm");
        assertTrue(fork.contains("\tset_task_active_mm(tsk, NULL);\n"), fork);
        String cpu = convert("static int finish_cpu(unsigned int cpu)\n{\n\tstruct task_struct *idle = idle_thread_get(cpu);\n"
                + "\tstruct mm_struct *mm = idle->active_mm;\n\n\tif (mm != &init_mm)\n\t\tidle->active_mm = &init_mm;\n"
                + "\treturn 0;\n}\n", "finish_cpu");
        assertTrue(cpu.contains("\tstruct mm_struct *mm = idle_task_active_mm(idle);\n\n\tif (mm != &init_mm)\n"
                + "\t\tset_task_active_mm(idle, &init_mm);\n"), cpu);
    }

    @Test
    void anLdtLookupUsesTheUsersMm() {
        String out = convert("static unsigned long segment_base(int idx)\n{\n"
                + "\tstruct ldt_struct *ldt = READ_ONCE(current->active_mm->context.ldt);\n\n\treturn ldt ? idx : 0;\n}\n",
                "segment_base");
        assertTrue(out.contains("READ_ONCE(current->mm->context.ldt)"), out);
    }

    @Test
    void efiBorrowersOfBothShapesSwitchBackToWhatTheRecordSaysNow() {
        String enterLeave = convert("static struct mm_struct *efi_prev_mm;\n\nvoid efi_leave_mm(void)\n{\n"
                + "\tcurrent->active_mm = efi_prev_mm;\n\tswitch_mm(&efi_mm, efi_prev_mm, NULL);\n}\n\n"
                + "void efi_enter_mm(void)\n{\n\tefi_prev_mm = current->active_mm;\n\tcurrent->active_mm = &efi_mm;\n"
                + "\tswitch_mm(efi_prev_mm, &efi_mm, NULL);\n}\n", "efi_leave_mm");
        // the record names the mm the CPU uses: it follows each switch
        assertTrue(enterLeave.contains("\tset_task_active_mm(current, unborrow_mm(efi_prev_mm));\n"
                + "\tswitch_mm(&efi_mm, unborrow_mm(efi_prev_mm), NULL);\n\trecord_loaded_mm(unborrow_mm(efi_prev_mm));\n"
                + "\tloaded_mm_switch_end(flags);\n"), enterLeave);
        String enter = convert("static struct mm_struct *efi_prev_mm;\n\nvoid efi_enter_mm(void)\n{\n"
                + "\tefi_prev_mm = current->active_mm;\n\tcurrent->active_mm = &efi_mm;\n"
                + "\tswitch_mm(efi_prev_mm, &efi_mm, NULL);\n}\n", "efi_enter_mm");
        assertTrue(enter.contains("\tefi_prev_mm = current_active_mm();\n\tset_task_active_mm(current, &efi_mm);\n"
                + "\tswitch_mm(efi_prev_mm, &efi_mm, NULL);\n\trecord_loaded_mm(&efi_mm);\n\tloaded_mm_switch_end(flags);\n"),
                enter);

        String oneSwitch = convert("void efi_switch_mm(struct mm_struct *mm)\n{\n"
                + "\tefi_scratch.prev_mm = current->active_mm;\n\tcurrent->active_mm = mm;\n"
                + "\tswitch_mm(efi_scratch.prev_mm, mm, NULL);\n}\n\nstatic long efi_thunk_call(void)\n{\n"
                + "\tefi_switch_mm(&efi_mm);\n\tefi_switch_mm(efi_scratch.prev_mm);\n\treturn 0;\n}\n", "efi_switch_mm");
        assertTrue(oneSwitch.contains("\tefi_scratch.prev_mm = current_active_mm();\n\tset_task_active_mm(current, mm);\n"
                + "\tswitch_mm(efi_scratch.prev_mm, mm, NULL);\n\trecord_loaded_mm(mm);\n"), oneSwitch);
        assertTrue(oneSwitch.contains("\tefi_switch_mm(unborrow_mm(efi_scratch.prev_mm));\n"), oneSwitch);

        String pgd = convert("void efi_virtmap_load(void)\n{\n\tefi_set_pgd(&efi_mm);\n}\n\n"
                + "void efi_virtmap_unload(void)\n{\n\tefi_set_pgd(current->active_mm);\n}\n", "efi_virtmap_unload");
        // efi_set_pgd() compares its mm with the record: the borrow finds the lender's mm there, the switch back its own
        assertEquals("void efi_virtmap_load(void)\n{\n\tunsigned long flags;\n\n\tflags = loaded_mm_switch_begin();\n"
                + "\tefi_set_pgd(&efi_mm);\n\trecord_loaded_mm(&efi_mm);\n\tloaded_mm_switch_end(flags);\n}\n\n"
                + "void efi_virtmap_unload(void)\n{\n\tunsigned long flags;\n\n\tflags = loaded_mm_switch_begin();\n"
                + "\trecord_loaded_mm(unborrow_mm(current_active_mm()));\n"
                + "\tefi_set_pgd(unborrow_mm(current_active_mm()));\n\tloaded_mm_switch_end(flags);\n}\n", pgd);
    }

    @Test
    void theRecordAndTheSwitchOf419ExecAndUseMmShareOneInterruptsOffSection() {
        String exec = convert("static int exec_mmap(struct mm_struct *mm)\n{\n\tstruct task_struct *tsk;\n"
                + "\tstruct mm_struct *active_mm;\n\n\ttsk = current;\n\ttask_lock(tsk);\n\tactive_mm = tsk->active_mm;\n"
                + "\ttsk->mm = mm;\n\ttsk->active_mm = mm;\n\tactivate_mm(active_mm, mm);\n\ttask_unlock(tsk);\n"
                + "\treturn 0;\n}\n", "exec_mmap");
        assertEquals("static int exec_mmap(struct mm_struct *mm)\n{\n\tunsigned long flags;\n\tstruct task_struct *tsk;\n"
                + "\tstruct mm_struct *active_mm;\n\n\ttsk = current;\n\ttask_lock(tsk);\n"
                + "\tflags = loaded_mm_switch_begin();\n\tactive_mm = current_active_mm();\n"
                + "\ttsk->mm = mm;\n\tset_task_active_mm(tsk, mm);\n\tactivate_mm(active_mm, mm);\n"
                + "\trecord_loaded_mm(mm);\n\tloaded_mm_switch_end(flags);\n\ttask_unlock(tsk);\n\treturn 0;\n}\n", exec);

        // the write sits in a nested block: the section spans from the read before it to the switch after it
        String use = convert("void use_mm(struct mm_struct *mm)\n{\n\tstruct mm_struct *active_mm;\n"
                + "\tstruct task_struct *tsk = current;\n\tunsigned long flags = 0;\n\n\ttask_lock(tsk);\n"
                + "\tactive_mm = tsk->active_mm;\n\tif (active_mm != mm) {\n\t\tmmgrab(mm);\n\t\ttsk->active_mm = mm;\n\t}\n"
                + "\ttsk->mm = mm;\n\tswitch_mm(active_mm, mm, tsk);\n\ttask_unlock(tsk);\n}\n", "use_mm");
        assertTrue(use.contains("{\n\tunsigned long irqflags;\n\tstruct mm_struct *active_mm;\n"), use);
        assertTrue(use.contains("\ttask_lock(tsk);\n\tirqflags = loaded_mm_switch_begin();\n\tactive_mm = current_active_mm();\n"
                + "\tif (active_mm != mm) {\n\t\tmmgrab(mm);\n\t\tset_task_active_mm(tsk, mm);\n\t}\n"
                + "\ttsk->mm = mm;\n\tswitch_mm(active_mm, mm, tsk);\n\trecord_loaded_mm(mm);\n"
                + "\tloaded_mm_switch_end(irqflags);\n"
                + "\ttask_unlock(tsk);\n"), use);

        String efi = convert("void efi_switch_mm(struct mm_struct *mm)\n{\n\ttask_lock(current);\n"
                + "\tefi_scratch.prev_mm = current->active_mm;\n\tcurrent->active_mm = mm;\n"
                + "\tswitch_mm(efi_scratch.prev_mm, mm, NULL);\n\ttask_unlock(current);\n}\n", "efi_switch_mm");
        assertTrue(efi.contains("{\n\tunsigned long flags;\n\n\ttask_lock(current);\n\tflags = loaded_mm_switch_begin();\n"
                + "\tefi_scratch.prev_mm = current_active_mm();\n\tset_task_active_mm(current, mm);\n"
                + "\tswitch_mm(efi_scratch.prev_mm, mm, NULL);\n\trecord_loaded_mm(mm);\n\tloaded_mm_switch_end(flags);\n"), efi);
    }

    @Test
    void aSectionThatIsAlreadyOffOrAFunctionThatRunsWithInterruptsOffIsLeftAsItIs() {
        // 6.x kthread_use_mm(), and 6.x exec_mmap() whose early local_irq_enable() the option's select turns off
        String kthread = convert("void kthread_use_mm(struct mm_struct *mm)\n{\n\tstruct mm_struct *active_mm;\n\n"
                + "\t/*\n\t * mm may be current->active_mm already.\n\t */\n\tlocal_irq_disable();\n\tactive_mm = current->active_mm;\n\tcurrent->active_mm = mm;\n"
                + "\tswitch_mm_irqs_off(active_mm, mm, current);\n\tlocal_irq_enable();\n}\n", "kthread_use_mm");
        String exec = convert("static int exec_mmap(struct mm_struct *mm)\n{\n\tstruct mm_struct *active_mm;\n\n"
                + "\tlocal_irq_disable();\n\tactive_mm = current->active_mm;\n\tcurrent->active_mm = mm;\n"
                + "\tif (!IS_ENABLED(CONFIG_ARCH_WANT_IRQS_OFF_ACTIVATE_MM))\n\t\tlocal_irq_enable();\n"
                + "\tactivate_mm(active_mm, mm);\n\tif (IS_ENABLED(CONFIG_ARCH_WANT_IRQS_OFF_ACTIVATE_MM))\n"
                + "\t\tlocal_irq_enable();\n\treturn 0;\n}\n", "exec_mmap");
        String idle = convert("void idle_task_exit(void)\n{\n\tstruct mm_struct *mm = current->active_mm;\n\n"
                + "\tswitch_mm(mm, &init_mm, current);\n\tcurrent->active_mm = &init_mm;\n}\n", "idle_task_exit");
        for (String out : new String[] {kthread, exec, idle}) {
            assertTrue(!out.contains("loaded_mm_switch_begin"), out);
        }
        // still, the record follows the switch, inside the section the function has
        assertTrue(kthread.contains("\tactive_mm = current_active_mm();\n\tset_task_active_mm(current, mm);\n"
                + "\tswitch_mm_irqs_off(active_mm, mm, current);\n\trecord_loaded_mm(mm);\n\tlocal_irq_enable();\n"), kthread);
        assertTrue(exec.contains("\tactivate_mm(active_mm, mm);\n\trecord_loaded_mm(mm);\n"
                + "\tif (IS_ENABLED(CONFIG_ARCH_WANT_IRQS_OFF_ACTIVATE_MM))\n"), exec);
        // a write after the switch is the record already
        assertTrue(idle.contains("\tswitch_mm(mm, &init_mm, current);\n\tset_current_active_mm(&init_mm);\n}\n"), idle);

        // an enable on any other condition leaves the switch with interrupts on
        String other = convert("static int exec_mmap(struct mm_struct *mm)\n{\n\tstruct mm_struct *active_mm;\n\n"
                + "\tlocal_irq_disable();\n\tactive_mm = current->active_mm;\n\tcurrent->active_mm = mm;\n"
                + "\tif (slow)\n\t\tlocal_irq_enable();\n\tactivate_mm(active_mm, mm);\n\treturn 0;\n}\n", "exec_mmap");
        assertTrue(other.contains("loaded_mm_switch_begin"), other);
    }

    @Test
    void theShootdownHandlerOf6xRecordsInitMmAfterItsSwitch() {
        // an IPI handler: interrupts are off already, so no section, but the same order
        String out = convert("static void do_shoot_lazy_tlb(void *arg)\n{\n\tstruct mm_struct *mm = arg;\n\n"
                + "\tif (current->active_mm == mm) {\n\t\tWARN_ON_ONCE(current->mm);\n\t\tcurrent->active_mm = &init_mm;\n"
                + "\t\tswitch_mm(mm, &init_mm, current);\n\t}\n}\n", "do_shoot_lazy_tlb");
        assertEquals("static void do_shoot_lazy_tlb(void *arg)\n{\n\tstruct mm_struct *mm = arg;\n\n"
                + "\tif (current_active_mm() == mm) {\n\t\tWARN_ON_ONCE(current->mm);\n"
                + "\t\tset_task_active_mm(current, &init_mm);\n\t\tswitch_mm(mm, &init_mm, current);\n"
                + "\t\trecord_loaded_mm(&init_mm);\n\t}\n}\n", out);
    }

    @Test
    void anotherTasksMemberHasNoRecipe() {
        EditedFile f = EditedFile.of("kernel/dump.c", ("void dump(struct task_struct *p)\n{\n"
                + "\tshow(p->active_mm);\n}\n").getBytes(StandardCharsets.UTF_8));
        assertEquals(Optional.empty(), LoadedMmRecipe.of(f, "dump", 3).orElseThrow().rewrite(f.line(3)));
        assertEquals(Optional.empty(), LoadedMmRecipe.of(f, "missing", 3));
    }
}
