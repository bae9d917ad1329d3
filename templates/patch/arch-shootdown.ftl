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

The hook then waits, without a lock, until no offline CPU still
records the mm: a CPU leaving cpu_online_mask before the IPIs keeps the
mm loaded until idle_task_exit() switches it to init_mm and records that.

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
