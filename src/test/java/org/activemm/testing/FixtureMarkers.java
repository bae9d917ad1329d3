package org.activemm.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.activemm.sites.Finding;

/**
 * The findings a fixture tree expects, read from the {@code expect:} marker
 * comments written under the lines they are about (a marker is about the
 * nearest line above it that holds none), and the scans they are for (the
 * tree's {@code expected-scans} file). Format: docs/fixtures.md.
 */
public final class FixtureMarkers {
    static final String SCANS_FILE = "expected-scans";
    private static final String MARKER = "expect:";
    /** The order of expectations and findings: by path, line and column. */
    public static final Comparator<Expected> BY_PLACE = Comparator.comparing(Expected::path)
            .thenComparingInt(Expected::line).thenComparingInt(Expected::column);
    private static final Pattern WORD = Pattern.compile("([\\w-]+)=\"([^\"]*)\"|([\\w-]+)=(\\S+)|(\\S+)");

    /** One scan of a tree: its label in the markers and its arguments. */
    public record Scan(String label, String scheme, List<String> arches, boolean notes) {
    }

    /**
     * One expected finding; an empty function, guard, role or purpose stands for
     * none (file scope, no condition, a comment mention).
     */
    public record Expected(String path, int line, int column, String function, String role, String purpose,
            String scope, String rule, String guard, String status) {

        /** Its fields in order, TAB-separated, {@code -} for an empty one: what a test compares. */
        public String row() {
            return String.join("\t", path, Integer.toString(line), Integer.toString(column), dash(function),
                    dash(role), dash(purpose), scope, rule, dash(guard), status);
        }

        private static String dash(String s) {
            return s.isEmpty() ? "-" : s;
        }
    }

    private FixtureMarkers() {
    }

    /** The scans of {@code tree}'s expected-scans file, in its order. */
    public static List<Scan> scans(Path tree) throws IOException {
        List<Scan> scans = new ArrayList<>();
        for (String line : Files.readAllLines(tree.resolve(SCANS_FILE))) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int colon = line.indexOf(':');
            List<String> words = Arrays.asList(line.substring(colon + 1).trim().split("\\s+"));
            scans.add(new Scan(line.substring(0, colon).trim(), value(words, "--scheme"),
                    List.of(value(words, "--arch").split(",")), words.contains("--notes")));
        }
        return scans;
    }

    /** The scan named {@code label} in {@code tree}'s expected-scans file. */
    public static Scan scan(Path tree, String label) throws IOException {
        return scans(tree).stream().filter(s -> s.label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(tree + ": no scan '" + label + "' in " + SCANS_FILE));
    }

    /** Every finding the markers under {@code tree} expect from the scan {@code label}, by path, line and column. */
    public static List<Expected> expected(Path tree, String label) throws IOException {
        List<String> labels = scans(tree).stream().map(Scan::label).toList();
        List<Expected> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(tree)) {
            for (Path file : walk.filter(FixtureMarkers::isSource).toList()) {
                String path = tree.relativize(file).toString().replace('\\', '/');
                out.addAll(expected(path, Files.readAllLines(file, StandardCharsets.ISO_8859_1), labels, label));
            }
        }
        out.sort(BY_PLACE);
        return out;
    }

    /**
     * Every finding the markers in the file {@code path}, holding {@code text}, expect from the scan
     * {@code label}, where {@code labels} are the scans a marker may name: for a test's own small files.
     */
    public static List<Expected> expected(String path, String text, List<String> labels, String label) {
        List<Expected> out = expected(path, text.lines().toList(), labels, label);
        out.sort(BY_PLACE);
        return out;
    }

    /** The finding as {@link Expected#row()} writes an expectation: what a test compares a marker with. */
    public static Expected of(Finding f) {
        return new Expected(f.path(), f.line(), f.column(), f.function(), f.isNote() ? "" : f.role().word(),
                f.isNote() ? "" : f.purpose().word(), f.scope().word(), f.ruleId(), f.guard(), f.status().word());
    }

    private static List<Expected> expected(String path, List<String> lines, List<String> labels, String label) {
        List<Expected> out = new ArrayList<>();
        int about = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> markers = markers(lines.get(i));
            if (markers.isEmpty()) {
                about = i + 1;
            } else if (about == 0) {
                throw new IllegalArgumentException(path + ":" + (i + 1) + ": a marker needs a line above it");
            }
            for (String marker : markers) {
                Expected e = parse(path + ":" + (i + 1) + ": ", path, about, marker, labels, label);
                if (e != null) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    /**
     * A fixture file as a series left it, without its marker lines: what a test
     * compares with the text it expects the series to write.
     */
    public static String withoutMarkerLines(Path file) throws IOException {
        StringBuilder out = new StringBuilder();
        for (String line : Files.readString(file).split("\n", -1)) {
            if (markers(line).isEmpty()) {
                out.append(line).append('\n');
            }
        }
        return out.substring(0, out.length() - 1);
    }

    /** The text of each marker on a line: from {@code expect:} to the next marker, the comment's end or the line's. */
    static List<String> markers(String line) {
        List<String> out = new ArrayList<>();
        for (int at = line.indexOf(MARKER); at >= 0; ) {
            int next = line.indexOf(MARKER, at + MARKER.length());
            String text = line.substring(at + MARKER.length(), next < 0 ? line.length() : next);
            int end = text.indexOf("*/");
            out.add((end < 0 ? text : text.substring(0, end)).strip());
            at = next;
        }
        return out;
    }

    /**
     * The finding {@code marker} (at {@code where}) expects on {@code line} from scan {@code label}, or null
     * when it names no status for that scan.
     */
    static Expected parse(String where, String path, int line, String marker, List<String> labels, String label) {
        List<String> plain = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Matcher m = WORD.matcher(marker);
        while (m.find()) {
            if (m.group(5) != null) {
                plain.add(m.group(5));
            } else {
                keys.put(m.group(1) != null ? m.group(1) : m.group(3), m.group(1) != null ? m.group(2) : m.group(4));
            }
        }
        boolean note = plain.size() == 2 && plain.get(1).equals("note");
        if (!note && plain.size() != 3 || !keys.containsKey("col")) {
            throw new IllegalArgumentException(where + "a marker is 'expect: RULE ROLE PURPOSE' or 'expect: RULE note',"
                    + " then col=N: " + marker);
        }
        for (String key : keys.keySet()) {
            if (!List.of("in", "col", "if").contains(key) && !labels.contains(key)) {
                throw new IllegalArgumentException(where + "'" + key + "' is neither in, col, if nor a scan of "
                        + SCANS_FILE + " " + labels + ": " + marker);
            }
        }
        String status = keys.get(label);
        if (status == null) {
            return null;
        }
        return new Expected(path, line, Integer.parseInt(keys.get("col")), keys.getOrDefault("in", ""),
                note ? "" : plain.get(1), note ? "" : plain.get(2), scope(path), plain.get(0),
                keys.getOrDefault("if", ""), status);
    }

    /** The files a scan reads, so only they hold markers. */
    private static boolean isSource(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && (name.endsWith(".c") || name.endsWith(".h") || name.endsWith(".S"));
    }

    /** The scope a fixture file's findings have: its arch for arch/A/..., drivers, else core. */
    static String scope(String path) {
        String[] parts = path.split("/");
        if (parts[0].equals("arch") && parts.length > 2) {
            return "arch/" + parts[1];
        }
        return parts[0].equals("drivers") ? "drivers" : "core";
    }

    private static String value(List<String> words, String option) {
        int i = words.indexOf(option);
        if (i < 0 || i + 1 >= words.size()) {
            throw new IllegalArgumentException(SCANS_FILE + ": every scan names " + option + ": " + words);
        }
        return words.get(i + 1);
    }
}
