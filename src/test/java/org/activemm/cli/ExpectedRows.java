package org.activemm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;

/** The hand-written rows of a fixture's expected-findings.tsv (path, line, ..., rule, guard, status). */
record ExpectedRows(List<List<String>> rows) {
    static final int PATH = 0;
    static final int LINE = 1;
    static final int RULE = 7;
    static final int STATUS = 9;

    static ExpectedRows of(Path tree) throws IOException {
        List<List<String>> rows = Files.readAllLines(tree.resolve("expected-findings.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.startsWith("path\t") && !l.isBlank())
                .map(l -> Arrays.asList(l.split("\t"))).toList();
        return new ExpectedRows(rows);
    }

    long count(Predicate<List<String>> row) {
        return rows.stream().filter(row).count();
    }

    static Predicate<List<String>> status(String status) {
        return r -> r.get(STATUS).equals(status);
    }

    static Predicate<List<String>> rule(String rule) {
        return r -> r.get(RULE).equals(rule);
    }

    static Predicate<List<String>> path(String path) {
        return r -> r.get(PATH).equals(path);
    }
}
