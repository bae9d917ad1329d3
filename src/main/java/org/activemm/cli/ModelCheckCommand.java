package org.activemm.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;
import org.activemm.model.ModelChecker;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Strategy;
import org.activemm.model.Verdict;
import org.activemm.model.VerdictTable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm model check}: the verdict table; exit 1 when a requested pair is unsafe. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check strategies under each scheme on arch profiles: safe, or the property broken, with costs.")
public final class ModelCheckCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOptions model;

    enum Format { text, json, markdown }

    @Option(names = "--arch", paramLabel = "ARCH", split = ",", converter = OptionWords.Arches.class,
            completionCandidates = OptionWords.Arches.class, description = "Arch profiles (default: all, variants included).")
    private List<ArchProfile> arches;

    @Option(names = "--scheme", paramLabel = "SCHEME", split = ",", converter = SchemeWords.Converter.class,
            completionCandidates = OptionWords.Schemes.class,
            description = "Schemes: ${COMPLETION-CANDIDATES} (default: both).")
    private List<SchemeWords.Word> schemes = List.of();

    @Option(names = "--strategy", paramLabel = "STRATEGY", split = ",", converter = OptionWords.Strategies.class,
            completionCandidates = OptionWords.Strategies.class,
            description = "Strategies: ${COMPLETION-CANDIDATES} (default: all that the scheme can use).")
    private List<Strategy> strategies;

    @Option(names = "--format", paramLabel = "F", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() {
        List<ArchProfile> profiles = arches == null ? ArchProfiles.load() : arches;
        List<SchemeStrategy> columns = SchemeWords.read(schemes, strategies, spec.commandLine().getErr()).columns();
        int cpus = model.cpus();
        long start = System.nanoTime();
        List<Verdict> verdicts = ModelChecker.matrix(profiles, columns, cpus, model.efi);
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = switch (format) {
            case json -> VerdictTable.json(verdicts, seconds);
            case markdown -> VerdictTable.markdown(verdicts);
            case text -> VerdictTable.text(verdicts) + String.format("%d CPUs, EFI %s: %d pairs, %d states explored in %.2f s%n",
                    cpus, model.efi.word(), verdicts.size(), VerdictTable.totalStates(verdicts), seconds);
        };
        output.target().write(spec.commandLine().getOut(), w -> w.write(text));
        return verdicts.stream().allMatch(Verdict::safe) ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
