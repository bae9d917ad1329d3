package org.activemm;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;

/**
 * Reads the classes of one source package with JavaParser and returns the
 * members of one annotation on each, so a reference (docs/rules.md,
 * docs/checks.md) is made from the code itself rather than from a copy of it.
 */
public final class AnnotatedSources {
    private AnnotatedSources() {
    }

    /** A class and its annotation's members: string literals as written, enum constants by their name. */
    public record Annotated(String className, Map<String, String> members) {
        public String member(String name) {
            String value = members.get(name);
            if (value == null) {
                throw new InputException("the annotation on " + className + " has no " + name);
            }
            return value;
        }
    }

    /** Every class in {@code sourceRoot/packageDir} annotated with {@code annotation}, in file order. */
    public static List<Annotated> read(Path sourceRoot, Path packageDir, Class<?> annotation) {
        Path dir = sourceRoot.resolve(packageDir);
        if (!Files.isDirectory(dir)) {
            throw new InputException("no sources in " + dir);
        }
        StaticJavaParser.getParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17);
        List<Annotated> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                CompilationUnit unit = StaticJavaParser.parse(file);
                for (ClassOrInterfaceDeclaration type : unit.findAll(ClassOrInterfaceDeclaration.class)) {
                    type.getAnnotationByName(annotation.getSimpleName()).ifPresent(a -> found.add(
                            new Annotated(type.getNameAsString(), members(a.asNormalAnnotationExpr()))));
                }
            }
        } catch (IOException e) {
            throw new InputException("cannot read sources in " + dir + ": " + e.getMessage(), e);
        }
        return found;
    }

    private static Map<String, String> members(NormalAnnotationExpr annotation) {
        Map<String, String> members = new TreeMap<>();
        for (MemberValuePair pair : annotation.getPairs()) {
            Expression value = pair.getValue();
            members.put(pair.getNameAsString(), value.isStringLiteralExpr() ? value.asStringLiteralExpr().asString()
                    : value.isFieldAccessExpr() ? value.asFieldAccessExpr().getNameAsString() : value.toString());
        }
        return members;
    }
}
