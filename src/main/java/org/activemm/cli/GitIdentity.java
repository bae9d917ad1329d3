package org.activemm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.SystemReader;

/** "Name &lt;mail&gt;" from the tree's git configuration (repository, then global), as git commit would sign. */
final class GitIdentity {
    private GitIdentity() {
    }

    static Optional<String> of(Path tree) {
        Config config;
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(tree.toFile());
            if (builder.getGitDir() != null) {
                try (Repository repository = builder.build()) {
                    config = repository.getConfig();
                    return identity(config);
                }
            }
            config = SystemReader.getInstance().getUserConfig();
        } catch (IOException | org.eclipse.jgit.errors.ConfigInvalidException e) {
            return Optional.empty();
        }
        return identity(config);
    }

    private static Optional<String> identity(Config config) {
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        return name == null || email == null ? Optional.empty() : Optional.of(name + " <" + email + ">");
    }
}
