${prefix}: hide task_struct::active_mm under ${option}

With ${option} an architecture keeps no reference on
the mm a lazy CPU still has loaded, so task_struct has no active_mm to
record it.
Compile the member and its initializer out under the option, and with
them the places where a CPU being brought up adopts init_mm as its
active_mm.

No architecture selects the option yet, so nothing changes.
