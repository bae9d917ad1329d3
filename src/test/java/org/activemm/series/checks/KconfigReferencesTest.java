package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.activemm.lex.CLexer;
import org.activemm.series.AddedLine;
import org.junit.jupiter.api.Test;

class KconfigReferencesTest {

    private static List<AddedLine> added(String... lines) {
        List<AddedLine> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            out.add(new AddedLine(i + 1, i + 100, lines[i]));
        }
        return out;
    }

    /** The references {@code source} makes on the given lines, as if a patch added those. */
    private static List<String> inSource(String source, int... addedLines) {
        String[] lines = source.split("\n");
        List<AddedLine> added = new ArrayList<>();
        for (int line : addedLines) {
            added.add(new AddedLine(line, line, lines[line - 1]));
        }
        byte[] bytes = source.getBytes(StandardCharsets.UTF_8);
        return names(KconfigReferences.inSource(added, bytes, CLexer.lex(bytes)));
    }

    private static List<String> names(List<KconfigReferences.Reference> refs) {
        return refs.stream().map(r -> r.line() + " " + r.how() + " " + r.symbol()).toList();
    }

    @Test
    void kconfigSelectsDependsAndTheirConditions() {
        assertEquals(List.of("1 select ARCH_NO_TASK_ACTIVE_MM", "2 select MMU_LAZY_TLB_SHOOTDOWN",
                "2 select PPC_BOOK3S_64", "3 depends on MMU", "3 depends on ARCH_NO_TASK_ACTIVE_MM",
                "3 depends on SMP"),
                names(KconfigReferences.inKconfig(added("\tselect ARCH_NO_TASK_ACTIVE_MM",
                        "\tselect MMU_LAZY_TLB_SHOOTDOWN if PPC_BOOK3S_64 # comment IGNORED",
                        "\tdepends on MMU && !(ARCH_NO_TASK_ACTIVE_MM || SMP=n)",
                        "\tdefault y", "\tdepends on $(cc-option,-mfoo) && \"STRING\"", "config NEW_SYMBOL"))));
    }

    @Test
    void aDirectivesContinuationLinesCountAndItsCommentsDoNot() {
        String source = "#if defined(CONFIG_A) || \\\n    defined(CONFIG_B) /* CONFIG_OLD went in 4.0 */\nint a;\n"
                + "#endif // CONFIG_GONE\nint b; /* CONFIG_PROSE */\n";
        assertEquals(List.of("1 #if A", "2 #if B"), inSource(source, 1, 2, 3, 4, 5));
    }

    @Test
    void cDirectivesAndConfigTestsOnAddedLinesOnly() {
        String source = "#ifdef CONFIG_A\nint a;\n#endif\n#if defined(CONFIG_B) && !IS_ENABLED(CONFIG_C)\n#elif CONFIG_D\n"
                + "#endif\nvoid f(void)\n{\n\tif (IS_ENABLED(CONFIG_E) || IS_MODULE(CONFIG_F))\n\t\treturn;\n"
                + "\tif (IS_ENABLED(CONFIG_OLD))\n\t\treturn;\n}\n";
        assertEquals(List.of("1 #ifdef A", "4 #if B", "4 #if C", "5 #elif D", "9 IS_ENABLED() E", "9 IS_MODULE() F"),
                inSource(source, 1, 4, 5, 9));
    }

    @Test
    void aConfigTestStartingOnAnAddedLineCountsWhereverItsArgumentIs() {
        String source = "int x = IS_ENABLED(\n\tCONFIG_SPLIT);\n/* a comment, no token */\nint y = IS_BUILTIN(CONFIG_LAST)";
        assertEquals(List.of("1 IS_ENABLED() SPLIT", "4 IS_BUILTIN() LAST"), inSource(source, 1, 3, 4));
    }

    @Test
    void aLineAddedInsideAnUnchangedDirectiveCountsAsItsContinuation() {
        // the patch inserts line 2 into an #if whose first and last lines it leaves; line 6 continues a #define, no directive
        String source = "#if defined(CONFIG_A) || \\\n    defined(CONFIG_NEW) || \\\n    defined(CONFIG_B)\n#endif\n"
                + "#define X \\\n\tCONFIG_NOT_A_TEST\n";
        assertEquals(List.of("2 #if NEW"), inSource(source, 2, 6));
    }
}
