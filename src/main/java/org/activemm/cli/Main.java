package org.activemm.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Set;

import org.activemm.DidYouMean;
import org.activemm.InputException;
import org.activemm.UsageException;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code activemm <command>}: maps every failure to a one-line error and a documented exit code. */
@Command(name = "activemm",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Find, model and convert the users of task_struct->active_mm.",
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  done, nothing needs changing",
            "  1  findings that need a change, or checks failed",
            "  2  usage error (unknown option, arch or scheme)",
            "  3  input error (no such tree, not a git repository, unknown revision)",
            "  4  internal error, a bug in activemm (ACTIVEMM_DEBUG=1 shows the trace)"
        })
public final class Main implements Runnable {
    /**
     * The commands, in the order help lists them. They are not in {@code @Command(subcommands)}:
     * picocli would reflect over all of them at start-up, though a run needs one (see {@link #commandLine}).
     */
    private static final List<Class<?>> COMMANDS = List.of(
            ScanCommand.class,
            GenerateCommand.class,
            CheckCommand.class,
            ChecklistCommand.class,
            TrendCommand.class,
            RulesCommand.class,
            ModelCommand.class,
            BootLogCommand.class,
            AutoComplete.GenerateCompletion.class,
            ManualCommand.class);

    /** The commands that read their siblings: the completion script and the man page of any command. */
    private static final Set<Class<?>> READ_THE_WHOLE_TREE = Set.of(AutoComplete.GenerateCompletion.class,
            ManualCommand.class);

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs one command line; tests call this instead of {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return execute(commandLine(args), args, out, err);
    }

    /**
     * The command line {@code args} need: the top command with only the command they name when that
     * command does not read its siblings, else (no command, {@code --help}, a mistyped command,
     * completion, help) every command, so usage, suggestions and completion see them all.
     */
    static CommandLine commandLine(String... args) {
        for (Class<?> command : COMMANDS) {
            if (args.length > 0 && command.getAnnotation(Command.class).name().equals(args[0])
                    && !READ_THE_WHOLE_TREE.contains(command)) {
                return commandLineWith(command);
            }
        }
        return fullCommandLine();
    }

    /** The top command with every command under it (also for src/build/ManPageSources.java). */
    public static CommandLine fullCommandLine() {
        return commandLineWith(COMMANDS.toArray(Class<?>[]::new));
    }

    private static CommandLine commandLineWith(Class<?>... commands) {
        CommandLine cli = new CommandLine(new Main());
        for (Class<?> command : commands) {
            cli.addSubcommand(command);
        }
        return cli;
    }

    /** Runs {@code args} on {@code cli}, mapping every failure to its one line and exit code. */
    static int execute(CommandLine cli, String[] args, PrintWriter out, PrintWriter err) {
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
