package org.activemm.series.checks;

import java.nio.file.Path;
import java.util.List;

import org.activemm.series.facts.BaseFactsCache;
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
        List<String> arches, String exec, PrefilterCache cache, BaseFactsCache factsCache) {

    public CheckRequest {
        inputs = List.copyOf(inputs);
        arches = List.copyOf(arches);
    }

    /** A request that walks the base rather than look for its facts in a cache. */
    public CheckRequest(Path tree, List<Path> inputs, String range, String base, Scheme scheme,
            List<String> arches, String exec, PrefilterCache cache) {
        this(tree, inputs, range, base, scheme, arches, exec, cache, BaseFactsCache.disabled());
    }
}
