package org.activemm.generate;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activemm.sites.Finding;
import org.activemm.sites.Role;
import org.activemm.sites.Scheme;
import org.activemm.sites.rules.SiteFix;

/**
 * Applies the fixes the rules carry ({@link SiteFix}): a guard around a line
 * whose whole content has the rule's shape, and the swap of a plain
 * {@code mmgrab()}/{@code mmdrop()} for the lazy helper. A site of any other
 * shape becomes a hand-work item; nothing is guessed.
 */
final class SiteEdits {
    private static final Pattern LAZY_CALL = Pattern.compile("\\b(mmgrab|mmdrop)\\s*\\(");

    private final WorkingTree tree;
    private final Scheme scheme;

    SiteEdits(WorkingTree tree, Scheme scheme) {
        this.tree = tree;
        this.scheme = scheme;
    }

    /**
     * Guards the lines of {@code sites} whose rule's fix is a
     * {@link SiteFix.GuardLine} that fits the line, in step {@code step};
     * adjacent guarded lines share one {@code #ifndef}. The other sites
     * become hand work.
     */
    void guard(int step, String path, List<Finding> sites) {
        Optional<EditedFile> file = tree.file(path);
        if (file.isEmpty()) {
            sites.forEach(s -> leave(s, "file is missing or not UTF-8 text; " + whatToDo(s)));
            return;
        }
        EditedFile f = file.get();
        SortedSet<Integer> lines = new TreeSet<>();
        for (Finding s : sites) {
            if (guardable(f, s)) {
                lines.add(s.line());
                tree.done(s, step, true);
            } else {
                leave(s, "not the mechanical shape; " + whatToDo(s));
            }
        }
        Integer first = null;
        Integer last = null;
        for (int n : lines) {
            if (last != null && n == last + 1) {
                last = n;
                continue;
            }
            wrap(f, step, first, last);
            first = n;
            last = n;
        }
        wrap(f, step, first, last);
    }

    private void wrap(EditedFile f, int step, Integer first, Integer last) {
        if (first == null) {
            return;
        }
        // only the seed scheme takes code out
        f.insertBefore(step, first, "#ifndef " + Scheme.SEED.guardSymbol() + "\n");
        f.insertAfter(step, last, "#endif\n");
    }

    private static boolean inRange(EditedFile f, Finding s) {
        return s.line() >= 1 && s.line() <= f.lineCount();
    }

    private static boolean guardable(EditedFile f, Finding s) {
        if (!inRange(f, s) || !f.terminated(s.line())) {
            return false;
        }
        return s.rule().fix() instanceof SiteFix.GuardLine guard && guard.shape().matcher(f.line(s.line())).matches();
    }

    /** Whether the fix of the site's rule guards a line of this kind. */
    static boolean guards(Finding s, SiteFix.Guarded what) {
        return s.rule().fix() instanceof SiteFix.GuardLine guard && guard.what() == what;
    }

    /** Whether the fix of the site's rule is the lazy helper and the site is a reference it can swap. */
    static boolean lazyHelperFits(Finding s) {
        return s.rule().fix() instanceof SiteFix.LazyHelper && (s.role() == Role.GRAB || s.role() == Role.DROP);
    }

    /**
     * Turns a {@code mmgrab(X)}/{@code mmdrop(X)} into
     * {@code mmgrab_lazy_tlb(X)}/{@code mmdrop_lazy_tlb(X)}; already-lazy calls
     * need nothing. Any other shape is left for hand work.
     */
    void useLazyHelper(int step, Finding s) {
        if (s.role() != Role.GRAB && s.role() != Role.DROP) {
            leave(s, whatToDo(s));
            return;
        }
        Optional<EditedFile> file = tree.file(s.path());
        if (file.isEmpty() || s.line() < 1 || s.line() > file.get().lineCount()) {
            leave(s, "file is missing, not UTF-8 text, or shorter than the scan saw; " + whatToDo(s));
            return;
        }
        EditedFile f = file.get();
        String line = f.line(s.line());
        if (line.contains("_lazy_tlb")) {
            tree.done(s, step, false);
            return;
        }
        int found = callAt(line, s.column() - 1);
        if (found < 0) {
            leave(s, "not a plain mmgrab()/mmdrop() call; " + whatToDo(s));
            return;
        }
        int nameEnd = found + 6;
        f.change(step, s.line(), text -> text.substring(0, nameEnd) + "_lazy_tlb" + text.substring(nameEnd));
        tree.done(s, step, true);
    }

    /** The call at {@code column} (0-based), else the line's only call, else -1. */
    private static int callAt(String line, int column) {
        Matcher m = LAZY_CALL.matcher(line);
        if (column >= 0 && column < line.length() && m.find(column) && m.start() == column) {
            return column;
        }
        m.reset();
        int found = -1;
        while (m.find()) {
            if (found >= 0) {
                return -1;
            }
            found = m.start();
        }
        return found;
    }

    void leave(Finding s, String what) {
        tree.leave(new HandWork(s.path(), s.line(), s.column(), s.function(), s.ruleId(), what));
    }

    String whatToDo(Finding s) {
        return RuleText.change(s, scheme);
    }
}
