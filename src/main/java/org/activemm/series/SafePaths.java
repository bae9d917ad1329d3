package org.activemm.series;

/** Paths a patch may name: relative, without {@code .} or {@code ..} parts, outside {@code .git}. */
public final class SafePaths {
    private SafePaths() {
    }

    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")) {
            return false;
        }
        for (String part : path.split("/", -1)) {
            if (part.isEmpty() || part.equals(".") || part.equals("..") || part.equals(".git")) {
                return false;
            }
        }
        return true;
    }
}
