package org.activemm.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The directory activemm runs from: the project whose {@code target/} holds
 * the jar (or the test classes), with docs/ and the man pages built beside the jar.
 */
final class Installation {
    private Installation() {
    }

    /** The project directory: the parent of {@code target/}. */
    static Optional<Path> home() {
        CodeSource code = Installation.class.getProtectionDomain().getCodeSource();
        if (code == null) {
            return Optional.empty();
        }
        try {
            Path target = Path.of(code.getLocation().toURI()).getParent();
            return target == null ? Optional.empty() : Optional.ofNullable(target.getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** docs/rules.md of this installation, where SARIF's helpUri points. */
    static Optional<URI> rulesDoc() {
        return home().map(h -> h.resolve("docs/rules.md")).filter(Files::isRegularFile).map(Path::toUri);
    }

    /** The man page of a command, as the build generates it ({@code target/man/man1/activemm-scan.1}). */
    static Optional<Path> manPage(String command) {
        return home().map(h -> h.resolve("target/man/man1/" + command + ".1")).filter(Files::isRegularFile);
    }
}
