package org.activemm.testing;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Prints why a test was skipped or aborted by an assumption, on the console
 * where Maven's summary only counts it ("Skipped: 2"): a skip must say what
 * was missing. Registered in META-INF/services for every test run.
 */
public final class SkipReasons implements TestExecutionListener {
    @Override
    public void executionSkipped(TestIdentifier test, String reason) {
        print(test, reason);
    }

    @Override
    public void executionFinished(TestIdentifier test, TestExecutionResult result) {
        if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
            print(test, result.getThrowable().map(Throwable::getMessage).orElse("aborted"));
        }
    }

    private static void print(TestIdentifier test, String reason) {
        System.out.println("[SKIPPED] " + test.getLegacyReportingName() + " in "
                + test.getParentId().map(SkipReasons::className).orElse("?") + ": " + reason);
        System.out.flush();
    }

    private static String className(String uniqueId) {
        int start = uniqueId.lastIndexOf("[class:");
        return start < 0 ? uniqueId : uniqueId.substring(start + "[class:".length(), uniqueId.indexOf(']', start))
                .replaceFirst("^.*\\.", "");
    }
}
