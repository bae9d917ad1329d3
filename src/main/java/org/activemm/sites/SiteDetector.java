package org.activemm.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.activemm.lex.Token;

/**
 * Finds the sites of docs/design.md in a C file's tokens: member uses of
 * {@code active_mm}, grabs and drops of an active_mm reference, and calls
 * of {@code enter_lazy_tlb()}.
 */
final class SiteDetector {
    private static final Set<String> STATEMENT_STOPS = Set.of(";", ",");
    private static final Set<String> COMPARAND_STOPS = Set.of(";", ",", "&&", "||");

    static final String MEMBER = "active_mm";
    private static final Set<String> GRABS = Set.of("mmgrab", "mmgrab_lazy_tlb");
    private static final Set<String> DROPS = Set.of("mmdrop", "mmdrop_lazy_tlb", "mmdrop_sched",
            "mmdrop_lazy_tlb_sched");
    /** The upstream scheme's helpers: every call of one is a site. */
    static final Set<String> LAZY_HELPERS = Set.of("mmgrab_lazy_tlb", "mmdrop_lazy_tlb", "mmdrop_lazy_tlb_sched");
    /** Words that may precede a call; any other identifier before a name means a declaration. */
    private static final Set<String> BEFORE_CALL = Set.of("return", "else", "do");

    private final List<Token> t;

    private SiteDetector(List<Token> tokens) {
        this.t = tokens;
    }

    static List<DetectedSite> detect(List<Token> tokens) {
        return new SiteDetector(tokens).run();
    }

    private List<DetectedSite> run() {
        List<DetectedSite> sites = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (!tok.isIdent()) {
                continue;
            }
            String s = tok.text();
            if (s.equals(MEMBER)) {
                DetectedSite member = member(i);
                if (member != null) {
                    sites.add(member);
                }
            } else if (GRABS.contains(s) || DROPS.contains(s)) {
                if (isCall(i) && (LAZY_HELPERS.contains(s) || holdsActiveReference(i, argument(i + 1)))) {
                    sites.add(new DetectedSite(i, GRABS.contains(s) ? Role.GRAB : Role.DROP, s, null));
                }
            } else if (s.equals("atomic_inc")) {
                if (isCall(i) && openCodedGrab(i)) {
                    sites.add(new DetectedSite(i, Role.GRAB, s, null));
                }
            } else if (s.equals("enter_lazy_tlb")) {
                if (isCall(i) && !tok.region().owner().equals("enter_lazy_tlb")) {
                    sites.add(new DetectedSite(i, Role.LAZY_ENTER, s, null));
                }
            }
        }
        return sites;
    }

    // ---- the member

    private DetectedSite member(int i) {
        String prev = text(i - 1);
        if (prev.equals("->") || prev.equals(".")) {
            String before = text(i - 2);
            if (prev.equals(".") && (before.equals("{") || before.equals(",")) && text(i + 1).equals("=")) {
                return new DetectedSite(i, Role.INIT, null, null);
            }
            return new DetectedSite(i, text(i + 1).equals("=") ? Role.WRITE : Role.READ, null, null);
        }
        if (prev.equals(",") && text(i - 2).equals("task_struct")) {
            // offsetof(struct task_struct, active_mm) inside DEFINE(SYM, ...), or OFFSET(SYM, task_struct, active_mm)
            if (text(i - 3).equals("struct") && text(i - 4).equals("(") && text(i - 5).equals("offsetof")) {
                String symbol = text(i - 6).equals(",") && text(i - 8).equals("(") && text(i - 9).equals("DEFINE")
                        ? text(i - 7) : null;
                return new DetectedSite(i, Role.OFFSETOF, null, symbol);
            }
            if (text(i - 3).equals(",") && text(i - 5).equals("(") && text(i - 6).equals("OFFSET")) {
                return new DetectedSite(i, Role.OFFSETOF, null, text(i - 4));
            }
        }
        Token tok = t.get(i);
        if (tok.region().owner().equals("task_struct") && !tok.region().macroBody() && prev.equals("*")) {
            return new DetectedSite(i, Role.DECL, null, null);
        }
        return null; // a local variable or parameter that happens to be called active_mm
    }

    // ---- calls and their arguments

    private boolean isCall(int i) {
        if (!text(i + 1).equals("(")) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        Token prev = t.get(i - 1);
        return !prev.isIdent() || BEFORE_CALL.contains(prev.text());
    }

    /** The tokens between the parenthesis at {@code open} and its match (or the statement's end). */
    private TokenSpan argument(int open) {
        int level = 0;
        for (int k = open; k < t.size(); k++) {
            String s = t.get(k).text();
            if (s.equals("(")) {
                level++;
            } else if (s.equals(")")) {
                level--;
                if (level == 0) {
                    return new TokenSpan(open + 1, k);
                }
            } else if (s.equals(";") || s.equals("{")) {
                return new TokenSpan(open + 1, k);
            }
        }
        return new TokenSpan(open + 1, t.size());
    }

    /** {@code atomic_inc(&X->mm_count)} or {@code atomic_inc(&init_mm.mm_count)} grabbing an active_mm reference. */
    private boolean openCodedGrab(int i) {
        TokenSpan arg = argument(i + 1);
        int from = arg.from();
        int to = arg.to();
        if (arg.size() < 3 || !text(from).equals("&") || !text(to - 1).equals("mm_count")) {
            return false;
        }
        String access = text(to - 2);
        if (!access.equals("->") && !access.equals(".")) {
            return false;
        }
        if (access.equals(".") && arg.size() == 4 && text(from + 1).equals("init_mm")) {
            return initMmForActiveMm(i);
        }
        return holdsActiveReference(i, new TokenSpan(from + 1, to - 2));
    }

    /**
     * Whether the argument tokens hold an active_mm reference: the member
     * itself, {@code rq->prev_mm}, {@code &init_mm} in bring-up, or a local
     * filled from one of those (or compared with the member) in the same function.
     */
    private boolean holdsActiveReference(int call, TokenSpan arg) {
        int from = arg.from();
        if (containsMember(from, arg.to()) || endsWithPrevMm(from, arg.to())) {
            return true;
        }
        if (arg.size() == 2 && text(from).equals("&") && text(from + 1).equals("init_mm")) {
            return initMmForActiveMm(call);
        }
        if (arg.size() == 1 && t.get(from).isIdent()) {
            return localHoldsReference(call, t.get(from).text()) || installedNextTo(call, t.get(from).text());
        }
        return false;
    }

    /**
     * The grabbed mm becomes some task's active_mm in the statement right
     * before or after the call, in the same block ({@code mmgrab(mm);
     * tsk->active_mm = mm;}): the reference backs active_mm.
     */
    private boolean installedNextTo(int call, String name) {
        int end = argument(call + 1).to();
        int after = end + 1 < t.size() && text(end + 1).equals(";") ? end + 2 : -1;
        if (after > 0 && assignsMemberAt(after, name)) {
            return true;
        }
        int before = call - 1;
        if (!text(before).equals(";")) {
            return false;
        }
        int start = before - 1;
        while (start >= 0 && !text(start).equals(";") && !text(start).equals("{") && !text(start).equals("}")) {
            start--;
        }
        return assignsMemberAt(start + 1, name);
    }

    /** Tokens from {@code at} read {@code X->active_mm = name;}. */
    private boolean assignsMemberAt(int at, String name) {
        int k = at;
        while (k < t.size() && !t.get(k).is(";") && !t.get(k).is("{") && !t.get(k).is("}")) {
            if (t.get(k).is(MEMBER) && text(k - 1).equals("->") && text(k + 1).equals("=")) {
                return text(k + 2).equals(name) && text(k + 3).equals(";");
            }
            k++;
        }
        return false;
    }

    private boolean containsMember(int from, int to) {
        for (int k = from; k < to; k++) {
            if (t.get(k).is(MEMBER) && k > 0 && (text(k - 1).equals("->") || text(k - 1).equals("."))) {
                return true;
            }
        }
        return false;
    }

    private boolean endsWithPrevMm(int from, int to) {
        return to - from >= 3 && text(to - 1).equals("prev_mm") && text(to - 2).equals("->");
    }

    private boolean localHoldsReference(int call, String name) {
        TokenSpan span = functionSpan(call);
        for (int k = span.from(); k < span.to(); k++) {
            if (!t.get(k).is(name)) {
                continue;
            }
            String next = text(k + 1);
            if (next.equals("=") && !text(k - 1).equals("->") && !text(k - 1).equals(".")) {
                int end = statementEnd(k + 2, span.to());
                if (containsMember(k + 2, end) || endsWithPrevMm(k + 2, end)) {
                    return true;
                }
                if (end - (k + 2) == 2 && text(k + 2).equals("&") && text(k + 3).equals("init_mm")
                        && initMmForActiveMm(call)) {
                    return true;
                }
            } else if (next.equals("==") || next.equals("!=")) {
                if (containsMember(k + 2, comparandEnd(k + 2, span.to()))) {
                    return true;
                }
            } else if (text(k - 1).equals("==") || text(k - 1).equals("!=")) {
                if (containsMember(comparandStart(k - 2, span.from()), k - 1)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code &init_mm} backs an active_mm reference when the function also sets or borrows one. */
    private boolean initMmForActiveMm(int call) {
        TokenSpan span = functionSpan(call);
        for (int k = span.from(); k < span.to(); k++) {
            Token tok = t.get(k);
            if ((tok.is(MEMBER) && (text(k - 1).equals("->") || text(k - 1).equals(".")))
                    || (tok.is("enter_lazy_tlb") && text(k + 1).equals("("))) {
                return true;
            }
        }
        return false;
    }

    /** Where the assigned expression starting at {@code from} ends: at a top-level {@code ;} or {@code ,}. */
    private int statementEnd(int from, int limit) {
        return expressionEnd(from, limit, STATEMENT_STOPS);
    }

    /** Where a compared operand ends: also at a top-level {@code &&} or {@code ||}. */
    private int comparandEnd(int from, int limit) {
        return expressionEnd(from, limit, COMPARAND_STOPS);
    }

    private int expressionEnd(int from, int limit, Set<String> stops) {
        int level = 0;
        for (int k = from; k < limit; k++) {
            String s = text(k);
            if (s.equals("(")) {
                level++;
            } else if (s.equals(")")) {
                if (level == 0) {
                    return k;
                }
                level--;
            } else if (level == 0 && stops.contains(s)) {
                return k;
            }
        }
        return limit;
    }

    private int comparandStart(int from, int limit) {
        int level = 0;
        for (int k = from; k >= limit; k--) {
            String s = text(k);
            if (s.equals(")")) {
                level++;
            } else if (s.equals("(")) {
                if (level == 0) {
                    return k + 1;
                }
                level--;
            } else if (level == 0 && (s.equals(";") || s.equals("&&") || s.equals("||") || s.equals(","))) {
                return k + 1;
            }
        }
        return limit;
    }

    /** The tokens with the same owner around index i: the enclosing function or macro body. */
    private TokenSpan functionSpan(int i) {
        Token tok = t.get(i);
        String owner = tok.region().owner();
        boolean macro = tok.region().macroBody();
        int start = i;
        while (start > 0 && sameOwner(t.get(start - 1), owner, macro)) {
            start--;
        }
        int end = i + 1;
        while (end < t.size() && sameOwner(t.get(end), owner, macro)) {
            end++;
        }
        return new TokenSpan(start, end);
    }

    private static boolean sameOwner(Token tok, String owner, boolean macro) {
        return tok.region().owner().equals(owner) && tok.region().macroBody() == macro;
    }

    private String text(int k) {
        return k >= 0 && k < t.size() ? t.get(k).text() : "";
    }
}
