package org.activemm.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A tmpfs of a few pages mounted for one test, to make the disk really run
 * full; mounting needs root (CI runs as root), elsewhere the test is skipped.
 */
public final class SmallFileSystem implements AutoCloseable {
    private final Path root;

    private SmallFileSystem(Path root) {
        this.root = root;
    }

    public static SmallFileSystem mount(Path dir, int kib) throws IOException, InterruptedException {
        Path root = Files.createDirectories(dir.resolve("small"));
        Needs.that(run("mount", "-t", "tmpfs", "-o", "size=" + kib + "k", "tmpfs", root.toString()),
                "permission to mount a tmpfs (root)");
        return new SmallFileSystem(root);
    }

    public Path root() {
        return root;
    }

    /** Fills what space is left, so the next write fails with ENOSPC. */
    public void fill() throws IOException {
        Path filler = root.resolve("filler");
        byte[] page = new byte[4096];
        try (var out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(page);
            }
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("No space left")) {
                throw e;
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        if (!run("umount", root.toString())) {
            throw new IOException("cannot unmount " + root);
        }
    }

    private static boolean run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    }
}
