package org.activemm.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The terminal's width in columns: {@code $COLUMNS}, else what {@code stty size} says of /dev/tty, else 80. */
final class TerminalWidth {
    private static final int FALLBACK = 80;

    private TerminalWidth() {
    }

    static int of(Map<String, String> env) {
        try {
            int columns = Integer.parseInt(env.getOrDefault("COLUMNS", "").trim());
            if (columns > 0) {
                return columns;
            }
        } catch (NumberFormatException e) {
            // not set, or not a number: ask the terminal
        }
        try {
            Process stty = new ProcessBuilder("stty", "size").redirectInput(new File("/dev/tty"))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String[] size = new String(stty.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split(" ");
            return stty.waitFor() == 0 && size.length == 2 ? Integer.parseInt(size[1]) : FALLBACK;
        } catch (IOException | NumberFormatException e) {
            return FALLBACK;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return FALLBACK;
        }
    }
}
