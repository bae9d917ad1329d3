package org.activemm.tree;

import org.eclipse.jgit.storage.file.WindowCacheConfig;

/**
 * JGit's pack window cache is process-wide and its defaults (10 MiB, 8 KiB
 * windows, 10 MiB of delta bases) thrash on a kernel pack; a larger one is
 * installed once, before the first revision is read.
 */
final class PackCache {
    private static final int MIB = 1024 * 1024;
    private static boolean installed;

    private PackCache() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        WindowCacheConfig config = new WindowCacheConfig();
        config.setPackedGitLimit(256L * MIB);
        config.setPackedGitWindowSize(64 * 1024);
        // per reader, and a walk has one reader per thread
        config.setDeltaBaseCacheLimit(48 * MIB);
        config.install();
        installed = true;
    }
}
