package org.activemm.tree;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;

/**
 * The scanner's file selection: {@code .c}, {@code .h} and {@code .S} files,
 * narrowed by {@code --include} globs (none means every file) and
 * {@code --exclude} globs, exclude winning.
 *
 * <p>Globs have {@link java.nio.file.FileSystem#getPathMatcher} "glob:"
 * semantics on the root-relative path: {@code *} stays within one directory,
 * {@code **} crosses directories, so {@code arch/x86/**} is everything under
 * arch/x86 and {@code **}{@code /efi_64.c} is efi_64.c in any directory below the
 * root. One addition: a glob that names a directory also covers everything
 * under it ({@code --exclude drivers} excludes drivers/**), and an excluded
 * directory is not walked at all.
 */
public final class GlobPathFilter implements PathFilter {
    private final List<Glob> includes;
    private final List<Glob> excludes;

    /** @throws IllegalArgumentException when a glob is malformed (the CLI turns it into a usage error) */
    public GlobPathFilter(List<String> includes, List<String> excludes) {
        this.includes = includes.stream().map(Glob::new).toList();
        this.excludes = excludes.stream().map(Glob::new).toList();
    }

    /** Every C source, header and assembly file. */
    public static GlobPathFilter sources() {
        return new GlobPathFilter(List.of(), List.of());
    }

    @Override
    public boolean accepts(String path) {
        if (!isSource(path)) {
            return false;
        }
        if (includes.isEmpty() && excludes.isEmpty()) {
            return true;
        }
        Path p = Path.of(path);
        return (includes.isEmpty() || includes.stream().anyMatch(g -> g.matches(p)))
                && excludes.stream().noneMatch(g -> g.matches(p));
    }

    @Override
    public boolean entersDirectory(String directory) {
        if (excludes.isEmpty()) {
            return true;
        }
        Path p = Path.of(directory);
        return excludes.stream().noneMatch(g -> g.matches(p));
    }

    private static boolean isSource(String path) {
        int n = path.length();
        if (n < 3 || path.charAt(n - 2) != '.') {
            return false;
        }
        char last = path.charAt(n - 1);
        return last == 'c' || last == 'h' || last == 'S';
    }

    /** A glob, and the same glob followed by /** so that naming a directory covers its contents. */
    private static final class Glob {
        private final PathMatcher itself;
        private final PathMatcher contents;

        Glob(String glob) {
            String trimmed = glob.endsWith("/") ? glob.substring(0, glob.length() - 1) : glob;
            this.itself = FileSystems.getDefault().getPathMatcher("glob:" + trimmed);
            this.contents = FileSystems.getDefault().getPathMatcher("glob:" + trimmed + "/**");
        }

        boolean matches(Path path) {
            return itself.matches(path) || contents.matches(path);
        }
    }
}
