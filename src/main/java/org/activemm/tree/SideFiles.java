package org.activemm.tree;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The files a command reads beside the sources it scans (Kconfig, Makefile,
 * MAINTAINERS). One that cannot be read (a blob missing from a partial
 * clone, a truncated object, no permission) counts as absent and is
 * remembered with the reason, so the command degrades with a note instead
 * of stopping.
 */
public final class SideFiles {
    private final SourceTree tree;
    private final Queue<SkippedFile> unreadable = new ConcurrentLinkedQueue<>();

    public SideFiles(SourceTree tree) {
        this.tree = tree;
    }

    /** The file's bytes, or empty when the tree has no such file or it cannot be read. */
    public Optional<byte[]> read(String path) {
        try {
            return tree.read(path);
        } catch (IOException e) {
            unreadable.add(new SkippedFile(path, Reasons.of(e)));
        } catch (UncheckedIOException e) {
            unreadable.add(new SkippedFile(path, Reasons.of(e.getCause())));
        }
        return Optional.empty();
    }

    /** The files that could not be read so far, in path order, each once. */
    public List<SkippedFile> unreadable() {
        List<SkippedFile> out = new ArrayList<>(unreadable.stream().distinct().toList());
        out.sort(Comparator.comparing(SkippedFile::path));
        return out;
    }
}
