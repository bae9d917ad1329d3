config ${option}
	bool
	help
	  An architecture selects this when its arch_shoot_down_dead_mm()
	  makes sure that no CPU still uses an mm once __mmput() has torn
	  it down.  task_struct then has no active_mm, and switching to
	  and from kernel threads takes and drops no reference on the
	  previous task's mm.

