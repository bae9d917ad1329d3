From ${commit} Mon Sep 17 00:00:00 2001
From: ${author}
Date: ${date}
Subject: [${subjectPrefix} ${number}/${total}] ${subject}
<#if to?has_content>
To: ${to?join(",\n    ")}
</#if>
<#if cc?has_content>
Cc: ${cc?join(",\n    ")}
</#if>
MIME-Version: 1.0
Content-Type: text/plain; charset=UTF-8
Content-Transfer-Encoding: 8bit

${body}

Signed-off-by: ${signoff}
---
${diffstat}
${diff}-- 
${generator}

