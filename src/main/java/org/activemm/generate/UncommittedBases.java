package org.activemm.generate;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * A series made from a work tree (no {@code --rev}) patches the files as they
 * are on disk, but {@code git am} applies it to the commit checked out: a
 * patched file whose bytes differ from HEAD's makes it fail. Finds those files.
 */
public final class UncommittedBases {
    private UncommittedBases() {
    }

    /**
     * The patched paths whose expected blob is not HEAD's, in the series' order;
     * empty when {@code tree} is not the root of a git work tree (there is no
     * HEAD to compare with) or its repository cannot be read: the answer only
     * adds a note to a series already written. With no commit yet, every path differs.
     */
    public static List<String> of(Path tree, Map<String, String> bases) {
        try {
            return differing(tree, bases);
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
    }

    private static List<String> differing(Path tree, Map<String, String> bases) throws IOException {
        Path root = tree.toRealPath();
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toFile());
        if (builder.getGitDir() == null) {
            return List.of();
        }
        try (Repository repository = builder.build()) {
            if (repository.isBare() || !repository.getWorkTree().toPath().toRealPath().equals(root)) {
                return List.of();
            }
            ObjectId head = repository.resolve("HEAD^{commit}");
            List<String> differing = new ArrayList<>();
            try (RevWalk walk = new RevWalk(repository)) {
                RevCommit commit = head == null ? null : walk.parseCommit(head);
                for (Map.Entry<String, String> base : bases.entrySet()) {
                    if (commit == null || !base.getValue().equals(blobAt(repository, commit, base.getKey()))) {
                        differing.add(base.getKey());
                    }
                }
            }
            return differing;
        }
    }

    private static String blobAt(Repository repository, RevCommit commit, String path) throws IOException {
        try (TreeWalk lookup = TreeWalk.forPath(repository, path, commit.getTree())) {
            return lookup == null ? null : lookup.getObjectId(0).name();
        }
    }
}
