package org.activemm.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;
import org.activemm.testing.FixtureMarkers;

/**
 * The shared synthetic kernel trees (kernel-fixtures/linux-*-shape) and their
 * hand-written expected findings, read as the scan the generator is handed.
 * They live in the repository's kernel-fixtures/; the system property
 * {@code activemm.kernelFixtures} can point elsewhere.
 */
final class KernelFixtures {
    private KernelFixtures() {
    }

    /** The fixture tree's directory; a missing one fails the test, which would otherwise check nothing. */
    static Path shape(String name) {
        String prop = System.getProperty("activemm.kernelFixtures");
        Path base = prop != null ? Path.of(prop) : Path.of("kernel-fixtures");
        Path dir = base.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new AssertionError(dir + " is missing: the fixture trees are part of the repository");
        }
        return dir;
    }

    /** The sites the markers of {@code tree} expect from its scan {@code label} (docs/fixtures.md), as that scan. */
    static ScanResult scan(Path tree, String label) throws IOException {
        FixtureMarkers.Scan scan = FixtureMarkers.scan(tree, label);
        List<Finding> findings = new ArrayList<>();
        for (FixtureMarkers.Expected e : FixtureMarkers.expected(tree, label)) {
            if (e.role().isEmpty()) {
                continue;
            }
            Status status = Status.ofWord(e.status());
            findings.add(new Finding(e.path(), e.line(), e.column(), e.function(), Role.ofWord(e.role()),
                    Purpose.ofWord(e.purpose()), Scope.of(e.path()), Rules.byId(e.rule()), e.guard(), status, Level.of(status), "", false));
        }
        return new ScanResult(tree.toString(), null, Scheme.ofWord(scan.scheme()), scan.arches(), findings,
                List.of(), 0);
    }
}
