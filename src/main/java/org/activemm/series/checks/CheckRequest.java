package org.activemm.series.checks;

import java.nio.file.Path;
import java.util.List;

import org.activemm.sites.PrefilterCache;
import org.activemm.sites.Scheme;

/**
 * One {@code activemm check}: the kernel repository, the series (files, or a
 * {@code --range} of the repository's commits), and the user's choices; null
 * (empty for the lists) means "as the series says".
 *
 * @param range {@code A..B}, or null when {@code inputs} name the series
 */
public record CheckRequest(Path tree, List<Path> inputs, String range, String base, Scheme scheme,
        List<String> arches, String exec, PrefilterCache cache) {

    public CheckRequest {
        inputs = List.copyOf(inputs);
        arches = List.copyOf(arches);
    }
}
