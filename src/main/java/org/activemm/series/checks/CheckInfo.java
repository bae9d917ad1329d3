package org.activemm.series.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A check's identity, declared on its class next to its code. docs/checks.md
 * is generated from these annotations by reading the sources (JavaParser).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface CheckInfo {
    /** Stable id, {@code AMCnnn}: reports, SARIF, JUnit and the fixture expectations use it. */
    String id();

    /** What the check makes sure of, in one line. */
    String summary();

    CheckLevel level();
}
