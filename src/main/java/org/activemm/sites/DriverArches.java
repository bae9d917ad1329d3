package org.activemm.sites;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activemm.tree.SideFiles;

/**
 * Which arches can build a driver file, from the kbuild Makefile line that
 * builds it ({@code obj-$(CONFIG_FOO) += x.o}) and the Kconfig entry of
 * that symbol ({@code depends on PPC_PMAC}). Null means "any arch, as far
 * as the tool can tell".
 */
final class DriverArches {
    private static final Pattern ASSIGNMENT = Pattern.compile(
            "^\\s*([A-Za-z0-9_.-]+?)-(?:\\$\\(CONFIG_([A-Za-z0-9_]+)\\)|(y|objs))\\s*[:+]?=(.*)$");
    private static final Pattern SYMBOL = Pattern.compile("[A-Za-z0-9_]+|&&|\\|\\||!|\\(|\\)");
    private static final int MAX_DEPTH = 4;

    private final SideFiles tree;
    private final Map<String, Optional<String>> files = new ConcurrentHashMap<>();

    DriverArches(SideFiles tree) {
        this.tree = tree;
    }

    /** The arches that can build this file, or null when any arch may. */
    Set<String> of(String path) {
        int slash = path.lastIndexOf('/');
        if (slash < 0 || !path.endsWith(".c")) {
            return null;
        }
        String dir = path.substring(0, slash);
        String object = path.substring(slash + 1, path.length() - 2) + ".o";
        return objectArches(dir, object, 0);
    }

    /** Union over the Makefile lines that build the object; a line's condition and its target are both needed. */
    private Set<String> objectArches(String dir, String object, int depth) {
        if (depth > MAX_DEPTH) {
            return null;
        }
        String makefile = read(dir + "/Makefile").or(() -> read(dir + "/Kbuild")).orElse(null);
        if (makefile == null) {
            return null;
        }
        boolean found = false;
        Set<String> union = new HashSet<>();
        String stem = object.endsWith(".o") ? object.substring(0, object.length() - 2) : object;
        for (String line : makefile.replace("\\\n", " ").split("\n")) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (!m.matches() || !mentions(m.group(4), object, stem)) {
                continue;
            }
            found = true;
            String variable = m.group(1);
            Set<String> condition = m.group(2) == null ? null : symbolArches(dir, m.group(2), 0);
            Set<String> target;
            if (variable.equals("obj")) {
                target = m.group(2) == null ? directoryArches(dir, depth) : null;
            } else {
                target = objectArches(dir, variable, depth + 1);
            }
            Set<String> both = intersect(condition, target);
            if (both == null) {
                return null;
            }
            union.addAll(both);
        }
        return found ? union : null;
    }

    /** {@code x.o} as a word, or the composite {@code $(name-y)} / {@code name.o}. */
    private static boolean mentions(String rhs, String object, String stem) {
        for (String word : rhs.trim().split("\\s+")) {
            if (word.equals(object) || word.equals("$(" + stem + "-y)") || word.equals("$(" + stem + "-objs)")) {
                return true;
            }
        }
        return false;
    }

    /** An {@code obj-y} file is built when its directory is: the parent's {@code obj-$(CONFIG_X) += dir/}. */
    private Set<String> directoryArches(String dir, int depth) {
        int slash = dir.lastIndexOf('/');
        if (slash < 0 || dir.equals("drivers")) {
            return null;
        }
        return objectArches(dir.substring(0, slash), dir.substring(slash + 1) + "/", depth + 1);
    }

    /** The arches a symbol is restricted to by its own name or its Kconfig {@code depends on}. */
    private Set<String> symbolArches(String dir, String symbol, int depth) {
        String arch = ArchSymbols.archOf(symbol);
        if (arch != null) {
            return Set.of(arch);
        }
        if (depth > 1) {
            return null;
        }
        List<String> depends = KconfigEntries.dependsOn(this::read, dir, symbol);
        Set<String> all = null;
        for (String expression : depends) {
            all = intersect(all, expressionArches(dir, expression, depth));
        }
        return all;
    }

    private Set<String> expressionArches(String dir, String expression, int depth) {
        List<String> tokens = new ArrayList<>();
        Matcher m = SYMBOL.matcher(expression);
        while (m.find()) {
            tokens.add(m.group());
        }
        int[] at = {0};
        return orExpression(dir, tokens, at, depth);
    }

    private Set<String> orExpression(String dir, List<String> tokens, int[] at, int depth) {
        Set<String> result = andExpression(dir, tokens, at, depth);
        while (at[0] < tokens.size() && tokens.get(at[0]).equals("||")) {
            at[0]++;
            Set<String> right = andExpression(dir, tokens, at, depth);
            result = result == null || right == null ? null : union(result, right);
        }
        return result;
    }

    private Set<String> andExpression(String dir, List<String> tokens, int[] at, int depth) {
        Set<String> result = primary(dir, tokens, at, depth);
        while (at[0] < tokens.size() && tokens.get(at[0]).equals("&&")) {
            at[0]++;
            result = intersect(result, primary(dir, tokens, at, depth));
        }
        return result;
    }

    private Set<String> primary(String dir, List<String> tokens, int[] at, int depth) {
        if (at[0] >= tokens.size()) {
            return null;
        }
        String t = tokens.get(at[0]++);
        if (t.equals("!")) {
            primary(dir, tokens, at, depth);
            return null;
        }
        if (t.equals("(")) {
            Set<String> inner = orExpression(dir, tokens, at, depth);
            if (at[0] < tokens.size() && tokens.get(at[0]).equals(")")) {
                at[0]++;
            }
            return inner;
        }
        return symbolArches(dir, t, depth + 1);
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        Set<String> out = new HashSet<>(a);
        out.retainAll(b);
        return out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return out;
    }

    private Optional<String> read(String path) {
        return files.computeIfAbsent(path, p -> tree.read(p).map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1)));
    }
}
