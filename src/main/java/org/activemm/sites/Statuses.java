package org.activemm.sites;

import java.util.Set;

import org.activemm.lex.Guard;

/** Whether a site still needs a change in this run (SITES.md, "Which sites need a change for which arch"). */
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
    static Decision of(ScanOptions options, String scope, Guard guard, String call, Set<String> driverArches,
            SeedLazyHelpers seedHelpers) {
        if (guard.dead()) {
            return new Decision(Status.INFO, "dead code under #if " + guard.text() + "; it may simply be deleted");
        }
        Scheme scheme = options.scheme();
        if (scheme == Scheme.SEED && GuardConditions.excludes(guard, scheme.guardSymbol())) {
            return new Decision(Status.CONVERTED, "already under " + guard.text());
        }
        if (scheme == Scheme.SEED && seedHelpers.whyConverted(call) != null) {
            return new Decision(Status.CONVERTED, seedHelpers.whyConverted(call));
        }
        if (scheme == Scheme.UPSTREAM) {
            if (call != null && SiteDetector.LAZY_HELPERS.contains(call)) {
                return new Decision(Status.CONVERTED, "already uses " + call + "()");
            }
            if (GuardConditions.requires(guard, scheme.guardSymbol())) {
                return new Decision(Status.CONVERTED, "already under " + guard.text());
            }
        }
        String arch = Scope.archOf(scope);
        if (arch != null && !options.optsIn(arch)) {
            return new Decision(Status.INFO, arch + " is not being converted in this run");
        }
        if (driverArches != null && driverArches.stream().noneMatch(options::optsIn)) {
            return new Decision(Status.INFO, "only " + String.join(", ", driverArches.stream().sorted().toList())
                    + " can build this driver, and no such arch is being converted");
        }
        return new Decision(Status.NEEDS_CHANGE, "");
    }
}
