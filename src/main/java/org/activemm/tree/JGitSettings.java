package org.activemm.tree;

import java.io.File;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.storage.file.FileBasedConfig;
import org.eclipse.jgit.storage.file.WindowCacheConfig;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * Process-wide JGit settings, installed once before the first repository is opened.
 *
 * <p>The pack window cache defaults (10 MiB, 8 KiB windows, 10 MiB of delta
 * bases) thrash on a kernel pack. And to find the system gitconfig JGit runs
 * {@code git --version} and {@code git config --system --show-origin}, two
 * process starts on every run; the file is read from where git keeps it instead.
 */
final class JGitSettings {
    private static final int MIB = 1024 * 1024;
    private static boolean installed;

    private JGitSettings() {
    }

    static synchronized void install() {
        if (installed) {
            return;
        }
        WindowCacheConfig cache = new WindowCacheConfig();
        cache.setPackedGitLimit(256L * MIB);
        cache.setPackedGitWindowSize(64 * 1024);
        // per reader, and a walk has one reader per thread
        cache.setDeltaBaseCacheLimit(48 * MIB);
        cache.install();
        SystemReader.setInstance(new SystemConfigWithoutGit(SystemReader.getInstance()));
        installed = true;
    }

    /** Reads the system gitconfig from $GIT_CONFIG_SYSTEM or /etc/gitconfig, as git does, without asking git. */
    private static final class SystemConfigWithoutGit extends SystemReader.Delegate {
        SystemConfigWithoutGit(SystemReader delegate) {
            super(delegate);
        }

        @Override
        public FileBasedConfig openSystemConfig(Config parent, FS fs) {
            if (getenv("GIT_CONFIG_NOSYSTEM") != null) {
                return new FileBasedConfig(parent, null, fs) {
                    @Override
                    public void load() {
                        // no system configuration
                    }

                    @Override
                    public boolean isOutdated() {
                        return false;
                    }
                };
            }
            String configured = getenv("GIT_CONFIG_SYSTEM");
            return new FileBasedConfig(parent, new File(configured != null ? configured : "/etc/gitconfig"), fs);
        }
    }
}
