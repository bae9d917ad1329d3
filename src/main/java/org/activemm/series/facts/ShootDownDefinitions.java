package org.activemm.series.facts;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.activemm.lex.CLexer;
import org.activemm.sites.Prefilter;
import org.activemm.sites.Scope;

/**
 * Which files under {@code arch/<name>/} define {@code arch_shoot_down_dead_mm()},
 * the seed scheme's per-arch hook, kept per file so that a step updates
 * only the files its patch touches.
 */
public final class ShootDownDefinitions {
    public static final String HOOK = "arch_shoot_down_dead_mm";

    private final Map<String, Set<String>> filesByArch = new HashMap<>();

    /** Whether a file can hold an arch's definition: C under {@code arch/<name>/}. */
    public static boolean mayDefine(String path) {
        return Scope.of(path).isArch() && (path.endsWith(".c") || path.endsWith(".h"));
    }

    /** Records a file's new content; null when the file is deleted. */
    public synchronized void update(String path, byte[] content) {
        String arch = Scope.of(path).arch();
        if (!mayDefine(path)) {
            return;
        }
        Set<String> files = filesByArch.computeIfAbsent(arch, a -> new HashSet<>());
        if (content != null && Prefilter.contains(content, content.length, HOOK)
                && FunctionBody.find(CLexer.lex(content), HOOK).isPresent()) {
            files.add(path);
        } else {
            files.remove(path);
            if (files.isEmpty()) {
                filesByArch.remove(arch); // as a walk, which records only definitions
            }
        }
    }

    /** The files of each arch that define the hook, for the facts cache. */
    synchronized Map<String, Set<String>> filesByArch() {
        Map<String, Set<String>> copy = new HashMap<>();
        filesByArch.forEach((arch, files) -> copy.put(arch, Set.copyOf(files)));
        return copy;
    }

    /** The definitions these files make, as {@link #filesByArch()} gave them. */
    static ShootDownDefinitions of(Map<String, Set<String>> filesByArch) {
        ShootDownDefinitions definitions = new ShootDownDefinitions();
        filesByArch.forEach((arch, files) -> definitions.filesByArch.put(arch, new HashSet<>(files)));
        return definitions;
    }

    /** Whether some file of the arch defines the hook. */
    public synchronized boolean defines(String arch) {
        return !filesByArch.getOrDefault(arch, Set.of()).isEmpty();
    }
}
