package org.activemm.tree;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.RepositoryCache;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevObject;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.util.FS;

/** Opens the tree the user named: a directory, or a revision of the git repository at that path. */
public final class SourceTrees {
    private SourceTrees() {
    }

    /**
     * A {@link DirectoryTree} when {@code revOrNull} is null, else a
     * {@link GitRevisionTree} of the repository at {@code path} (bare, or a
     * work tree with {@code .git}); {@code REV:DIR} scans the directory DIR
     * of the revision, as git names it.
     *
     * @throws InputException with a one-line message when the tree or revision cannot be opened
     */
    public static SourceTree open(Path path, String revOrNull) {
        if (!Files.isDirectory(path)) {
            throw new InputException("no such tree: " + path);
        }
        if (revOrNull == null) {
            try (DirectoryStream<Path> listable = Files.newDirectoryStream(path)) {
                // a root that cannot be listed would scan as an empty tree
                return new DirectoryTree(path);
            } catch (IOException e) {
                throw new InputException("cannot read tree " + path + ": " + Reasons.of(e), e);
            }
        }
        JGitSettings.install();
        Repository repository = openRepository(path, revOrNull);
        try {
            Revision revision = resolve(repository, path, revOrNull);
            String name = revision.directory().isEmpty() ? path.toString()
                    : path.resolve(revision.directory()).toString();
            return new GitRevisionTree(name, repository, revision);
        } catch (RuntimeException e) {
            repository.close();
            throw e;
        }
    }

    /**
     * The git repository at {@code path}, bare or with a work tree; the
     * caller closes it. {@code rev} only goes into the error message.
     *
     * @throws InputException when there is none
     */
    public static Repository openRepository(Path path, String rev) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().setMustExist(true);
        if (RepositoryCache.FileKey.isGitRepository(path.toFile(), FS.DETECTED)) {
            builder.setGitDir(path.toFile());
        } else if (Files.exists(path.resolve(Constants.DOT_GIT))) {
            builder.setWorkTree(path.toFile());
        } else {
            throw new InputException(path + " is not a git repository (needed for --rev " + rev + ")");
        }
        try {
            return builder.build();
        } catch (IOException | IllegalArgumentException e) {
            throw new InputException(path + " is not a git repository (needed for --rev " + rev + ")", e);
        }
    }

    /**
     * The directory {@code REV:DIR} names, from the root of the revision's
     * tree (without {@code ./} or slashes around it); empty for a plain revision or the root.
     */
    public static Optional<String> directoryOf(String rev) {
        int colon = rev.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String directory = rev.substring(colon + 1).replaceAll("^(\\./|/)+|/+$", "");
        return directory.isEmpty() || directory.equals(".") ? Optional.empty() : Optional.of(directory);
    }

    /** The commit {@code REV} names, and the directory {@code :DIR} picks in it (the root without one). */
    private static Revision resolve(Repository repository, Path path, String rev) {
        int colon = rev.indexOf(':');
        if (colon == 0) {
            throw new UsageException("--rev " + rev + ": name a revision before the ':' (e.g. HEAD" + rev + ")");
        }
        RevCommit commit = resolveCommit(repository, path, colon < 0 ? rev : rev.substring(0, colon));
        Optional<String> named = directoryOf(rev);
        if (named.isEmpty()) {
            return new Revision(commit, commit.getTree(), "");
        }
        String directory = named.get();
        try (TreeWalk lookup = TreeWalk.forPath(repository, directory, commit.getTree())) {
            if (lookup == null || !lookup.isSubtree()) {
                throw new InputException("'" + directory + "' is not a directory at " + rev.substring(0, colon)
                        + " in " + path);
            }
            return new Revision(commit, lookup.getObjectId(0), directory);
        } catch (IOException e) {
            throw new InputException("revision '" + rev + "' cannot be read in " + path + ": " + Reasons.of(e), e);
        }
    }

    static RevCommit resolveCommit(Repository repository, Path path, String rev) {
        ObjectId id;
        try {
            id = repository.resolve(rev);
        } catch (RevisionSyntaxException e) {
            id = null;
        } catch (IOException e) {
            throw new InputException("repository " + path + " is corrupt: " + Reasons.of(e), e);
        }
        if (id == null) {
            throw new InputException("revision '" + rev + "' not found in " + path);
        }
        try (RevWalk walk = new RevWalk(repository)) {
            RevObject object = walk.peel(walk.parseAny(id));
            if (object instanceof RevCommit commit) {
                walk.parseBody(commit);
                return commit;
            }
            throw new InputException("revision '" + rev + "' in " + path + " is a "
                    + Constants.typeString(object.getType()) + ", not a commit");
        } catch (MissingObjectException e) {
            if (rev.equalsIgnoreCase(id.name())) {
                // a full-length id resolves without a lookup
                throw new InputException("revision '" + rev + "' not found in " + path, e);
            }
            // a ref names the commit, but its object cannot be read: a damaged pack reads as missing
            throw new InputException("repository " + path + " is corrupt: '" + rev + "' names " + id.name()
                    + ", which cannot be read", e);
        } catch (IOException e) {
            throw new InputException("revision '" + rev + "' cannot be read in " + path + ": " + Reasons.of(e), e);
        }
    }
}
