package org.activemm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.activemm.model.Costs;
import org.activemm.model.ModelChecker;
import org.activemm.model.Verdict;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activemm model explain}: the counterexample, or why the pair is safe. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the shortest counterexample for one arch and scheme, or why it is safe.")
public final class ModelExplainCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOptions model;

    @Mixin
    private ModelPairOptions pair;

    @Override
    public Integer call() {
        Verdict v = ModelChecker.check(pair.arch, pair.strategy(), model.cpus(), model.efi());
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%s, %s, %d CPUs, EFI %s: %s%n", v.arch(), v.strategy().word(), v.cpus(), v.efi().word(),
                v.safe() ? "safe" : "breaks " + v.property());
        for (int i = 0; i < v.trace().size(); i++) {
            out.printf("%3d. %s%n", i + 1, v.trace().get(i));
        }
        out.println(v.explanation());
        Costs c = v.costs();
        out.printf("costs: %d mm_count atomics per lazy switch; IPIs per exit %s%n", c.atomicsPerLazySwitch(),
                String.join(", ", Costs.CPU_COUNTS.stream().map(n -> n + " CPUs: " + c.ipis(n)).toList()));
        out.printf("%d states explored%n", v.statesExplored());
        return v.safe() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
