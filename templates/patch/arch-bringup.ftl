${prefix}: use the loaded-mm record instead of task_struct::active_mm

Under ${option} task_struct has no active_mm.  A CPU being
brought up takes init_mm through the lazy TLB helpers and the record,
readers of the loaded mm read the record, user-context lookups use
current->mm, and a borrower of another mm switches back to what the
record says now, never to the mm it saved.  Without the option each
helper is the member access it replaces.
