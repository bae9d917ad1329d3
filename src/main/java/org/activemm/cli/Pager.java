package org.activemm.cli;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * The pager for long text on a terminal, chosen as git chooses its own:
 * {@code $ACTIVEMM_PAGER}, else {@code $PAGER}, else {@code less} with
 * {@code LESS=FRX} unless set (quit when it fits one screen, keep colours, leave
 * the text on screen); an empty value or {@code cat} means none.
 */
final class Pager {
    private Pager() {
    }

    /** The shell command to page through, or empty for none. */
    static Optional<String> command(Map<String, String> env) {
        String chosen = env.getOrDefault("ACTIVEMM_PAGER", env.getOrDefault("PAGER", "less"));
        String trimmed = chosen.trim();
        return trimmed.isEmpty() || trimmed.equals("cat") ? Optional.empty() : Optional.of(trimmed);
    }

    /** Starts the pager on this process's terminal; the caller writes to its input and waits for it. */
    static Optional<Process> start(Map<String, String> env) {
        Optional<String> command = command(env);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        ProcessBuilder builder = new ProcessBuilder("sh", "-c", command.get())
                .redirectOutput(ProcessBuilder.Redirect.INHERIT)
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        builder.environment().putIfAbsent("LESS", "FRX");
        try {
            return Optional.of(builder.start());
        } catch (IOException e) {
            return Optional.empty(); // as git: without a pager the text goes straight to the terminal
        }
    }
}
