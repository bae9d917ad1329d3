package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.CRC32;

import org.activemm.series.FixtureRepos;
import org.activemm.series.facts.BaseFactsCache;
import org.activemm.series.facts.CountingTree;
import org.activemm.sites.PrefilterCache;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The facts cache: a second check of a series on the same base reads no
 * more of the tree than its patches touch and finds the same, a new base
 * (here, one whose Kconfig blob changed) gets its own facts, and a damaged
 * cache file is ignored with a note.
 */
class BaseFactsCacheTest {
    private static final Path SERIES = Path.of("kernel-fixtures", "series", "linux-6.5-shape");

    @TempDir
    Path temp;

    private Path repo;
    private Path series;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void misspeltSymbolSeries() throws IOException {
        repo = FixtureRepos.commit(FixtureRepos.shape("linux-6.5-shape"), Files.createDirectories(temp.resolve("repo")));
        series = Files.createDirectories(temp.resolve("series"));
        try (Stream<Path> good = Files.list(SERIES.resolve("good"))) {
            for (Path f : good.filter(p -> p.toString().endsWith(".patch")).toList()) {
                Files.copy(f, series.resolve(f.getFileName()));
            }
        }
        // AMC011 on patch 5: it guards with CONFIG_ARCH_NO_TASK_ACTIV_MM, which no Kconfig file defines
        String mutant = "0005-x86-skip-active_mm-at-CPU-bring-up-under-ARCH_NO_TAS.patch";
        Files.copy(SERIES.resolve("mutants/amc011-misspelt-symbol").resolve(mutant), series.resolve(mutant),
                StandardCopyOption.REPLACE_EXISTING);
    }

    private record Run(CheckResult result, int walks, Set<String> reads) {
        List<String> findings() {
            return result.findings().stream().map(f -> f.entry() + " " + f.id() + " " + f.message()).toList();
        }
    }

    private Run check() throws IOException {
        CountingTree[] counted = new CountingTree[1];
        CheckRequest request = new CheckRequest(repo, List.of(series), null, null, null, List.of(), null,
                PrefilterCache.disabled(), BaseFactsCache.in(temp.resolve("cache"), notes::add));
        CheckResult result = Validator.validate(request, Checks.all(), tree -> counted[0] = new CountingTree(tree));
        return new Run(result, counted[0].walks.get(), Set.copyOf(counted[0].pathReads.keySet()));
    }

    private Path onlyCacheFile() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache/check-facts"))) {
            List<Path> all = files.toList();
            assertEquals(1, all.size(), all.toString());
            return all.get(0);
        }
    }

    @Test
    void aSecondCheckOnTheSameBaseUsesTheCacheAndFindsTheSame() throws IOException {
        Run first = check();
        assertEquals(1, first.walks(), "the first check walks the base");
        assertTrue(first.findings().stream().anyMatch(f -> f.startsWith("5 AMC011")), first.findings().toString());
        onlyCacheFile();

        Run second = check();
        assertEquals(0, second.walks(), "the second check reads the base's facts from the cache");
        assertEquals(first.findings(), second.findings());
        assertEquals(first.result().remaining(), second.result().remaining());
        assertEquals(List.of(), notes);
    }

    @Test
    void aSecondCheckJudgesTheBasesGrabsAndDropsAgainWithoutReadingThem() throws IOException {
        // patch 3 turns MMU_LAZY_TLB_REFCOUNT off under the option: every grab and drop is judged again.
        // These files hold grabs and drops (kernel-fixtures/linux-6.5-shape) and no patch touches them.
        List<String> untouchedGrabsAndDrops = List.of("kernel/kthread.c", "fs/exec.c", "kernel/cpu.c",
                "kernel/sched/core.c");
        Run first = check();

        Run second = check();
        assertEquals(0, second.walks());
        assertTrue(untouchedGrabsAndDrops.stream().noneMatch(second.reads()::contains),
                "the cache keeps what the scan found in them, by blob id: " + second.reads());
        assertTrue(second.reads().contains("kernel/fork.c"), "a touched file is read: " + second.reads());
        assertEquals(first.findings(), second.findings());
        assertEquals(first.result().remaining(), second.result().remaining());
    }

    @Test
    void aBaseWithAChangedKconfigBlobGetsItsOwnFactsFromTheOldBasesAndTheChange() throws IOException, Exception {
        assertEquals(1, check().walks());
        Files.writeString(repo.resolve("drivers/misc/Kconfig"), "\nconfig ARCH_NO_TASK_ACTIV_MM\n\tbool\n",
                StandardOpenOption.APPEND);
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern("drivers/misc/Kconfig").call();
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setMessage("define the symbol").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        Run changed = check();
        assertEquals(0, changed.walks(), "the old base's facts are brought to the new one, as a patch step's are");
        try (Stream<Path> files = Files.list(temp.resolve("cache/check-facts"))) {
            assertEquals(2, files.count(), "the new base's facts are stored next to the old one's");
        }
        assertTrue(changed.findings().stream().noneMatch(f -> f.contains("AMC011")), changed.findings().toString());
    }

    @Test
    void aCorruptCacheFileIsIgnoredWithANoteAndReplaced() throws IOException {
        Run first = check();
        Path file = onlyCacheFile();
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20; // one flipped bit in the JSON: still JSON, but not what was stored
        Files.write(file, bytes);

        Run damaged = check();
        assertEquals(1, damaged.walks(), "the damaged file is not trusted");
        assertEquals(first.findings(), damaged.findings());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains(file.toString()) && notes.get(0).contains("corrupt"), notes.get(0));

        assertEquals(0, check().walks(), "the walk wrote a sound file again");
        Files.writeString(file, "AMCF 1 0", StandardCharsets.UTF_8);
        assertEquals(1, check().walks(), "a truncated file is not trusted either");
        assertEquals(2, notes.size(), notes.toString());
    }

    @Test
    void aCacheFileWithASoundChecksumButNoBlobIdIsIgnoredWithANote() throws IOException {
        Run first = check();
        Path file = onlyCacheFile();
        String text = Files.readString(file);
        int newline = text.indexOf('\n');
        String[] header = text.substring(0, newline).split(" ", 4);
        String body = text.substring(newline + 1).replaceFirst("\"blob\":\"[0-9a-f]{40}\"", "\"blob\":\"not an id\"");
        assertTrue(body.contains("not an id"));
        CRC32 crc = new CRC32();
        crc.update(body.getBytes(StandardCharsets.UTF_8));
        Files.writeString(file, header[0] + " " + header[1] + " " + Long.toHexString(crc.getValue()) + " " + header[3]
                + "\n" + body);

        Run forged = check();
        assertEquals(1, forged.walks(), "a file written by hand is not trusted either");
        assertEquals(first.findings(), forged.findings());
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("corrupt"), notes.get(0));
    }

    @Test
    void aCacheEntryThatIsNotARegularFileIsIgnoredWithANote() throws IOException {
        check();
        Path file = onlyCacheFile();
        Files.delete(file);
        Files.createDirectories(file.resolve("inside"));
        Run run = check();
        assertEquals(1, run.walks());
        assertEquals(2, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("not a regular file"), notes.get(0));
        assertTrue(notes.get(1).contains("could not store"), "nor can the walk's facts replace it: " + notes.get(1));
    }

    @Test
    void aCacheThatCannotBeWrittenSaysSoInANote() throws IOException {
        Files.writeString(Files.createDirectories(temp.resolve("cache")).resolve("check-facts"), "not a directory");
        Run run = check();
        assertEquals(1, run.walks());
        assertTrue(run.findings().stream().anyMatch(f -> f.startsWith("5 AMC011")), "the check itself is not hurt");
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("could not store") && notes.get(0).contains("check-facts"), notes.get(0));
    }

    @Test
    void twoDirectoriesOfOneCommitHaveTheirOwnFacts() throws IOException {
        // one commit holding the tree twice (REV:DIR): b/ defines the misspelt symbol, a/ does not
        Path trees = temp.resolve("two-trees");
        for (String dir : List.of("a", "b")) {
            Path shape = FixtureRepos.shape("linux-6.5-shape");
            try (Stream<Path> walk = Files.walk(shape)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path target = trees.resolve(dir).resolve(shape.relativize(p).toString());
                    Files.createDirectories(target.getParent());
                    Files.copy(p, target);
                }
            }
        }
        Files.writeString(trees.resolve("b/drivers/misc/Kconfig"), "\nconfig ARCH_NO_TASK_ACTIV_MM\n\tbool\n",
                StandardOpenOption.APPEND);
        Path both = FixtureRepos.commit(trees, Files.createDirectories(temp.resolve("both")));
        List<String> amc011 = new ArrayList<>();
        for (String base : List.of("HEAD:a", "HEAD:b")) {
            CheckRequest request = new CheckRequest(both, List.of(series), null, base, null, List.of(), null,
                    PrefilterCache.disabled(), BaseFactsCache.in(temp.resolve("cache"), notes::add));
            amc011.add(base + " " + Validator.validate(request, Checks.all()).findings().stream()
                    .filter(f -> f.id().equals("AMC011")).count());
        }
        assertEquals(List.of("HEAD:a 1", "HEAD:b 0"), amc011, "HEAD:b's facts are not HEAD:a's");
    }
}
