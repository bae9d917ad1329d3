package org.activemm.tree;

/** A file the scan could not read, and why (missing blob, permission, not UTF-8 is NOT a reason). */
public record SkippedFile(String path, String reason) {
}
