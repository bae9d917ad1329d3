package org.activemm.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.activemm.DidYouMean;
import org.activemm.UsageException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activemm help [COMMAND...]}: as {@code git help}, the command's man
 * page (built from the picocli model into target/man/man1) through man(1) on a
 * terminal; its usage text in a pipe, or when the page or man is missing.
 */
@Command(name = "help", helpCommand = true,
        description = "Show a command's manual (man page on a terminal, usage text otherwise).")
public final class ManualCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "the command, e.g. scan, or model check")
    private List<String> command = List.of();

    @Override
    public Integer call() throws InterruptedException {
        CommandLine target = spec.parent().commandLine();
        for (String name : command) {
            CommandLine sub = target.getSubcommands().get(name);
            if (sub == null) {
                throw new UsageException("no command '" + String.join(" ", command) + "'"
                        + DidYouMean.hint(name, target.getSubcommands().keySet()));
            }
            target = sub;
        }
        String page = target.getCommandSpec().qualifiedName("-");
        Optional<Path> manual = Installation.manPage(page);
        if (manual.isPresent() && Terminal.isStdoutTty() && showWithMan(manual.get())) {
            return ExitCodes.OK;
        }
        target.usage(spec.commandLine().getOut());
        return ExitCodes.OK;
    }

    private static boolean showWithMan(Path page) throws InterruptedException {
        try {
            return new ProcessBuilder("man", "-l", page.toString()).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            return false; // no man(1) here: the usage text instead
        }
    }
}
