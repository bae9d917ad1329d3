package org.activemm.sites.rules;

import org.activemm.sites.Purpose;
import org.activemm.sites.Role;

/**
 * What a rule decides on: the site's role and purpose, and whether it is in
 * assembly; or that it is a comment mention, which has no role or purpose.
 */
public record SiteShape(Role role, Purpose purpose, boolean assembly, boolean comment) {

    /** A site in code. */
    public SiteShape(Role role, Purpose purpose, boolean assembly) {
        this(role, purpose, assembly, false);
    }

    public static SiteShape commentMention() {
        return new SiteShape(null, null, false, true);
    }

    public boolean isMemberAccess() {
        return role == Role.READ || role == Role.WRITE;
    }

    public boolean isReference() {
        return role == Role.GRAB || role == Role.DROP;
    }

    public boolean isCpuLifecycle() {
        return purpose == Purpose.CPU_BRINGUP || purpose == Purpose.CPU_TEARDOWN;
    }
}
