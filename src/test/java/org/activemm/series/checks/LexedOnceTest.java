package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.activemm.lex.LexMemo;
import org.activemm.series.FixtureRepos;
import org.activemm.series.PatchSeries;
import org.activemm.series.SeriesApplier;
import org.activemm.series.SeriesReader;
import org.activemm.series.SeriesScope;
import org.activemm.series.Step;
import org.activemm.series.facts.BaseFactsCache;
import org.activemm.sites.PrefilterCache;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checks of a run lex each distinct content of a touched file once, however
 * many of them read it: a run of the linux-6.5-shape good series through every
 * check, with a memo that records what it lexes.
 */
class LexedOnceTest {
    private static final Path GOOD = Path.of("kernel-fixtures", "series", "linux-6.5-shape", "good");

    @TempDir
    Path temp;

    @Test
    void everyTouchedSourceIsLexedOnceThoughSeveralChecksReadIt() throws IOException {
        Path repo = FixtureRepos.commit(FixtureRepos.shape("linux-6.5-shape"), Files.createDirectories(temp.resolve("repo")));
        PatchSeries series = SeriesReader.read(List.of(GOOD));
        List<String> lexed = new ArrayList<>();
        try (SourceTree base = SourceTrees.open(repo, "HEAD")) {
            List<Step> steps = SeriesApplier.apply(series, base);
            SeriesScope scope = SeriesScope.of(series);
            Map<Class<?>, Object> states = new LinkedHashMap<>();
            states.put(LexMemo.class, new LexMemo(1 << 20, (content, syntax) -> {
                lexed.add(new String(content, StandardCharsets.ISO_8859_1));
                return LexMemo.C_LEXER.lex(content, syntax);
            }));
            CheckContext context = new CheckContext(series, steps, repo, base.revision().orElseThrow(), "",
                    scope.scheme(), scope.arches(), new Scanner(new ScanOptions(scope.scheme(), scope.arches(), false),
                            PrefilterCache.disabled()), BaseFactsCache.disabled(), null, states);
            CheckRun.run(context, Checks.all());

            // The C files each patch touches, in diff order, from reading the series: AMC011 and AMC012 read every one,
            // AMC008 patch 4's arch/x86/mm/tlb.c too (it names the hook), and AMC007 reads kernel/fork.c again at patch 6's select
            // (as patch 1 left it). Patch 3 touches only arch/Kconfig, patch 6 only arch/x86/Kconfig.
            Map<String, String> known = new LinkedHashMap<>();
            name(known, steps, 1, "include/linux/sched/mm.h");
            name(known, steps, 1, "kernel/fork.c");
            name(known, steps, 2, "include/linux/sched.h");
            name(known, steps, 2, "init/init_task.c");
            name(known, steps, 4, "arch/x86/mm/tlb.c");
            name(known, steps, 5, "arch/x86/kernel/cpu/common.c");
            List<String> names = lexed.stream().map(text -> known.getOrDefault(text, "another file")).toList();
            assertEquals(List.copyOf(known.values()), names, "each content lexed once, in the order the checks reach it");
        }
    }

    /** Names the content {@code path} has after patch {@code entry}. */
    private static void name(Map<String, String> known, List<Step> steps, int entry, String path) throws IOException {
        Step step = steps.stream().filter(s -> s.entry() == entry).findFirst().orElseThrow();
        byte[] content = step.after().read(path).orElseThrow();
        known.put(new String(content, StandardCharsets.ISO_8859_1), path + " after patch " + entry);
    }
}
