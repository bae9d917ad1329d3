package org.activemm.sites.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.InputException;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;

/**
 * Reads the rule classes' sources with JavaParser, so the rule reference is
 * made from the code itself rather than from a copy of it.
 */
public final class RuleSources {
    /** Where the rule classes live below a source root. */
    public static final Path PACKAGE_DIR = Path.of("org", "activemm", "sites", "rules");

    private RuleSources() {
    }

    /** Every class under {@code sourceRoot} annotated with {@code @RuleInfo}, in id order. */
    public static List<RuleEntry> read(Path sourceRoot) {
        Path dir = sourceRoot.resolve(PACKAGE_DIR);
        if (!Files.isDirectory(dir)) {
            throw new InputException("no rule sources in " + dir);
        }
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<RuleEntry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                CompilationUnit unit = StaticJavaParser.parse(file);
                for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                    type.getAnnotationByName(RuleInfo.class.getSimpleName())
                            .ifPresent(a -> entries.add(entry(type.getNameAsString(), a)));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read rule sources in " + dir + ": " + e.getMessage(), e);
        }
        entries.sort(Comparator.comparing(RuleEntry::id));
        return entries;
    }

    private static RuleEntry entry(String className, AnnotationExpr annotation) {
        NormalAnnotationExpr normal = annotation.asNormalAnnotationExpr();
        return new RuleEntry(value(normal, "id"), className, value(normal, "summary"), value(normal, "change"));
    }

    private static String value(NormalAnnotationExpr annotation, String name) {
        return annotation.getPairs().stream()
                .filter(p -> p.getNameAsString().equals(name))
                .map(MemberValuePair::getValue)
                .map(v -> v.asStringLiteralExpr().asString())
                .findFirst()
                .orElseThrow(() -> new InputException("@RuleInfo without " + name + " in " + annotation));
    }
}
