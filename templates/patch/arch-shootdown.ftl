${prefix}: implement arch_shoot_down_dead_mm()

Implement the hook that lets ${arch} select ${option}:
once exit_mmap() has freed an mm's page tables, make sure that no CPU
still has the mm loaded.

<#if strategy == "piggyback">
The hook relies on the TLB flush that frees the page tables to
interrupt every CPU in mm_cpumask(), and on a CPU that is lazy on the
mm switching to init_mm when it takes that flush; then only the CPU
that ran the exiting task can still have it loaded.  The hook switches
that CPU away and checks that no other CPU is left.  This holds only
where the flush really interrupts the lazy CPUs: see the model's
verdict below.
<#elseif strategy == "ipi-cpumask">
The hook interrupts every CPU in mm_cpumask() and the CPUs that are
lazy on the mm switch to init_mm.
<#elseif strategy == "ipi-scan">
The hook interrupts the CPUs whose per-CPU record of the loaded mm,
written with interrupts off at every mm switch, is the dying mm, and
they switch to init_mm.  It needs no mm_cpumask() tracking.
<#else>
The hook interrupts every online CPU and the CPUs that are lazy on the
mm switch to init_mm.
</#if>

The hook runs under cpus_read_lock(): a CPU going offline leaves
cpu_online_mask with the mm still loaded until idle_task_exit(), and no
IPI reaches it in between; the hotplug path holds cpus_write_lock across
that window.  __mmput() may sleep, so the sleeping lock is allowed there.
It does not nest, though: a caller of mmput() that drops the last
reference deadlocks if it holds cpus_write_lock, or holds
cpus_read_lock() while a CPU hotplug writer waits.  6.5 has such
callers: update_tasks_nodemask() and cpuset_attach() in
kernel/cgroup/cpuset.c and mem_cgroup_can_attach() in mm/memcontrol.c
call mmput() under cpus_read_lock().  They must be resolved (for
example with mmput_async()) before this is applied.

<#if safe>
The activemm model finds this strategy (${strategy}) safe on ${arch}<#if variants?has_content>
and on ${variants?join(", ")}</#if>.
<#else>
The activemm model finds this strategy (${strategy}) UNSAFE on ${arch}:
it breaks ${brokenProperty}.  Counterexample:
${counterexample}
</#if>
<#if costs?has_content>

Costs (activemm model):
${costs}.
</#if>

Until ${arch} selects the option the function is not built.
