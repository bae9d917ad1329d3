package org.activemm.series.checks;

import java.io.IOException;
import java.util.List;

import org.activemm.series.Step;

/**
 * AMC015: {@code --exec CMD} after every step, as {@code git rebase --exec}
 * runs it, in a scratch work tree that holds the step's files. A step whose
 * patch did not apply is not run (AMC006 already reports it).
 */
@CheckInfo(id = "AMC015", summary = "--exec CMD failed at this step (exit status and the last lines of its output)",
        level = CheckLevel.ERROR)
public final class ExecCheck implements SeriesCheck {
    static final int TAIL_LINES = 10;

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        if (context.exec() == null || !step.applied()) {
            return;
        }
        ScratchTree scratch = context.state(ScratchTree.class,
                () -> ScratchTree.checkOut(context.repository(), context.baseCommit()));
        scratch.update(step);
        ScratchTree.Outcome outcome = scratch.run(context.exec(), TAIL_LINES);
        if (outcome.exit() != 0) {
            List<String> tail = outcome.tail();
            List<String> missing = scratch.missing();
            String lacking = missing.isEmpty() ? "" : " (the work tree lacks " + missing.size() + " file"
                    + (missing.size() == 1 ? "" : "s") + " whose blobs the repository does not have, such as "
                    + missing.get(0) + ")";
            out.report(Location.mail(step.mail().fileLine(0)), "'" + context.exec() + "' exited with "
                    + outcome.exit() + " after this patch" + lacking + (tail.isEmpty() ? "" : "; last lines:\n"
                    + String.join("\n", tail)));
        }
    }
}
