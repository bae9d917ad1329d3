package org.activemm.tree;

/** Receives the files of a walk; called from several threads at once. */
public interface FileVisitor {
    void file(SourceFile file);

    void skipped(SkippedFile file);
}
