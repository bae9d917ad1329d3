package org.activemm.sites.rules;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.activemm.AnnotatedSources;

/**
 * Reads the rule classes' sources with JavaParser, so the rule reference is
 * made from the code itself rather than from a copy of it.
 */
public final class RuleSources {
    /** Where the rule classes live below a source root. */
    public static final Path PACKAGE_DIR = Path.of("org", "activemm", "sites", "rules");

    private RuleSources() {
    }

    /** Every class under {@code sourceRoot} annotated with {@code @RuleInfo}, in id order. */
    public static List<RuleEntry> read(Path sourceRoot) {
        return AnnotatedSources.read(sourceRoot, PACKAGE_DIR, RuleInfo.class).stream()
                .map(a -> new RuleEntry(a.member("id"), a.className(), a.member("summary"), a.member("change")))
                .sorted(Comparator.comparing(RuleEntry::id))
                .toList();
    }
}
