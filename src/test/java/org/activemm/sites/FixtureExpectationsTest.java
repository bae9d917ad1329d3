package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.activemm.tree.DirectoryTree;
import org.activemm.tree.GlobPathFilter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Scans every tree in kernel-fixtures/ and compares with the expectations
 * written by hand beside it (expected-*.tsv; format in kernel-fixtures/README.md).
 */
class FixtureExpectationsTest {
    private static final Path FIXTURES = Path.of("kernel-fixtures");

    @TestFactory
    Stream<DynamicTest> everyFixtureMatchesItsHandWrittenExpectations() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES, 2)) {
            List<Path> expectations = files
                    .filter(p -> p.getFileName().toString().matches("expected-.*\\.tsv"))
                    .sorted().toList();
            assertTrue(expectations.size() >= 3, "fixture expectations missing: " + expectations);
            return expectations.stream().map(file -> DynamicTest.dynamicTest(
                    FIXTURES.relativize(file).toString(), () -> check(file)));
        }
    }

    private static void check(Path expectationFile) throws IOException {
        Expectation expected = Expectation.read(expectationFile);
        ScanResult scan;
        try (DirectoryTree tree = new DirectoryTree(expectationFile.getParent())) {
            scan = new Scanner(expected.options()).scan(tree, GlobPathFilter.sources());
        }
        Set<String> actual = new LinkedHashSet<>();
        for (Finding f : scan.findings()) {
            if (f.isNote() == expected.notesOnly()) {
                actual.add(Expectation.row(f));
            }
        }
        List<String> missing = new ArrayList<>(expected.rows());
        missing.removeAll(actual);
        List<String> unexpected = new ArrayList<>(actual);
        unexpected.removeAll(expected.rows());
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), () -> expectationFile
                + "\nexpected but not found:\n  " + String.join("\n  ", missing)
                + "\nfound but not expected:\n  " + String.join("\n  ", unexpected));
    }

    /** One expected-*.tsv: the scan arguments of its first line and its rows. */
    record Expectation(ScanOptions options, boolean notesOnly, Set<String> rows) {
        static Expectation read(Path file) throws IOException {
            List<String> lines = Files.readAllLines(file);
            String args = lines.get(0);
            if (!args.startsWith("# args:")) {
                throw new IllegalArgumentException(file + ": the first line must be '# args: ...'");
            }
            List<String> words = Arrays.asList(args.substring("# args:".length()).trim().split("\\s+"));
            Scheme scheme = Scheme.ofWord(value(words, "--scheme", "seed"));
            List<String> arches = List.of(value(words, "--arch", "x86").split(","));
            boolean notes = file.getFileName().toString().contains("notes");
            Set<String> rows = new LinkedHashSet<>();
            for (String line : lines) {
                if (!line.startsWith("#") && !line.startsWith("path\t") && !line.isBlank()) {
                    rows.add(line.strip());
                }
            }
            return new Expectation(new ScanOptions(scheme, arches, notes || words.contains("--notes")), notes, rows);
        }

        private static String value(List<String> words, String option, String otherwise) {
            int i = words.indexOf(option);
            return i >= 0 && i + 1 < words.size() ? words.get(i + 1) : otherwise;
        }

        static String row(Finding f) {
            return String.join("\t", f.path(), Integer.toString(f.line()), Integer.toString(f.column()),
                    dash(f.function()), f.isNote() ? "-" : f.role().word(), f.isNote() ? "-" : f.purpose().word(),
                    f.scope().word(), f.ruleId(), dash(f.guard()), f.status().word());
        }

        private static String dash(String s) {
            return s.isEmpty() ? "-" : s;
        }
    }
}
