package org.activemm.series;

/**
 * Why a patch did not apply: the first file and hunk that failed (hunk 0 when
 * the file itself is the problem), and, when an earlier patch that touched the
 * same file did not apply either, that patch's entry index (else -1).
 *
 * @param line the file's line at this step where the failing hunk should have applied (its old start),
 *     0 when the file itself is the problem
 * @param mailLine the input file's line of the failing hunk's {@code @@} (or of the file's diff line)
 */
public record ApplyFailure(String path, int hunk, String hunkHeader, int line, int mailLine, String reason,
        int dependsOn) {

    ApplyFailure dependingOn(int entry) {
        return new ApplyFailure(path, hunk, hunkHeader, line, mailLine, reason, entry);
    }
}
