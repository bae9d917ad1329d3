package org.activemm.series.checks;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.activemm.InputException;
import org.activemm.series.FileChange;
import org.activemm.series.SafePaths;
import org.activemm.series.Step;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The work tree {@code --exec} runs in: the base commit written once into a
 * temporary directory (modes and symbolic links as git has them), then only
 * the files each patch changes. The command's output goes to a log beside the
 * tree, in the same temporary directory, which {@link #close()} removes, and
 * a shutdown hook when the JVM ends first (Ctrl-C).
 */
final class ScratchTree implements AutoCloseable {
    private static final int TAIL_BYTES = 64 * 1024;

    private final Path home;
    private final Path dir;
    private final Path log;
    private final Thread cleanup;
    private final List<String> missing = new ArrayList<>();

    /** The command's exit status and the last lines of its output (stdout and stderr together). */
    record Outcome(int exit, List<String> tail) {
    }

    private ScratchTree(Path home) throws IOException {
        this.home = home;
        this.dir = Files.createDirectory(home.resolve("tree"));
        this.log = home.resolve("exec.log");
        this.cleanup = new Thread(() -> delete(home), "activemm-exec-cleanup");
        Runtime.getRuntime().addShutdownHook(cleanup);
    }

    static ScratchTree checkOut(Path repository, String commit) {
        ScratchTree scratch;
        try {
            scratch = new ScratchTree(Files.createTempDirectory("activemm-exec-"));
        } catch (IOException e) {
            throw new InputException("cannot make the --exec work tree: " + e.getMessage(), e);
        }
        try (Repository repo = SourceTrees.openRepository(repository, commit)) {
            scratch.write(repo, ObjectId.fromString(commit));
            return scratch;
        } catch (IOException | RuntimeException e) {
            scratch.close();
            throw e instanceof InputException input ? input
                    : new InputException("cannot write the --exec work tree: " + e.getMessage(), e);
        }
    }

    private void write(Repository repo, ObjectId commit) throws IOException {
        try (ObjectReader reader = repo.newObjectReader(); RevWalk walk = new RevWalk(reader);
                TreeWalk tree = new TreeWalk(reader)) {
            tree.addTree(walk.parseCommit(commit).getTree());
            tree.setRecursive(true);
            while (tree.next()) {
                FileMode mode = tree.getFileMode(0);
                String path = tree.getPathString();
                if (mode == FileMode.GITLINK || !SafePaths.isSafe(path)) {
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = reader.open(tree.getObjectId(0), Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
                } catch (MissingObjectException e) {
                    missing.add(path); // a partial clone or snapshot: the command runs without it
                    continue;
                }
                Path file = dir.resolve(path);
                Files.createDirectories(file.getParent());
                if (mode == FileMode.SYMLINK) {
                    Files.createSymbolicLink(file, Path.of(new String(bytes, StandardCharsets.UTF_8)));
                } else {
                    Files.write(file, bytes);
                    if (mode == FileMode.EXECUTABLE_FILE) {
                        makeExecutable(file);
                    }
                }
            }
        }
    }

    /** The base's files whose blobs the repository lacks, so the tree does not have them. */
    List<String> missing() {
        return List.copyOf(missing);
    }

    /** Writes the files the step's patch changed, as they are after it. */
    void update(Step step) throws IOException {
        for (FileChange change : step.changes()) {
            for (String path : List.of(change.oldPath(), change.newPath())) {
                if (!SafePaths.isSafe(path)) {
                    continue; // /dev/null; an unsafe path never applied
                }
                Path file = dir.resolve(path);
                var bytes = step.after().read(path);
                if (bytes.isPresent()) {
                    Files.createDirectories(file.getParent());
                    Files.write(file, bytes.get());
                    if (path.equals(change.newPath()) && change.executable().isPresent()) {
                        // a new or renamed file takes the mode the diff names, as does a mode change
                        setExecutable(file, change.executable().get());
                    }
                } else {
                    Files.deleteIfExists(file);
                }
            }
        }
    }

    Outcome run(String command, int tailLines) throws IOException {
        try {
            Process process = new ProcessBuilder("sh", "-c", command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            int exit;
            try {
                exit = process.waitFor();
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("--exec interrupted");
            }
            return new Outcome(exit, tail(log, tailLines));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static List<String> tail(Path log, int lines) throws IOException {
        long size = Files.size(log);
        byte[] bytes;
        try (var in = Files.newInputStream(log)) {
            in.skip(Math.max(0, size - TAIL_BYTES));
            bytes = in.readAllBytes();
        }
        List<String> all = new ArrayList<>(List.of(new String(bytes, StandardCharsets.UTF_8).split("\n")));
        all.removeIf(String::isBlank);
        return List.copyOf(all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void makeExecutable(Path file) throws IOException {
        setExecutable(file, true);
    }

    private static void setExecutable(Path file, boolean executable) throws IOException {
        try {
            Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
            for (PosixFilePermission p : List.of(PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.GROUP_EXECUTE,
                    PosixFilePermission.OTHERS_EXECUTE)) {
                if (executable) {
                    permissions.add(p);
                } else {
                    permissions.remove(p);
                }
            }
            Files.setPosixFilePermissions(file, permissions);
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the mode cannot be kept
        }
    }

    @Override
    public void close() {
        delete(home);
        try {
            Runtime.getRuntime().removeShutdownHook(cleanup);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down; the hook is running or has run
        }
    }

    private static void delete(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // best effort: what is left is in the system's temporary directory
        }
    }
}
