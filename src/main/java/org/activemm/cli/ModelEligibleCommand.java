package org.activemm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.activemm.model.ArchProfiles;
import org.activemm.model.StrategyPicker;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activemm model eligible}: the arches a scan opts in by default, as the checker finds them now. */
@Command(name = "eligible", mixinStandardHelpOptions = true,
        description = {"List the arches with a non-refcount scheme that is safe on the arch and every paravirt"
                + " variant (the default of scan --arch), running the checker.",
            "The list is shipped as src/main/resources/arches/" + ArchProfiles.ELIGIBLE_LIST
                + ", written by this command."})
public final class ModelEligibleCommand implements Callable<Integer> {
    static final String HEADER = "# Written by `bin/activemm model eligible > src/main/resources/arches/"
            + ArchProfiles.ELIGIBLE_LIST + "`; EligibleListTest fails when it is stale.";

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        out.println(HEADER);
        StrategyPicker.eligibleArches().forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }
}
