package org.activemm.series.checks;

import java.io.IOException;

import org.activemm.series.Step;

/**
 * One check of {@code activemm check}, with its {@link CheckInfo} on the
 * class. Checks are stateless: what one must remember from step to step it
 * keeps in {@link CheckContext#state}. A check implements either method or both.
 */
public interface SeriesCheck {

    /** Once per run, before any step: findings about the series as a whole. */
    default void checkSeries(CheckContext context, EntryReporter out) throws IOException {
    }

    /**
     * Once per patch, in series order, after the patch was applied on the
     * previous step ({@link Step#applied()} says whether it did; its
     * {@link Step#after()} is then the tree with it).
     */
    default void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
    }

    default CheckInfo info() {
        CheckInfo info = getClass().getAnnotation(CheckInfo.class);
        if (info == null) {
            throw new IllegalStateException(getClass().getName() + " has no @CheckInfo");
        }
        return info;
    }
}
