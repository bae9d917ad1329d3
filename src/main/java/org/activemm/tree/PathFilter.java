package org.activemm.tree;

/** Decides by path alone which files a walk reads, so rejected files cost nothing. */
@FunctionalInterface
public interface PathFilter {
    boolean accepts(String path);

    /**
     * Whether a walk needs to look inside a directory (path without a trailing
     * {@code /}); answering false prunes it without listing. The default enters all.
     */
    default boolean entersDirectory(String directory) {
        return true;
    }
}
