package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.activemm.sites.ScanResult;
import org.activemm.tree.SourceTree;

/**
 * Renders a series for a test and holds every patch of it to checkpatch.pl's
 * commit message rule (no line over 75 columns), so that every series the
 * tests generate is checked, not only the one a dedicated test looks at.
 */
final class Generated {
    private Generated() {
    }

    static Series series(SourceTree tree, ScanResult scan, List<ArchPlan> plans, GenerateOptions options) {
        return series(new Templates(), tree, scan, plans, options);
    }

    static Series series(Templates templates, SourceTree tree, ScanResult scan, List<ArchPlan> plans,
            GenerateOptions options) {
        Series s = new SeriesGenerator(templates).render(tree, scan, plans, options);
        s.patches().forEach(Generated::assertWrapped);
        return s;
    }

    /** The commit message: after the mail headers, up to the "---" before the diffstat. */
    static void assertWrapped(SeriesFile patch) {
        String t = new String(patch.content(), StandardCharsets.UTF_8);
        String message = t.substring(t.indexOf("\n\n") + 2, t.indexOf("\n---\n"));
        for (String line : message.split("\n")) {
            assertTrue(line.length() <= 75, patch.name() + " has a commit message line over 75 columns: " + line);
        }
    }
}
