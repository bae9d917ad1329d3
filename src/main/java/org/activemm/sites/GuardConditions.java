package org.activemm.sites;

import java.util.ArrayList;
import java.util.List;

import org.activemm.lex.Guard;

/** Reads a guard lexically: does one of its conjuncts say the scheme's symbol is on or off? */
final class GuardConditions {
    private GuardConditions() {
    }

    /** {@code !SYM}, {@code !(SYM)}, {@code !defined(SYM)}, {@code !IS_ENABLED(SYM)} among the conjuncts. */
    static boolean excludes(Guard guard, String symbol) {
        return hasConjunct(guard, "!" + symbol);
    }

    /** {@code SYM}, {@code defined(SYM)}, {@code IS_ENABLED(SYM)} among the conjuncts. */
    static boolean requires(Guard guard, String symbol) {
        return hasConjunct(guard, symbol);
    }

    /** {@code !SYM} among the conjuncts of one condition (a Kconfig {@code depends on} line, say). */
    static boolean excludes(String condition, String symbol) {
        return hasConjunct(condition, "!" + symbol);
    }

    private static boolean hasConjunct(Guard guard, String wanted) {
        return guard.conditions().stream().anyMatch(condition -> hasConjunct(condition, wanted));
    }

    private static boolean hasConjunct(String condition, String wanted) {
        return conjuncts(condition).stream().anyMatch(conjunct -> canonical(conjunct).equals(wanted));
    }

    /** Splits at the {@code &&} that are outside parentheses. */
    static List<String> conjuncts(String condition) {
        List<String> out = new ArrayList<>();
        int level = 0;
        int start = 0;
        for (int i = 0; i < condition.length(); i++) {
            char c = condition.charAt(i);
            if (c == '(') {
                level++;
            } else if (c == ')') {
                level--;
            } else if (level == 0 && c == '&' && i + 1 < condition.length() && condition.charAt(i + 1) == '&') {
                out.add(condition.substring(start, i).trim());
                start = i + 2;
                i++;
            }
        }
        out.add(condition.substring(start).trim());
        return out;
    }

    /** Drops blanks, parentheses and the defined()/IS_ENABLED() wrappers; keeps {@code ||} visible. */
    private static String canonical(String conjunct) {
        return conjunct.replaceAll("\\s+|defined|IS_ENABLED|[()]", "");
    }
}
