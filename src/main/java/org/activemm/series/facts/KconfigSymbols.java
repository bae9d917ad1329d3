package org.activemm.series.facts;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.activemm.sites.KconfigEntries;

/**
 * Which Kconfig symbols a tree defines ({@code config X}, {@code menuconfig X}
 * in any {@code Kconfig*} file), kept per file so that a step updates only the
 * files its patch touches.
 */
public final class KconfigSymbols {
    private final Map<String, Set<String>> byFile = new HashMap<>();
    private final Map<String, Integer> definitions = new HashMap<>();

    /** Whether a path is a Kconfig file: its name starts with {@code Kconfig} ({@code Kconfig.debug}, {@code Kconfig.cpu}). */
    public static boolean isKconfig(String path) {
        return path.substring(path.lastIndexOf('/') + 1).startsWith("Kconfig");
    }

    /** Records a file's new content; null when the file is deleted. Paths that are not Kconfig files are ignored. */
    public synchronized void update(String path, byte[] content) {
        if (!isKconfig(path)) {
            return;
        }
        Set<String> old = byFile.remove(path);
        if (old != null) {
            old.forEach(symbol -> definitions.computeIfPresent(symbol, (k, n) -> n == 1 ? null : n - 1));
        }
        if (content != null) {
            Set<String> defined = KconfigEntries.definedIn(new String(content, StandardCharsets.ISO_8859_1));
            byFile.put(path, defined);
            defined.forEach(symbol -> definitions.merge(symbol, 1, Integer::sum));
        }
    }

    /** The symbols each Kconfig file defines, for the facts cache. */
    synchronized Map<String, Set<String>> byFile() {
        return Map.copyOf(byFile);
    }

    /** The index these files' symbols make, as {@link #byFile()} gave them. */
    static KconfigSymbols of(Map<String, Set<String>> byFile) {
        KconfigSymbols symbols = new KconfigSymbols();
        byFile.forEach((path, defined) -> {
            symbols.byFile.put(path, defined);
            defined.forEach(symbol -> symbols.definitions.merge(symbol, 1, Integer::sum));
        });
        return symbols;
    }

    /** Whether some Kconfig file defines the symbol (without {@code CONFIG_}). */
    public synchronized boolean defines(String symbol) {
        return definitions.containsKey(symbol);
    }

    /** How many Kconfig files are indexed. */
    public synchronized int files() {
        return byFile.size();
    }
}
