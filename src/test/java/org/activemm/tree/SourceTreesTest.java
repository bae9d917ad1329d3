package org.activemm.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.activemm.InputException;
import org.eclipse.jgit.api.Git;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreesTest {
    @TempDir
    Path base;

    private String failure(Path path, String rev) {
        return assertThrows(InputException.class, () -> SourceTrees.open(path, rev).close()).getMessage();
    }

    private Path repoWithOneCommit() throws Exception {
        Path dir = base.resolve("repo");
        try (TestRepo repo = TestRepo.init(dir)) {
            repo.write("kernel/fork.c", "fork\n").commit("one");
        }
        return dir;
    }

    @Test
    void aDirectoryWithoutRevisionIsADirectoryTreeEvenInsideARepository() throws Exception {
        Path dir = repoWithOneCommit();
        try (SourceTree tree = SourceTrees.open(dir, null)) {
            assertInstanceOf(DirectoryTree.class, tree);
            assertEquals(Optional.empty(), tree.revision());
        }
        try (SourceTree tree = SourceTrees.open(dir, "HEAD")) {
            assertInstanceOf(GitRevisionTree.class, tree);
        }
    }

    @Test
    void noSuchTree() throws Exception {
        Path missing = base.resolve("linux-9.9");
        assertEquals("no such tree: " + missing, failure(missing, null));
        assertEquals("no such tree: " + missing, failure(missing, "HEAD"));
        Path file = Files.writeString(base.resolve("fork.c"), "x");
        assertEquals("no such tree: " + file, failure(file, null));
    }

    @Test
    void revisionOnAPlainDirectory() throws Exception {
        Path plain = Files.createDirectory(base.resolve("plain"));
        assertEquals(plain + " is not a git repository (needed for --rev v4.19)", failure(plain, "v4.19"));
    }

    @Test
    void aSubdirectoryOfARepositoryIsNotARepository() throws Exception {
        Path kernel = repoWithOneCommit().resolve("kernel");
        assertEquals(kernel + " is not a git repository (needed for --rev HEAD)", failure(kernel, "HEAD"));
    }

    @Test
    void unknownRevision() throws Exception {
        Path dir = repoWithOneCommit();
        assertEquals("revision 'v9.9' not found in " + dir, failure(dir, "v9.9"));
        assertEquals("revision 'HEAD~5' not found in " + dir, failure(dir, "HEAD~5"));
        assertEquals("revision 'HEAD^^{{' not found in " + dir, failure(dir, "HEAD^^{{"));
        assertEquals("revision '0123456789abcdef0123456789abcdef01234567' not found in " + dir,
                failure(dir, "0123456789abcdef0123456789abcdef01234567"));
    }

    @Test
    void aRevisionInAnEmptyRepositoryIsNotFound() throws Exception {
        Path empty = base.resolve("empty");
        Git.init().setDirectory(empty.toFile()).call().close();
        assertEquals("revision 'HEAD' not found in " + empty, failure(empty, "HEAD"));
    }

    @Test
    void aRevisionThatNamesATreeOrABlob() throws Exception {
        Path dir = repoWithOneCommit();
        assertEquals("revision 'HEAD^{tree}' in " + dir + " is a tree, not a commit", failure(dir, "HEAD^{tree}"));
        // REV:PATH names a directory to scan, so a file there is refused as not one
        assertEquals("'kernel/fork.c' is not a directory at HEAD in " + dir, failure(dir, "HEAD:kernel/fork.c"));
        assertEquals("revision 'nope' not found in " + dir, failure(dir, "nope:kernel"));
    }
}
