package org.activemm.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Whether a standard stream is a terminal; Java only says so for stdin and stdout together. */
final class Terminal {
    private Terminal() {
    }

    static boolean isStdoutTty() {
        return isTty(1);
    }

    static boolean isStderrTty() {
        return isTty(2);
    }

    private static boolean isTty(int fd) {
        try {
            String target = Files.readSymbolicLink(Path.of("/proc/self/fd/" + fd)).toString();
            return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
        } catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
