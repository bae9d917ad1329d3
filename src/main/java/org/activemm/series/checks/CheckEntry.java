package org.activemm.series.checks;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

import org.activemm.AnnotatedSources;

/** One row of the check reference (docs/checks.md): the class that implements it and its {@link CheckInfo}. */
public record CheckEntry(String id, String className, String summary, CheckLevel level) {
    /** Where the check classes live below a source root. */
    public static final Path PACKAGE_DIR = Path.of("org", "activemm", "series", "checks");

    public static CheckEntry of(SeriesCheck check) {
        CheckInfo info = check.info();
        return new CheckEntry(info.id(), check.getClass().getSimpleName(), info.summary(), info.level());
    }

    /** Every class under {@code sourceRoot} annotated with {@code @CheckInfo}, read with JavaParser, in id order. */
    public static List<CheckEntry> fromSources(Path sourceRoot) {
        return AnnotatedSources.read(sourceRoot, PACKAGE_DIR, CheckInfo.class).stream()
                .map(a -> new CheckEntry(a.member("id"), a.className(), a.member("summary"),
                        CheckLevel.valueOf(a.member("level"))))
                .sorted(Comparator.comparing(CheckEntry::id))
                .toList();
    }
}
