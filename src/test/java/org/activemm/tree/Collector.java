package org.activemm.tree;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.eclipse.jgit.lib.ObjectId;

/** Records what a walk delivers; safe for the several threads a walk uses. */
class Collector implements FileVisitor {
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, String> skipped = new ConcurrentHashMap<>();

    private final Map<String, String> looked = new ConcurrentHashMap<>();
    private final Map<String, String> blobIds = new ConcurrentHashMap<>();
    private final AtomicReference<Supplier<OptionalLong>> estimate = new AtomicReference<>();

    /** Records the blob id offered before the read (for paths that have one) and wants every file. */
    @Override
    public boolean wantsBlob(String path, ObjectId blobId) {
        if (blobId != null) {
            blobIds.put(path, blobId.name());
        }
        return true;
    }

    /** The blob ids the walk vouched for before reading, by path. */
    Map<String, String> blobIds() {
        return new TreeMap<>(blobIds);
    }

    /** Records the bytes of the first look and wants every file whose path does not end in ".skip.c". */
    @Override
    public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
        if (blobId != null && !blobId.name().equals(blobIds.get(path))) {
            throw new AssertionError("blob id changed between the questions: " + path);
        }
        looked.put(path, new String(buffer, 0, length, StandardCharsets.UTF_8));
        return !path.endsWith(".skip.c");
    }

    /** What {@link #wants} saw of each file, as UTF-8. */
    Map<String, String> looked() {
        return new TreeMap<>(looked);
    }

    @Override
    public void file(SourceFile file) {
        if (files.put(file.path(), file.content()) != null) {
            throw new AssertionError("delivered twice: " + file.path());
        }
    }

    /** Records how the walk estimates its files; a second call is a bug. */
    @Override
    public void expect(Supplier<OptionalLong> files) {
        if (!estimate.compareAndSet(null, files)) {
            throw new AssertionError("expect called twice");
        }
    }

    /** What the walk said to expect, or -1 when it did not say or could not count. */
    long expected() {
        Supplier<OptionalLong> files = estimate.get();
        return files == null ? -1 : files.get().orElse(-1);
    }

    @Override
    public void skipped(SkippedFile file) {
        if (skipped.put(file.path(), file.reason()) != null) {
            throw new AssertionError("skipped twice: " + file.path());
        }
    }

    /** Path to content as UTF-8, sorted. */
    Map<String, String> texts() {
        Map<String, String> texts = new TreeMap<>();
        files.forEach((path, bytes) -> texts.put(path, new String(bytes, StandardCharsets.UTF_8)));
        return texts;
    }

    /** Path to reason, sorted. */
    Map<String, String> skipped() {
        return new TreeMap<>(skipped);
    }

    static Collector walk(SourceTree tree, PathFilter filter) throws Exception {
        Collector collector = new Collector();
        tree.walk(filter, collector);
        return collector;
    }
}
