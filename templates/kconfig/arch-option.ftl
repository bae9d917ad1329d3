config ${option}
	bool
<#if excludes?has_content>
	depends on !${excludes}
</#if>
<#if irqsOff?has_content>
	select ${irqsOff}
</#if>
	help
	  An architecture selects this when its arch_shoot_down_dead_mm()
	  makes sure that no CPU still uses an mm once __mmput() has torn
	  it down.  task_struct then has no active_mm: each CPU records
	  the mm it has loaded, and switching to and from kernel threads
	  takes and drops no reference on the previous task's mm.
<#if irqsOff?has_content>
	  exec_mmap() keeps interrupts off over activate_mm(), so that a
	  shootdown never finds the record and the loaded mm apart.
</#if>
<#if excludes?has_content>
	  ${excludes} shoots lazy users down at __mmdrop() time
	  instead; an architecture selects one of the two.
</#if>

