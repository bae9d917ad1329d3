From ${commit} Mon Sep 17 00:00:00 2001
From: ${author}
Date: ${date}
Subject: [PATCH ${number}/${total}] <#if scheme == "seed">mm: remove task_struct::active_mm on<#else>mm: shoot lazy TLB mms down on</#if> ${arches?map(a -> a.arch)?join(", ")}
<#if cc?has_content>
Cc: ${cc?join(",\n    ")}
</#if>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

When the scheduler switches to a kernel thread, the thread keeps the
previous task's mm loaded ("lazy TLB") and takes a reference on it with
mmgrab(); the reference is dropped again with mmdrop() when the CPU
moves on.  On large systems these atomic operations on mm_count, from
every CPU, on the same cache line, are pure overhead.

<#if scheme == "seed">
The idea (Lutomirski, van Riel, July 2018): an architecture that can
make sure no CPU still uses an mm once __mmput() has torn it down does
not need those references at all.  It selects ARCH_NO_TASK_ACTIVE_MM,
task_struct loses active_mm, and __mmput() calls
arch_shoot_down_dead_mm() right after exit_mmap().  How each
architecture here makes sure of it:

<#list arches as a>
  ${a.arch} (${a.strategy}): <#if a.strategy == "piggyback">relies on the TLB flush that frees the page tables to interrupt every lazy CPU<#elseif a.strategy == "ipi-cpumask">interrupts every CPU in mm_cpumask(mm)<#elseif a.strategy == "ipi-scan">interrupts the CPUs whose per-CPU record of the loaded mm is mm<#else>interrupts every online CPU</#if>; <#if a.safe>the activemm model proves this safe on ${a.arch}<#if a.variants?has_content> and on ${a.variants?join(", ")}</#if>.<#else>the activemm model finds this UNSAFE (breaks ${a.brokenProperty}).</#if>
</#list>
<#else>
Upstream's MMU_LAZY_TLB_SHOOTDOWN does without those references on an
architecture that records every lazy CPU in mm_cpumask(): __mmdrop()
interrupts those CPUs and they switch to init_mm.
</#if>

What the series does:

<#list patches as p>
  ${p.number}. ${p.subject}
</#list>

The ${option} select comes last for each
architecture, so every step of the series builds and boots as before.
<#if revision?has_content>
It applies to ${revision}.
</#if>

Sites (activemm scan, scheme ${scheme}):
<#if skipped?has_content>

The scan could not read ${skipped?size} files; any site in them is missing
from this series:
<#list skipped as f>
  ${f.path}: ${f.reason}
</#list>
</#if>

  scope          rule    needs-change converted info
<#list sites as s>
  ${s.scope?right_pad(14)} ${s.rule?right_pad(7)} ${s.needsChange?string?left_pad(12)} ${s.converted?string?left_pad(9)} ${s.info?string?left_pad(4)}
</#list>

<#list rules as r>
  ${r.rule}: ${r.summary}
</#list>

Strategy per architecture (activemm model):

<#list arches as a>
  ${a.arch}: ${a.strategy}, <#if a.safe>safe<#else>UNSAFE (breaks ${a.brokenProperty}<#if unsafeOk>, generated with --unsafe-ok</#if>)</#if><#if a.costs?has_content>; ${a.costs}</#if>
<#list a.verdicts as v>
<#if v.strategy != a.strategy>
    ${v.strategy}: <#if v.safe>safe<#else>unsafe, breaks ${v.brokenProperty}: ${v.counterexample}</#if><#if v.costs?has_content>; ${v.costs}</#if>
</#if>
</#list>
<#if a.variants?has_content>
    boot-test: ${a.variants?join(", ")}
</#if>
</#list>

<#if handWork?has_content>
Left for hand work (not the mechanical shape; the series must not select
the option on an architecture before these are done):

<#list handWork as f>
  ${f.path}:
<#list f.items as i>
    <#if i.line gt 0>${i.line?c}<#if i.column gt 0>:${i.column?c}</#if>: </#if><#if i.function?has_content>${i.function}(): </#if><#if i.rule?has_content>[${i.rule}] </#if>${i.what}
</#list>
</#list>
<#else>
Nothing is left for hand work.
</#if>

<#list arches as a>
Checklist for ${a.arch}: checklist-${a.arch}.md
</#list>

<#if diffstat?has_content>
${diffstat}
</#if>
-- 
${generator}

