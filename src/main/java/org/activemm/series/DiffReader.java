package org.activemm.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jgit.patch.FileHeader;
import org.eclipse.jgit.patch.HunkHeader;

/**
 * Turns JGit's parse of a mail's diff into {@link FileChange}s whose lines
 * carry their line in the input file, for reports in checkpatch's
 * {@code file:line} manner.
 */
public final class DiffReader {
    private DiffReader() {
    }

    /** The files the mail's diff changes, in diff order; empty for a mail without a diff. */
    public static List<FileChange> changes(PatchMail mail) {
        if (!mail.hasDiff()) {
            return List.of();
        }
        List<FileChange> out = new ArrayList<>();
        LineStarts starts = null;
        for (FileHeader file : mail.diff().getFiles()) {
            byte[] buffer = file.getBuffer();
            if (starts == null) {
                starts = new LineStarts(buffer);
            }
            int base = mail.fileLine(mail.diffStart());
            List<Hunk> hunks = new ArrayList<>();
            int number = 1;
            for (HunkHeader h : file.getHunks()) {
                hunks.add(hunk(number++, h, buffer, starts, base));
            }
            out.add(new FileChange(file.getOldPath(), file.getNewPath(), file.getChangeType(),
                    file.getPatchType() != FileHeader.PatchType.UNIFIED, file.getForwardBinaryHunk(), file.getNewMode(), base + starts.lineOf(file.getStartOffset()),
                    hunks));
        }
        return out;
    }

    private static Hunk hunk(int number, HunkHeader h, byte[] buffer, LineStarts starts, int base) {
        int firstLine = starts.lineOf(h.getStartOffset());
        int endLine = starts.lineOf(h.getEndOffset() - 1) + 1;
        String header = Latin1.toUtf8(starts.text(buffer, firstLine));
        List<Hunk.Line> lines = new ArrayList<>();
        // read as far as the @@ counts go, as git apply does: JGit takes a blank line after the
        // last hunk (the one before an mbox's next mail) as one more context line
        int oldLeft = h.getOldImage().getLineCount();
        int newLeft = h.getNewLineCount();
        for (int i = firstLine + 1; i < endLine; i++) {
            String text = starts.text(buffer, i);
            boolean noNewline = !text.isEmpty() && text.charAt(0) == '\\';
            if (!noNewline && oldLeft <= 0 && newLeft <= 0) {
                break;
            }
            char kind = text.isEmpty() ? ' ' : text.charAt(0);
            oldLeft -= kind == '+' || noNewline ? 0 : 1;
            newLeft -= kind == '-' || noNewline ? 0 : 1;
            if (text.isEmpty()) {
                // some mailers strip the space of an empty context line; git apply takes it as context too
                lines.add(new Hunk.Line(' ', "", false, base + i));
            } else if (text.charAt(0) == '\\') {
                if (!lines.isEmpty()) {
                    Hunk.Line last = lines.remove(lines.size() - 1);
                    lines.add(new Hunk.Line(last.kind(), last.text(), true, last.mailLine()));
                }
            } else {
                lines.add(new Hunk.Line(text.charAt(0), text.substring(1), false, base + i));
            }
        }
        return new Hunk(number, header, h.getOldImage().getStartLine(), h.getOldImage().getLineCount(),
                h.getNewStartLine(), base + firstLine, lines);
    }

    /** Where each line of a buffer starts, to turn JGit's byte offsets into lines. */
    private static final class LineStarts {
        private final int[] starts;
        private final int length;

        LineStarts(byte[] buffer) {
            int[] s = new int[16];
            int n = 0;
            s[n++] = 0;
            for (int i = 0; i < buffer.length; i++) {
                if (buffer[i] == '\n' && i + 1 < buffer.length) {
                    if (n == s.length) {
                        s = Arrays.copyOf(s, n * 2);
                    }
                    s[n++] = i + 1;
                }
            }
            this.starts = Arrays.copyOf(s, n);
            this.length = buffer.length;
        }

        int lineOf(int offset) {
            int at = Arrays.binarySearch(starts, offset);
            return at >= 0 ? at : -at - 2;
        }

        /** The line's bytes without its {@code \n}, as ISO-8859-1 chars. */
        String text(byte[] buffer, int line) {
            int from = starts[line];
            int to = line + 1 < starts.length ? starts[line + 1] - 1 : length;
            if (to > from && buffer[to - 1] == '\n') {
                to--;
            }
            return Latin1.of(buffer, from, to);
        }
    }
}
