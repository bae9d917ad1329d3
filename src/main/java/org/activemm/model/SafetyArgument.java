package org.activemm.model;

import org.activemm.sites.Scheme;

/** Why a pair the checker found safe is safe, in words: which step switches every lazy CPU away. */
final class SafetyArgument {
    private SafetyArgument() {
    }

    static String of(ArchProfile p, SchemeStrategy column, EfiMode efi) {
        String core = switch (column.strategy()) {
            case REFCOUNT -> "every task that keeps M as its lazy active_mm holds an mm_count reference (mmgrab), "
                    + "so the last mmdrop() frees M only after every CPU has moved on.";
            case PIGGYBACK -> p.exitHookSwitchesLazy()
                    ? "arch_exit_mmap() IPIs every CPU that has M loaded before the page tables go, and each of them "
                            + "switches to init_mm and moves its per-CPU record with it; arch_shoot_down_dead_mm() only "
                            + "switches the exiting CPU."
                    : "exit_mmap()'s flush IPIs every CPU in mm_cpumask(M), which holds every lazy CPU, and a lazy CPU "
                            + "that takes the flush switches to init_mm and moves its per-CPU record with it; "
                            + "arch_shoot_down_dead_mm() only switches the exiting CPU.";
            case IPI_CPUMASK -> (column.scheme() == Scheme.UPSTREAM ? "cleanup_lazy_tlbs()" : "arch_shoot_down_dead_mm()")
                    + " IPIs mm_cpumask(M), which holds every CPU whose "
                    + (column.scheme() == Scheme.UPSTREAM ? "active_mm" : "per-CPU record")
                    + " is M (the arch never takes a CPU out of the mask without moving it), and each of them switches"
                    + " to init_mm before M is freed.";
            case IPI_SCAN -> "arch_shoot_down_dead_mm() IPIs every CPU whose per-CPU record is M; the record is written "
                    + "with interrupts off at every switch, so no CPU can hold M without its record saying so, "
                    + "and each one switches to init_mm before M is freed.";
            case IPI_ALL -> "arch_shoot_down_dead_mm() IPIs every online CPU, and each one with M loaded "
                    + "switches to init_mm before M is freed.";
        };
        String efiPart = switch (efi) {
            case IRQS_OFF -> " The EFI call runs with interrupts off and leaves lazy mode first, so the mm it saves is never M.";
            case IRQS_ON -> " The EFI call saves M with interrupts on; the task's own reference keeps M alive until it restores.";
            case IRQS_ON_FIXED -> " The EFI call runs with interrupts on but ends by switching to current->mm ?: &init_mm, "
                    + "never to the mm it saved.";
        };
        return core + efiPart;
    }
}
