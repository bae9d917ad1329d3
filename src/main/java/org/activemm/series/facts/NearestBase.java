package org.activemm.series.facts;

import java.io.IOException;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.activemm.tree.SourceTree;

/**
 * The cached facts of the base nearest to a new one: of the other commits
 * whose facts the cache holds for the same directory, scheme, arches and
 * build, the one whose tree differs from the new base's in the fewest paths,
 * with those paths. A patch step's update brings such facts to the new base
 * for the price of the changed files, where a walk reads the whole tree.
 *
 * @param facts the nearest base's facts, as stored
 * @param changed the paths (from the kernel's root) that differ between it and the new base
 */
public record NearestBase(BaseFacts facts, List<String> changed) {
    /** A cached base whose tree differs in more paths is not used: the new base is walked instead. */
    static final int MOST_CHANGED_PATHS = 20_000;

    public NearestBase {
        changed = List.copyOf(changed);
    }

    /** The nearest cached base of {@code base}, whose facts the cache lacks under {@code key}; empty when none is usable. */
    static Optional<NearestBase> of(SourceTree base, BaseFactsCache cache, FactsKey key) throws IOException {
        Map<FactsKey, List<String>> candidates = new HashMap<>();
        for (FactsKey other : cache.otherCommits(key)) {
            base.pathsChangedSince(other.commit(), MOST_CHANGED_PATHS).ifPresent(paths -> candidates.put(other, paths));
        }
        List<Map.Entry<FactsKey, List<String>>> nearestFirst = candidates.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<FactsKey, List<String>> e) -> e.getValue().size())
                        .thenComparing(e -> e.getKey().commit()))
                .toList();
        for (Map.Entry<FactsKey, List<String>> candidate : nearestFirst) {
            Optional<BaseFacts> facts = cache.load(candidate.getKey());
            if (facts.isPresent()) {
                return Optional.of(new NearestBase(facts.get(), candidate.getValue()));
            }
        }
        return Optional.empty();
    }
}
