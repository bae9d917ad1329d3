package org.activemm.series.checks;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.activemm.lex.UnmatchedConditional;
import org.activemm.series.AddedLine;
import org.activemm.series.FileChange;
import org.activemm.series.Step;
import org.activemm.series.TouchedFile;

/**
 * Every file the patch touches pairs its {@code #if}s and {@code #endif}s at
 * that patch, as cpp requires. A file that was unbalanced before the patch
 * too is left alone: that is an assembler's {@code #} comment or a shape the
 * lexer misreads, not the patch's doing.
 */
@CheckInfo(id = "AMC012", summary = "unbalanced #if/#endif in a file the patch touches, at that patch",
        level = CheckLevel.ERROR)
final class UnbalancedConditionalCheck implements SeriesCheck {

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        if (!step.applied()) {
            return;
        }
        for (FileChange change : step.changes()) {
            TouchedFile file = change.touched();
            String path = file.path();
            if (file.deleted() || !(path.endsWith(".S") || path.endsWith(".c") || path.endsWith(".h"))) {
                continue;
            }
            Optional<byte[]> bytes = step.after().read(path);
            if (bytes.isEmpty()) {
                continue;
            }
            List<UnmatchedConditional> unmatched = context.lexed(path, bytes.get()).unmatchedConditionals();
            if (unmatched.isEmpty() || !TouchedFile.DEV_NULL.equals(file.oldPath()) && !context.lexed(file.oldPath(),
                    step.before().read(file.oldPath()).orElse(new byte[0])).unmatchedConditionals().isEmpty()) {
                continue; // balanced now, or already unbalanced before (then it is a shape our lexer misreads)
            }
            for (UnmatchedConditional u : unmatched) {
                int mailLine = file.addedAt(u.line()).map(AddedLine::mailLine).orElse(change.mailLine());
                out.report(Location.file(path, u.line(), mailLine), u.unclosed()
                        ? "#" + u.directive() + " is never closed: the file has no #endif for it"
                        : "#" + u.directive() + " has no #if to belong to");
            }
        }
    }
}
