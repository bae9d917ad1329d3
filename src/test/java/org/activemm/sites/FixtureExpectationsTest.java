package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.testing.FixtureMarkers;
import org.activemm.tree.DirectoryTree;
import org.activemm.tree.GlobPathFilter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scan a tree in kernel-fixtures/ or the generator tests' tree lists
 * in its expected-scans file and compares its findings with the {@code expect:}
 * markers written by hand on the lines they are about (docs/fixtures.md), both
 * ways: missing and unexpected.
 */
class FixtureExpectationsTest {
    private static final Path FIXTURES = Path.of("kernel-fixtures");
    /** The generator tests' small tree: its markers are the scan those tests hand the generator. */
    private static final Path GENERATOR_TREE = Path.of("src/test/resources/org/activemm/generate/tree");

    @TestFactory
    Stream<DynamicTest> everyFixtureScanFindsExactlyWhatItsMarkersSay() throws IOException {
        List<Path> trees = new ArrayList<>();
        try (Stream<Path> fixtures = Files.list(FIXTURES)) {
            fixtures.filter(t -> Files.exists(t.resolve("expected-scans"))).sorted().forEach(trees::add);
        }
        trees.add(GENERATOR_TREE);
        List<DynamicTest> tests = new ArrayList<>();
        for (Path tree : trees) {
            for (FixtureMarkers.Scan scan : FixtureMarkers.scans(tree)) {
                tests.add(DynamicTest.dynamicTest(tree + " " + scan.label(), () -> check(tree, scan)));
            }
        }
        assertTrue(tests.size() >= 4, "fixture scans missing: " + tests.size());
        return tests.stream();
    }

    private static void check(Path tree, FixtureMarkers.Scan scan) throws IOException {
        // lists, not sets: a finding reported twice, or expected twice, is a difference too
        List<String> expected = FixtureMarkers.expected(tree, scan.label()).stream().map(FixtureMarkers.Expected::row)
                .toList();
        ScanOptions options = new ScanOptions(Scheme.ofWord(scan.scheme()), scan.arches(), scan.notes());
        List<String> actual;
        try (DirectoryTree t = new DirectoryTree(tree)) {
            actual = new Scanner(options).scan(t, GlobPathFilter.sources()).findings().stream()
                    .map(f -> FixtureMarkers.of(f).row()).toList();
        }
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> unexpected = new ArrayList<>(actual);
        expected.forEach(unexpected::remove);
        assertTrue(missing.isEmpty() && unexpected.isEmpty(), () -> tree + " " + scan.label()
                + "\nexpected but not found:\n  " + String.join("\n  ", missing)
                + "\nfound but not expected:\n  " + String.join("\n  ", unexpected));
    }
}
