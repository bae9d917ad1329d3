package org.activemm.sites.rules;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A rule's identity, declared on its class next to its code. docs/rules.md is
 * generated from these annotations by reading the sources (JavaParser), and
 * {@code activemm rules} prints them at run time.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {
    /** Stable id, {@code AMMnnn}: reports, SARIF, checklists and suppressions use it. */
    String id();

    /** What kind of site the rule covers. */
    String summary();

    /** The change the rule asks for under ARCH_NO_TASK_ACTIVE_MM. */
    String change();
}
