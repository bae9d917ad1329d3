package org.activemm.series.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/**
 * A series fixture's {@code expect} file (kernel-fixtures/README.md): the
 * {@code ID ENTRY} pairs it must report, and its options.
 */
record Expectations(Set<String> findings, String base, String exec, boolean replace, Set<String> removed) {

    static Expectations read(Path file) throws IOException {
        Set<String> findings = new TreeSet<>();
        Set<String> removed = new TreeSet<>();
        String base = null;
        String exec = null;
        boolean replace = false;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("base:")) {
                base = line.substring(5).strip();
            } else if (line.startsWith("exec:")) {
                exec = line.substring(5).strip();
            } else if (line.startsWith("remove:")) {
                removed.add(line.substring(7).strip());
            } else if (line.equals("input: replace")) {
                replace = true;
            } else if (line.matches("AMC\\d{3} \\d+")) {
                findings.add(line);
            } else {
                throw new IllegalArgumentException(file + ": cannot read the line '" + raw + "'");
            }
        }
        return new Expectations(findings, base, exec, replace, removed);
    }
}
