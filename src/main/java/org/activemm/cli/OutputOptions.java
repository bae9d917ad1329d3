package org.activemm.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** {@code -o/--output FILE} and {@code --force}, shared by every command that writes a report. */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "write to FILE (atomically) instead of standard output")
    Path file;

    @Option(names = "--force", description = "overwrite an existing --output file")
    boolean force;

    OutputTarget target() {
        return new OutputTarget(file, force);
    }
}
