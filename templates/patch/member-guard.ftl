<#assign parts = []>
<#if member><#assign parts = parts + ["the member"]></#if>
<#if initializer><#assign parts = parts + ["init_task's initializer"]></#if>
${prefix}: hide task_struct::active_mm under ${option}

With ${option} an architecture keeps no reference on
the mm a lazy CPU still has loaded, so task_struct has no active_mm to
record it.
<#if parts?size == 1>
Under the option, compile out ${parts[0]}.
<#elseif parts?has_content>
Under the option, compile out ${parts[0..<parts?size - 1]?join(", ")} and ${parts?last}.
</#if>

No architecture selects the option yet, so nothing changes.
