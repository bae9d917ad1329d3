package org.activemm.model;

import org.activemm.Words;

/**
 * How the model's EFI runtime call switches to {@code efi_mm} and back: with interrupts off or on,
 * and, with interrupts on, back to the mm it saved (4.19, 6.5) or to the task's own mm (the fix).
 */
public enum EfiMode {
    /**
     * The temporary-mm helper that AMM007 converts EFI to (x86 {@code use_temporary_mm()},
     * arch/x86/kernel/alternative.c in 6.5): interrupts off from switch to restore, and it leaves
     * lazy TLB mode first, so the mm it saves and restores is never the lazy one.
     */
    IRQS_OFF("irqs-off"),
    /**
     * {@code efi_switch_mm()} (4.19) / {@code efi_enter_mm()} (6.5) in arch/x86/platform/efi/efi_64.c:
     * saves the mm it finds, interrupts stay on during the call, restores the saved mm after.
     */
    IRQS_ON("irqs-on"),
    /**
     * The fix of {@link #IRQS_ON}: the call still runs with interrupts on, but when it ends it switches
     * to {@code current->mm ?: &init_mm} (what the per-CPU record says now), never to the mm it saved.
     */
    IRQS_ON_FIXED("irqs-on-fixed");

    private final String word;

    EfiMode(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    /** Interrupts stay on during the call, so a shoot-down IPI can land in it. */
    public boolean irqsOn() {
        return this != IRQS_OFF;
    }

    public static EfiMode byWord(String word) {
        return Words.named(values(), EfiMode::word, "EFI mode", word);
    }
}
