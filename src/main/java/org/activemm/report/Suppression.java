package org.activemm.report;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

import org.activemm.sites.Finding;

/**
 * One entry of the suppressions file: the findings of {@code rule} in the
 * files {@code path} names (a path from the kernel's root, or a glob such as
 * {@code arch/x86/**}), in {@code function} when given; never a line number,
 * so an entry survives edits above the site.
 */
public record Suppression(String path, String function, String rule, String reason) {
    /** The keys of an entry in the suppressions file. */
    static final List<String> KEYS = List.of("path", "function", "rule", "reason");

    public boolean matches(Finding f) {
        return rule.equals(f.ruleId())
                && (function == null || function.isEmpty() || function.equals(f.function()))
                && (path.equals(f.path()) || glob().matches(Path.of(f.path())));
    }

    PathMatcher glob() {
        return FileSystems.getDefault().getPathMatcher("glob:" + path);
    }
}
