package org.activemm.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.activemm.testing.GitCommandLine;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;

/** A small non-bare git repository built with JGit for tests. */
final class TestRepo implements AutoCloseable {
    /** Files get a modification time well before the index is written, so git (and JGit) trust their stat data. */
    private static final FileTime SETTLED = FileTime.from(Instant.now().minusSeconds(3600).plusNanos(123_456_789));
    private static final PersonIdent AUTHOR = new PersonIdent("Test Author", "author@example.org");

    final Path dir;
    final Git git;

    private TestRepo(Path dir, Git git) {
        this.dir = dir;
        this.git = git;
    }

    static TestRepo init(Path dir) throws Exception {
        return new TestRepo(dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    }

    TestRepo write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, SETTLED);
        return this;
    }

    TestRepo link(String path, String target) throws IOException {
        Path link = dir.resolve(path);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of(target));
        return this;
    }

    TestRepo delete(String path) throws IOException {
        Files.delete(dir.resolve(path));
        return this;
    }

    RevCommit commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        return git.commit().setMessage(message).setAuthor(AUTHOR).setCommitter(AUTHOR).call();
    }

    /** The blob or tree id at a path of a revision. */
    ObjectId idAt(String rev, String path) throws IOException {
        return git.getRepository().resolve(rev + ":" + path);
    }

    /** Deletes a loose object, as a partial clone or a damaged snapshot lacks it. */
    void loseObject(ObjectId id) throws IOException {
        Path loose = git.getRepository().getDirectory().toPath()
                .resolve("objects").resolve(id.name().substring(0, 2)).resolve(id.name().substring(2));
        Files.delete(loose);
    }

    /** Runs the git command line in the work tree; false when git is missing or fails. */
    boolean gitCommandLine(String... args) {
        try {
            return GitCommandLine.run(dir, args).exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() {
        git.close();
    }
}
