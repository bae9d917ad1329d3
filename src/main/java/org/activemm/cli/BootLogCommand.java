package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.activemm.InputException;
import org.activemm.report.BootLog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code activemm boot-log FILE}: the verdict on one serial log of bench/boot-series.sh. Hidden: the
 * script's helper, not a command for users.
 */
@Command(name = "boot-log", hidden = true, mixinStandardHelpOptions = true,
        description = "Read a serial console log of bench/boot-series.sh: verdict, stress summary, failing lines.")
public final class BootLogCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "the serial console log")
    private Path file;

    @Override
    public Integer call() {
        List<String> lines;
        try {
            // ISO-8859-1: a serial log may hold any bytes; every byte stays one character.
            lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new InputException("no such boot log: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read boot log " + file + ": " + e.getMessage());
        }
        BootLog log = BootLog.parse(lines);
        PrintWriter out = spec.commandLine().getOut();
        StringBuilder head = new StringBuilder("verdict=" + log.verdict().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        head.append(" started=").append(log.started() ? "yes" : "no");
        head.append(" powered_off=").append(log.poweredOff() ? "yes" : "no");
        log.summary().forEach((k, v) -> head.append(' ').append(k).append('=').append(v));
        out.println(head);
        for (BootLog.Problem p : log.problems()) {
            out.printf("%s:%d: %s: %s%n", file, p.line(), p.kind(), p.text());
        }
        out.flush();
        return log.verdict() == BootLog.Verdict.CLEAN ? ExitCodes.OK : ExitCodes.FINDINGS;
    }
}
