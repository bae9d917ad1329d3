package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.sites.rules.LazyRefcountRule;
import org.activemm.sites.rules.SiteFix;
import org.activemm.sites.rules.SiteRule;
import org.activemm.sites.rules.SiteShape;
import org.junit.jupiter.api.Test;

class SiteEditsTest {

    private static Finding site(Role role, SiteRule rule) {
        return new Finding("kernel/exit.c", 26, 2, "exit_mm", role, Purpose.FORK_EXIT, Scope.CORE, rule, "",
                Status.NEEDS_CHANGE, Level.of(Status.NEEDS_CHANGE), "", false);
    }

    /** A rule that makes the lazy-helper swap with a fix of its own, not the shared constant. */
    private static final class OwnLazyHelperRule implements SiteRule {
        @Override
        public boolean covers(SiteShape site) {
            return false;
        }

        @Override
        public SiteFix fix() {
            return new SiteFix.LazyHelper();
        }
    }

    @Test
    void theLazyHelperFitsTheReferencesOfARuleThatCarriesIt() {
        assertTrue(SiteEdits.lazyHelperFits(site(Role.GRAB, new LazyRefcountRule())));
        assertFalse(SiteEdits.lazyHelperFits(site(Role.READ, new LazyRefcountRule())), "only a reference is swapped");
    }

    /** The fix is a value: a rule that builds its own LazyHelper is not silently left out of the swap. */
    @Test
    void anEqualFixFitsAsWellAsTheConstant() {
        assertTrue(SiteEdits.lazyHelperFits(site(Role.DROP, new OwnLazyHelperRule())));
    }
}
