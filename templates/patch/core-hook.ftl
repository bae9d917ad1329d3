${prefix}: add ${option} and arch_shoot_down_dead_mm()

When the scheduler switches to a kernel thread, the thread keeps the
previous task's mm loaded and takes a reference on it with mmgrab(),
which finish_task_switch() drops again with mmdrop().  On large systems
these atomic operations on mm_count are pure overhead.

Add ${option} for an architecture that can do
without them: it promises, in arch_shoot_down_dead_mm(), that no CPU
still uses an mm once its page tables are gone.  __mmput() calls the
hook right after exit_mmap(); without the option the hook is an empty
inline.

No architecture selects the option yet, so nothing changes.
