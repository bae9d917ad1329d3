package org.activemm.cli;

import static org.activemm.cli.ScanCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.activemm.model.ArchProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a shell user expects: completion of option values, and on a terminal a
 * pager and lines that fit its width. A terminal is made with util-linux's
 * {@code script}, which gives the command a pseudo-terminal as its stdout.
 */
class ShellConventionsTest {
    private static final String DEMO = "kernel-fixtures/linux-4.19-shape";
    private static final String ANSI = "\u001b\\[[0-9;]*m";

    @Test
    void bashCompletesEachOptionWithItsOwnWords(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("activemm.bash");
        Files.writeString(script, run("generate-completion").out());
        List<String> strategies = List.of("refcount", "piggyback", "ipi-cpumask", "ipi-scan", "ipi-all");
        assertEquals(List.of("seed", "upstream"), complete(script, "model", "check", "--scheme"),
                "not the strategies, though both options once had the label S");
        assertEquals(strategies, complete(script, "model", "check", "--strategy"));
        assertEquals(List.of("seed", "upstream"), complete(script, "model", "explain", "--scheme"));
        assertEquals(strategies, complete(script, "generate", "--strategy"));
        assertEquals(List.of("irqs-off", "irqs-on", "irqs-on-fixed"), complete(script, "model", "export", "--efi"));
        assertEquals(List.of("promela"), complete(script, "model", "export", "--format"));
        assertEquals(List.of("text", "json", "markdown"), complete(script, "model", "check", "--format"));
        assertEquals(List.of("needs-change", "converted", "info"), complete(script, "scan", "--status"));
        assertEquals(List.of("text", "json", "sarif", "junit"), complete(script, "check", "--format"));
        List<String> arches = complete(script, "check", "--arch");
        assertTrue(arches.containsAll(List.of("x86", "x86+hyperv", "powerpc", "arm64")), arches.toString());
        assertTrue(complete(script, "scan", "--ignore").contains("AMM012"));
    }

    /** generate and checklist refuse a variant (its arch's plan covers it): neither completion nor help offers one. */
    @Test
    void generateAndChecklistOfferOnlyTheArchesTheyTake(@TempDir Path dir) throws Exception {
        Path script = dir.resolve("activemm.bash");
        Files.writeString(script, run("generate-completion").out());
        assertEquals(ExitCodes.USAGE, run("checklist", "--no-cache", "--arch", "x86+hyperv", DEMO).exit());
        for (String command : List.of("generate", "checklist")) {
            List<String> offered = complete(script, command, "--arch");
            assertTrue(offered.containsAll(List.of("x86", "arm64", "powerpc")), offered.toString());
            assertTrue(offered.stream().noneMatch(arch -> ArchProfiles.get(arch).isVariant()), command + ": " + offered);
            String help = run(command, "--help").out();
            assertFalse(help.contains("+hyperv"), help);
        }
        assertTrue(complete(script, "model", "explain", "--arch").contains("x86+hyperv"), "a model profile may be one");
    }

    /** What bash offers after {@code activemm WORDS }, from the script generate-completion wrote. */
    private static List<String> complete(Path script, String... words) throws Exception {
        String driver = "source \"$1\"; shift; COMP_WORDS=(activemm \"$@\" ''); COMP_CWORD=$(($# + 1));"
                + " COMP_LINE=\"activemm $* \"; COMP_POINT=${#COMP_LINE}; _complete_activemm 2>/dev/null;"
                + " printf '%s\\n' \"${COMPREPLY[@]}\"";
        List<String> cmd = new ArrayList<>(List.of("bash", "-c", driver, "bash", script.toString()));
        cmd.addAll(List.of(words));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS), "timed out");
        return out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    }

    @Test
    void pagerIsChosenAsGitChoosesIt() {
        assertEquals(Optional.of("most"), Pager.command(Map.of("ACTIVEMM_PAGER", "most", "PAGER", "more")));
        assertEquals(Optional.of("more"), Pager.command(Map.of("PAGER", "more")));
        assertEquals(Optional.of("less"), Pager.command(Map.of()));
        assertEquals(Optional.empty(), Pager.command(Map.of("PAGER", "cat")));
        assertEquals(Optional.empty(), Pager.command(Map.of("ACTIVEMM_PAGER", "", "PAGER", "less")));
    }

    @Test
    void onATerminalTheTextGoesThroughThePagerAndNeverOtherwise() throws Exception {
        Map<String, String> env = Map.of("ACTIVEMM_PAGER", "sed 's/^/paged: /'", "COLUMNS", "300");
        List<String> paged = lines(onTerminal(env, "scan", "-q", "--arch", "x86", DEMO));
        assertTrue(paged.size() > 20, String.join("\n", paged));
        paged.forEach(l -> assertTrue(l.startsWith("paged: "), l));

        List<String> noPager = lines(onTerminal(env, "scan", "-q", "--arch", "x86", "--no-pager", DEMO));
        assertFalse(noPager.stream().anyMatch(l -> l.startsWith("paged: ")), String.join("\n", noPager));

        List<String> piped = lines(command(env, false, "scan", "--arch", "x86", DEMO));
        assertFalse(piped.stream().anyMatch(l -> l.startsWith("paged: ")), String.join("\n", piped));
    }

    @Test
    void aPagerThatCannotBeRunLeavesTheTextOnTheTerminal() throws Exception {
        Map<String, String> env = Map.of("ACTIVEMM_PAGER", "/nonexistent/pager", "COLUMNS", "300");
        List<String> shown = lines(onTerminal(env, "scan", "-q", "--arch", "x86", DEMO));
        assertTrue(shown.stream().anyMatch(l -> l.startsWith("kernel-fixtures/linux-4.19-shape: ")
                && l.contains(" need a change")), String.join("\n", shown));
    }

    @Test
    void onATerminalLinesFitItsWidthAndInAPipeTheyAreWhole() throws Exception {
        Map<String, String> env = Map.of("COLUMNS", "60");
        List<String> terminal = lines(onTerminal(env, "scan", "-q", "--arch", "x86", "--no-pager", DEMO));
        assertTrue(terminal.size() > 20, String.join("\n", terminal));
        terminal.forEach(l -> assertTrue(l.length() <= 60, l));
        assertTrue(terminal.get(0).endsWith("\u2026"), terminal.get(0));

        List<String> piped = lines(command(env, false, "scan", "--arch", "x86", DEMO));
        assertTrue(piped.stream().anyMatch(l -> l.length() > 60), "whole lines in a pipe");
    }

    static String onTerminal(Map<String, String> env, String... args) throws Exception {
        return command(env, true, args);
    }

    /** Runs activemm in a new JVM, its stdout a pseudo-terminal when asked; returns what it printed. */
    private static String command(Map<String, String> env, boolean terminal, String... args) throws Exception {
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        java.addAll(List.of(args));
        List<String> cmd = terminal ? List.of("script", "-qefc", shellQuote(java), "/dev/null") : java;
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "timed out");
        return out;
    }

    private static List<String> lines(String out) {
        return out.replaceAll(ANSI, "").replace("\r", "").lines().filter(l -> !l.isEmpty()).toList();
    }

    private static String shellQuote(List<String> words) {
        StringBuilder quoted = new StringBuilder();
        for (String w : words) {
            quoted.append('\'').append(w.replace("'", "'\\''")).append("' ");
        }
        return quoted.toString();
    }
}
