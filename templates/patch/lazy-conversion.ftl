${prefix}: use mmgrab_lazy_tlb() and mmdrop_lazy_tlb()

These references only keep the mm alive while a CPU has it loaded
lazily.  Take and drop them with the lazy TLB helpers, so that an
architecture that selects ${option} does without
them.

This changes nothing for an architecture that does not select it.
