package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.activemm.series.FixtureRepos;
import org.activemm.sites.PrefilterCache;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every series fixture of kernel-fixtures/series/ (layout in
 * kernel-fixtures/README.md): the good series of each fixture tree reports
 * exactly what its {@code expect} file lists, and each mutant reports, beyond
 * what the good series does, exactly the {@code ID ENTRY} pairs its own lists.
 */
class SeriesFixturesTest {
    private static final Path SERIES = Path.of("kernel-fixtures", "series");

    @TempDir
    Path temp;

    @TestFactory
    Stream<DynamicTest> everyFixtureReportsWhatItsExpectFileSays() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> shapes = Files.list(SERIES)) {
            for (Path shapeDir : shapes.filter(Files::isDirectory).sorted().toList()) {
                String shape = shapeDir.getFileName().toString();
                Path good = shapeDir.resolve("good");
                tests.add(DynamicTest.dynamicTest(shape + "/good", () -> {
                    Expectations expected = Expectations.read(good.resolve("expect"));
                    assertEquals(expected.findings(), reported(shape, good, expected, List.of(good)),
                            shape + "/good reports exactly what good/expect lists");
                }));
                Path mutants = shapeDir.resolve("mutants");
                if (!Files.isDirectory(mutants)) {
                    continue;
                }
                try (Stream<Path> list = Files.list(mutants)) {
                    for (Path mutant : list.filter(Files::isDirectory).sorted().toList()) {
                        tests.add(DynamicTest.dynamicTest(shape + "/" + mutant.getFileName(),
                                () -> checkMutant(shape, good, mutant)));
                    }
                }
            }
        }
        assertFalse(tests.isEmpty(), "no series fixtures under " + SERIES);
        return tests.stream();
    }

    private void checkMutant(String shape, Path good, Path mutant) throws IOException {
        Expectations expected = Expectations.read(mutant.resolve("expect"));
        assertTrue(expected.replace() || !expected.findings().isEmpty(),
                mutant + "/expect names no finding: a mutant that edits the good series must break something");
        Set<String> baseline = reported(shape, good, Expectations.read(good.resolve("expect")), List.of(good));
        Path series = expected.replace() ? mutant : overlay(good, mutant, expected);
        Set<String> found = reported(shape, mutant, expected, List.of(series));
        Set<String> added = new TreeSet<>(found);
        added.removeAll(baseline);
        assertEquals(expected.findings(), added, mutant + ": what it reports beyond the good series");
    }

    /** The good series with the mutant's patch files in place of the same names, and its remove: lines gone. */
    private Path overlay(Path good, Path mutant, Expectations expected) throws IOException {
        Path dir = Files.createDirectories(temp.resolve("overlay-" + mutant.getFileName()));
        try (Stream<Path> files = Files.list(good)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("expect")).toList()) {
                if (!expected.removed().contains(f.getFileName().toString())) {
                    Files.copy(f, dir.resolve(f.getFileName()));
                }
            }
        }
        try (Stream<Path> files = Files.list(mutant)) {
            for (Path f : files.filter(p -> !p.getFileName().toString().equals("expect")).toList()) {
                Files.copy(f, dir.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** The {@code ID ENTRY} pairs a check of the series on the shape's tree reports. */
    private Set<String> reported(String shape, Path fixture, Expectations expected, List<Path> inputs)
            throws IOException {
        Path repo = temp.resolve("repo-" + shape);
        if (!Files.isDirectory(repo)) {
            Path tree = FixtureRepos.shape(shape);
            assertTrue(tree != null, "kernel-fixtures/" + shape + " is missing for " + fixture);
            FixtureRepos.commit(tree, Files.createDirectories(repo));
        }
        CheckRequest request = new CheckRequest(repo, inputs, null, expected.base(), null, List.of(), expected.exec(),
                PrefilterCache.disabled());
        CheckResult result = Validator.validate(request, Checks.all());
        return result.findings().stream().map(f -> f.id() + " " + f.entry())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
