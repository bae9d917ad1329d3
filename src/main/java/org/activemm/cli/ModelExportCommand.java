package org.activemm.cli;

import java.util.concurrent.Callable;

import org.activemm.model.PromelaExporter;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm model export --format promela}: the same model for SPIN. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write the model of one arch, scheme and strategy for another checker (SPIN's Promela).")
public final class ModelExportCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOptions model;

    enum Format { promela }

    @Option(names = "--format", required = true, paramLabel = "F", description = "${COMPLETION-CANDIDATES}")
    private Format format;

    @Mixin
    private ModelPairOptions pair;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() {
        String text = PromelaExporter.export(pair.arch, pair.column(spec.commandLine().getErr()),
                model.cpus(), model.efi);
        output.target().write(spec.commandLine().getOut(), w -> w.write(text));
        return ExitCodes.OK;
    }
}
