package org.activemm.series.checks;

/**
 * Where a finding points: a line of the kernel tree's file the patch touches
 * (path and line at that step), and the line of the input file (the patch or
 * mbox) that a reader opens; {@code path} is null and {@code line} 0 for a
 * finding about the mail itself.
 */
public record Location(String path, int line, int mailLine) {

    /** A line of the mail (its input file's line, from 1). */
    public static Location mail(int mailLine) {
        return new Location(null, 0, mailLine);
    }

    /** A line of a kernel file, and the mail line that shows it. */
    public static Location file(String path, int line, int mailLine) {
        return new Location(path, line, mailLine);
    }
}
