package org.activemm.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.activemm.tree.FileVisitor;
import org.activemm.tree.SkippedFile;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StepTreeTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void overlaysChangedFilesOnTheBaseWithoutTouchingIt(@TempDir Path dir) throws Exception {
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("a.c"), "old a\n");
        Files.writeString(src.resolve("b.c"), "b\n");
        Files.writeString(src.resolve("c.c"), "c\n");
        Path repo = FixtureRepos.commit(src, Files.createDirectories(dir.resolve("repo")));
        Map<String, byte[]> changed = new HashMap<>();
        changed.put("a.c", bytes("new a\n"));
        changed.put("b.c", null);
        changed.put("new/d.c", bytes("d\n"));
        try (SourceTree base = SourceTrees.open(repo, "HEAD")) {
            StepTree step = StepTree.of(base).with("after 1", changed);
            Map<String, String> seen = new ConcurrentHashMap<>();
            Map<String, ObjectId> ids = new ConcurrentHashMap<>();
            step.walk(p -> true, new FileVisitor() {
                @Override
                public boolean wantsBlob(String path, ObjectId blobId) {
                    if (blobId != null) {
                        ids.put(path, blobId);
                    }
                    return true;
                }

                @Override
                public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
                    return true;
                }

                @Override
                public void file(SourceFile file) {
                    seen.put(file.path(), new String(file.content(), StandardCharsets.UTF_8));
                }

                @Override
                public void skipped(SkippedFile file) {
                }
            });
            assertEquals(Map.of("a.c", "new a\n", "c.c", "c\n", "new/d.c", "d\n"), new TreeMap<>(seen));
            try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
                assertEquals(f.idFor(Constants.OBJ_BLOB, bytes("new a\n")), ids.get("a.c"),
                        "an overlaid file comes with the blob id git would give it");
            }
            try (ObjectInserter.Formatter f = new ObjectInserter.Formatter()) {
                assertEquals(Optional.of(f.idFor(Constants.OBJ_BLOB, bytes("c\n"))), step.blobId("c.c"),
                        "a file the series left alone: the base's id, without a read");
                assertEquals(Optional.of(f.idFor(Constants.OBJ_BLOB, bytes("old a\n"))), base.blobId("a.c"));
            }
            assertEquals(Optional.empty(), step.blobId("a.c"), "a changed file: its bytes, not the base's id");
            assertEquals(Optional.empty(), step.blobId("b.c"), "a deleted file");
            assertEquals(Optional.empty(), step.blobId("new"), "a directory is no blob");
            assertEquals(Optional.empty(), step.read("b.c"));
            assertTrue(step.hasDirectory("new"));
            assertEquals(Optional.empty(), step.revision(), "a step is no commit");
            assertArrayEquals(bytes("old a\n"), base.read("a.c").orElseThrow(), "the base is as it was");
        }
        assertEquals("old a\n", Files.readString(repo.resolve("a.c")), "nothing was checked out or written");
    }
}
