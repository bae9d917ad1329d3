package org.activemm.cli;

import static org.activemm.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.activemm.cli.ScanCommandTest.Run;
import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/**
 * Every command has a man page, built from the picocli model by `package`
 * (pom.xml: ManPageGenerator, then Asciidoctor's manpage backend), and
 * {@code activemm help COMMAND} shows it on a terminal.
 */
class ManPagesIT {
    private static final Path MAN1 = Path.of("target/man/man1");

    @Test
    void everyCommandHasAManPageWithItsOptions() throws IOException {
        List<CommandLine> commands = new ArrayList<>();
        collect(Main.fullCommandLine(), commands);
        assertTrue(commands.size() >= 10, "scan, generate, checklist, rules, model and its commands, help...");
        for (CommandLine command : commands) {
            if (command.getCommandSpec().usageMessage().hidden()) {
                continue; // hidden helpers (boot-log) are for scripts and get no page, as picocli's generator decides
            }
            String name = command.getCommandSpec().qualifiedName("-");
            Path page = MAN1.resolve(name + ".1");
            assertTrue(Files.isRegularFile(page), page + " was not built");
            String roff = Files.readString(page);
            assertTrue(roff.contains(".TH \"" + name.toUpperCase(Locale.ROOT).replace("-", "\\-") + "\" \"1\""),
                    page.toString());
            for (CommandLine.Model.OptionSpec option : command.getCommandSpec().options()) {
                assertTrue(roff.contains(option.longestName().replace("-", "\\-")), page + " lacks " + option.longestName());
            }
        }
    }

    @Test
    void helpShowsTheManPageOnATerminalAndTheUsageInAPipe() throws Exception {
        String terminal = ShellConventionsTest.onTerminal(Map.of("MANPAGER", "cat", "MANWIDTH", "100"), "help", "scan");
        assertTrue(terminal.contains("ACTIVEMM-SCAN(1)"), terminal);
        assertTrue(terminal.contains("only findings whose fingerprint it does not"), terminal);

        Run piped = run("help", "scan");
        assertEquals(ExitCodes.OK, piped.exit());
        assertTrue(piped.out().startsWith("Usage: activemm scan "), piped.out());
        Run unknown = run("help", "sacn");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertEquals("activemm: no command 'sacn'; did you mean 'scan'?\n", unknown.err());
    }

    private static void collect(CommandLine command, List<CommandLine> into) {
        into.add(command);
        command.getSubcommands().values().forEach(sub -> collect(sub, into));
    }
}
