package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.tree.GlobPathFilter;
import org.activemm.tree.SkippedFile;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A scan gives the same result with a cold cache, a warm one and none, and a
 * warm cache really does skip what it knows: shown with blobs that are gone
 * from the repository, which only a scan that never reads them gets past.
 */
class ScannerCacheTest {
    private static final Path FIXTURE = Path.of("kernel-fixtures/linux-4.19-shape");
    /** Files older than the index, so their stat data are trusted, as in a settled checkout. */
    private static final FileTime SETTLED = FileTime.from(Instant.now().minusSeconds(3600));
    private static final ScanOptions OPTIONS = new ScanOptions(Scheme.SEED, List.of("x86"), false);
    private static final String QUIET = "int quiet_counter;\n\nvoid quiet_tick(void)\n{\n\tquiet_counter++;\n}\n";

    @TempDir
    Path dir;
    Path repo;
    Path cacheFile;
    Git git;

    /** Three commits: the fixture plus a file with no site, the file moved, the member guarded. */
    @BeforeEach
    void history() throws Exception {
        repo = dir.resolve("linux");
        cacheFile = dir.resolve("cache").resolve(PrefilterCache.FILE_NAME);
        copyTree(FIXTURE, repo);
        write("kernel/quiet.c", QUIET);
        git = Git.init().setDirectory(repo.toFile()).setInitialBranch("master").call();
        commit("base");
        git.tag().setName("v1").call();
        Files.delete(repo.resolve("kernel/quiet.c"));
        write("lib/quiet_moved.c", QUIET);
        commit("move the quiet file");
        git.tag().setName("v2").call();
        Path sched = repo.resolve("include/linux/sched.h");
        write("include/linux/sched.h", Files.readString(sched).replace("\tstruct mm_struct                *active_mm;\n",
                "#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\n\tstruct mm_struct                *active_mm;\n#endif\n"));
        commit("guard the member");
    }

    @AfterEach
    void close() {
        git.close();
    }

    private ScanResult scan(String rev, PrefilterCache cache) throws IOException {
        try (SourceTree tree = SourceTrees.open(repo, rev)) {
            return new Scanner(OPTIONS, cache).scan(tree, GlobPathFilter.sources());
        }
    }

    private PrefilterCache cache() {
        return PrefilterCache.load(cacheFile);
    }

    @Test
    void aRevisionScansTheSameWithAColdCacheAWarmOneAndNone() throws Exception {
        for (String rev : List.of("v1", "v2", "HEAD")) {
            ScanResult none = scan(rev, PrefilterCache.disabled());
            assertFalse(none.findings().isEmpty());
            assertEquals(none, scan(rev, cache()), rev + ", cache cold for this revision's new blobs");
            assertEquals(none, scan(rev, cache()), rev + ", warm");
        }
        assertTrue(Files.size(cacheFile) > 16);
    }

    @Test
    void theWorkTreeScansTheSameWithAColdCacheAWarmOneAndNone() throws Exception {
        ScanResult none = scan(null, PrefilterCache.disabled());
        assertFalse(none.findings().isEmpty());
        assertEquals(none, scan(null, cache()), "cold");
        assertTrue(Files.exists(cacheFile), "the work tree's stat-clean files were learned");
        assertEquals(none, scan(null, cache()), "warm");
    }

    @Test
    void aVerdictIsReusedForTheSameBlobUnderAnotherPathAndRevision() throws Exception {
        ObjectId quiet = git.getRepository().resolve("v1:kernel/quiet.c");
        assertEquals(quiet, git.getRepository().resolve("v2:lib/quiet_moved.c"));
        scan("v1", cache());
        loseObject(quiet);
        Files.delete(repo.resolve("lib/quiet_moved.c")); // nor can the work tree stand in for it

        ScanResult none = scan("v2", PrefilterCache.disabled());
        assertEquals(List.of(new SkippedFile("lib/quiet_moved.c",
                "missing object " + quiet.name() + " (partial clone or incomplete repository)")), none.skipped());

        ScanResult warm = scan("v2", cache());
        assertEquals(List.of(), warm.skipped(), "known to hold no site, so never read");
        assertEquals(none.filesScanned() + 1, warm.filesScanned());
        assertEquals(none.findings(), warm.findings());
    }

    @Test
    void aModifiedWorkTreeFileIsReadNotJudgedByItsIndexBlob() throws Exception {
        scan(null, cache());
        Path moved = repo.resolve("lib/quiet_moved.c");
        // the same size as before, so only the modification time tells
        String site = "void q(void)\n{\n\tcurrent->active_mm = NULL;\n}\n";
        String edited = site + "/*" + "x".repeat(QUIET.length() - site.length() - 5) + "*/\n";
        assertEquals(QUIET.length(), edited.length());
        Files.writeString(moved, edited);

        ScanResult warm = scan(null, cache());
        assertEquals(scan(null, PrefilterCache.disabled()), warm);
        assertTrue(warm.findings().stream().anyMatch(f -> f.path().equals("lib/quiet_moved.c")),
                "the edited file's new site is found");
    }

    private void write(String path, String text) throws IOException {
        Path file = repo.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, SETTLED);
    }

    private void commit(String message) throws Exception {
        git.add().addFilepattern(".").call();
        git.add().addFilepattern(".").setUpdate(true).call();
        git.commit().setMessage(message).setAuthor("Test", "test@example.org")
                .setCommitter("Test", "test@example.org").setSign(false).call();
    }

    private void loseObject(ObjectId id) throws IOException {
        Files.delete(git.getRepository().getDirectory().toPath()
                .resolve("objects").resolve(id.name().substring(0, 2)).resolve(id.name().substring(2)));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                    Files.setLastModifiedTime(target, SETTLED);
                }
            }
        }
    }
}
