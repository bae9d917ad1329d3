package org.activemm.cli;

import java.io.StringWriter;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.activemm.model.Costs;
import org.activemm.model.ModelChecker;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Verdict;
import org.activemm.model.VerdictTable;
import org.activemm.report.SequenceChart;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm model explain}: the counterexample, or why the pair is safe. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the shortest counterexample for one arch, scheme and strategy, or why it is safe.")
public final class ModelExplainCommand implements Callable<Integer> {
    enum Format { text, json, svg }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ModelOptions model;

    @Mixin
    private ModelPairOptions pair;

    @Option(names = "--format", paramLabel = "F",
            description = "text (numbered steps), json, or svg (a per-CPU sequence chart) (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Mixin
    private OutputOptions output;

    @Override
    public Integer call() {
        SchemeStrategy column = pair.column(spec.commandLine().getErr());
        Verdict v = ModelChecker.check(pair.arch, column.scheme(), column.strategy(), model.cpus(),
                model.efi);
        String text = switch (format) {
            case json -> VerdictTable.json(v);
            case svg -> SequenceChart.svg(v);
            case text -> text(v);
        };
        output.target().write(spec.commandLine().getOut(), w -> w.write(text));
        return v.safe() ? ExitCodes.OK : ExitCodes.FINDINGS;
    }

    private static String text(Verdict v) {
        StringWriter buffer = new StringWriter();
        PrintWriter out = new PrintWriter(buffer);
        out.printf("%s, %s, %d CPUs, EFI %s: %s%n", v.arch(), v.column().word(), v.cpus(), v.efi().word(),
                v.safe() ? "safe" : "breaks " + v.property());
        for (int i = 0; i < v.trace().size(); i++) {
            out.printf("%3d. %s%n", i + 1, v.trace().get(i));
        }
        out.println(v.explanation());
        Costs c = v.costs();
        out.printf("costs: %d mm_count atomics per lazy switch; %d per-CPU record writes per switch; IPIs per exit %s%n",
                c.atomicsPerLazySwitch(), c.recordWritesPerSwitch(),
                String.join(", ", Costs.CPU_COUNTS.stream().map(n -> n + " CPUs: " + c.ipis(n)).toList()));
        out.printf("%d states explored%n", v.statesExplored());
        out.flush();
        return buffer.toString();
    }
}
