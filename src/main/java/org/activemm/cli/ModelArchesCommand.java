package org.activemm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm model arches}: the arch profiles and their variants. */
@Command(name = "arches", mixinStandardHelpOptions = true, description = "List the arch profiles and variants.")
public final class ModelArchesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--notes", description = "Also print the facts behind each value, with the kernel files that show them.")
    private boolean notes;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-16s %-12s %-10s %-7s %-20s %-23s %-12s %s%n", "arch", "remote_flush", "cpumask", "pgtable",
                "lazy_switch_on_flush", "exit_hook_switches_lazy", "kconfig", "describes");
        for (ArchProfile p : ArchProfiles.load()) {
            out.printf("%-16s %-12s %-10s %-7s %-20s %-23s %-12s %s%n", p.name(), p.remoteFlush().word(),
                    p.cpumask().word(), p.pgtableFree().word(), p.lazySwitchOnFlush(), p.exitHookSwitchesLazy(),
                    p.kconfig(), p.describes());
            if (notes) {
                p.notes().forEach(n -> out.println("    - " + n));
                p.recordDiverges().forEach(d -> out.println("    - record and mask diverge in " + d.function() + " ("
                        + d.file() + "): " + d.when()));
            }
        }
        return ExitCodes.OK;
    }
}
