package org.activemm.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SourceFile;
import org.activemm.testing.GitCommandLine;
import org.activemm.tree.SourceTree;

/** A tree held in memory, for tests: the generator only reads files by path. */
final class MapTree implements SourceTree {
    private final Map<String, byte[]> files;

    MapTree(Map<String, byte[]> files) {
        this.files = new TreeMap<>(files);
    }

    /** The synthetic tree under src/test/resources/org/activemm/generate/tree. */
    static MapTree fixture() {
        try {
            return of(Path.of(MapTree.class.getResource("tree").toURI()));
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static MapTree of(Path root) {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MapTree(files);
    }

    /** Writes the tree's files under {@code dir}. */
    void writeTo(Path dir) throws IOException {
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            Path p = dir.resolve(e.getKey());
            Files.createDirectories(p.getParent());
            Files.write(p, e.getValue());
        }
    }

    MapTree with(String path, String content) {
        Map<String, byte[]> copy = new TreeMap<>(files);
        copy.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new MapTree(copy);
    }

    String text(String path) {
        return new String(files.get(path), StandardCharsets.UTF_8);
    }

    @Override
    public String name() {
        return "test-tree";
    }

    @Override
    public Optional<String> revision() {
        return Optional.empty();
    }

    @Override
    public void walk(PathFilter filter, FileVisitor visitor) {
        files.forEach((path, bytes) -> {
            if (filter.accepts(path) && visitor.wantsBlob(path, null)
                    && visitor.wants(path, null, bytes, bytes.length)) {
                visitor.file(new SourceFile(path, bytes));
            }
        });
    }

    @Override
    public Optional<byte[]> read(String path) {
        return Optional.ofNullable(files.get(path)).map(byte[]::clone);
    }

    /** Writes the tree to {@code dir} and commits it there, in one commit, with the git command line. */
    void commitTo(Path dir) throws IOException {
        writeTo(dir);
        GitCommandLine.check(GitCommandLine.run(dir, "init", "-q"));
        GitCommandLine.check(GitCommandLine.run(dir, "add", "-A"));
        GitCommandLine.check(GitCommandLine.run(dir, "commit", "-q", "-m", "base"));
    }

    @Override
    public boolean hasDirectory(String path) {
        return files.keySet().stream().anyMatch(f -> f.startsWith(path + "/"));
    }

    @Override
    public void close() {
    }
}
