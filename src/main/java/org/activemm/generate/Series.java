package org.activemm.generate;

import java.nio.file.Path;
import java.util.List;

/**
 * A generated series: its files in order (cover letter, patches, checklists),
 * the sites left for hand work, and where it was written (null when only rendered).
 */
public record Series(List<SeriesFile> files, List<HandWork> handWork, Path directory) {

    public Series {
        files = List.copyOf(files);
        handWork = List.copyOf(handWork);
    }

    /** The patch files, {@code 0001-...} on, in order (not the cover letter). */
    public List<SeriesFile> patches() {
        return files.stream().filter(f -> f.name().matches("\\d{4}-.*\\.patch") && !f.name().startsWith("0000-")).toList();
    }
}
