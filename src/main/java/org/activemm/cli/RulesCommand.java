package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.activemm.UsageException;
import org.activemm.report.CheckReference;
import org.activemm.report.RuleReference;
import org.activemm.series.checks.CheckEntry;
import org.activemm.series.checks.Checks;
import org.activemm.sites.rules.RuleEntry;
import org.activemm.sites.rules.RuleSources;
import org.activemm.sites.rules.Rules;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code activemm rules}: the rule table, read from the rule classes themselves. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule: id, what it covers, and the change it asks for (--checks: every check of"
                + " activemm check).")
public final class RulesCommand implements Callable<Integer> {
    enum Format { text, markdown, json }

    @Spec
    private CommandSpec spec;

    @Option(names = "--format", description = "text, markdown or json (default: ${DEFAULT-VALUE})", defaultValue = "text")
    private Format format;

    @Option(names = "--sources", paramLabel = "DIR",
            description = "read the rules from the Java sources under DIR (JavaParser) instead of the running code;"
                    + " docs/rules.md is made this way")
    private Path sources;

    @Option(names = "--checks", description = "list the checks of activemm check instead (docs/checks.md)")
    private boolean checks;

    @Override
    public Integer call() throws IOException {
        if (checks) {
            List<CheckEntry> entries = sources == null ? Checks.all().stream().map(CheckEntry::of).toList()
                    : CheckEntry.fromSources(sources);
            if (format == Format.json) {
                throw new UsageException("--checks lists as text or markdown");
            }
            spec.commandLine().getOut().print(format == Format.markdown
                    ? CheckReference.markdown(entries) : CheckReference.text(entries));
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        }
        List<RuleEntry> rules = sources == null ? Rules.all().stream().map(RuleEntry::of).toList()
                : RuleSources.read(sources);
        print(rules, format, spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    /** The rule list in one format; {@code scan --list-rules} prints it too. */
    static void print(List<RuleEntry> rules, Format format, PrintWriter out) throws IOException {
        switch (format) {
            case markdown -> out.print(RuleReference.markdown(rules));
            case text -> out.print(RuleReference.text(rules));
            case json -> RuleReference.json(rules, out);
        }
        out.flush();
    }
}
