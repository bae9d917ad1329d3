package org.activemm.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the git command line in a test repository. */
final class Git {
    private Git() {
    }

    record Result(int exit, String output) {
    }

    static boolean available() {
        try {
            return run(Path.of("."), "--version").exit() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    static Result run(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of("git", "-c", "user.name=Test", "-c", "user.email=test@example.org",
                "-c", "commit.gpgsign=false", "-c", "core.autocrlf=false"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_CONFIG_NOSYSTEM", "1");
        pb.environment().put("HOME", dir.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return new Result(-1, out + "\n(timed out)");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        return new Result(p.exitValue(), out);
    }

    /** A repository holding {@code tree} in one commit. */
    static void commitTree(Path dir, MapTree tree) throws IOException {
        tree.writeTo(dir);
        check(run(dir, "init", "-q"));
        check(run(dir, "add", "-A"));
        check(run(dir, "commit", "-q", "-m", "base"));
    }

    static void check(Result r) {
        if (r.exit() != 0) {
            throw new AssertionError("git failed: " + r.output());
        }
    }
}
