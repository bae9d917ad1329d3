package org.activemm.lex;

import java.util.List;

/**
 * Names the owner of a brace opened at file scope from the tokens before
 * it: a function ({@code name(...) {}}), an initializer ({@code name = {}}),
 * or a struct, union or enum ({@code struct name {}}).
 */
final class Owners {
    private Owners() {
    }

    static String ownerOf(List<String> statement) {
        int n = statement.size();
        if (n == 0) {
            return "";
        }
        int equals = topLevelEquals(statement);
        if (equals >= 0) {
            return lastName(statement, equals);
        }
        if (statement.get(n - 1).equals(")")) {
            return functionName(statement, n - 1);
        }
        String last = statement.get(n - 1);
        if (n >= 2 && isTag(statement.get(n - 2)) && isName(last)) {
            return last;
        }
        // struct name __attribute__((...)) { and similar
        for (int i = n - 2; i >= 0; i--) {
            if (isTag(statement.get(i)) && isName(statement.get(i + 1))) {
                return statement.get(i + 1);
            }
        }
        return "";
    }

    private static boolean isTag(String s) {
        return s.equals("struct") || s.equals("union") || s.equals("enum");
    }

    /** The name before a parameter list, skipping trailing annotations like {@code __acquires(x)}. */
    private static String functionName(List<String> statement, int close) {
        int i = close;
        while (i >= 0 && statement.get(i).equals(")")) {
            int open = matchingOpen(statement, i);
            if (open <= 0) {
                return "";
            }
            String name = statement.get(open - 1);
            if (!isName(name)) {
                return "";
            }
            if (isAnnotation(name) && open - 2 >= 0 && statement.get(open - 2).equals(")")) {
                i = open - 2;
                continue;
            }
            if (name.matches("(COMPAT_)?SYSCALL_DEFINE\\d") && open + 1 < statement.size()
                    && isName(statement.get(open + 1))) {
                return (name.startsWith("COMPAT_") ? "compat_sys_" : "sys_") + statement.get(open + 1);
            }
            return name;
        }
        return "";
    }

    private static boolean isAnnotation(String name) {
        return name.startsWith("__");
    }

    private static int matchingOpen(List<String> statement, int close) {
        int level = 0;
        for (int i = close; i >= 0; i--) {
            String s = statement.get(i);
            if (s.equals(")")) {
                level++;
            } else if (s.equals("(")) {
                level--;
                if (level == 0) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static int topLevelEquals(List<String> statement) {
        int level = 0;
        for (int i = 0; i < statement.size(); i++) {
            String s = statement.get(i);
            if (s.equals("(") || s.equals("[")) {
                level++;
            } else if (s.equals(")") || s.equals("]")) {
                level--;
            } else if (level == 0 && s.equals("=")) {
                return i;
            }
        }
        return -1;
    }

    /** The declared name before {@code =}: skips array bounds, annotations and macro arguments. */
    private static String lastName(List<String> statement, int end) {
        int level = 0;
        String fallback = "";
        for (int i = end - 1; i >= 0; i--) {
            String s = statement.get(i);
            if (s.equals(")") || s.equals("]")) {
                level++;
            } else if (s.equals("(") || s.equals("[")) {
                level--;
            } else if (level == 0 && isName(s)) {
                if (!isAnnotation(s)) {
                    return s;
                }
                if (fallback.isEmpty()) {
                    fallback = s;
                }
            }
        }
        return fallback;
    }

    static boolean isName(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '_' || c == '$' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
