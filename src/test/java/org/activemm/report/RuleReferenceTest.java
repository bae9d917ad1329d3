package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.sites.rules.RuleEntry;
import org.activemm.sites.rules.RuleSources;
import org.activemm.sites.rules.Rules;
import org.junit.jupiter.api.Test;

class RuleReferenceTest {
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void sourcesAndRunningCodeDeclareTheSameRules() {
        List<RuleEntry> fromCode = Rules.all().stream().map(RuleEntry::of).toList();
        assertEquals(fromCode, RuleSources.read(SOURCES));
    }

    @Test
    void everyRuleHasTheSectionItsHelpUriNames() throws Exception {
        String docs = Files.readString(Path.of("docs/rules.md"));
        for (var rule : Rules.all()) {
            String id = rule.info().id();
            assertEquals(RuleReference.anchor(id), id.toLowerCase(java.util.Locale.ROOT));
            assertTrue(docs.contains("\n## " + id + "\n"), id);
        }
    }

    @Test
    void docsRulesMdIsUpToDate() throws Exception {
        String expected = RuleReference.markdown(RuleSources.read(SOURCES));
        assertEquals(expected, Files.readString(Path.of("docs/rules.md")),
                "docs/rules.md is stale: run bin/activemm rules --format markdown --sources src/main/java > docs/rules.md");
    }
}
