package org.activemm.series.facts;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activemm.sites.KconfigEntries;
import org.activemm.sites.Scope;

/**
 * Which Kconfig symbols a tree defines ({@code config X}, {@code menuconfig X}
 * in any {@code Kconfig*} file), and in which files, kept per file so that a
 * step updates only the files its patch touches.
 */
public final class KconfigSymbols {
    private static final String UML = "um";
    /**
     * The symbols of each file, joined by single spaces: the form the facts cache
     * keeps (a symbol has no spaces), which a warm check reads back as one string
     * per file, about 1,700 in a kernel, rather than 20,000 symbols.
     */
    private final Map<String, String> byFile = new HashMap<>();
    /** The files that define each symbol; made on the first question, then kept up to date. */
    private Map<String, Set<String>> definitions;

    /** Whether a path is a Kconfig file: its name starts with {@code Kconfig} ({@code Kconfig.debug}, {@code Kconfig.cpu}). */
    public static boolean isKconfig(String path) {
        return path.substring(path.lastIndexOf('/') + 1).startsWith("Kconfig");
    }

    /** Records a file's new content; null when the file is deleted. Paths that are not Kconfig files are ignored. */
    public synchronized void update(String path, byte[] content) {
        if (!isKconfig(path)) {
            return;
        }
        String old = byFile.remove(path);
        if (old != null && definitions != null) {
            symbols(old).forEach(symbol -> definitions.computeIfPresent(symbol, (k, files) -> {
                files.remove(path);
                return files.isEmpty() ? null : files;
            }));
        }
        if (content != null) {
            String defined = String.join(" ", KconfigEntries.definedIn(new String(content, StandardCharsets.ISO_8859_1)));
            byFile.put(path, defined);
            if (definitions != null) {
                index(path, defined);
            }
        }
    }

    /** The symbols each Kconfig file defines, joined by spaces, for the facts cache. */
    synchronized Map<String, String> byFile() {
        return Map.copyOf(byFile);
    }

    /** The index these files' symbols make, as {@link #byFile()} gave them. */
    static KconfigSymbols of(Map<String, String> byFile) {
        KconfigSymbols symbols = new KconfigSymbols();
        symbols.byFile.putAll(byFile);
        return symbols;
    }

    /** Whether some Kconfig file defines the symbol (without {@code CONFIG_}). */
    public synchronized boolean defines(String symbol) {
        return definitions().containsKey(symbol);
    }

    /**
     * Whether a Kconfig file that a build for {@code arch} reads defines the
     * symbol: one outside {@code arch/}, or under {@code arch/<arch>/}. Another
     * arch's Kconfig files are never read, so what only they define is never
     * set for this arch. A null arch asks {@link #defines}.
     */
    public synchronized boolean definesFor(String symbol, String arch) {
        if (arch == null) {
            return defines(symbol);
        }
        return definitions().getOrDefault(symbol, Set.of()).stream().anyMatch(path -> {
            String reader = archReading(path);
            return reader == null || reader.equals(arch);
        });
    }

    /**
     * The one arch whose build reads a Kconfig file, or null for every arch.
     * arch/um/Kconfig sources {@code arch/$(HEADER_ARCH)/um/Kconfig}, so
     * {@code arch/<host>/um/} is read by um builds, not by the host arch's.
     */
    private static String archReading(String path) {
        Scope owner = Scope.of(path);
        if (!owner.isArch()) {
            return null;
        }
        return path.startsWith("arch/" + owner.arch() + "/" + UML + "/") ? UML : owner.arch();
    }

    private Map<String, Set<String>> definitions() {
        if (definitions == null) {
            definitions = new HashMap<>();
            byFile.forEach(this::index);
        }
        return definitions;
    }

    private void index(String path, String defined) {
        symbols(defined).forEach(symbol -> definitions.computeIfAbsent(symbol, k -> new HashSet<>()).add(path));
    }

    private static List<String> symbols(String joined) {
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(" "));
    }

    /** How many Kconfig files are indexed. */
    public synchronized int files() {
        return byFile.size();
    }
}
