package org.activemm.series.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.activemm.series.FixtureRepos;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first check of a new base starts from the cached facts of a nearby
 * base: commit 2 of a fixture repository changes a file with a site, a
 * Kconfig file and the x86 TLB code (it defines the shoot-down hook), deletes
 * a driver with a site and adds a file with one. Its facts, brought from
 * commit 1's, must be those a walk of commit 2 finds.
 */
class NearestBaseTest {
    private static final ScanOptions X86_SEED = new ScanOptions(Scheme.SEED, List.of("x86"), false);

    @TempDir
    Path temp;

    private Path repo;
    private String first;
    private String second;
    private BaseFactsCache cache;
    private final List<String> notes = new ArrayList<>();

    @BeforeEach
    void twoCommits() throws Exception {
        repo = FixtureRepos.commit(FixtureRepos.shape("linux-6.5-shape"), Files.createDirectories(temp.resolve("repo")));
        first = head();
        Files.writeString(repo.resolve("kernel/fork.c"),
                "\nstatic void fork_show_mm(void)\n{\n\tpr_info(\"%p\\n\", current->active_mm);\n}\n",
                StandardOpenOption.APPEND);
        Files.writeString(repo.resolve("drivers/misc/Kconfig"), "\nconfig ARCH_NO_TASK_ACTIV_MM\n\tbool\n",
                StandardOpenOption.APPEND);
        Files.writeString(repo.resolve("arch/x86/mm/tlb.c"),
                "\nvoid arch_shoot_down_dead_mm(struct mm_struct *mm)\n{\n\ton_each_cpu(leave_mm, mm, true);\n}\n",
                StandardOpenOption.APPEND);
        Files.writeString(repo.resolve("arch/x86/kernel/lazy_user.c"),
                "#include <linux/sched.h>\n\nvoid lazy_user(void)\n{\n\tmmgrab(current->active_mm);\n}\n");
        Files.delete(repo.resolve("drivers/macintosh/via-pmu.c"));
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            git.add().setUpdate(true).addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setMessage("next").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        second = head();
        cache = BaseFactsCache.in(temp.resolve("cache"), notes::add);
    }

    private String head() throws IOException {
        try (Git git = Git.open(repo.toFile())) {
            return git.getRepository().resolve("HEAD").name();
        }
    }

    private static FactsKey key(String commit) {
        return FactsKey.of(commit, "", Scheme.SEED, List.of("x86"));
    }

    /** The facts of {@code commit} through the cache, and how many walks they took. */
    private int walksFor(BaseFactsCache in, FactsKey key, ScanOptions options) throws IOException {
        try (CountingTree tree = new CountingTree(SourceTrees.open(repo, key.commit()))) {
            TreeFacts.ofBase(tree, new Scanner(options), in, key);
            return tree.walks.get();
        }
    }

    private TreeFacts walked(String commit) throws IOException {
        try (var tree = SourceTrees.open(repo, commit)) {
            return TreeFacts.ofBase(tree, new Scanner(X86_SEED));
        }
    }

    @Test
    void aNewBaseReachedFromANearbyOnesFactsHasTheFactsOfAWalk() throws IOException {
        assertEquals(1, walksFor(cache, key(first), X86_SEED));
        TreeFacts reached;
        try (CountingTree tree = new CountingTree(SourceTrees.open(repo, second))) {
            reached = TreeFacts.ofBase(tree, new Scanner(X86_SEED), cache, key(second));
            assertEquals(0, tree.walks.get(), "commit 2's facts come from commit 1's and the five changed paths");
        }
        TreeFacts fresh = walked(second);
        assertNotEquals(walked(first).findings(), fresh.findings(), "the second commit changes the findings");
        assertEquals(fresh.findings(), reached.findings());
        assertEquals(fresh.kconfig().byFile(), reached.kconfig().byFile());
        assertTrue(reached.kconfig().defines("ARCH_NO_TASK_ACTIV_MM"));
        assertEquals(fresh.shootDowns().filesByArch(), reached.shootDowns().filesByArch());
        assertTrue(reached.shootDowns().defines("x86"));

        // what the cache keeps for commit 2 is what a walk of commit 2 stores
        BaseFactsCache walkedCache = BaseFactsCache.in(temp.resolve("walked"), notes::add);
        assertEquals(1, walksFor(walkedCache, key(second), X86_SEED));
        assertEquals(walkedCache.load(key(second)).orElseThrow(), cache.load(key(second)).orElseThrow());
        assertEquals(List.of(), notes);
    }

    @Test
    void aBaseCachedForAnotherSchemeArchSetOrBuildIsNotUsed() throws IOException {
        walksFor(cache, FactsKey.of(first, "", Scheme.UPSTREAM, List.of("x86")),
                new ScanOptions(Scheme.UPSTREAM, List.of("x86"), false));
        walksFor(cache, FactsKey.of(first, "", Scheme.SEED, List.of("arm64", "x86")),
                new ScanOptions(Scheme.SEED, List.of("arm64", "x86"), false));
        walksFor(cache, new FactsKey(first, "", Scheme.SEED, List.of("x86"), "another-build"), X86_SEED);
        assertEquals(3, cacheFiles().size());
        assertEquals(1, walksFor(cache, key(second), X86_SEED));
    }

    @Test
    void aCachedCommitTheRepositoryLacksIsSkipped() throws IOException {
        walksFor(cache, key(first), X86_SEED);
        BaseFacts facts = cache.load(key(first)).orElseThrow();
        cache.store(key("0123456789abcdef0123456789abcdef01234567"), facts);
        Files.delete(temp.resolve("cache/check-facts").resolve(key(first).fileName()));
        assertEquals(1, walksFor(cache, key(second), X86_SEED), "nothing to diff against: the base is walked");
        assertEquals(List.of(), notes);
    }

    @Test
    void aCachedBaseWithADamagedHeaderIsSkipped() throws IOException {
        walksFor(cache, key(first), X86_SEED);
        Path file = temp.resolve("cache/check-facts").resolve(key(first).fileName());
        String text = Files.readString(file);
        Files.writeString(file, text.replaceFirst(first + ":", first.substring(0, 39) + ":"));
        assertEquals(1, walksFor(cache, key(second), X86_SEED));
    }

    @Test
    void aCachedBaseWithADamagedBodyIsSkippedWithANote() throws IOException {
        walksFor(cache, key(first), X86_SEED);
        Path file = temp.resolve("cache/check-facts").resolve(key(first).fileName());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(file, bytes);
        assertEquals(1, walksFor(cache, key(second), X86_SEED));
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("corrupt"), notes.get(0));
    }

    @Test
    void ofTwoCachedBasesTheOneWithFewerChangedPathsIsTaken() throws Exception {
        walksFor(cache, key(first), X86_SEED);
        walksFor(cache, key(second), X86_SEED);
        Files.writeString(repo.resolve("kernel/exit.c"), "\n/* one more line */\n", StandardOpenOption.APPEND);
        try (Git git = Git.open(repo.toFile())) {
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setAll(true).setMessage("third").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        String third = head();
        TreeFacts reached;
        try (CountingTree tree = new CountingTree(SourceTrees.open(repo, third))) {
            reached = TreeFacts.ofBase(tree, new Scanner(X86_SEED), cache, key(third));
            assertEquals(0, tree.walks.get());
            assertTrue(tree.pathReads.containsKey("kernel/exit.c"), tree.pathReads.toString());
            assertTrue(Set.of("kernel/fork.c", "arch/x86/mm/tlb.c", "arch/x86/kernel/lazy_user.c", "drivers/misc/Kconfig")
                    .stream().noneMatch(tree.pathReads::containsKey),
                    "from commit 2's facts, not commit 1's, the files commit 2 changed are not read: " + tree.pathReads);
        }
        assertEquals(walked(third).findings(), reached.findings());
    }

    /**
     * An assembly file's sites depend on another file's bytes: the symbols its
     * arch's asm-offsets file exports from active_mm. Commit 3 exports the
     * member to arm's assembly; commit 4 edits that assembly file alone, commit
     * 5 renames the export so the assembly's old name no longer names it.
     */
    @Test
    void assemblySitesReachedFromANearbyBaseAreAWalksWhenTheAssemblyOrItsExportsChange() throws Exception {
        Path offsets = repo.resolve("arch/arm/kernel/asm-offsets.c");
        Path assembly = repo.resolve("arch/arm/mm/proc-macros.S");
        Files.createDirectories(offsets.getParent());
        Files.createDirectories(assembly.getParent());
        Files.writeString(offsets, "#include <linux/sched.h>\n\nint main(void)\n{\n"
                + "\tDEFINE(TSK_ACTIVE_MM, offsetof(struct task_struct, active_mm));\n\treturn 0;\n}\n");
        Files.writeString(assembly, "\t.macro act_mm, rd\n\tldr\t\\rd, [\\rd, #TSK_ACTIVE_MM]\n\t.endm\n");
        String exported = commitAll("arm exports active_mm to its assembly");
        walksFor(cache, key(exported), X86_SEED);
        assertTrue(!walked(exported).findings("arch/arm/mm/proc-macros.S").isEmpty(),
                "the assembly reads the member through the export");

        Files.writeString(assembly, "/* the loaded mm */\n" + Files.readString(assembly));
        String edited = commitAll("a comment in the assembly");
        assertEquals(walked(edited).findings(), reachedFrom(edited).findings(),
                "the assembly alone changed: its sites still need the arch's exports");
        assertEquals(walked(edited).findings(), cache.load(key(edited)).orElseThrow().findings());

        Files.writeString(offsets, Files.readString(offsets).replace("TSK_ACTIVE_MM", "TSK_ACT_MM"));
        String renamed = commitAll("rename the export");
        assertEquals(1, walksFor(cache, key(renamed), X86_SEED), "the export changed: the base is walked");
        assertEquals(walked(renamed).findings(), cache.load(key(renamed)).orElseThrow().findings(),
                "the unchanged assembly no longer names the export");
    }

    @Test
    void anArchFileChangedWithoutTheHookLeavesTheStoredFactsAWalks() throws Exception {
        walksFor(cache, key(first), X86_SEED);
        Files.writeString(repo.resolve("arch/arm64/kernel/smp.c"), "\n/* one more line */\n", StandardOpenOption.APPEND);
        String next = commitAll("a comment in arm64's smp.c");
        reachedFrom(next);
        BaseFactsCache walkedCache = BaseFactsCache.in(temp.resolve("walked"), notes::add);
        assertEquals(1, walksFor(walkedCache, key(next), X86_SEED));
        assertEquals(walkedCache.load(key(next)).orElseThrow(), cache.load(key(next)).orElseThrow(),
                "no arch without a definition is kept, as a walk keeps none");
    }

    /**
     * A driver's Kconfig file may source one outside drivers/ (6.5's
     * drivers/ras/Kconfig sources arch/x86/ras/Kconfig): the entry there says
     * which arches build the driver. Commit 3 restricts the driver to powerpc,
     * commit 4 to x86, changing only that arch Kconfig file.
     */
    @Test
    void aDriverWhoseKconfigEntryLivesOutsideDriversIsJudgedAgainWhenItChanges() throws Exception {
        Path driver = Files.createDirectories(repo.resolve("drivers/lazystat"));
        Path entry = Files.createDirectories(repo.resolve("arch/x86/lazystat")).resolve("Kconfig");
        Files.writeString(driver.resolve("Makefile"), "obj-$(CONFIG_LAZY_STAT) += lazystat.o\n");
        Files.writeString(driver.resolve("Kconfig"), "source \"arch/x86/lazystat/Kconfig\"\n");
        Files.writeString(driver.resolve("lazystat.c"),
                "#include <linux/sched.h>\n\nvoid lazy_stat(void)\n{\n\tpr_info(\"%p\\n\", current->active_mm);\n}\n");
        Files.writeString(entry, "config LAZY_STAT\n\tbool \"lazy mm statistics\"\n\tdepends on PPC\n");
        String powerpc = commitAll("a driver only powerpc builds");
        walksFor(cache, key(powerpc), X86_SEED);
        Files.writeString(entry, Files.readString(entry).replace("depends on PPC", "depends on X86"));
        String x86 = commitAll("the driver is x86's now");
        TreeFacts fresh = walked(x86);
        assertNotEquals(walked(powerpc).findings("drivers/lazystat/lazystat.c"),
                fresh.findings("drivers/lazystat/lazystat.c"), "the arch Kconfig entry decides the driver's status");
        assertEquals(fresh.findings(), reachedFrom(x86).findings());
    }

    private String commitAll(String message) throws Exception {
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setAll(true).setMessage(message).setAuthor(who).setCommitter(who).setSign(false).call();
        }
        return head();
    }

    /** The facts of {@code commit} brought from the nearest cached base, not walked. */
    private TreeFacts reachedFrom(String commit) throws IOException {
        try (CountingTree tree = new CountingTree(SourceTrees.open(repo, commit))) {
            TreeFacts facts = TreeFacts.ofBase(tree, new Scanner(X86_SEED), cache, key(commit));
            assertEquals(0, tree.walks.get(), "reached from a nearby base, not walked");
            return facts;
        }
    }

    @Test
    void theChangedPathsAreThoseOfADiffOfTheTwoTreesUpToALimit() throws IOException {
        try (var tree = SourceTrees.open(repo, second)) {
            assertEquals(List.of("arch/x86/kernel/lazy_user.c", "arch/x86/mm/tlb.c", "drivers/macintosh/via-pmu.c",
                    "drivers/misc/Kconfig", "kernel/fork.c"), tree.pathsChangedSince(first, 100).orElseThrow());
            assertTrue(tree.pathsChangedSince(first, 4).isEmpty(), "past the limit");
            assertEquals(List.of(), tree.pathsChangedSince(second, 100).orElseThrow());
        }
    }

    @Test
    void aChangedSymbolicLinkMakesTheTreesIncomparable() throws Exception {
        walksFor(cache, key(second), X86_SEED);
        Files.createSymbolicLink(repo.resolve("kernel/fork_link.c"), Path.of("fork.c"));
        try (Git git = Git.open(repo.toFile())) {
            git.add().addFilepattern("kernel/fork_link.c").call();
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setMessage("link").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        try (Git git = Git.open(repo.toFile()); TreeWalk link = TreeWalk.forPath(git.getRepository(),
                "kernel/fork_link.c", git.getRepository().parseCommit(git.getRepository().resolve("HEAD")).getTree())) {
            assertEquals(FileMode.SYMLINK, link.getFileMode(0));
        }
        TreeFacts reached;
        try (CountingTree tree = new CountingTree(SourceTrees.open(repo, head()))) {
            reached = TreeFacts.ofBase(tree, new Scanner(X86_SEED), cache, key(head()));
            assertEquals(1, tree.walks.get(), "a walk does not scan a link to a file it scans: an update over it would");
        }
        assertEquals(walked(head()).findings(), reached.findings());
    }

    @Test
    void underRevDirOnlyThatDirectoryIsCompared() throws Exception {
        Path outer = Files.createDirectories(temp.resolve("outer"));
        Files.createDirectories(outer.resolve("k/kernel"));
        Files.writeString(outer.resolve("k/kernel/fork.c"), "int a;\n");
        Files.writeString(outer.resolve("NOTES"), "one\n");
        Path outerRepo = FixtureRepos.commit(outer, Files.createDirectories(temp.resolve("outer-repo")));
        String before;
        try (Git git = Git.open(outerRepo.toFile())) {
            before = git.getRepository().resolve("HEAD").name();
            Files.writeString(outerRepo.resolve("k/kernel/fork.c"), "int b;\n");
            Files.writeString(outerRepo.resolve("NOTES"), "two\n");
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setAll(true).setMessage("both").setAuthor(who).setCommitter(who).setSign(false).call();
        }
        try (var tree = SourceTrees.open(outerRepo, "HEAD:k")) {
            assertEquals(List.of("kernel/fork.c"), tree.pathsChangedSince(before, 100).orElseThrow());
        }
    }

    private List<Path> cacheFiles() throws IOException {
        try (Stream<Path> files = Files.list(temp.resolve("cache/check-facts"))) {
            return files.toList();
        }
    }
}
