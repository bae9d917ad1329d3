package org.activemm.tree;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.eclipse.jgit.lib.ObjectId;

/**
 * Where the bytes come from: a directory, or one revision of a git
 * repository read without a checkout.
 */
public interface SourceTree extends AutoCloseable {

    /** The tree as the user named it, for reports. */
    String name();

    /** The resolved commit id, or empty for a plain directory. */
    Optional<String> revision();

    /**
     * Hands every file whose path the filter accepts to the visitor, on
     * several threads at once; files that cannot be read go to
     * {@link FileVisitor#skipped}. Returns when every file has been handed over.
     */
    void walk(PathFilter filter, FileVisitor visitor) throws IOException;

    /** For a git revision, the ids of commits made over it; empty for a plain directory. */
    default Optional<CommitOverlay> commitOverlay() throws IOException {
        return Optional.empty();
    }

    /** One file's bytes, or empty when the tree has no such file (Kconfig, MAINTAINERS). */
    Optional<byte[]> read(String path) throws IOException;

    /**
     * The git blob id of a regular file's bytes when the tree knows it without
     * reading them (a revision's tree entry); empty otherwise, which only means
     * that a caller wanting to know the bytes must read them.
     */
    default Optional<ObjectId> blobId(String path) throws IOException {
        return Optional.empty();
    }

    /**
     * For a git revision, the paths (from the scanned directory) whose entries
     * differ between that directory of {@code commit} and this revision, deleted
     * and added ones too; empty when this is no revision, the repository lacks
     * the commit or its directory, more than {@code limit} paths differ, or a
     * symbolic link does (a walk reads a link to a file it reads anyway once,
     * under the file's path; the paths alone do not say so).
     */
    default Optional<List<String>> pathsChangedSince(String commit, int limit) throws IOException {
        return Optional.empty();
    }

    /** Whether the tree has a directory at this path from its root (a link to one does not count). */
    boolean hasDirectory(String path) throws IOException;

    @Override
    void close();
}
