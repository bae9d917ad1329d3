package org.activemm.tree;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The kernel tree a file or directory lies in, found as checkpatch and spatch
 * do by walking up to the first directory with {@code arch/} and {@code kernel/}.
 * Scopes and statuses are read from paths from that root, so
 * {@code scan linux/kernel/fork.c} classifies fork.c as it would in a scan of linux/.
 */
public record KernelRoot(Path root, String inside) {

    public static boolean isRoot(Path directory) {
        return Files.isDirectory(directory.resolve("arch")) && Files.isDirectory(directory.resolve("kernel"));
    }

    /**
     * The root above {@code path} (a file, or a directory that is not itself a
     * root), if any: above the path as named, else above the file or directory
     * a symbolic link on the way leads to.
     */
    public static Optional<KernelRoot> above(Path path) {
        Optional<KernelRoot> named = walkUp(path.toAbsolutePath().normalize());
        if (named.isPresent() || !Files.exists(path)) {
            return named;
        }
        try {
            return walkUp(path.toRealPath());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Optional<KernelRoot> walkUp(Path absolute) {
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) {
            if (isRoot(dir)) {
                String inside = dir.relativize(absolute).toString().replace('\\', '/');
                return Optional.of(new KernelRoot(dir, inside));
            }
        }
        return Optional.empty();
    }

    /** Narrows a filter to the file or directory {@link #inside}; other directories are not walked. */
    public PathFilter narrow(PathFilter filter) {
        return new PathFilter() {
            @Override
            public boolean accepts(String path) {
                return (path.equals(inside) || path.startsWith(inside + "/")) && filter.accepts(path);
            }

            @Override
            public boolean entersDirectory(String directory) {
                boolean onTheWay = inside.startsWith(directory + "/") || directory.equals(inside)
                        || directory.startsWith(inside + "/");
                return onTheWay && filter.entersDirectory(directory);
            }
        };
    }
}
