package org.activemm.series;

import java.util.List;

/**
 * One patch of the series, applied in memory on the previous step: the tree
 * before and after it (the same tree when it did not apply), what it changes,
 * and why it did not apply (null when it did).
 *
 * @param entry the patch's index among the series' entries (0 is the cover letter when there is one)
 */
public record Step(int entry, PatchMail mail, StepTree before, StepTree after, List<FileChange> changes,
        ApplyFailure failure) {

    public Step {
        changes = List.copyOf(changes);
    }

    public boolean applied() {
        return failure == null;
    }

    /** The files the patch touches and the lines it adds, in diff order. */
    public List<TouchedFile> touched() {
        return changes.stream().map(FileChange::touched).toList();
    }
}
