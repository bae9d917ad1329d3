package org.activemm.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A generated series: its files in order (cover letter, patches, checklists),
 * the sites left for hand work, where it was written (null when only
 * rendered), and the blob id (40 hex digits) of each patched file as its first
 * patch expects to find it, in patch order.
 */
public record Series(List<SeriesFile> files, List<HandWork> handWork, Path directory, Map<String, String> bases) {

    public Series {
        files = List.copyOf(files);
        handWork = List.copyOf(handWork);
        bases = Collections.unmodifiableMap(new LinkedHashMap<>(bases));
    }

    /** The patch files, {@code 0001-...} on, in order (not the cover letter). */
    public List<SeriesFile> patches() {
        return files.stream().filter(f -> f.name().matches("\\d{4}-.*\\.patch") && !f.name().startsWith("0000-")).toList();
    }
}
