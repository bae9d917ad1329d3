package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;

import org.activemm.model.Strategy;
import org.activemm.sites.ScanResult;
import org.activemm.testing.GitCommandLine;
import org.activemm.testing.Needs;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A series made from a git revision names, in each mail's {@code From <id>}
 * line, the commit its patch makes: the one {@code git am} makes when the
 * committer is the author at the mail's date.
 */
class CommitIdsTest {

    private static List<String> ids(SourceTree tree, ScanResult scan) {
        Series s = Generated.series(tree, scan, List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        return s.patches().stream().map(p -> new String(p.content(), StandardCharsets.UTF_8))
                .map(m -> m.substring("From ".length(), m.indexOf(' ', "From ".length()))).toList();
    }

    @Test
    void eachPatchNamesTheCommitGitAmMakesOfItOnTheRevision(@TempDir Path dir) throws Exception {
        Needs.that(GitCommandLine.available(), "the git command line");
        Path fixture = KernelFixtures.shape("linux-4.19-shape");
        ScanResult scan = KernelFixtures.scan(fixture, "seed");
        Path repo = dir.resolve("repo");
        MapTree.of(fixture).commitTo(repo);

        List<String> first;
        List<String> second;
        try (SourceTree rev = SourceTrees.open(repo, "HEAD")) {
            first = ids(rev, scan);
        }
        try (SourceTree rev = SourceTrees.open(repo, "HEAD")) {
            second = ids(rev, scan);
        }
        assertTrue(first.size() > 1, first.toString());
        for (String id : first) {
            assertTrue(id.matches("[0-9a-f]{40}"), id);
            assertNotEquals(CommitIds.NONE, id);
        }
        assertEquals(first.size(), new HashSet<>(first).size(), "distinct: " + first);
        assertEquals(first, second, "stable across runs");

        // the same commit, made by hand: git am of the first mail, committed by its author at its date
        Series s;
        try (SourceTree rev = SourceTrees.open(repo, "HEAD")) {
            s = Generated.series(rev, scan, List.of(Fixture.x86(Strategy.PIGGYBACK)), Fixture.options());
        }
        Path mail = dir.resolve(s.patches().get(0).name());
        Files.write(mail, s.patches().get(0).content());
        GitCommandLine.check(GitCommandLine.run(repo, "-c", "user.name=Ada Tester", "-c", "user.email=ada@example.org",
                "am", "-q", "--committer-date-is-author-date", mail.toString()));
        GitCommandLine.Result head = GitCommandLine.run(repo, "rev-parse", "HEAD");
        GitCommandLine.check(head);
        assertEquals(head.output().strip(), first.get(0));
    }

    @Test
    void aSeriesMadeFromFilesOnDiskKeepsFormatPatchsPlaceholder() {
        Path fixture = KernelFixtures.shape("linux-4.19-shape");
        List<String> ids = ids(MapTree.of(fixture), Fixture.scan());
        assertTrue(!ids.isEmpty());
        ids.forEach(id -> assertEquals(CommitIds.NONE, id));
    }
}
