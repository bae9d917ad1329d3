package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.activemm.model.Strategy;
import org.eclipse.jgit.api.Git;
import org.activemm.testing.Needs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * The C the series adds compiles: {@code gcc -fsyntax-only -Wall -Werror}
 * on the patched header and the patched arch file, against the stand-in
 * headers in kernel-fixtures/stub-headers, with the option on and off.
 */
class GccCheckTest {
    private static final Path STUBS = Path.of("kernel-fixtures/stub-headers").toAbsolutePath();

    @BeforeAll
    static void needsGcc() {
        Needs.that(gccAvailable(), "gcc for the compile check of generated C (.ci/run installs it)");
    }

    private static boolean gccAvailable() {
        try {
            return gcc(Path.of("."), List.of("--version")).exit == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private record Run(int exit, String output) {
    }

    private static Run gcc(Path dir, List<String> args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("gcc"));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            p.waitFor(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Run(p.exitValue(), out);
    }

    private static Path patchedTree(Path dir, Strategy strategy) throws Exception {
        MapTree tree = MapTree.fixture();
        tree.writeTo(dir);
        Series s = Generated.series(tree, Fixture.scan(),
                List.of(Fixture.x86(strategy)), Fixture.options());
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            for (SeriesFile p : s.patches()) {
                git.apply().setPatch(new ByteArrayInputStream(p.content())).call();
            }
        }
        return dir;
    }

    private static void compiles(Path tree, Path source, boolean optionOn) throws IOException {
        List<String> args = new ArrayList<>(List.of("-fsyntax-only", "-Wall", "-Werror", "-std=gnu11",
                "-I", tree.resolve("include").toString(), "-I", STUBS.toString()));
        if (optionOn) {
            args.add("-DCONFIG_ARCH_NO_TASK_ACTIVE_MM=1");
        }
        args.add(source.toString());
        Run r = gcc(tree, args);
        assertEquals(0, r.exit, source + (optionOn ? " (option on)" : " (option off)") + ":\n" + r.output);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PIGGYBACK", "IPI_CPUMASK", "IPI_ALL"})
    void archImplementationCompilesWithTheOptionOnAndOff(Strategy strategy, @TempDir Path dir) throws Exception {
        Path tree = patchedTree(dir, strategy);
        Path tlb = tree.resolve("arch/x86/mm/tlb.c");
        assertTrue(Files.readString(tlb).contains("void arch_shoot_down_dead_mm(struct mm_struct *mm)\n"));
        compiles(tree, tlb, true);
        compiles(tree, tlb, false);
    }

    @ParameterizedTest
    @EnumSource(value = Strategy.class, names = {"PIGGYBACK"})
    void generatedHeaderCompilesWithTheOptionOnAndOff(Strategy strategy, @TempDir Path dir) throws Exception {
        Path tree = patchedTree(dir, strategy);
        Path user = tree.resolve("uses_header.c");
        Files.writeString(user, "#include <linux/sched/mm.h>\n\n"
                + "void use(struct mm_struct *mm);\n\n"
                + "void use(struct mm_struct *mm)\n{\n\tmmgrab_lazy_tlb(mm);\n\tmmdrop_lazy_tlb(mm);\n"
                + "\tarch_shoot_down_dead_mm(mm);\n}\n");
        compiles(tree, user, true);
        compiles(tree, user, false);
    }
}
