package org.activemm.testing;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A test's precondition on its environment (a tool on the PATH, a mount):
 * a developer's machine without it skips the test, but CI ({@code CI=true},
 * whose .ci/run installs what the tests need) fails it, so nothing is
 * skipped there without anyone noticing.
 */
public final class Needs {
    private Needs() {
    }

    public static void that(boolean available, String what) {
        if (!available && "true".equals(System.getenv("CI"))) {
            fail("CI=true and the test needs " + what);
        }
        assumeTrue(available, "needs " + what);
    }
}
