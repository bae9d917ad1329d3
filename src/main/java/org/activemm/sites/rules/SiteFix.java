package org.activemm.sites.rules;

import java.util.regex.Pattern;

/**
 * The edit a rule knows how to make at its sites, as an Error Prone
 * {@code BugChecker} builds its own {@code SuggestedFix}: the generator applies
 * the fix a finding's rule carries and never matches rule ids. Where a fix does
 * not fit the site's text, the site becomes hand work.
 */
public sealed interface SiteFix {
    /** Nothing of the rule's own: the loaded-mm recipe rewrites member accesses, the rest is hand work. */
    SiteFix NONE = new None();
    /** Swap a plain {@code mmgrab()}/{@code mmdrop()} for {@code mmgrab_lazy_tlb()}/{@code mmdrop_lazy_tlb()}. */
    SiteFix LAZY_HELPER = new LazyHelper();

    record None() implements SiteFix {
    }

    record LazyHelper() implements SiteFix {
    }

    /** Wrap the site's line in {@code #ifndef} of the seed option when the whole line has {@code shape}. */
    record GuardLine(Guarded what, Pattern shape) implements SiteFix {
    }

    /** What a guarded line is: the patch that guards it says which. */
    enum Guarded {
        MEMBER, INITIALIZER, ASM_OFFSET
    }
}
