package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.series.FixtureRepos;
import org.activemm.sites.PrefilterCache;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExecCheckTest {
    private static final String PATCH = """
            From: A <a@example.org>
            Date: Mon, 7 Dec 2026 10:00:00 +0000
            Subject: [PATCH] mm: add b

            Text.

            Signed-off-by: A <a@example.org>
            ---

            diff --git a/k.c b/k.c
            --- a/k.c
            +++ b/k.c
            @@ -1,1 +1,2 @@
             a
            +b
            """;

    /** A repository whose one commit holds k.c ("a") and one more file. */
    private static Path repoWith(Path dir, String name, String content) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("k.c"), "a\n");
        Files.writeString(src.resolve(name), content);
        return FixtureRepos.commit(src, Files.createDirectories(dir.resolve("repo")));
    }

    @Test
    void aBaseWithMissingBlobsStillRunsAndTheFindingSaysWhatTheTreeLacks(@TempDir Path dir) throws Exception {
        Path repo = repoWith(dir, "gone.h", "only in the lost blob\n");
        try (Repository r = new FileRepositoryBuilder().setWorkTree(repo.toFile()).build();
                TreeWalk walk = TreeWalk.forPath(r, "gone.h", r.parseCommit(r.resolve("HEAD")).getTree())) {
            ObjectId blob = walk.getObjectId(0);
            Files.delete(repo.resolve(".git/objects").resolve(blob.name().substring(0, 2))
                    .resolve(blob.name().substring(2)));
        }
        Path series = Files.writeString(dir.resolve("0001-mm-add-b.patch"), PATCH);
        CheckResult result = Validator.validate(new CheckRequest(repo, List.of(series), null, null, null, List.of(),
                "test -f gone.h || { grep -c . k.c; exit 4; }", PrefilterCache.disabled()), Checks.all());
        assertEquals(List.of("AMC015"), result.findings().stream().map(CheckFinding::id).toList());
        String message = result.findings().get(0).message();
        assertTrue(message.contains("exited with 4 after this patch (the work tree lacks 1 file whose blobs the"
                + " repository does not have, such as gone.h); last lines:\n2"), message);
    }

    @Test
    void theWorkTreeKeepsTheModesThePatchesSet(@TempDir Path dir) throws Exception {
        Path repo = repoWith(dir, "run.sh", "true\n");
        String modes = PATCH.replace("Subject: [PATCH] mm: add b", "Subject: [PATCH] mm: make run.sh executable, add gen.sh")
                .replace("diff --git a/k.c b/k.c", """
                        diff --git a/run.sh b/run.sh
                        old mode 100644
                        new mode 100755
                        diff --git a/gen.sh b/gen.sh
                        new file mode 100755
                        index 0000000..1111111
                        --- /dev/null
                        +++ b/gen.sh
                        @@ -0,0 +1 @@
                        +true
                        diff --git a/k.c b/k.c""");
        Path series = Files.writeString(dir.resolve("0001-mm-modes.patch"), modes);
        CheckResult result = Validator.validate(new CheckRequest(repo, List.of(series), null, null, null, List.of(),
                "test -x run.sh && test -x gen.sh && test ! -x k.c", PrefilterCache.disabled()), Checks.all());
        assertEquals(List.of(), result.findings().stream().map(CheckFinding::message).toList(),
                "the command sees the modes git am would leave");
    }
}
