package org.activemm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.activemm.testing.FixtureMarkers;
import org.activemm.testing.FixtureMarkers.Expected;

/** The sites a fixture tree's markers expect from its {@code seed} scan (--scheme seed --arch x86), notes left out. */
record ExpectedRows(List<Expected> rows) {
    static ExpectedRows of(Path tree) throws IOException {
        return new ExpectedRows(FixtureMarkers.expected(tree, "seed").stream()
                .filter(e -> !e.role().isEmpty()).toList());
    }

    long count(Predicate<Expected> row) {
        return rows.stream().filter(row).count();
    }

    static Predicate<Expected> status(String status) {
        return r -> r.status().equals(status);
    }

    static Predicate<Expected> rule(String rule) {
        return r -> r.rule().equals(rule);
    }

    static Predicate<Expected> path(String path) {
        return r -> r.path().equals(path);
    }
}
