${prefix}: make ${option} turn off MMU_LAZY_TLB_REFCOUNT

mmgrab_lazy_tlb() and mmdrop_lazy_tlb() already take the lazy TLB
references only when MMU_LAZY_TLB_REFCOUNT is set.  Under
${option} arch_shoot_down_dead_mm() makes sure that
no CPU still uses an mm after __mmput(), so those references are not
needed: let the option turn them off.
