package org.activemm.model;

/** Why a pair the checker found safe is safe, in words: which step switches every lazy CPU away. */
final class SafetyArgument {
    private SafetyArgument() {
    }

    static String of(ArchProfile p, Strategy strategy, EfiMode efi) {
        String core = switch (strategy) {
            case REFCOUNT -> "every task that keeps M as its lazy active_mm holds an mm_count reference (mmgrab), "
                    + "so the last mmdrop() frees M only after every CPU has moved on.";
            case PIGGYBACK -> p.exitHookSwitchesLazy()
                    ? "arch_exit_mmap() IPIs every CPU that has M loaded before the page tables go, "
                            + "and each of them switches to init_mm; arch_shoot_down_dead_mm() has nothing left to do."
                    : "exit_mmap()'s flush IPIs every CPU in mm_cpumask(M), which holds every lazy CPU, and a lazy CPU "
                            + "that takes the flush switches to init_mm; arch_shoot_down_dead_mm() has nothing left to do.";
            case IPI_CPUMASK -> "arch_shoot_down_dead_mm() IPIs mm_cpumask(M), which holds every CPU with M loaded, "
                    + "and each of them switches to init_mm before M is freed.";
            case IPI_ALL -> "arch_shoot_down_dead_mm() IPIs every online CPU, and each one with M loaded "
                    + "switches to init_mm before M is freed.";
        };
        String efiPart = efi == EfiMode.IRQS_OFF
                ? " The EFI call runs with interrupts off and leaves lazy mode first, so the mm it saves is never M."
                : " The EFI call saves M with interrupts on; the task's own reference keeps M alive until it restores.";
        return core + efiPart;
    }
}
