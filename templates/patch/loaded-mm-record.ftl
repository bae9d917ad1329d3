${prefix}: keep a per-CPU record of the loaded mm under ${option}

Without task_struct::active_mm, the mm a lazy CPU keeps loaded is per-CPU
state: it is handed from prev to next at every switch anyway.  Add, under
${option}, a per-CPU record of the mm each CPU has
loaded, and helpers that read and write it where the code reads and
writes current->active_mm today.  Without the option each helper is the
member access it stands for.

No architecture selects the option yet, so nothing changes.
