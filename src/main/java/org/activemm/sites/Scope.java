package org.activemm.sites;

/** Which part of the tree a path belongs to: {@code arch/<name>}, {@code drivers} or {@code core}. */
public final class Scope {
    public static final String CORE = "core";
    public static final String DRIVERS = "drivers";

    private Scope() {
    }

    public static String of(String path) {
        if (path.startsWith("arch/")) {
            int slash = path.indexOf('/', "arch/".length());
            return slash < 0 ? CORE : path.substring(0, slash);
        }
        return path.startsWith("drivers/") ? DRIVERS : CORE;
    }

    /** The arch name of an {@code arch/<name>} scope, or null. */
    public static String archOf(String scope) {
        return scope.startsWith("arch/") ? scope.substring("arch/".length()) : null;
    }
}
