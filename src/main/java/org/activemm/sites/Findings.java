package org.activemm.sites;

import java.util.Set;

import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteRule;
import org.activemm.sites.rules.SiteShape;

/** Completes a classified site into a finding: rule, status, level and a message a kernel developer reads. */
final class Findings {
    private Findings() {
    }

    static Finding of(ClassifiedSite site, ScanOptions options, Set<String> driverArches, SeedLazyHelpers seedHelpers) {
        Scope scope = Scope.of(site.path());
        SiteShape shape = new SiteShape(site.role(), site.purpose(), site.assembly());
        SiteRule siteRule = Rules.forSite(shape);
        Statuses.Decision status = Statuses.of(options, scope, site.role(), site.guard(), site.call(), driverArches,
                seedHelpers);
        String message = what(site) + (status.status() == Status.NEEDS_CHANGE
                ? ": " + siteRule.changeFor(shape) : " (" + status.why() + ")");
        return new Finding(site.path(), site.line(), site.column(), site.function(), site.role(), site.purpose(),
                scope, siteRule, site.guard().text(), status.status(), Level.of(status.status()), message, false);
    }

    /** A comment note: status info, level note, and the comment rule's change as its advice. */
    static Finding of(CommentNote note) {
        SiteRule rule = Rules.forSite(SiteShape.commentMention());
        String in = note.function().isEmpty() ? "" : " in " + note.function();
        return new Finding(note.path(), note.line(), note.column(), note.function(), null, null,
                Scope.of(note.path()), rule, note.guard().text(), Status.INFO, Level.of(Status.INFO),
                "comment mentions active_mm" + in + ": " + rule.info().change(), true);
    }

    private static String what(ClassifiedSite site) {
        boolean inFunction = site.role() != Role.INIT && !site.assembly();
        String in = site.function().isEmpty() ? "" : " in " + site.function() + (inFunction ? "()" : "");
        String purpose = site.purpose() == Purpose.OTHER
                ? (site.reason().isEmpty() ? "" : " (" + site.reason() + ")")
                : " [" + site.purpose().word() + "]";
        return switch (site.role()) {
            case DECL -> "struct task_struct declares the active_mm member";
            case INIT -> "static initializer sets .active_mm" + in;
            case OFFSETOF -> "asm-offsets exports offsetof(struct task_struct, active_mm)"
                    + (site.symbol() == null ? "" : " as " + site.symbol()) + in;
            case WRITE -> "assigns task->active_mm" + in + purpose;
            case READ -> site.assembly()
                    ? "assembly reads the task's active_mm through " + site.symbol() + in
                    : "reads task->active_mm" + in + purpose;
            case GRAB -> "takes an active_mm reference with " + site.call() + "()" + in + purpose;
            case DROP -> "drops an active_mm reference with " + site.call() + "()" + in + purpose;
            case LAZY_ENTER -> "calls enter_lazy_tlb()" + in + purpose;
        };
    }
}
