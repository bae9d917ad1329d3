package org.activemm.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;

import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;
import org.junit.jupiter.api.Test;

class JGitSettingsTest {

    @Test
    void theSystemGitconfigIsTheFileGitReadsNotAskedOfGit() throws Exception {
        assumeTrue(System.getenv("GIT_CONFIG_SYSTEM") == null && System.getenv("GIT_CONFIG_NOSYSTEM") == null,
                "the environment chooses another system config");
        JGitSettings.install();
        assertEquals(new File("/etc/gitconfig"),
                SystemReader.getInstance().openSystemConfig(null, FS.DETECTED).getFile());
    }
}
