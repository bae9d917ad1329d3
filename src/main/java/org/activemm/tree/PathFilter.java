package org.activemm.tree;

/** Decides by path alone which files a walk reads, so rejected files cost nothing. */
@FunctionalInterface
public interface PathFilter {
    boolean accepts(String path);
}
