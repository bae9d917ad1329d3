package org.activemm.sites.rules;

import org.activemm.sites.Purpose;
import org.activemm.sites.Role;

/**
 * What a rule decides on: the site's role and purpose, and whether it is in
 * assembly. Role and purpose are null for a comment mention.
 */
public record SiteShape(Role role, Purpose purpose, boolean assembly) {

    public static SiteShape commentMention() {
        return new SiteShape(null, null, false);
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
