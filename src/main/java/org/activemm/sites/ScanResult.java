package org.activemm.sites;

import java.util.List;

import org.activemm.tree.SkippedFile;

/** Everything one scan found, in path, line, column order. */
public record ScanResult(
        String tree,
        String revision,
        Scheme scheme,
        List<String> arches,
        List<Finding> findings,
        List<SkippedFile> skipped,
        int filesScanned) {

    public boolean needsChange() {
        return findings.stream().anyMatch(f -> f.status() == Status.NEEDS_CHANGE);
    }
}
