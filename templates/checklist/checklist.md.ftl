# ${option} on ${arch}: checklist

Tree: ${tree}<#if revision?has_content> at ${revision}</#if>; scheme ${scheme}.

## Sites that need a change

<#if series>
The series takes care of ${done} of these sites (checked, with the patch
that does it); what is not checked is left for hand work.

</#if>
<#if sites?has_content>
| done | site | function | rule | what to do |
| --- | --- | --- | --- | --- |
<#list sites as s>
| <#if s.done>[x]<#else>[ ]</#if> | `${s.path}<#if s.line gt 0>:${s.line}</#if>` | <#if s.function?has_content>`${s.function}`</#if> | <#if s.rule?has_content>${s.rule}<#else>-</#if> | ${s.what} |
</#list>
<#else>
None.
</#if>

<#if option == "ARCH_NO_TASK_ACTIVE_MM">
## Strategy for arch_shoot_down_dead_mm()
<#else>
## Shootdown: upstream's cleanup_lazy_tlbs() IPIs mm_cpumask(mm)
</#if>

Chosen: **${strategy}**, <#if safe>safe<#else>**UNSAFE**: breaks `${brokenProperty}`: ${counterexample}</#if><#if costs?has_content> (${costs})</#if>.

| strategy | verdict | counterexample | costs |
| --- | --- | --- | --- |
<#list verdicts as v>
| ${v.strategy} | <#if v.safe>safe<#else>unsafe: `${v.brokenProperty}`</#if> | ${v.counterexample} | ${v.costs} |
</#list>

<#if option == "ARCH_NO_TASK_ACTIVE_MM">
- <#if implementationDone?has_content>[x]<#else>[ ]</#if> `arch_shoot_down_dead_mm()` in `${implementation}` implements ${strategy}<#if implementationDone?has_content>: ${implementationDone}</#if>
</#if>
- <#if selectDone?has_content>[x]<#else>[ ]</#if> `select ${option}` in the main config entry of `${kconfig}`, last patch of the series for ${arch}<#if selectDone?has_content>: ${selectDone}</#if>

## Boot-test

<#if variants?has_content>
<#list variants as v>
- [ ] ${v}
</#list>
<#else>
- [ ] native ${arch} (the model lists no paravirt variant)
</#if>

## Builds

With the option on (the whole series) and off (the series without its
last patch for ${arch}), for each:

- [ ] `make ARCH=${arch} defconfig`
- [ ] `make ARCH=${arch}<#list objects as o> ${o}</#list>`
- [ ] `make ARCH=${arch}` (the whole kernel, then boot it)
