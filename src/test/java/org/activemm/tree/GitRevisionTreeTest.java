package org.activemm.tree;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GitRevisionTreeTest {
    @TempDir
    Path base;
    TestRepo repo;
    RevCommit first;
    RevCommit second;
    RevCommit third;

    /** Three commits: v1 (annotated tag), a change on branch "side", then symbolic links. */
    @BeforeEach
    void history() throws Exception {
        repo = TestRepo.init(base.resolve("work"));
        first = repo.write("kernel/fork.c", "fork v1\n")
                .write("include/linux/sched.h", "sched v1\n")
                .write("arch/x86/entry.S", "entry\n")
                .write("README", "readme\n")
                .commit("first");
        repo.git.tag().setName("v1").setAnnotated(true).setMessage("v1").call();
        second = repo.write("kernel/fork.c", "fork v2, longer\n")
                .delete("include/linux/sched.h")
                .write("mm/mmu.c", "mmu\n")
                .commit("second");
        repo.git.branchCreate().setName("side").call();
        third = repo.link("include/alias.h", "../mm/mmu.c")
                .link("include/chain.h", "alias.h")
                .link("include/escape.h", "../../etc/passwd.h")
                .link("include/dead.h", "gone.h")
                .link("include/dir.h", "../kernel")
                .commit("links");
    }

    @AfterEach
    void closeRepo() {
        repo.close();
    }

    private Collector walk(Path path, String rev) throws Exception {
        return walk(path, rev, GlobPathFilter.sources());
    }

    private Collector walk(Path path, String rev, PathFilter filter) throws Exception {
        try (SourceTree tree = SourceTrees.open(path, rev)) {
            return Collector.walk(tree, filter);
        }
    }

    /** Only include/, where the links are, so that their targets are reached through them. */
    private static PathFilter onlyInclude() {
        return new GlobPathFilter(List.of("include/**"), List.of());
    }

    @Test
    void eachRevisionDeliversItsOwnFiles() throws Exception {
        Map<String, String> atFirst = Map.of(
                "kernel/fork.c", "fork v1\n",
                "include/linux/sched.h", "sched v1\n",
                "arch/x86/entry.S", "entry\n");
        Map<String, String> atSecond = Map.of(
                "kernel/fork.c", "fork v2, longer\n",
                "mm/mmu.c", "mmu\n",
                "arch/x86/entry.S", "entry\n");
        assertEquals(atFirst, walk(repo.dir, "v1").texts());
        assertEquals(atFirst, walk(repo.dir, "HEAD~2").texts());
        assertEquals(atFirst, walk(repo.dir, first.name().substring(0, 10)).texts());
        assertEquals(atSecond, walk(repo.dir, "side").texts());
        assertEquals(atSecond, walk(repo.dir, second.name()).texts());
        assertEquals(Map.of(), walk(repo.dir, "side").skipped());
    }

    @Test
    void revisionIsTheResolvedCommitEvenThroughAnAnnotatedTag() throws Exception {
        try (SourceTree tree = SourceTrees.open(repo.dir, "v1")) {
            assertEquals(Optional.of(first.name()), tree.revision());
            assertEquals(repo.dir.toString(), tree.name());
        }
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD")) {
            assertEquals(Optional.of(third.name()), tree.revision());
        }
    }

    @Test
    void linksResolveInsideTheCommitAndLinksLeavingItAreSkipped() throws Exception {
        Collector atThird = walk(repo.dir, "HEAD");
        assertEquals(Map.of(
                "kernel/fork.c", "fork v2, longer\n",
                "mm/mmu.c", "mmu\n",
                "arch/x86/entry.S", "entry\n"), atThird.texts(),
                "mm/mmu.c is read under its own path only; include/dir.h names a directory and is not followed");
        assertEquals(Map.of(
                "include/escape.h", "symbolic link leaving the tree (-> ../../etc/passwd.h)",
                "include/dead.h", "dangling symbolic link (-> gone.h)"), atThird.skipped());

        assertEquals(8, atThird.expected(), "fork.c, mmu.c, entry.S and the five links; not README");
        assertEquals(3, walk(repo.dir, "v1").expected());

        Collector links = walk(repo.dir, "HEAD", onlyInclude());
        assertEquals(Map.of("include/alias.h", "mmu\n", "include/chain.h", "mmu\n"), links.texts(),
                "with mm/ filtered out, the links are how its bytes are reached");
    }

    @Test
    void aBlobIdIsGivenForARegularFileOnlyAndNotInheritedByATreeThatChangesItsBytes() throws Exception {
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD")) {
            assertEquals(Optional.of(repo.idAt("HEAD", "mm/mmu.c")), tree.blobId("mm/mmu.c"));
            assertEquals(Optional.empty(), tree.blobId("include/alias.h"), "a link's blob is its target's name");
            assertEquals(Optional.empty(), tree.blobId("kernel"), "a directory");
            assertEquals(Optional.empty(), tree.blobId("include/linux/sched.h"), "deleted in the second commit");

            // a wrapper that changes what a read returns must not vouch for the old bytes by the old id
            SourceTree patched = new ForwardingTree(tree) {
                @Override
                public Optional<byte[]> read(String path) {
                    return Optional.of("patched\n".getBytes(StandardCharsets.UTF_8));
                }
            };
            assertEquals(Optional.empty(), patched.blobId("mm/mmu.c"));
        }
    }

    @Test
    void aBareCloneReadsTheSameRevisions() throws Exception {
        Path bare = base.resolve("bare.git");
        Git.cloneRepository().setURI(repo.dir.toUri().toString()).setDirectory(bare.toFile()).setBare(true).call().close();
        assertEquals(Map.of(
                "kernel/fork.c", "fork v1\n",
                "include/linux/sched.h", "sched v1\n",
                "arch/x86/entry.S", "entry\n"), walk(bare, "v1").texts());
        assertEquals(walk(repo.dir, "HEAD").texts(), walk(bare, "main").texts());
        assertEquals(walk(repo.dir, "HEAD").skipped(), walk(bare, "main").skipped());
    }

    @Test
    void theFilterIsAppliedBeforeBlobsAreRead() throws Exception {
        try (SourceTree tree = SourceTrees.open(repo.dir, "v1")) {
            Collector kernelOnly = Collector.walk(tree, new GlobPathFilter(List.of("kernel/**"), List.of()));
            assertEquals(Map.of("kernel/fork.c", "fork v1\n"), kernelOnly.texts());
        }
        // a rejected path is never opened: its blob can be missing without a skip report
        repo.loseObject(repo.idAt("v1", "include/linux/sched.h"));
        try (SourceTree tree = SourceTrees.open(repo.dir, "v1")) {
            Collector noInclude = Collector.walk(tree, new GlobPathFilter(List.of(), List.of("include")));
            assertEquals(Map.of("kernel/fork.c", "fork v1\n", "arch/x86/entry.S", "entry\n"), noInclude.texts());
            assertEquals(Map.of(), noInclude.skipped());
        }
    }

    @Test
    void aMissingBlobIsSkippedWithItsIdAndTheWalkCompletes() throws Exception {
        ObjectId sched = repo.idAt("v1", "include/linux/sched.h");
        repo.loseObject(sched);
        Collector atFirst = walk(repo.dir, "v1");
        assertEquals(Map.of("kernel/fork.c", "fork v1\n", "arch/x86/entry.S", "entry\n"), atFirst.texts());
        assertEquals(Map.of("include/linux/sched.h",
                "missing object " + sched.name() + " (partial clone or incomplete repository)"), atFirst.skipped());
    }

    @Test
    void aCorruptBlobIsSkippedWithAOneLineReason() throws Exception {
        ObjectId sched = repo.idAt("v1", "include/linux/sched.h");
        Path loose = repo.git.getRepository().getDirectory().toPath()
                .resolve("objects").resolve(sched.name().substring(0, 2)).resolve(sched.name().substring(2));
        Files.write(loose, new byte[] {'n', 'o', 't', ' ', 'z', 'l', 'i', 'b', '\n', 0});
        Collector atFirst = walk(repo.dir, "v1");
        assertEquals(Map.of("kernel/fork.c", "fork v1\n", "arch/x86/entry.S", "entry\n"), atFirst.texts());
        String reason = atFirst.skipped().get("include/linux/sched.h");
        assertTrue(reason != null && !reason.isBlank() && !reason.contains("\n"), String.valueOf(reason));
    }

    @Test
    void aMissingTreeIsSkippedAsItsDirectory() throws Exception {
        ObjectId linux = repo.idAt("v1", "include/linux");
        repo.loseObject(linux);
        Collector atFirst = walk(repo.dir, "v1");
        assertEquals(Map.of("kernel/fork.c", "fork v1\n", "arch/x86/entry.S", "entry\n"), atFirst.texts());
        assertEquals(Map.of("include/linux",
                "missing object " + linux.name() + " (partial clone or incomplete repository)"), atFirst.skipped());
    }

    @Test
    void aRevisionOffersEachRegularFilesBlobIdBeforeReadingIt() throws Exception {
        Collector atFirst = walk(repo.dir, "v1");
        assertEquals(Map.of(
                "kernel/fork.c", repo.idAt("v1", "kernel/fork.c").name(),
                "include/linux/sched.h", repo.idAt("v1", "include/linux/sched.h").name(),
                "arch/x86/entry.S", repo.idAt("v1", "arch/x86/entry.S").name()), atFirst.blobIds());
        // a link's bytes are its target's, so it is offered without an id
        Collector atHead = walk(repo.dir, "HEAD", onlyInclude());
        assertFalse(atHead.blobIds().containsKey("include/alias.h"));
        assertEquals("mmu\n", atHead.texts().get("include/alias.h"));
    }

    @Test
    void aWorkTreeDirectoryOffersTheIndexBlobIdOfStatCleanFilesOnly() throws Exception {
        Files.writeString(repo.dir.resolve("kernel/fork.c"), "edited in the work tree\n");
        Files.writeString(repo.dir.resolve("mm/mmu.c"), "MMU\n");  // same size, fresh mtime
        Files.writeString(repo.dir.resolve("kernel/new.c"), "not in the index\n");
        Collector walked = walk(repo.dir, null);
        assertEquals(Map.of("arch/x86/entry.S", repo.idAt("HEAD", "arch/x86/entry.S").name()), walked.blobIds());
        assertEquals("MMU\n", walked.texts().get("mm/mmu.c"));
        assertEquals(3, walked.expected(), "the index's regular sources (fork.c, mmu.c, entry.S): not new.c, not links");

        // a copy of the same files outside any repository has no ids at all
        Path copy = base.resolve("copy/arch/x86");
        Files.createDirectories(copy);
        Files.copy(repo.dir.resolve("arch/x86/entry.S"), copy.resolve("entry.S"));
        Collector copied = walk(base.resolve("copy"), null);
        assertEquals(Map.of(), copied.blobIds());
        assertEquals(-1, copied.expected(), "no index, no estimate");
    }

    @Test
    void aFileChangedWithinTheIndexSecondIsNotTrusted() throws Exception {
        // racily clean: staged, then changed to other bytes of the same size and mtime, with the index
        // written in that same second; equal stat data prove nothing, as git itself knows
        Path entry = repo.dir.resolve("arch/x86/entry.S");
        Files.writeString(entry, "ENTRY\n");
        repo.git.add().addFilepattern("arch/x86/entry.S").call();
        FileTime staged = Files.getLastModifiedTime(entry);
        Files.writeString(entry, "entrY\n");
        Files.setLastModifiedTime(entry, staged);
        Files.setLastModifiedTime(repo.git.getRepository().getIndexFile().toPath(), staged);
        Map<String, String> ids = walk(repo.dir, null).blobIds();
        assertFalse(ids.containsKey("arch/x86/entry.S"), ids.toString());
        assertEquals(repo.idAt("HEAD", "kernel/fork.c").name(), ids.get("kernel/fork.c"), "settled files still are");
    }

    @Test
    void aFileWrittenEarlierInTheIndexSecondIsTrusted() throws Exception {
        // a fresh checkout: files written a few hundred milliseconds before the index, in the
        // same second; as in JGit, nanoseconds say the file settled before the index was written
        Path entry = repo.dir.resolve("arch/x86/entry.S");
        Instant second = Instant.parse("2026-01-02T03:04:05Z");
        Files.setLastModifiedTime(entry, FileTime.from(second.plusMillis(100)));
        repo.git.add().addFilepattern("arch/x86/entry.S").call();
        Files.setLastModifiedTime(repo.git.getRepository().getIndexFile().toPath(),
                FileTime.from(second.plusMillis(900)));
        assertEquals(repo.idAt("HEAD", "arch/x86/entry.S").name(),
                walk(repo.dir, null).blobIds().get("arch/x86/entry.S"));

        // and once the index is no later than the file, the same entry is racy again
        Files.setLastModifiedTime(repo.git.getRepository().getIndexFile().toPath(),
                FileTime.from(second.plusMillis(100)));
        assertFalse(walk(repo.dir, null).blobIds().containsKey("arch/x86/entry.S"));
    }

    @Test
    void aStatCleanWorkTreeFileIsReadInsteadOfTheBlob() throws Exception {
        // Proof that the file system is read: the blob is gone, yet the file is
        // delivered, because index and stat data say the file holds that blob.
        ObjectId entry = repo.idAt("HEAD", "arch/x86/entry.S");
        repo.loseObject(entry);
        Collector atHead = walk(repo.dir, "HEAD");
        assertEquals("entry\n", atHead.texts().get("arch/x86/entry.S"));
        assertFalse(atHead.skipped().containsKey("arch/x86/entry.S"));

        // the same repository named by its git directory still has its work tree
        assertEquals("entry\n", walk(repo.dir.resolve(".git"), "HEAD").texts().get("arch/x86/entry.S"));
    }

    @Test
    void aDirectoryOfTheRevisionIsItsOwnTreeAndStillReadFromTheWorkTree() throws Exception {
        // paths are from the directory; the index (paths from the repository root) still finds the files
        ObjectId entry = repo.idAt("HEAD", "arch/x86/entry.S");
        repo.loseObject(entry);
        Collector arch = walk(repo.dir, "HEAD:arch");
        assertEquals(Map.of("x86/entry.S", "entry\n"), arch.texts());
        assertEquals(Map.of("x86/entry.S", entry.name()), arch.blobIds());
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD:arch")) {
            assertEquals(Optional.of(third.name()), tree.revision());
            assertTrue(tree.hasDirectory("x86"));
            assertFalse(tree.hasDirectory("arch"));
        }
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD")) {
            assertTrue(tree.hasDirectory("arch/x86"));
            assertFalse(tree.hasDirectory("README"), "a file is not a directory");
            assertFalse(tree.hasDirectory("include/dir.h"), "nor is a link to one");
        }
    }

    @Test
    void anIndexWrittenInVersion4IsReadToo() throws Exception {
        assumeTrue(repo.gitCommandLine("update-index", "--index-version", "4"), "needs the git command line");
        repo.loseObject(repo.idAt("HEAD", "arch/x86/entry.S"));
        repo.loseObject(repo.idAt("HEAD", "kernel/fork.c"));
        Map<String, String> atHead = walk(repo.dir, "HEAD").texts();
        assertEquals("entry\n", atHead.get("arch/x86/entry.S"));
        assertEquals("fork v2, longer\n", atHead.get("kernel/fork.c"));
    }

    @Test
    void aSkipWorktreeEntryIsNotTrustedAndTheEntriesAfterItStillAre() throws Exception {
        // skip-worktree needs the extended flags of index version 3
        assumeTrue(repo.gitCommandLine("update-index", "--skip-worktree", "arch/x86/entry.S"), "needs the git command line");
        ObjectId entry = repo.idAt("HEAD", "arch/x86/entry.S");
        repo.loseObject(entry);
        repo.loseObject(repo.idAt("HEAD", "kernel/fork.c"));
        Collector atHead = walk(repo.dir, "HEAD");
        assertEquals("missing object " + entry.name() + " (partial clone or incomplete repository)",
                atHead.skipped().get("arch/x86/entry.S"));
        assertEquals("fork v2, longer\n", atHead.texts().get("kernel/fork.c"));
    }

    @Test
    void aModifiedWorkTreeFileIsNotTrustedTheBlobIsInflated() throws Exception {
        Files.writeString(repo.dir.resolve("kernel/fork.c"), "edited in the work tree\n");
        Files.writeString(repo.dir.resolve("mm/mmu.c"), "MMU\n");  // same size, fresh mtime
        Map<String, String> atHead = walk(repo.dir, "HEAD").texts();
        assertEquals("fork v2, longer\n", atHead.get("kernel/fork.c"));
        assertEquals("mmu\n", atHead.get("mm/mmu.c"));
        assertEquals("fork v1\n", walk(repo.dir, "v1").texts().get("kernel/fork.c"), "older revision: index names another blob");
    }

    @Test
    void aDeletedWorkTreeFileWithAMissingBlobIsSkipped() throws Exception {
        // the state of the real 4.19 snapshot: blob absent, file absent from the checkout
        ObjectId entry = repo.idAt("HEAD", "arch/x86/entry.S");
        repo.loseObject(entry);
        repo.delete("arch/x86/entry.S");
        Collector atHead = walk(repo.dir, "HEAD");
        assertEquals(Map.of("arch/x86/entry.S", "missing object " + entry.name()
                + " (partial clone or incomplete repository)",
                "include/escape.h", "symbolic link leaving the tree (-> ../../etc/passwd.h)",
                "include/dead.h", "dangling symbolic link (-> gone.h)"), atHead.skipped());
        assertEquals(Map.of(
                "kernel/fork.c", "fork v2, longer\n",
                "mm/mmu.c", "mmu\n"), atHead.texts());
    }

    @Test
    void aFailingVisitorStopsTheWalkAndHearsNothingAfterIt() throws Exception {
        for (int f = 0; f < 600; f++) {
            repo.write("many/f" + f + ".c", "file " + f);
        }
        repo.commit("many");
        FailingVisitor failing = new FailingVisitor();
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD")) {
            IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> tree.walk(GlobPathFilter.sources(), failing));
            assertEquals(FailingVisitor.MESSAGE, thrown.getMessage());
        }
        int atReturn = failing.calls();
        // one reader thread per core, plus the walking thread (it reports missing trees)
        assertTrue(atReturn <= Runtime.getRuntime().availableProcessors() + 1, atReturn + " calls");
        Thread.sleep(50);
        assertEquals(atReturn, failing.calls(), "no call after the walk returned");
    }

    @Test
    void aWalkWhoseTreeWalkFailsWaitsForItsReadersBeforeThrowing() throws Exception {
        for (int f = 0; f < 300; f++) {
            repo.write("many/f" + f + ".c", "file " + f);
        }
        repo.commit("many");
        AtomicInteger calls = new AtomicInteger();
        FileVisitor slow = new Collector() {
            @Override
            public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
                calls.incrementAndGet();
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return false;
            }
        };
        // the tree walk reaches mm/ after the 300 files of many/ are queued
        PathFilter failsAtMm = path -> {
            if (path.startsWith("mm/")) {
                throw new IllegalStateException("filter gave up at " + path);
            }
            return GlobPathFilter.sources().accepts(path);
        };
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD")) {
            IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> tree.walk(failsAtMm, slow));
            assertEquals("filter gave up at mm/mmu.c", thrown.getMessage());
        }
        int atReturn = calls.get();
        Thread.sleep(50);
        assertEquals(atReturn, calls.get(), "no reader calls the visitor after the walk threw");
    }

    @Test
    void aVisitorFailingOnTheEstimateFailsTheDirectoryWalk() throws Exception {
        Collector refusing = new Collector() {
            @Override
            public void expect(Supplier<OptionalLong> files) {
                throw new IllegalStateException("no estimate, thanks");
            }
        };
        try (SourceTree tree = SourceTrees.open(repo.dir, null)) {
            IllegalStateException thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                    () -> tree.walk(GlobPathFilter.sources(), refusing));
            assertEquals("no estimate, thanks", thrown.getMessage());
        }
    }

    @Test
    void readsOneFileAtTheRevision() throws Exception {
        try (SourceTree tree = SourceTrees.open(repo.dir, "v1")) {
            assertArrayEquals("readme\n".getBytes(StandardCharsets.UTF_8), tree.read("README").orElseThrow());
            assertArrayEquals("sched v1\n".getBytes(StandardCharsets.UTF_8), tree.read("include/linux/sched.h").orElseThrow());
            assertEquals(Optional.empty(), tree.read("mm/mmu.c"), "added later");
            assertEquals(Optional.empty(), tree.read("kernel"), "a directory is not a file");
        }
        try (SourceTree tree = SourceTrees.open(repo.dir, "HEAD")) {
            assertArrayEquals("mmu\n".getBytes(StandardCharsets.UTF_8), tree.read("include/chain.h").orElseThrow());
            assertEquals(Optional.empty(), tree.read("include/escape.h"));
            assertEquals(Optional.empty(), tree.read("include/linux/sched.h"), "deleted in the second commit");
        }
    }
}
