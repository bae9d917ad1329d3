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

    /** The findings of {@code tsv} (columns as kernel-fixtures/README.md describes them). */
    static ScanResult scan(Path tsv, Scheme scheme, List<String> arches) throws IOException {
        List<Finding> findings = new ArrayList<>();
        for (String line : Files.readAllLines(tsv)) {
            if (line.startsWith("#") || line.startsWith("path\t") || line.isBlank()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            Status status = Status.ofWord(f[9]);
            findings.add(new Finding(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), dash(f[3]),
                    Role.ofWord(f[4]), Purpose.ofWord(f[5]), Scope.of(f[0]), Rules.byId(f[7]), dash(f[8]), status, Level.of(status), ""));
        }
        return new ScanResult(tsv.getParent().toString(), null, scheme, arches, findings, List.of(), 0);
    }

    private static String dash(String s) {
        return s.equals("-") ? "" : s;
    }
}
