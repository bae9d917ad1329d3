package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.activemm.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * A run builds the top command with only the command it names (picocli reflects over every command it
 * is given), and what a user sees is the same as from the whole tree: help, usage errors, suggestions.
 */
class CommandLineBuildTest {
    /** Every command {@code activemm --help} lists, in its order (boot-log is hidden). */
    private static final List<String> LISTED = List.of("scan", "generate", "check", "checklist", "trend", "rules",
            "model", "generate-completion", "help");
    private static final List<String> MODEL_COMMANDS = List.of("arches", "check", "explain", "export", "docs",
            "eligible");

    @Test
    void aCommandThatDoesNotReadItsSiblingsIsBuiltAlone() {
        assertEquals(List.of("check"), names(Main.commandLine("check", "--format", "json", "linux", "series")));
        assertEquals(List.of("scan"), names(Main.commandLine("scan", "--help")));
        CommandLine model = Main.commandLine("model", "check", "--arch", "x86");
        assertEquals(List.of("model"), names(model));
        assertEquals(MODEL_COMMANDS, names(model.getSubcommands().get("model")));
    }

    @Test
    void everythingElseGetsEveryCommand() {
        List<String> all = new ArrayList<>(LISTED);
        all.add(all.indexOf("generate-completion"), "boot-log");
        for (String[] args : List.of(new String[0], new String[] {"--help"}, new String[] {"--version"},
                new String[] {"-h", "check"}, new String[] {"chek"}, new String[] {"Check"},
                new String[] {"help", "check"}, new String[] {"generate-completion"})) {
            assertEquals(all, names(Main.commandLine(args)), Arrays.toString(args));
        }
    }

    @Test
    void theTopHelpListsEveryCommandAndAMistypedOneGetsItsSuggestion() {
        Run help = ScanCommandTest.run("--help");
        String commands = help.out().substring(help.out().indexOf("Commands:"), help.out().indexOf("Exit codes:"));
        List<String> listed = commands.lines().filter(l -> l.matches("  \\S.*")).map(l -> l.trim().split(" ")[0])
                .toList();
        assertEquals(LISTED, listed, help.out());

        Run mistyped = ScanCommandTest.run("chek");
        assertEquals(ExitCodes.USAGE, mistyped.exit());
        assertEquals("activemm: Unmatched argument at index 0: 'chek'; did you mean 'check'? (see 'activemm --help')\n",
                mistyped.err());
    }

    @Test
    void everyCommandShowsTheSameHelpAndUsageErrorsBuiltAloneAsInTheWholeTree() {
        List<List<String>> paths = commandPaths(Main.fullCommandLine(), List.of()).stream()
                .filter(path -> !List.of("help", "generate-completion").contains(path.get(0))) // always whole
                .toList();
        assertEquals(LISTED.size() - 2 + 1 + MODEL_COMMANDS.size(), paths.size(), paths.toString());
        for (List<String> path : paths) {
            String name = String.join(" ", path);
            Run help = bothWays(path, "--help");
            assertEquals(ExitCodes.OK, help.exit(), name);
            assertTrue(help.out().startsWith("Usage: activemm " + name + " "), help.out());

            bothWays(path, "--halp"); // picocli's "did you mean" comes from the options of the command built
            Run unknownOption = bothWays(path, "--no-such-option");
            assertEquals(ExitCodes.USAGE, unknownOption.exit(), name);
            assertTrue(unknownOption.err().startsWith("activemm: "), unknownOption.err());
            assertTrue(unknownOption.err().endsWith("(see 'activemm " + name + " --help')\n"), unknownOption.err());
        }
    }

    /** Runs the command line built for it and on the whole tree; asserts both show the same, returns it. */
    private static Run bothWays(List<String> path, String... more) {
        String[] args = Stream.concat(path.stream(), Arrays.stream(more)).toArray(String[]::new);
        Run alone = ScanCommandTest.run(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.execute(Main.fullCommandLine(), args, new PrintWriter(out), new PrintWriter(err));
        Run whole = new Run(exit, out.toString(), err.toString());
        assertEquals(whole, alone, Arrays.toString(args));
        return alone;
    }

    private static List<List<String>> commandPaths(CommandLine parent, List<String> above) {
        List<List<String>> paths = new ArrayList<>();
        parent.getSubcommands().forEach((name, sub) -> {
            List<String> path = Stream.concat(above.stream(), Stream.of(name)).toList();
            paths.add(path);
            paths.addAll(commandPaths(sub, path));
        });
        return paths;
    }

    private static List<String> names(CommandLine cli) {
        return List.copyOf(cli.getSubcommands().keySet());
    }
}
