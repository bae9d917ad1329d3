package org.activemm.sites.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import org.junit.jupiter.api.Test;

/**
 * Renumbering a rule cannot silently break generation or reports: no code
 * outside the rule classes names a rule by its id. Code asks a finding's rule
 * (its fix, its texts) instead. Help text in annotations may show ids as
 * examples; it decides nothing.
 */
class RuleIdLiteralsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern RULE_ID = Pattern.compile("AMM\\d{3}");
    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    @Test
    void onlyTheRuleClassesNameRuleIds() throws IOException {
        Path rulesDir = SOURCES.resolve(RuleSources.PACKAGE_DIR);
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(SOURCES)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java") && !p.startsWith(rulesDir)).sorted().toList()) {
                files++;
                found.addAll(idLiterals(file, parse(Files.readString(file))));
            }
        }
        assertTrue(files > 100, "read the main sources: " + files + " files");
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckSeesALiteralInCode() {
        CompilationUnit unit = parse("""
                class C {
                    @Deprecated(since = "AMM001")
                    boolean member(String rule) { return rule.equals("AMM001"); }
                    String text = \"""
                            see AMM013
                            \""";
                }
                """);
        assertEquals(List.of("C.java:3 \"AMM001\"", "C.java:4 \"see AMM013\\n\""), idLiterals(Path.of("C.java"), unit));
    }

    private static CompilationUnit parse(String source) {
        ParseResult<CompilationUnit> result = PARSER.parse(source);
        assertTrue(result.isSuccessful(), () -> result.getProblems().toString());
        return result.getResult().orElseThrow();
    }

    private static List<String> idLiterals(Path file, CompilationUnit unit) {
        List<String> found = new ArrayList<>();
        unit.findAll(LiteralStringValueExpr.class, e -> e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr)
                .stream()
                .filter(e -> RULE_ID.matcher(e.getValue()).find() && e.findAncestor(AnnotationExpr.class).isEmpty())
                .forEach(e -> found.add(file.getFileName() + ":" + e.getBegin().orElseThrow().line + " "
                        + (e instanceof TextBlockLiteralExpr t ? '"' + t.stripIndent().replace("\n", "\\n") + '"' : e.toString())));
        return found;
    }
}
