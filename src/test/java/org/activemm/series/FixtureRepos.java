package org.activemm.series;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.PersonIdent;

/** The plain fixture trees of kernel-fixtures/ as git repositories with one commit, for checks that need a base. */
public final class FixtureRepos {
    private FixtureRepos() {
    }

    /** kernel-fixtures/{@code name}, or null when it is not there. */
    public static Path shape(String name) {
        Path dir = Path.of("kernel-fixtures", name);
        return Files.isDirectory(dir) ? dir : null;
    }

    /** A copy of the tree at {@code source} in {@code dir}, committed there once; returns {@code dir}. */
    public static Path commit(Path source, Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(source)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(source.relativize(p).toString());
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        }
        try (Git git = Git.init().setDirectory(dir.toFile()).call()) {
            git.add().addFilepattern(".").call();
            PersonIdent who = new PersonIdent("Fixture", "fixture@example.org");
            git.commit().setMessage("base").setAuthor(who).setCommitter(who).setSign(false).call();
        } catch (GitAPIException e) {
            throw new IOException(e);
        }
        return dir;
    }
}
