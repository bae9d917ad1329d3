package org.activemm.series;

import java.util.List;
import java.util.Optional;

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

    /** The input file's line of the mail's line {@code index}. */
    public int fileLine(int index) {
        return firstLine + index;
    }

    public Optional<Numbering> tag() {
        return Optional.ofNullable(numbering);
    }

    public boolean hasDiff() {
        return diff != null && !diff.getFiles().isEmpty();
    }

    /** A mail numbered 0/m, or a mail without a diff before the first patch: the series' introduction. */
    public boolean isCoverLetter() {
        return numbering != null ? numbering.isCoverLetter() && !hasDiff() : false;
    }

    /** The subject without its {@code [PATCH ...]} tag, or "" when there is no subject. */
    public String summary() {
        return subject == null ? "" : Numbering.summary(subject);
    }

    /** The values of the trailers with this key (case-insensitive), in order. */
    public List<Trailer> trailers(String key) {
        return trailers.stream().filter(t -> t.key().equalsIgnoreCase(key)).toList();
    }
}
