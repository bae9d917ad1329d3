package org.activemm.sites;

/**
 * Which part of the tree a path belongs to: core code, drivers, or the
 * directory of one arch. Reports write it as {@link #word()}.
 */
public record Scope(Kind kind, String arch) {
    public enum Kind {
        CORE, DRIVERS, ARCH
    }

    public static final Scope CORE = new Scope(Kind.CORE, "");
    public static final Scope DRIVERS = new Scope(Kind.DRIVERS, "");
    private static final String ARCH_DIR = "arch/";

    /** {@code arch} is the arch's directory name for an arch scope and empty otherwise. */
    public Scope {
        if ((kind == Kind.ARCH) == arch.isEmpty()) {
            throw new IllegalArgumentException("scope " + kind + " with arch '" + arch + "'");
        }
    }

    public static Scope arch(String name) {
        return new Scope(Kind.ARCH, name);
    }

    /** The scope of a path from the kernel's root. */
    public static Scope of(String path) {
        if (path.startsWith(ARCH_DIR)) {
            int slash = path.indexOf('/', ARCH_DIR.length());
            return slash < 0 ? CORE : arch(path.substring(ARCH_DIR.length(), slash));
        }
        return path.startsWith("drivers/") ? DRIVERS : CORE;
    }

    public boolean isArch() {
        return kind == Kind.ARCH;
    }

    /** {@code core}, {@code drivers} or {@code arch/<name>}, as reports and JSON write it. */
    public String word() {
        return switch (kind) {
            case CORE -> "core";
            case DRIVERS -> "drivers";
            case ARCH -> ARCH_DIR + arch;
        };
    }

    /** Whether a path from the kernel's root lies in this scope. */
    public boolean contains(String path) {
        return of(path).equals(this);
    }

    @Override
    public String toString() {
        return word();
    }
}
