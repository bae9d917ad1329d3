package org.activemm.tree;

/**
 * The bytes of one file, with its path relative to the tree root ({@code /} separators).
 * The array may be shared with a cache of the tree it came from: read it, never write it.
 */
public record SourceFile(String path, byte[] content) {
}
