package org.activemm.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
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

/**
 * Finds string literals and text blocks in code that match a pattern, for
 * tests that keep a name in one class. Literals inside annotations are help
 * text and decide nothing, so they are not reported.
 */
public final class StringLiterals {
    public static final Path MAIN_SOURCES = Path.of("src/main/java");
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
                .filter(e -> pattern.matcher(e.getValue()).find() && e.findAncestor(AnnotationExpr.class).isEmpty())
                .forEach(e -> found.add(file.getFileName() + ":" + e.getBegin().orElseThrow().line + " "
                        + (e instanceof TextBlockLiteralExpr t ? '"' + t.stripIndent().replace("\n", "\\n") + '"' : e.toString())));
        return found;
    }
}
