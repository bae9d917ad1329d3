package org.activemm.cli;

import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.UsageException;
import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;
import org.activemm.model.ModelChecker;
import org.activemm.model.SchemeStrategy;
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

    @Option(names = "--arch", paramLabel = "A[,B]", split = ",", description = "Arch profiles (default: all, variants included).")
    private List<String> arches;

    @Option(names = "--scheme", paramLabel = "S[,S]", split = ",", description = "Schemes: seed, upstream (default: both).")
    private List<String> schemes;

    @Option(names = "--strategy", paramLabel = "S[,S]", split = ",",
            description = "Strategies: refcount, piggyback, ipi-cpumask, ipi-scan, ipi-all (default: all that the scheme can use).")
    private List<String> strategies;

    @Option(names = "--format", paramLabel = "F", description = "text, json or markdown (default: ${DEFAULT-VALUE}).")
    private String format = "text";

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "markdown").contains(format)) {
            throw new UsageException("unknown format '" + format + "' for model check (known: text, json, markdown)");
        }
        List<ArchProfile> profiles = arches == null ? ArchProfiles.load() : arches.stream().map(ArchProfiles::get).toList();
        List<SchemeStrategy> columns = SchemeWords.read(schemes, strategies, spec.commandLine().getErr()).columns();
        int cpus = model.cpus();
        long start = System.nanoTime();
        List<Verdict> verdicts = ModelChecker.matrix(profiles, columns, cpus, model.efi());
        double seconds = (System.nanoTime() - start) / 1e9;
        String text = switch (format) {
            case "json" -> VerdictTable.json(verdicts, seconds);
            case "markdown" -> VerdictTable.markdown(verdicts);
            default -> VerdictTable.text(verdicts) + String.format("%d CPUs, EFI %s: %d pairs, %d states explored in %.2f s%n",
                    cpus, model.efi().word(), verdicts.size(), VerdictTable.totalStates(verdicts), seconds);
        };
        output.target().write(spec.commandLine().getOut(), w -> w.write(text));
        return verdicts.stream().allMatch(Verdict::safe) ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
