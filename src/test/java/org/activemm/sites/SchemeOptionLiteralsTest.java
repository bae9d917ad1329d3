package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import org.activemm.testing.StringLiterals;
import org.junit.jupiter.api.Test;

/**
 * The schemes' Kconfig option names are spelled in {@link Scheme} only: code
 * elsewhere asks a scheme for its option, its guard or the lazy refcount
 * option, so renaming one cannot leave a stale copy. Help text in annotations
 * (option descriptions, rule summaries and changes) decides nothing and may
 * name them; any other annotation value may decide (a default value) and may
 * not. Templates get the names from the generator.
 */
class SchemeOptionLiteralsTest {
    private static final Pattern OPTION = Pattern.compile("ARCH_NO_TASK_ACTIVE_MM|MMU_LAZY_TLB_(SHOOTDOWN|REFCOUNT)");

    @Test
    void onlySchemeNamesTheOptions() throws IOException {
        Path scheme = StringLiterals.MAIN_SOURCES.resolve("org/activemm/sites/Scheme.java");
        assertEquals(List.of(), StringLiterals.inMainSources(OPTION, scheme::equals));
    }

    @Test
    void theCheckSeesEachOptionAndItsConfigSymbol() {
        CompilationUnit unit = StringLiterals.parse("""
                class C {
                    @Option(description = "seed (ARCH_NO_TASK_ACTIVE_MM) or " + "upstream (MMU_LAZY_TLB_SHOOTDOWN)")
                    String seed = "#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM";
                    String upstream = "select MMU_LAZY_TLB_SHOOTDOWN", refcount = "MMU_LAZY_TLB_REFCOUNT";
                    String other = "ARCH_WANT_IRQS_OFF_ACTIVATE_MM";
                    @Option(names = "--option", defaultValue = "MMU_LAZY_TLB_SHOOTDOWN")
                    String decided;
                }
                """);
        assertEquals(List.of("C.java:3 \"#ifndef CONFIG_ARCH_NO_TASK_ACTIVE_MM\"", "C.java:4 \"select MMU_LAZY_TLB_SHOOTDOWN\"",
                "C.java:4 \"MMU_LAZY_TLB_REFCOUNT\"", "C.java:6 \"MMU_LAZY_TLB_SHOOTDOWN\""),
                StringLiterals.in(Path.of("C.java"), unit, OPTION));
    }
}
