${prefix}: add mmgrab_lazy_tlb() and mmdrop_lazy_tlb()

The references a kernel thread takes on the mm it borrows lazily are
taken and dropped with the plain mmgrab() and mmdrop(), which cannot be
told apart from the references that keep an mm alive for other reasons.

Add helpers for the lazy ones only.  They compile out under
${option}, where arch_shoot_down_dead_mm() makes
sure that no CPU still uses an mm after __mmput().
