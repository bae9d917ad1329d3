package org.activemm.cli;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.errors.ConfigInvalidException;
import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.util.FS;
import org.eclipse.jgit.util.SystemReader;

/**
 * "Name &lt;mail&gt;" as git would sign a commit in the tree: GIT_AUTHOR_NAME and
 * GIT_AUTHOR_EMAIL, else user.name and user.email of the repository's
 * configuration, which falls back to the global one.
 */
final class GitIdentity {
    private GitIdentity() {
    }

    static Optional<String> of(Path tree) {
        String name = System.getenv("GIT_AUTHOR_NAME");
        String email = System.getenv("GIT_AUTHOR_EMAIL");
        if (name != null && email != null) {
            return Optional.of(name + " <" + email + ">");
        }
        honourHome();
        try {
            FileRepositoryBuilder builder = new FileRepositoryBuilder().readEnvironment().findGitDir(tree.toFile());
            if (builder.getGitDir() != null) {
                try (Repository repository = builder.build()) {
                    return identity(repository.getConfig());
                }
            }
            return identity(SystemReader.getInstance().getUserConfig());
        } catch (IOException | ConfigInvalidException e) {
            return Optional.empty();
        }
    }

    /** JGit finds ~/.gitconfig through the user.home property; git, and the user, through $HOME. */
    private static void honourHome() {
        String home = System.getenv("HOME");
        if (home != null && !home.isEmpty()) {
            FS.DETECTED.setUserHome(new File(home));
        }
    }

    private static Optional<String> identity(Config config) {
        String name = config.getString("user", null, "name");
        String email = config.getString("user", null, "email");
        return name == null || email == null ? Optional.empty() : Optional.of(name + " <" + email + ">");
    }
}
