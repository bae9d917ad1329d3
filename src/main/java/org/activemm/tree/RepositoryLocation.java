package org.activemm.tree;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Where a scanned revision comes from, for SARIF's versionControlProvenance:
 * the {@code origin} remote when it is a URL, else the repository on this machine.
 */
public final class RepositoryLocation {
    private RepositoryLocation() {
    }

    public static Optional<URI> of(Path repositoryPath) {
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(repositoryPath.toFile());
        if (builder.getGitDir() == null) {
            builder.setGitDir(repositoryPath.toFile());
        }
        try (Repository repository = builder.setMustExist(true).build()) {
            String origin = repository.getConfig().getString("remote", "origin", "url");
            if (origin != null && origin.contains("://")) {
                return Optional.of(new URI(origin));
            }
            Path where = repository.isBare() ? repository.getDirectory().toPath() : repository.getWorkTree().toPath();
            return Optional.of(where.toAbsolutePath().normalize().toUri());
        } catch (IOException | URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
