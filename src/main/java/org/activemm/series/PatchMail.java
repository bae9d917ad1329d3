package org.activemm.series;

import java.util.List;

import org.eclipse.jgit.patch.Patch;

/**
 * One mail of a series as read from its file: the headers a maintainer's
 * tools read, the body with its trailers, and the diff as JGit parsed it.
 * Missing headers are null; {@link #bodyEnd} is the {@code ---} line (or the
 * diff's first line when there is none); {@link #diffStart} is -1 for a mail
 * without a diff (a cover letter). Indices count the mail's own lines from 0;
 * {@link #fileLine} turns one into the line of the input file, for reports.
 *
 * @param source the input file's name ({@code 0003-x86-mm-....patch}, {@code series.mbox})
 * @param firstLine the 1-based line of the input file where this mail starts (1 but in an mbox)
 * @param lines the mail's lines without their {@code \n} (a DOS line end leaves its {@code \r})
 * @param subjectLine the index of the Subject: header's line (0 when there is none)
 * @param numbering the subject's {@code [PATCH vN n/m]}, or null when it has no PATCH tag
 * @param position where the mail came in the input, from 0, to keep the input order among equals
 */
public record PatchMail(
        String source,
        int firstLine,
        int position,
        List<String> lines,
        String from,
        String date,
        String subject,
        int subjectLine,
        List<String> to,
        List<String> cc,
        Numbering numbering,
        int bodyStart,
        int bodyEnd,
        boolean hasSeparator,
        List<Trailer> trailers,
        String baseCommit,
        int baseCommitLine,
        int diffStart,
        Patch diff) {

    public PatchMail {
        lines = List.copyOf(lines);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        trailers = List.copyOf(trailers);
    }

    /** The input file's line of the Subject: header, where findings about the subject point. */
    public int subjectFileLine() {
        return fileLine(subjectLine);
    }

    /** The input file's line of the mail's line {@code index}. */
    public int fileLine(int index) {
        return firstLine + index;
    }

    public boolean hasDiff() {
        return diff != null && !diff.getFiles().isEmpty();
    }

    /** A mail numbered 0/m without a diff: the series' introduction. */
    public boolean isCoverLetter() {
        return numbering != null && numbering.isCoverLetter() && !hasDiff();
    }

    /** A reply in the thread: its subject starts with {@code Re:}, as mailers write it in any case. */
    public boolean isReply() {
        return subject != null && subject.regionMatches(true, 0, "Re:", 0, 3);
    }

    /** The subject without its {@code [PATCH ...]} tag, or "" when there is no subject. */
    public String summary() {
        return subject == null ? "" : Numbering.summary(subject);
    }
}
