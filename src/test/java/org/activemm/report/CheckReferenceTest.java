package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.series.checks.CheckEntry;
import org.activemm.series.checks.Checks;
import org.junit.jupiter.api.Test;

class CheckReferenceTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void sourcesAndRegistryDeclareTheSameChecks() {
        List<CheckEntry> registered = Checks.all().stream().map(CheckEntry::of).toList();
        assertEquals(registered, CheckEntry.fromSources(SOURCES),
                "every @CheckInfo class is in Checks, in id order, and nothing else is");
    }

    @Test
    void docsChecksMdIsUpToDate() throws Exception {
        assertEquals(CheckReference.markdown(CheckEntry.fromSources(SOURCES)), Files.readString(Path.of("docs/checks.md")),
                "docs/checks.md is stale: run bin/activemm rules --checks --format markdown --sources src/main/java"
                        + " > docs/checks.md");
    }
}
