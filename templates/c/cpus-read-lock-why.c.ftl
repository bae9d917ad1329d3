	/*
	 * A CPU going offline leaves cpu_online_mask with its mm still
	 * loaded and recorded; idle_task_exit() switches it away only later,
	 * and no IPI reaches it in between.  The hotplug path holds
	 * cpus_write_lock across that window, so under the read lock no CPU
	 * is inside it.  __mmput() may sleep, and so may this.
	 */
