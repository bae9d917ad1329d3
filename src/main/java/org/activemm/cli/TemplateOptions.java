package org.activemm.cli;

import java.nio.file.Path;

import org.activemm.generate.Templates;

import picocli.CommandLine.Option;

/** {@code --templates DIR}, for the commands that render templates. */
final class TemplateOptions {
    @Option(names = "--templates", paramLabel = "DIR", description = "templates here override the bundled ones")
    Path directory;

    Templates load() {
        return directory == null ? new Templates() : new Templates(directory);
    }
}
