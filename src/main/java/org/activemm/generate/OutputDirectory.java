package org.activemm.generate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.activemm.tree.Reasons;

/**
 * The --out directory, written all at once: files go to a temporary directory
 * beside it, which replaces --out only when everything is written. Until
 * {@link #commit()} nothing is visible at --out, and {@link #close()} without
 * a commit deletes the temporary directory, so a failure half-way leaves
 * nothing behind.
 *
 * <p>An --out problem the user can fix by choosing another directory (it
 * exists and is not empty, it is a file, its parent does not exist) is a
 * {@link UsageException} (exit 2). A generated name that would leave --out is
 * an {@link InputException} (exit 3): it comes from the tree or a template.
 */
public final class OutputDirectory implements AutoCloseable {
    private final Path target;
    private final Path staging;
    private final boolean force;
    private boolean committed;

    private OutputDirectory(Path target, Path staging, boolean force) {
        this.target = target;
        this.staging = staging;
        this.force = force;
    }

    public static OutputDirectory open(Path out, boolean force) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new UsageException("--out " + out + ": parent directory does not exist");
        }
        if (Files.exists(target) && !Files.isDirectory(target)) {
            throw new UsageException("--out " + out + ": exists and is not a directory");
        }
        if (!force && Files.isDirectory(target) && !isEmpty(target)) {
            throw new UsageException("--out " + out + ": exists and is not empty (use --force to replace it)");
        }
        try {
            Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
            return new OutputDirectory(target, staging, force);
        } catch (IOException e) {
            throw new InputException("--out " + out + ": cannot write beside it: " + e.getMessage(), e);
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
            return !s.iterator().hasNext();
        }
    }

    /** Where {@code name} will be once committed. */
    public Path target() {
        return target;
    }

    /** Writes {@code name} (relative, {@code /} separators) into the staging directory. */
    public void write(String name, byte[] bytes) {
        Path file = inside(name);
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            // a full disk or a quota: close() removes what was staged
            throw new InputException("--out " + target + ": cannot write " + name + ": " + Reasons.of(e), e);
        }
    }

    private Path inside(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/") || name.contains("\\") || name.contains("\0")) {
            throw new InputException("generated file name '" + name + "' is not a relative path");
        }
        Path file = staging.resolve(name).normalize();
        if (!file.startsWith(staging) || file.equals(staging)) {
            throw new InputException("generated file name '" + name + "' would leave --out");
        }
        return file;
    }

    /** Moves the staging directory to --out, replacing what was there (only reachable with --force). */
    public void commit() throws IOException {
        Path old = null;
        if (Files.isDirectory(target)) {
            if (isEmpty(target)) {
                Files.delete(target);
            } else if (force) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            } else {
                throw new UsageException("--out " + target + ": appeared while writing; not replaced");
            }
        }
        Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
        if (old != null) {
            deleteTree(old);
        }
    }

    @Override
    public void close() {
        if (!committed) {
            deleteTree(staging);
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + root, e);
        }
    }
}
