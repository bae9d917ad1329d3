package org.activemm.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.activemm.sites.Finding;
import org.activemm.tree.SourceTree;

/** The source line of each finding, for SARIF's region snippets; read once per file that has findings. */
public final class Snippets {
    public static final Snippets NONE = new Snippets(Map.of());

    private final Map<String, List<String>> linesByPath;

    private Snippets(Map<String, List<String>> linesByPath) {
        this.linesByPath = linesByPath;
    }

    /** Reads the files of these findings from the tree they were found in (still open). */
    public static Snippets read(SourceTree tree, List<Finding> findings) throws IOException {
        Map<String, List<String>> lines = new HashMap<>();
        for (Finding f : findings) {
            if (!lines.containsKey(f.path())) {
                Optional<byte[]> bytes = tree.read(f.path());
                lines.put(f.path(), bytes.map(b -> new String(b, StandardCharsets.UTF_8).lines().toList())
                        .orElse(List.of()));
            }
        }
        return new Snippets(lines);
    }

    /** The finding's line without its line end, if known. */
    public Optional<String> line(Finding f) {
        List<String> lines = linesByPath.getOrDefault(f.path(), List.of());
        return f.line() >= 1 && f.line() <= lines.size() ? Optional.of(lines.get(f.line() - 1)) : Optional.empty();
    }
}
