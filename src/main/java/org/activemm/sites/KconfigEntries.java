package org.activemm.sites;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a symbol's {@code config} entry in the Kconfig files of a directory
 * (following {@code source} lines) or its parent, and returns every
 * {@code depends on} expression that applies to it, including those of the
 * enclosing {@code if} and {@code menu} blocks.
 */
public final class KconfigEntries {
    private static final int MAX_FILES = 24;

    private KconfigEntries() {
    }

    static List<String> dependsOn(Function<String, Optional<String>> reader, String dir, String symbol) {
        String current = dir;
        for (int level = 0; level < 2 && current != null; level++) {
            List<String> found = search(reader, current + "/Kconfig", symbol, List.of(), new HashSet<>(), true);
            if (found != null) {
                return found;
            }
            int slash = current.lastIndexOf('/');
            current = slash < 0 ? null : current.substring(0, slash);
        }
        return List.of();
    }

    /**
     * The entry's {@code depends on} expressions in this one file, its
     * {@code source} lines not followed; null when the file has no such entry.
     */
    static List<String> dependsOnIn(Function<String, Optional<String>> reader, String file, String symbol) {
        return search(reader, file, symbol, List.of(), new HashSet<>(), false);
    }

    /** A {@code source} line and the conditions of the blocks around it. */
    private record Source(String file, List<String> conditions) {
    }

    private static List<String> search(Function<String, Optional<String>> reader, String file, String symbol,
            List<String> outer, Set<String> seen, boolean follow) {
        if (seen.size() >= MAX_FILES || !seen.add(file)) {
            return null;
        }
        Optional<String> text = reader.apply(file);
        if (text.isEmpty()) {
            return null;
        }
        Deque<String> blocks = new ArrayDeque<>(); // if/menu conditions; "" for a menu without one
        List<String> entry = null;
        List<Source> sources = new ArrayList<>();
        for (Statement statement : statements(text.get())) {
            String keyword = statement.keyword();
            String rest = statement.rest();
            if (entry != null && isEntryEnd(keyword)) {
                return entry;
            }
            switch (keyword) {
                case "config", "menuconfig" -> {
                    if (symbolOf(rest).equals(symbol)) {
                        entry = new ArrayList<>(outer);
                        for (String b : blocks) {
                            if (!b.isEmpty()) {
                                entry.add(b);
                            }
                        }
                    }
                }
                case "if" -> blocks.push(rest);
                case "menu" -> blocks.push("");
                case "endif", "endmenu" -> {
                    if (!blocks.isEmpty()) {
                        blocks.pop();
                    }
                }
                case "depends" -> {
                    String expression = rest.startsWith("on") ? rest.substring(2).trim() : rest;
                    if (entry != null) {
                        entry.add(expression);
                    } else if (!blocks.isEmpty() && blocks.peek().isEmpty()) {
                        blocks.pop();
                        blocks.push(expression); // a menu's own depends on
                    }
                }
                case "source", "rsource", "osource" -> sources.add(new Source(unquote(rest), conditions(outer, blocks)));
                default -> {
                }
            }
        }
        if (entry != null || !follow) {
            return entry;
        }
        for (Source source : sources) {
            List<String> found = search(reader, source.file(), symbol, source.conditions(), seen, true);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** The symbols that {@code config} and {@code menuconfig} lines of one Kconfig file's text define. */
    public static Set<String> definedIn(String text) {
        Set<String> out = new HashSet<>();
        for (Statement statement : statements(text)) {
            if (statement.keyword().equals("config") || statement.keyword().equals("menuconfig")) {
                String symbol = symbolOf(statement.rest());
                if (!symbol.isEmpty()) {
                    out.add(symbol);
                }
            }
        }
        return out;
    }

    /**
     * The symbol a {@code config} line's rest names: its first word, since what
     * follows can only be a {@code #} comment; a symbol never holds white space.
     */
    private static String symbolOf(String rest) {
        return rest.substring(0, firstWordEnd(rest));
    }

    /** One Kconfig line outside help text: its first word and the rest, trimmed. */
    private record Statement(String keyword, String rest) {
    }

    /** The lines of a Kconfig file outside help text, continuation lines joined. */
    private static List<Statement> statements(String text) {
        List<Statement> out = new ArrayList<>();
        int helpIndent = -1;
        for (String raw : text.replace("\\\n", " ").split("\n")) {
            String line = raw.trim();
            int indent = indentOf(raw);
            if (helpIndent >= 0) {
                if (line.isEmpty() || indent > helpIndent) {
                    continue;
                }
                helpIndent = -1;
            }
            if (line.equals("help") || line.equals("---help---")) {
                helpIndent = indent;
                continue;
            }
            // no String.split here: its regex is compiled per call, and a tree has 200,000 Kconfig lines
            int end = firstWordEnd(line);
            out.add(new Statement(line.substring(0, end), line.substring(end).trim()));
        }
        return out;
    }

    /** Where the text's first word ends: at its first white space, or at its end. */
    private static int firstWordEnd(String text) {
        int end = 0;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return end;
    }

    private static List<String> conditions(List<String> outer, Deque<String> blocks) {
        List<String> all = new ArrayList<>(outer);
        for (String b : blocks) {
            if (!b.isEmpty()) {
                all.add(b);
            }
        }
        return all;
    }

    /** Tabs count as eight columns, as Kconfig help text is laid out. */
    private static int indentOf(String raw) {
        int width = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == ' ') {
                width++;
            } else if (c == '\t') {
                width = (width / 8 + 1) * 8;
            } else {
                break;
            }
        }
        return width;
    }

    private static boolean isEntryEnd(String keyword) {
        return switch (keyword) {
            case "config", "menuconfig", "choice", "endchoice", "menu", "endmenu", "if", "endif", "source",
                    "comment" -> true;
            default -> false;
        };
    }

    private static String unquote(String s) {
        return s.replace("\"", "").trim();
    }
}
