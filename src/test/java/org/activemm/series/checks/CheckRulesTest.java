package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.generate.FamilyVerdicts;
import org.activemm.model.Strategy;
import org.activemm.series.FixtureRepos;
import org.activemm.series.Step;
import org.activemm.series.facts.CountingTree;
import org.activemm.sites.PrefilterCache;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What AMC007-AMC013 say, beyond the ids the fixture test compares, and how
 * much of the tree a check reads.
 */
class CheckRulesTest {
    private static final Path SERIES = Path.of("kernel-fixtures", "series");

    @TempDir
    Path temp;

    private Path repo(String shape) throws IOException {
        Path dir = temp.resolve("repo-" + shape);
        return Files.isDirectory(dir) ? dir : FixtureRepos.commit(FixtureRepos.shape(shape), Files.createDirectories(dir));
    }

    /** The good series of a shape with a mutant's files in place and its removed files gone. */
    private Path mutant(String shape, String name, String... removed) throws IOException {
        Path dir = Files.createDirectories(temp.resolve(name));
        Path good = SERIES.resolve(shape).resolve("good");
        try (Stream<Path> files = Files.list(good)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".patch")).toList()) {
                if (!List.of(removed).contains(f.getFileName().toString())) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        try (Stream<Path> files = Files.list(SERIES.resolve(shape).resolve("mutants").resolve(name))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".patch")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    private CheckResult check(String shape, Path series) throws IOException {
        return check(shape, series, Checks.all());
    }

    private CheckResult check(String shape, Path series, List<SeriesCheck> checks) throws IOException {
        return Validator.validate(new CheckRequest(repo(shape), List.of(series), null, null, null, List.of(), null,
                PrefilterCache.disabled()), checks);
    }

    private static List<CheckFinding> of(CheckResult result, String id) {
        return result.findings().stream().filter(f -> f.id().equals(id)).toList();
    }

    @Test
    void theSelectBeforeTheBringUpNamesEfi64LeftUnconverted() throws IOException {
        CheckResult result = check("linux-4.19-shape", mutant("linux-4.19-shape", "amc009-select-before-bring-up",
                "0006-x86-skip-active_mm-at-CPU-bring-up-under-ARCH_NO_TAS.patch",
                "0007-x86-select-ARCH_NO_TASK_ACTIVE_MM.patch"));
        List<String> at = of(result, "AMC009").stream().filter(f -> f.entry() == 6)
                .map(f -> f.at().path() + ":" + f.at().line()).toList();
        // efi_switch_mm() reads and sets current->active_mm (the expect: markers of efi_64.c)
        assertTrue(at.contains("arch/x86/platform/efi/efi_64.c:25"), at.toString());
        assertTrue(at.contains("arch/x86/platform/efi/efi_64.c:27"), at.toString());
        assertTrue(at.contains("arch/x86/kernel/cpu/common.c:27"), "the bring-up patch 7 converts: " + at);
        assertTrue(at.stream().noneMatch(p -> p.startsWith("arch/arm64/") || p.startsWith("arch/powerpc/")),
                "other arches' folders are not x86's to convert: " + at);
    }

    @Test
    void anUnsafeBodyCarriesTheModelsCounterexample() throws IOException {
        CheckResult result = check("linux-4.19-shape", mutant("linux-4.19-shape", "amc008-arm64-piggyback"));
        List<CheckFinding> unsafe = of(result, "AMC008");
        assertEquals(1, unsafe.size(), unsafe.toString());
        CheckFinding f = unsafe.get(0);
        assertEquals("arch/arm64/mm/context.c", f.at().path());
        assertEquals(13, f.at().line(), "the line of the function's name");
        assertTrue(f.message().contains("piggyback strategy") && f.message().contains("(breaks no-uaf) on arm64:")
                && f.message().contains("flushes by hardware broadcast"), f.message());
    }

    @Test
    void theShootDownVerdictComesFromTheBuildsTableNotFromRunningTheModel() throws IOException {
        // tables that differ from the model on arm64's piggyback: a check that ran the model would not follow them
        Path series = mutant("linux-4.19-shape", "amc008-arm64-piggyback");
        FamilyVerdicts unsafe = withArm64Piggyback(false, "on arm64: the table's own counterexample");
        List<CheckFinding> found = of(check("linux-4.19-shape", series, List.of(new UnsafeShootDownCheck(unsafe))),
                "AMC008");
        assertEquals(1, found.size(), found.toString());
        assertTrue(found.get(0).message().contains("(breaks no-uaf) on arm64: the table's own counterexample;"),
                found.get(0).message());
        FamilyVerdicts safe = withArm64Piggyback(true, "");
        assertEquals(List.of(), of(check("linux-4.19-shape", series, List.of(new UnsafeShootDownCheck(safe))), "AMC008"));
    }

    /** The build's table with its arm64, seed scheme, piggyback row replaced. */
    private static FamilyVerdicts withArm64Piggyback(boolean safe, String counterexample) {
        return new FamilyVerdicts(FamilyVerdicts.shipped().rows().stream()
                .map(r -> r.arch().equals("arm64") && r.scheme() == Scheme.SEED && r.strategy() == Strategy.PIGGYBACK
                        ? new FamilyVerdicts.Row("arm64", Scheme.SEED, Strategy.PIGGYBACK, safe,
                                safe ? "" : "no-uaf", counterexample, false)
                        : r)
                .toList());
    }

    @Test
    void aBodyOfAStrategyTheSchemeDoesNotUseIsAWarningNotASilentPass() throws IOException {
        CheckResult result = Validator.validate(new CheckRequest(repo("linux-4.19-shape"),
                List.of(mutant("linux-4.19-shape", "amc008-arm64-piggyback")), null, null, Scheme.UPSTREAM, List.of(),
                null, PrefilterCache.disabled()), Checks.all());
        List<CheckFinding> unsafe = of(result, "AMC008").stream()
                .filter(f -> f.at().path().equals("arch/arm64/mm/context.c")).toList();
        assertEquals(1, unsafe.size(), unsafe.toString());
        assertEquals(CheckLevel.WARNING, unsafe.get(0).level());
        assertTrue(unsafe.get(0).message().contains("piggyback strategy, which the upstream scheme does not use"
                + " (it uses refcount, ipi-cpumask)"), unsafe.get(0).message());
    }

    @Test
    void theOtherChecksNameWhatTheyFound() throws IOException {
        String shape = "linux-6.5-shape";
        CheckFinding symbol = of(check(shape, mutant(shape, "amc011-misspelt-symbol")), "AMC011").get(0);
        assertEquals("#ifndef names ARCH_NO_TASK_ACTIV_MM, which no Kconfig file defines at this patch",
                symbol.message());
        assertEquals(30, symbol.at().line());
        CheckFinding endif = of(check(shape, mutant(shape, "amc012-missing-endif")), "AMC012").get(0);
        assertEquals("arch/x86/kernel/cpu/common.c", endif.at().path());
        assertEquals(30, endif.at().line());
        assertTrue(endif.message().startsWith("#ifndef is never closed"), endif.message());
        CheckFinding cc = of(check(shape, mutant(shape, "amc013-missing-cc")), "AMC013").get(0);
        assertEquals(CheckLevel.WARNING, cc.level());
        assertTrue(cc.message().startsWith("MAINTAINERS names Tom Tlb <tom.tlb@example.org> for"), cc.message());
        CheckFinding user = of(check(shape, mutant(shape, "amc010-new-active-mm-user")), "AMC010").get(0);
        assertEquals(37, user.at().line());
    }

    @Test
    void aRewrittenLineKeepingItsFunctionsUserIsNotANewUserButAnAddedOneIs() throws IOException {
        String shape = "linux-6.5-shape";
        // patch 5 without its guard, rewriting cpu_init()'s active_mm write in place: still one write there
        String rewrite = """
                @@ -27,10 +27,10 @@
                 		x2apic_setup();
                 	}
                 
                 	mmgrab(&init_mm);
                 	/* expect: AMM005 grab cpu-bringup in=cpu_init col=2 seed=needs-change upstream=info */
                -	cur->active_mm = &init_mm;
                +	cur->active_mm = &init_mm; /* the idle task starts lazy */
                 	/* expect: AMM005 write cpu-bringup in=cpu_init col=7 seed=needs-change upstream=info */
                 	BUG_ON(cur->mm);
                 	initialize_tlbstate_and_flush();
                 	enter_lazy_tlb(&init_mm, cur);
                """;
        String header = """
                diff --git a/arch/x86/kernel/cpu/common.c b/arch/x86/kernel/cpu/common.c
                --- a/arch/x86/kernel/cpu/common.c
                +++ b/arch/x86/kernel/cpu/common.c
                """;
        assertEquals(List.of(), of(check(shape, withPatch5Diff(shape, "rewrite", header + rewrite)), "AMC010"));
        String renamed = """
                diff --git a/arch/x86/kernel/cpu/common.c b/arch/x86/kernel/cpu/cpu_common.c
                similarity index 90%
                rename from arch/x86/kernel/cpu/common.c
                rename to arch/x86/kernel/cpu/cpu_common.c
                --- a/arch/x86/kernel/cpu/common.c
                +++ b/arch/x86/kernel/cpu/cpu_common.c
                """;
        assertEquals(List.of(), of(check(shape, withPatch5Diff(shape, "renamed", renamed + rewrite)), "AMC010"),
                "a renamed file's users count from its old path");
        String added = rewrite.replace("@@ -27,10 +27,10 @@", "@@ -27,10 +27,11 @@")
                .replace(" \tBUG_ON(cur->mm);\n", " \tBUG_ON(cur->mm);\n+\tpr_debug(\"lazy on %p\\n\", current->active_mm);\n");
        List<CheckFinding> users = of(check(shape, withPatch5Diff(shape, "added", header + added)), "AMC010");
        assertEquals(List.of(35), users.stream().map(f -> f.at().line()).toList(), "only the added read");
    }

    /** The good series with patch 5's diff replaced by {@code diff}. */
    private Path withPatch5Diff(String shape, String name, String diff) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("patch5-" + name));
        try (Stream<Path> files = Files.list(SERIES.resolve(shape).resolve("good"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".patch")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()));
            }
        }
        try (Stream<Path> files = Files.list(dir)) {
            Path five = files.filter(p -> p.getFileName().toString().startsWith("0005-")).findFirst().orElseThrow();
            String mail = Files.readString(five);
            int from = mail.indexOf("diff --git ");
            Files.writeString(five, mail.substring(0, from) + diff + mail.substring(mail.indexOf("-- \n", from)));
        }
        return dir;
    }

    @Test
    void anX86LineNamingASymbolOnlyPowerpcsKconfigDefinesIsUndefined() throws IOException {
        String shape = "linux-6.5-shape";
        Path series = mutant(shape, "amc011-misspelt-symbol");
        Path patch = series.resolve("0005-x86-skip-active_mm-at-CPU-bring-up-under-ARCH_NO_TAS.patch");
        // arch/powerpc/platforms/Kconfig.cputype is the only Kconfig file of the shape that defines PPC64
        Files.writeString(patch, Files.readString(patch).replace("CONFIG_ARCH_NO_TASK_ACTIV_MM", "CONFIG_PPC64"));
        List<CheckFinding> undefined = of(check(shape, series), "AMC011");
        assertEquals(1, undefined.size(), undefined.toString());
        assertEquals("arch/x86/kernel/cpu/common.c", undefined.get(0).at().path());
        assertTrue(undefined.get(0).message().contains("PPC64, which only other arches' Kconfig files define"),
                undefined.get(0).message());
    }

    @Test
    void aDirectoryHoldingV1AndV2ChecksV2AndNamesV1Once() throws IOException {
        String shape = "linux-6.5-shape";
        Path both = mutant(shape, "amc011-misspelt-symbol"); // v1: its patch 5 names an undefined symbol
        try (Stream<Path> good = Files.list(SERIES.resolve(shape).resolve("good"))) {
            for (Path f : good.filter(p -> p.toString().endsWith(".patch")).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                Files.writeString(both.resolve("v2-" + f.getFileName()), text.replaceFirst("\\[PATCH ", "[PATCH v2 "),
                        StandardCharsets.ISO_8859_1);
            }
        }
        CheckResult result = check(shape, both);
        assertEquals(7, result.series().entries().size(), "the cover letter and six patches of v2");
        assertTrue(result.series().entries().stream().allMatch(m -> m.numbering().version() == 2));
        assertTrue(result.steps().stream().allMatch(Step::applied), "v1 is not applied under v2");
        List<CheckFinding> numbering = of(result, "AMC002");
        assertEquals(1, numbering.size(), numbering.toString());
        assertEquals(CheckLevel.WARNING, numbering.get(0).level());
        assertTrue(numbering.get(0).message().contains("0005-x86-skip-active_mm-at-CPU-bring-up-under-ARCH_NO_TAS.patch (v1)")
                && numbering.get(0).message().endsWith("only v2 is checked"), numbering.get(0).message());
        assertEquals(List.of(), of(result, "AMC011"), "v1's misspelt symbol is not v2's");
    }

    @Test
    void aHunkThatDoesNotApplyIsLocatedInItsFileAtTheHunksLine() throws IOException {
        String shape = "linux-6.5-shape";
        CheckFinding failed = of(check(shape, mutant(shape, "amc006-hunk-fails")), "AMC006").get(0);
        // patch 5's only hunk, @@ -27,8 +27,10 @@ on line 25 of the patch file, is for common.c's line 27
        assertEquals(Location.file("arch/x86/kernel/cpu/common.c", 27, 25), failed.at());
        assertTrue(failed.message().contains("arch/x86/kernel/cpu/common.c, hunk #1"), failed.message());
    }

    @Test
    void aTwentyPatchMboxReadsTheTreeOnce() throws IOException {
        String shape = "linux-6.5-shape";
        Path mbox = twentyPatchMbox(shape);
        CountingTree[] counted = new CountingTree[1];
        CheckResult result = Validator.validate(new CheckRequest(repo(shape), List.of(mbox), null, null, null,
                List.of(), null, PrefilterCache.disabled()), Checks.all(), tree -> counted[0] = new CountingTree(tree));
        assertEquals(20, result.steps().size());
        assertTrue(result.steps().stream().allMatch(Step::applied), "every patch applies");
        assertEquals(1, counted[0].walks.get(), "one walk of the base for the whole run");
        assertEquals(1, counted[0].mostWalkReadsOfOneFile(), "that walk reads each file once");
        // besides the walk, single files are read: those a patch touches, MAINTAINERS, Kconfig and Makefiles,
        // and files with sites again when a patch changes Kconfig; never once per patch
        int most = counted[0].pathReads.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        assertTrue(most < 20, "a file read " + most + " times: " + counted[0].pathReads);
    }

    /**
     * The good series' patches 1-5, fourteen more that each add a comment to
     * a file the series leaves alone, and its select as patch 20, numbered
     * n/20 and written into one mbox in reverse order.
     */
    private Path twentyPatchMbox(String shape) throws IOException {
        Path good = SERIES.resolve(shape).resolve("good");
        List<Path> generated;
        try (Stream<Path> files = Files.list(good)) {
            generated = files.filter(p -> p.getFileName().toString().matches("000[1-6]-.*\\.patch")).sorted().toList();
        }
        List<String> mails = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            mails.add(renumber(Files.readString(generated.get(i)), i + 1));
        }
        String patched = String.join("\n", mails) + Files.readString(generated.get(5));
        Path root = FixtureRepos.shape(shape);
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().toList();
        }
        int n = 6;
        for (Path file : sources) {
            String path = root.relativize(file).toString();
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            if (n < 20 && lines.size() >= 3 && !patched.contains("diff --git a/" + path + " ")) {
                mails.add(commentPatch(path, lines, n++));
            }
        }
        assertEquals(20, n, "fourteen files to comment on");
        mails.add(renumber(Files.readString(generated.get(5)), 20));
        Collections.reverse(mails);
        Path mbox = temp.resolve("series.mbox");
        Files.writeString(mbox, String.join("\n", mails));
        return mbox;
    }

    private static String renumber(String mail, int n) {
        return mail.replaceFirst("\\[PATCH \\d+/\\d+\\]", "[PATCH " + n + "/20]");
    }

    private static String commentPatch(String path, List<String> lines, int n) {
        StringBuilder mail = new StringBuilder()
                .append("From 0000000000000000000000000000000000000000 Mon Sep 17 00:00:00 2001\n")
                .append("From: Ada Lazytlb <ada.lazytlb@example.org>\n")
                .append("Date: Mon, 7 Dec 2026 11:23:22 +0000\n")
                .append("Subject: [PATCH ").append(n).append("/20] review: note the lazy mm review of ")
                .append(path.substring(path.lastIndexOf('/') + 1)).append('\n')
                .append("\nRecord that this file was reviewed for active_mm users.\n\n")
                .append("Signed-off-by: Ada Lazytlb <ada.lazytlb@example.org>\n---\n")
                .append("diff --git a/").append(path).append(" b/").append(path).append('\n')
                .append("--- a/").append(path).append("\n+++ b/").append(path).append('\n')
                .append("@@ -1,3 +1,4 @@\n")
                .append("+/* Reviewed for the lazy mm conversion. */\n");
        for (String line : lines.subList(0, 3)) {
            mail.append(' ').append(line).append('\n');
        }
        return mail.append("-- \n2.39.5\n").toString();
    }
}
