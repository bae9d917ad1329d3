package org.activemm.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.activemm.InputException;
import org.activemm.UsageException;

/**
 * Where a report goes: standard output, or {@code --output FILE}, written to a
 * temporary file beside it and moved into place only when complete, and never
 * over an existing file without {@code --force}.
 */
final class OutputTarget {
    private final Path file;
    private final boolean force;

    OutputTarget(Path file, boolean force) {
        this.file = file;
        this.force = force;
    }

    boolean isStdout() {
        return file == null;
    }

    /** Something that writes the whole report to the writer it is given. */
    interface Body {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes the body; a file that cannot be written is an input error naming it. */
    void write(PrintWriter stdout, Body body) {
        if (file == null) {
            try {
                body.writeTo(stdout);
            } catch (IOException e) {
                throw new InputException("cannot write the report: " + e.getMessage(), e);
            }
            stdout.flush();
            return;
        }
        if (Files.exists(file) && !force) {
            throw new UsageException(file + " exists; use --force to overwrite it");
        }
        if (Files.isDirectory(file)) {
            throw new UsageException(file + " is a directory");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputException("no such directory for --output: " + dir);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + file.getFileName(), ".tmp");
            try (Writer out = new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8)) {
                body.writeTo(out);
            }
            move(temp, file);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            if (temp != null) {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            // nothing more to do: the report itself was written or its error already reported
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
