package org.activemm.tree;

/** The bytes of one file, with its path relative to the tree root ({@code /} separators). */
public record SourceFile(String path, byte[] content) {
}
