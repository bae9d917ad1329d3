package org.activemm.sites;

import java.util.Set;

import org.activemm.lex.Guard;

/**
 * Whether a site still needs a change in this run (docs/sites.md, "Status").
 * Two readings of our own (docs/sites.md): an enter_lazy_tlb() call is listed for review and never
 * needs a change (its rule says it stays), and under the upstream scheme, which keeps the member, only
 * the lazy references (grab and drop) can need one.
 */
final class Statuses {

    /** A status and the words that explain an {@code info} or {@code converted}. */
    record Decision(Status status, String why) {
    }

    private Statuses() {
    }

    /**
     * @param driverArches the arches whose Kconfig can build this driver file, or null when unknown
     * @param seedHelpers the lazy helpers the tree compiles out under the seed option
     */
    static Decision of(ScanOptions options, Scope scope, Role role, Guard guard, String call,
            Set<String> driverArches, SeedLazyHelpers seedHelpers) {
        if (guard.dead()) {
            return new Decision(Status.INFO, "dead code under #if " + guard.text() + "; it may simply be deleted");
        }
        Scheme scheme = options.scheme();
        String converted = scheme.whyConverted(guard, call, seedHelpers);
        if (converted != null) {
            return new Decision(Status.CONVERTED, converted);
        }
        if (scope.isArch() && !options.optsIn(scope.arch())) {
            return new Decision(Status.INFO, scope.arch() + " is not being converted in this run");
        }
        if (driverArches != null && driverArches.stream().noneMatch(options::optsIn)) {
            return new Decision(Status.INFO, "only " + String.join(", ", driverArches.stream().sorted().toList())
                    + " can build this driver, and no such arch is being converted");
        }
        if (role == Role.LAZY_ENTER) {
            return new Decision(Status.INFO, "the call stays; review what the arch's enter_lazy_tlb() does");
        }
        if (scheme.keepsMember() && role != Role.GRAB && role != Role.DROP) {
            return new Decision(Status.INFO, "the upstream scheme keeps task_struct->active_mm;"
                    + " only the lazy references change");
        }
        return new Decision(Status.NEEDS_CHANGE, "");
    }
}
