package org.activemm.cli;

import java.util.concurrent.Callable;

import org.activemm.model.ModelDocs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm model docs}: regenerates docs/model.md. */
@Command(name = "docs", mixinStandardHelpOptions = true,
        description = "Write the full verdict table as Markdown (docs/model.md).")
public final class ModelDocsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() {
        output.target().write(spec.commandLine().getOut(), w -> w.write(ModelDocs.render()));
        return ExitCodes.OK;
    }
}
