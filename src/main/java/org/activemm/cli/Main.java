package org.activemm.cli;

import java.io.PrintWriter;
import java.util.Set;

import org.activemm.DidYouMean;
import org.activemm.InputException;
import org.activemm.UsageException;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code activemm <command>}: maps every failure to a one-line error and a documented exit code. */
@Command(name = "activemm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Find, model and convert the users of task_struct->active_mm.",
        subcommands = {
            ScanCommand.class,
            GenerateCommand.class,
            CheckCommand.class,
            ChecklistCommand.class,
            TrendCommand.class,
            RulesCommand.class,
            ModelCommand.class,
            BootLogCommand.class,
            AutoComplete.GenerateCompletion.class,
            ManualCommand.class
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done, nothing needs changing",
            "  1  findings that need a change, or checks failed",
            "  2  usage error (unknown option, arch or scheme)",
            "  3  input error (no such tree, not a git repository, unknown revision)",
            "  4  internal error, a bug in activemm (ACTIVEMM_DEBUG=1 shows the trace)"
        })
public final class Main implements Runnable {

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> handle(ex, err));
        cli.setParameterExceptionHandler((ex, args1) -> {
            if (ex.getCause() instanceof UsageException unknownWord) {
                // an option's converter (OptionWords) said what is wrong, with its "did you mean"
                return handle(unknownWord, err);
            }
            err.println("activemm: " + Quote.oneLine(ex.getMessage()) + suggestion(ex) + " (see 'activemm "
                    + commandPath(ex.getCommandLine()) + "--help')");
            return ExitCodes.USAGE;
        });
        try {
            int exit = cli.execute(args);
            if (out.checkError() && exit < ExitCodes.INPUT) {
                // a PrintWriter keeps no reason, only that a write failed
                err.println("activemm: cannot write to standard output (disk full or pipe closed)");
                err.flush();
                return ExitCodes.INPUT;
            }
            return exit;
        } catch (Error e) {
            // picocli passes Errors through: a stack overflow or out of memory still gets its one line
            return internal(e, err);
        }
    }

    /** The nearest option (picocli's guess) or command for a mistyped one, as git's "did you mean". */
    private static String suggestion(CommandLine.ParameterException ex) {
        if (!(ex instanceof CommandLine.UnmatchedArgumentException unmatched)) {
            return "";
        }
        if (!unmatched.getSuggestions().isEmpty()) {
            return "; did you mean '" + unmatched.getSuggestions().get(0) + "'?";
        }
        Set<String> commands = ex.getCommandLine().getSubcommands().keySet();
        return unmatched.getUnmatched().isEmpty() || commands.isEmpty() ? ""
                : DidYouMean.hint(unmatched.getUnmatched().get(0), commands);
    }

    private static String commandPath(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName();
        int space = qualified.indexOf(' ');
        return space < 0 ? "" : qualified.substring(space + 1) + " ";
    }

    private static int handle(Exception ex, PrintWriter err) {
        if (ex instanceof UsageException) {
            err.println("activemm: " + Quote.oneLine(ex.getMessage()));
            return ExitCodes.USAGE;
        }
        if (ex instanceof InputException) {
            err.println("activemm: " + Quote.oneLine(ex.getMessage()));
            return ExitCodes.INPUT;
        }
        return internal(ex, err);
    }

    private static int internal(Throwable ex, PrintWriter err) {
        err.println("activemm: internal error: " + Quote.oneLine(String.valueOf(ex)));
        if (System.getenv("ACTIVEMM_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
