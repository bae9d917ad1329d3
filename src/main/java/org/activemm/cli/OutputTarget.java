package org.activemm.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.activemm.tree.Reasons;

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
            stdout.flush(); // a failure shows in checkError(), which Main reads for every command
            return;
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new UsageException(file + " is a directory");
        }
        if (exists && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            // moving a file over a device, FIFO or link would replace the node, not write to it
            throw new InputException(file + " is not a regular file (a link, device or FIFO); --output replaces"
                    + " only regular files");
        }
        if (exists && !force) {
            throw new UsageException(file + " exists; use --force to overwrite it");
        }
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            throw new InputException("no such directory for --output: " + dir);
        }
        Path temp = null;
        try {
            temp = createTemp(dir);
            if (exists) {
                Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS));
            }
            FailureKeepingStream stream = new FailureKeepingStream(Files.newOutputStream(temp));
            try (Writer out = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
                body.writeTo(out);
            }
            stream.rethrow();
            move(temp, file);
        } catch (IOException e) {
            throw new InputException("cannot write " + file + ": " + Reasons.of(e), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /**
     * A new empty file beside the target, with the mode the umask gives new
     * files (a temporary file's 0600 would carry over to the report).
     */
    private Path createTemp(Path dir) throws IOException {
        while (true) {
            String random = Long.toHexString(TempNames.RANDOM.nextLong());
            Path temp = dir.resolve("." + file.getFileName() + "." + random + ".tmp");
            try {
                return Files.createFile(temp);
            } catch (FileAlreadyExistsException e) {
                // another name
            }
        }
    }

    /** Seeded on the first --output file, not by every run that loads this class to write to standard output. */
    private static final class TempNames {
        static final SecureRandom RANDOM = new SecureRandom();
    }

    /**
     * Remembers the first write failure, which a body that writes through a
     * {@link PrintWriter} would otherwise swallow, leaving a truncated report.
     */
    private static final class FailureKeepingStream extends FilterOutputStream {
        private IOException failure;

        FailureKeepingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
                throw e;
            }
        }

        void rethrow() throws IOException {
            if (failure != null) {
                throw failure;
            }
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
