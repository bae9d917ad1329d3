package org.activemm.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activemm model}: which scheme is safe on which arch, with counterexamples and costs. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Check the lazy-mm schemes against the arch profiles.",
        subcommands = {
            ModelArchesCommand.class,
            ModelCheckCommand.class,
            ModelExplainCommand.class,
            ModelExportCommand.class,
            ModelDocsCommand.class,
            ModelEligibleCommand.class
        })
public final class ModelCommand implements Runnable {
    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "a model command is required: arches, check, explain, export, docs");
    }
}
