package org.activemm.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.activemm.testing.FixtureMarkers.Expected;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FixtureMarkersTest {

    private static Path tree(Path dir, String path, String content) throws IOException {
        Files.writeString(dir.resolve("expected-scans"), "# label: arguments\nseed: --scheme seed --arch x86 --notes\n"
                + "up: --scheme upstream --arch powerpc,sparc\n");
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return dir;
    }

    @Test
    void scansComeFromTheirFile(@TempDir Path dir) throws IOException {
        List<FixtureMarkers.Scan> scans = FixtureMarkers.scans(tree(dir, "kernel/a.c", ""));
        assertEquals(List.of(new FixtureMarkers.Scan("seed", "seed", List.of("x86"), true),
                new FixtureMarkers.Scan("up", "upstream", List.of("powerpc", "sparc"), false)), scans);
    }

    @Test
    void eachMarkerIsAboutTheNearestLineAboveWithoutOne(@TempDir Path dir) throws IOException {
        Path t = tree(dir, "arch/x86/kernel/a.c", """
                void f(void)
                {
                \tenter_lazy_tlb(x, y);
                \t/* expect: AMM012 lazy-enter cpu-bringup in=f col=2 seed=info up=info */
                \t/* expect: AMM006 read kthread-mm in=f col=22 if="!A && B" seed=needs-change */
                }
                /*
                 * a mention
                 * expect: AMM014 note col=4 seed=info
                 */
                """);
        assertEquals(List.of(
                new Expected("arch/x86/kernel/a.c", 3, 2, "f", "lazy-enter", "cpu-bringup", "arch/x86", "AMM012", "", "info"),
                new Expected("arch/x86/kernel/a.c", 3, 22, "f", "read", "kthread-mm", "arch/x86", "AMM006", "!A && B",
                        "needs-change"),
                new Expected("arch/x86/kernel/a.c", 8, 4, "", "", "", "arch/x86", "AMM014", "", "info")),
                FixtureMarkers.expected(t, "seed"));
        assertEquals(1, FixtureMarkers.expected(t, "up").size(), "a marker without the scan's label is not in it");
        assertEquals("arch/x86/kernel/a.c\t8\t4\t-\t-\t-\tarch/x86\tAMM014\t-\tinfo",
                FixtureMarkers.expected(t, "seed").get(2).row());
    }

    @Test
    void theScopeFollowsThePath(@TempDir Path dir) throws IOException {
        Path t = tree(dir, "drivers/misc/b.c", "x = 1;\n/* expect: AMM011 read debug col=1 seed=info */\n");
        Files.createDirectories(dir.resolve("mm"));
        Files.writeString(dir.resolve("mm/c.c"), "x = 1;\n/* expect: AMM011 read debug col=1 seed=info */\n");
        assertEquals(List.of("drivers", "core"), FixtureMarkers.expected(t, "seed").stream().map(Expected::scope).toList());
    }

    @Test
    void aMistypedMarkerStopsWithItsPlace(@TempDir Path dir) throws IOException {
        Path typo = tree(dir, "kernel/a.c", "x = 1;\n/* expect: AMM011 read debug col=1 sed=info */\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FixtureMarkers.expected(typo, "seed"));
        assertTrue(e.getMessage().startsWith("kernel/a.c:2: 'sed' is neither"), e.getMessage());
        Files.writeString(dir.resolve("kernel/a.c"), "x = 1;\n/* expect: AMM011 read debug seed=info */\n");
        assertThrows(IllegalArgumentException.class, () -> FixtureMarkers.expected(typo, "seed"), "no col=");
        Files.writeString(dir.resolve("kernel/a.c"), "/* expect: AMM011 read debug col=1 seed=info */\n");
        assertThrows(IllegalArgumentException.class, () -> FixtureMarkers.expected(typo, "seed"), "no line above");
    }
}
