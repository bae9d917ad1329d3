package org.activemm.series.checks;

import org.activemm.series.AddedLine;
import org.activemm.series.Step;
import org.activemm.series.TouchedFile;

/** AMC005: whitespace errors in the lines a patch adds, the ones {@code git am --whitespace=error} and checkpatch reject. */
@CheckInfo(id = "AMC005", summary = "no trailing whitespace, DOS line ends or spaces-before-tab in added lines",
        level = CheckLevel.WARNING)
public final class WhitespaceCheck implements SeriesCheck {

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) {
        for (TouchedFile file : step.touched()) {
            for (AddedLine added : file.added()) {
                Location at = Location.file(file.path(), added.line(), added.mailLine());
                String text = added.text();
                if (text.endsWith("\r")) {
                    out.report(at, "DOS line end (CR LF) in an added line");
                    text = text.substring(0, text.length() - 1);
                }
                if (text.endsWith(" ") || text.endsWith("\t")) {
                    out.report(at, "trailing whitespace in an added line");
                }
                if (text.contains(" \t")) {
                    out.report(at, "space before tab in an added line");
                }
            }
        }
    }
}
