package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The fuzzer that found the lone-CR bugs, kept as a test: a few hundred
 * seeded mutants of the fixtures' C files, each with bytes inserted or
 * deleted at one place. The scan must never fail on one, and since C is read
 * left to right, every site the original has on a line before the mutated
 * one must still be found at the same line and column.
 */
class MutantFixturesTest {
    private static final long SEED = 20_261_207L;
    private static final int MUTANTS = 400;
    /** Bytes that change how the rest of a line or file lexes: line ends, continuations, comments, quotes. */
    private static final List<String> INSERTS = List.of("\r", "\r\n", "\n", "\\\r", "\\\n", "\\", "/*", "*/", "//",
            "\"", "'", "#", "#if 0\n", "#endif\n", "\0", "\t", "{", "}", "(", ")", ";", "->", "active_mm", "??/",
            "\u00ff", "\u0080");

    private record Site(int line, int column) {
    }

    @Test
    void mutantsNeverFailTheScanAndKeepTheSitesBeforeTheMutation() throws IOException {
        List<Path> sources = fixtureSources();
        Random random = new Random(SEED);
        int checkedSites = 0;
        for (int i = 0; i < MUTANTS; i++) {
            Path source = sources.get(random.nextInt(sources.size()));
            String path = source.getFileName().toString().endsWith(".h") ? "include/linux/mutant.h" : "kernel/mutant.c";
            String original = Files.readString(source, StandardCharsets.ISO_8859_1);
            int at = random.nextInt(original.length() + 1);
            String mutant = random.nextInt(4) == 0
                    ? original.substring(0, at) + original.substring(Math.min(original.length(), at + 1 + random.nextInt(8)))
                    : original.substring(0, at) + INSERTS.get(random.nextInt(INSERTS.size())) + original.substring(at);
            String what = "mutant " + i + " of " + source + " at byte " + at;
            ScanResult before = scan(path, original);
            ScanResult after = scan(path, mutant);
            assertTrue(after.skipped().isEmpty(), what + ": " + after.skipped());
            int mutatedLine = (int) original.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
            Set<Site> found = sites(after);
            for (Site site : sitesOnTheirOwn(before)) {
                if (site.line() < mutatedLine - 1) {
                    checkedSites++;
                    if (!found.contains(site)) {
                        fail(what + " (line " + mutatedLine + "): lost the site at " + site);
                    }
                }
            }
        }
        assertTrue(checkedSites > MUTANTS / 2, "the mutants kept sites to compare: " + checkedSites);
    }

    /** gcc reads LF, CR LF and a lone CR alike as line ends, and so must the scan. */
    @Test
    void lineEndsOfAnyKindGiveTheSameSites() throws IOException {
        int files = 0;
        for (Path source : fixtureSources()) {
            String original = Files.readString(source, StandardCharsets.ISO_8859_1);
            String path = "kernel/" + source.getFileName();
            List<String> expected = described(scan(path, original));
            if (expected.isEmpty()) {
                continue;
            }
            files++;
            for (String ending : List.of("\r\n", "\r")) {
                assertEquals(expected, described(scan(path, original.replace("\n", ending))),
                        source + " with line ends " + ending.replace("\r", "CR ").replace("\n", "LF"));
            }
        }
        assertTrue(files > 10, "fixture files with sites: " + files);
    }

    private static List<String> described(ScanResult result) {
        return result.findings().stream().map(f -> f.line() + ":" + f.column() + " " + f.ruleId() + " " + f.status())
                .toList();
    }

    private static ScanResult scan(String path, String text) throws IOException {
        // ISO-8859-1 both ways: every mutated byte reaches the lexer as it is
        MapSourceTree tree = new MapSourceTree().with(path, text.getBytes(StandardCharsets.ISO_8859_1));
        return new Scanner(new ScanOptions(Scheme.SEED, List.of("x86"), true)).scan(tree, p -> true);
    }

    private static Set<Site> sites(ScanResult result) {
        return result.findings().stream().map(f -> new Site(f.line(), f.column())).collect(Collectors.toSet());
    }

    /**
     * The sites that do not depend on later lines: a bring-up's grab of
     * init_mm is a site because the write of active_mm after it makes it one.
     */
    private static Set<Site> sitesOnTheirOwn(ScanResult result) {
        return result.findings().stream().filter(f -> f.role() != Role.GRAB || f.purpose() != Purpose.CPU_BRINGUP)
                .map(f -> new Site(f.line(), f.column())).collect(Collectors.toSet());
    }

    /** Every .c and .h file of the fixture trees, which must be there. */
    private static List<Path> fixtureSources() throws IOException {
        List<Path> out = new ArrayList<>();
        for (String shape : List.of("linux-4.19-shape", "linux-6.5-shape")) {
            Path root = Path.of("kernel-fixtures", shape);
            assertTrue(Files.isDirectory(root), root + " is missing");
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".c") || p.toString().endsWith(".h")).sorted().forEach(out::add);
            }
        }
        assertFalse(out.isEmpty());
        return out;
    }
}
