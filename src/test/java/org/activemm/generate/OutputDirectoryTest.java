package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.activemm.model.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static GenerateOptions options(boolean force) {
        GenerateOptions o = Fixture.options();
        return new GenerateOptions(o.scheme(), o.signoff(), null, o.date(), force, false);
    }

    private static Series generate(Path out, boolean force, Path templates) throws IOException {
        return new SeriesGenerator(new Templates(templates)).generate(MapTree.fixture(), Fixture.scan(),
                List.of(Fixture.x86(Strategy.PIGGYBACK)), options(force), out);
    }

    @Test
    void writesTheSeriesIntoANewDirectory(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("series");
        Series s = generate(out, false, null);
        assertEquals(out, s.directory());
        assertEquals(s.files().stream().map(SeriesFile::name).sorted().toList(), names(out));
        assertEquals(List.of("series"), names(dir), "no staging directory is left beside --out");
    }

    @Test
    void nonEmptyOutIsRefusedWithoutForceAndReplacedWithIt(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("series");
        Files.createDirectories(out);
        Files.writeString(out.resolve("old.txt"), "keep me");
        UsageException e = assertThrows(UsageException.class, () -> generate(out, false, null));
        assertEquals("--out " + out + ": exists and is not empty (use --force to replace it)", e.getMessage());
        assertEquals(List.of("old.txt"), names(out));
        assertEquals(List.of("series"), names(dir));

        generate(out, true, null);
        assertFalse(Files.exists(out.resolve("old.txt")));
        assertTrue(Files.exists(out.resolve("0000-cover-letter.patch")));
        assertEquals(List.of("series"), names(dir));
    }

    @Test
    void anEmptyOutIsUsedAndAFileIsRefused(@TempDir Path dir) throws IOException {
        Path out = Files.createDirectories(dir.resolve("empty"));
        generate(out, false, null);
        assertTrue(Files.exists(out.resolve("0009-x86-select-ARCH_NO_TASK_ACTIVE_MM.patch")));
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThrows(UsageException.class, () -> generate(file, true, null));
    }

    @Test
    void aFailureHalfWayLeavesNothingBehind(@TempDir Path dir) throws IOException {
        // the last patch's template fails only after the others rendered
        Path templates = Files.createDirectories(dir.resolve("templates/patch"));
        Files.writeString(templates.resolve("arch-select.ftl"), "${prefix}: ${noSuchVariable}\n");
        Path out = dir.resolve("series");
        InputException e = assertThrows(InputException.class, () -> generate(out, false, dir.resolve("templates")));
        assertTrue(e.getMessage().startsWith("template patch/arch-select.ftl: "), e.getMessage());
        assertEquals(List.of("templates"), names(dir));
    }

    @Test
    void aFailureWhileWritingLeavesNothingBehind(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("series");
        try (OutputDirectory o = OutputDirectory.open(out, false)) {
            o.write("0001-a.patch", new byte[] {1});
            assertThrows(InputException.class, () -> o.write("../escaped.patch", new byte[] {2}));
        }
        assertEquals(List.of(), names(dir));
    }

    @Test
    void noGeneratedNameCanLeaveOut(@TempDir Path dir) throws IOException {
        try (OutputDirectory o = OutputDirectory.open(dir.resolve("series"), false)) {
            for (String bad : List.of("../x", "a/../../x", "/etc/passwd", "", "a\\..\\x", "a/..")) {
                assertThrows(InputException.class, () -> o.write(bad, new byte[0]), bad);
            }
            o.write("sub/ok.md", new byte[0]);
            o.commit();
        }
        assertTrue(Files.exists(dir.resolve("series/sub/ok.md")));
        assertEquals(List.of("series"), names(dir));
    }

    @Test
    void missingParentIsAUsageError(@TempDir Path dir) {
        assertThrows(UsageException.class, () -> OutputDirectory.open(dir.resolve("no/such/out"), false));
    }
}
