package org.activemm.series.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.activemm.series.Step;

/** Runs checks over a context: each one's series findings first, then every step through every check. */
public final class CheckRun {
    private static final Comparator<CheckFinding> ORDER = Comparator.comparingInt(CheckFinding::entry)
            .thenComparingInt(f -> f.at().mailLine()).thenComparing(CheckFinding::id);

    private CheckRun() {
    }

    /** The findings, by entry and mail line; closes the checks' states at the end, also on failure. */
    public static List<CheckFinding> run(CheckContext context, List<SeriesCheck> checks) throws IOException {
        List<CheckFinding> findings = new ArrayList<>();
        try {
            for (SeriesCheck check : checks) {
                CheckInfo info = check.info();
                check.checkSeries(context, entry -> reporter(info, entry, findings));
            }
            for (Step step : context.steps()) {
                for (SeriesCheck check : checks) {
                    check.checkStep(context, step, reporter(check.info(), step.entry(), findings));
                }
            }
        } finally {
            close(context);
        }
        findings.sort(ORDER);
        return List.copyOf(findings);
    }

    private static Reporter reporter(CheckInfo info, int entry, List<CheckFinding> findings) {
        return new Reporter() {
            @Override
            public void report(Location at, String message) {
                findings.add(new CheckFinding(info.id(), info.level(), message, entry, at));
            }

            @Override
            public void warn(Location at, String message) {
                findings.add(new CheckFinding(info.id(), CheckLevel.WARNING, message, entry, at));
            }
        };
    }

    private static void close(CheckContext context) throws IOException {
        try {
            context.closeStates();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e);
        }
    }
}
