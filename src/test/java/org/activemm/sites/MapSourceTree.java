package org.activemm.sites;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;

/** A tree held in memory, path to text, for tests. */
public final class MapSourceTree implements SourceTree {
    private final Map<String, byte[]> files = new LinkedHashMap<>();

    public MapSourceTree with(String path, String text) {
        return with(path, text.getBytes(StandardCharsets.UTF_8));
    }

    public MapSourceTree with(String path, byte[] bytes) {
        files.put(path, bytes.clone());
        return this;
    }

    /** The paths it holds, in the order they were added. */
    public List<String> paths() {
        return List.copyOf(files.keySet());
    }

    @Override
    public String name() {
        return "memory";
    }

    @Override
    public Optional<String> revision() {
        return Optional.empty();
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) {
        files.entrySet().parallelStream()
                .filter(e -> filter.accepts(e.getKey()))
                .forEach(e -> {
                    byte[] bytes = e.getValue();
                    if (visitor.wantsBlob(e.getKey(), null) && visitor.wants(e.getKey(), null, bytes, bytes.length)) {
                        visitor.file(new SourceFile(e.getKey(), bytes));
                    }
                });
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    @Override
    public boolean hasDirectory(String path) {
        return files.keySet().stream().anyMatch(f -> f.startsWith(path + "/"));
    }

    @Override
    public void close() {
    }
}
