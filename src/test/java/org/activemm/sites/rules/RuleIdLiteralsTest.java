package org.activemm.sites.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

import com.github.javaparser.ast.CompilationUnit;
import org.activemm.testing.StringLiterals;
import org.junit.jupiter.api.Test;

/**
 * Renumbering a rule cannot silently break generation or reports: no code
 * outside the rule classes names a rule by its id. Code asks a finding's rule
 * (its fix, its texts) instead. Help text in annotations may show ids as
 * examples; it decides nothing.
 */
class RuleIdLiteralsTest {
    private static final Pattern RULE_ID = Pattern.compile("AMM\\d{3}");

    @Test
    void onlyTheRuleClassesNameRuleIds() throws IOException {
        Path rulesDir = StringLiterals.MAIN_SOURCES.resolve(RuleSources.PACKAGE_DIR);
        assertEquals(List.of(), StringLiterals.inMainSources(RULE_ID, p -> p.startsWith(rulesDir)));
    }

    @Test
    void theCheckSeesALiteralInCode() {
        CompilationUnit unit = StringLiterals.parse("""
                class C {
                    @Option(description = "e.g. AMM001")
                    boolean member(String rule) { return rule.equals("AMM001"); }
                    String text = \"""
                            see AMM013
                            \""";
                }
                """);
        assertEquals(List.of("C.java:3 \"AMM001\"", "C.java:4 \"see AMM013\\n\""),
                StringLiterals.in(Path.of("C.java"), unit, RULE_ID));
    }
}
