package org.activemm.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LiteralStringValueExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;

/**
 * Finds string literals and text blocks in code that match a pattern, for
 * tests that keep a name in one class. Help text in annotations (an option's
 * description, a rule's summary or change) decides nothing, so it is not
 * reported; any other annotation value (a default value, a name) may decide
 * and is.
 */
public final class StringLiterals {
    public static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Set<String> HELP_TEXT = Set.of("description", "summary", "change");
    private static final JavaParser PARSER = new JavaParser(
            new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));

    private StringLiterals() {
    }

    /** The matching literals of every main source file that {@code skip} does not exclude. */
    public static List<String> inMainSources(Pattern pattern, Predicate<Path> skip) throws IOException {
        List<String> found = new ArrayList<>();
        int files = 0;
        try (Stream<Path> all = Files.walk(MAIN_SOURCES)) {
            for (Path file : all.filter(p -> p.toString().endsWith(".java") && !skip.test(p)).sorted().toList()) {
                files++;
                found.addAll(in(file, parse(Files.readString(file)), pattern));
            }
        }
        assertTrue(files > 100, "read the main sources: " + files + " files");
        return found;
    }

    public static CompilationUnit parse(String source) {
        ParseResult<CompilationUnit> result = PARSER.parse(source);
        assertTrue(result.isSuccessful(), () -> result.getProblems().toString());
        return result.getResult().orElseThrow();
    }

    /** Each matching literal as {@code File.java:line "text"}. */
    public static List<String> in(Path file, CompilationUnit unit, Pattern pattern) {
        List<String> found = new ArrayList<>();
        unit.findAll(LiteralStringValueExpr.class, e -> e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr)
                .stream()
                .filter(e -> pattern.matcher(e.getValue()).find() && !isHelpText(e))
                .forEach(e -> found.add(file.getFileName() + ":" + e.getBegin().orElseThrow().line + " "
                        + (e instanceof TextBlockLiteralExpr t ? '"' + t.stripIndent().replace("\n", "\\n") + '"' : e.toString())));
        return found;
    }

    private static boolean isHelpText(Expression literal) {
        return literal.findAncestor(MemberValuePair.class).map(p -> HELP_TEXT.contains(p.getNameAsString())).orElse(false);
    }
}
