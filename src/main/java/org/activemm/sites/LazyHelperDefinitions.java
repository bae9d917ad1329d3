package org.activemm.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.activemm.lex.Token;

/**
 * Finds the function definitions of the lazy helpers in a file's tokens
 * and reads, from the guards of the reference calls in their bodies,
 * whether they still count references when the seed option is set.
 */
final class LazyHelperDefinitions {
    /** Calls that take or drop an mm_count reference inside a helper's body. */
    private static final Set<String> REFERENCE_CALLS = Set.of("mmgrab", "mmdrop", "mmdrop_sched", "__mmdrop",
            "atomic_inc", "atomic_dec_and_test");
    /** How far back from a body's brace the helper's name may sit (return type and parameters between). */
    private static final int NAME_LOOKBACK = 64;

    private LazyHelperDefinitions() {
    }

    static List<LazyHelperDefinition> find(String path, List<Token> tokens, String seedSymbol) {
        List<LazyHelperDefinition> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            String owner = tok.region().owner();
            if (!SiteDetector.LAZY_HELPERS.contains(owner) || tok.region().macroBody()
                    || (i > 0 && tokens.get(i - 1).region().owner().equals(owner))) {
                continue;
            }
            int line = nameLine(tokens, i, owner);
            boolean counts = false;
            boolean countsUnderSeed = false;
            int k = i;
            for (; k < tokens.size() && tokens.get(k).region().owner().equals(owner); k++) {
                Token t = tokens.get(k);
                if (t.isIdent() && REFERENCE_CALLS.contains(t.text()) && k + 1 < tokens.size()
                        && tokens.get(k + 1).is("(")) {
                    counts = true;
                    countsUnderSeed |= !t.region().guard().dead()
                            && !GuardConditions.excludes(t.region().guard(), seedSymbol);
                }
            }
            out.add(new LazyHelperDefinition(owner, path, line, counts, countsUnderSeed));
            i = k - 1;
        }
        return out;
    }

    /** The line of the helper's name before its body; the body's line if the name is not found. */
    private static int nameLine(List<Token> tokens, int body, String name) {
        for (int k = body - 1; k >= Math.max(0, body - NAME_LOOKBACK); k--) {
            if (tokens.get(k).is(name)) {
                return tokens.get(k).line();
            }
        }
        return tokens.get(body).line();
    }
}
