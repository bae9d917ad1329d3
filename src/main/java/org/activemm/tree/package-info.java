/**
 * Where the bytes come from: {@link org.activemm.tree.SourceTrees#open} gives a
 * {@link org.activemm.tree.DirectoryTree} for a directory (git or not) or a
 * {@link org.activemm.tree.GitRevisionTree} for {@code --rev REV} on a
 * repository, bare or not. Both walk on all cores and hand each accepted file
 * to a {@link org.activemm.tree.FileVisitor}, in no particular order; files
 * they cannot read go to {@link org.activemm.tree.FileVisitor#skipped} with a
 * one-line reason ("missing object ID (partial clone or incomplete
 * repository)", "symbolic link leaving the tree (-> TARGET)", "dangling
 * symbolic link (-> TARGET)", "not a regular file", "permission denied",
 * "vanished during the walk", "cannot list directory: ...") and the walk goes on.
 * Before reading a file, both offer its git blob id where they know it without
 * reading (every regular file of a revision; stat-clean files of a work tree,
 * by the index), so a visitor that recognises the bytes can decline the read.
 * {@link org.activemm.tree.GlobPathFilter} is the scanner's selection:
 * {@code .c}, {@code .h}, {@code .S}, with {@code --include}/{@code --exclude} globs.
 */
package org.activemm.tree;
