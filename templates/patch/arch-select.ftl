${prefix}: select ${option}

<#if option == "ARCH_NO_TASK_ACTIVE_MM">
${arch} now implements arch_shoot_down_dead_mm() (${strategy}), so it
can do without task_struct::active_mm and without the lazy TLB
references on every switch to and from a kernel thread.
<#else>
${arch} records in mm_cpumask() every CPU that is lazy on an mm, so the
core can shoot those CPUs down when the mm is freed instead of counting
lazy references on every switch to and from a kernel thread.
</#if>
<#if costs?has_content>

Costs (activemm model):
${costs}.
</#if>
