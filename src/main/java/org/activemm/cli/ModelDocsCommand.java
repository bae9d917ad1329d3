package org.activemm.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.activemm.model.ModelDocs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm model docs}: regenerates docs/model.md. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the full verdict table as Markdown (docs/model.md).")
public final class ModelDocsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
    private Path output;

    @Override
    public Integer call() {
        Output.write(output, ModelDocs.render(), spec.commandLine().getOut());
        return ExitCodes.OK;
    }
}
