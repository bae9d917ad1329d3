package org.activemm.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.activemm.sites.rules.RuleInfo;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteRule;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activemm rules}: the rule table, read from the rule classes themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, what it covers, and the change it asks for.")
public final class RulesCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (SiteRule rule : Rules.all()) {
            RuleInfo info = rule.info();
            out.printf("%s  %s%n        change: %s%n", info.id(), info.summary(), info.change());
        }
        return ExitCodes.OK;
    }
}
