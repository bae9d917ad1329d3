package org.activemm.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.activemm.testing.GitCommandLine;

/** Applies a series with {@code git am}, as its reader would, to a repository holding the tree it was made from. */
final class GitAm {
    private GitAm() {
    }

    /** The repository ({@code dir/repo}) with {@code base} committed and the series' patches applied on top. */
    static Path apply(MapTree base, Series series, Path dir) throws IOException {
        Path repo = Files.createDirectories(dir.resolve("repo"));
        base.commitTo(repo);
        List<String> args = new ArrayList<>(List.of("am", "-q"));
        for (SeriesFile p : series.patches()) {
            Path file = dir.resolve(p.name());
            Files.write(file, p.content());
            args.add(file.toString());
        }
        GitCommandLine.check(GitCommandLine.run(repo, args.toArray(String[]::new)));
        return repo;
    }
}
