package org.activemm.tree;

import java.nio.charset.StandardCharsets;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * What {@code --rev} names: a commit, and the directory of its tree that
 * holds the kernel ({@code ""} for the root; {@code REV:DIR} names another,
 * as in git, for repositories that keep the kernel in a subdirectory).
 */
record Revision(RevCommit commit, ObjectId tree, String directory) {

    /** The path from the repository root of a path inside the scanned directory. */
    String repositoryPath(String path) {
        return directory.isEmpty() ? path : directory + "/" + path;
    }

    /** The same, as the raw bytes git stores (UTF-8), which the index is sorted by. */
    byte[] repositoryPath(byte[] rawPath) {
        if (directory.isEmpty()) {
            return rawPath;
        }
        byte[] prefix = (directory + "/").getBytes(StandardCharsets.UTF_8);
        byte[] path = new byte[prefix.length + rawPath.length];
        System.arraycopy(prefix, 0, path, 0, prefix.length);
        System.arraycopy(rawPath, 0, path, prefix.length, rawPath.length);
        return path;
    }
}
