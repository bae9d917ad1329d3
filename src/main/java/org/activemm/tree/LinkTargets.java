package org.activemm.tree;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Where a symbolic link stored in a git tree points, as a path from the tree root. */
final class LinkTargets {
    private LinkTargets() {
    }

    /**
     * The target of the link at {@code linkPath} as a root-relative path ({@code ""}
     * for the root itself), or empty when it is absolute or climbs above the root
     * (it leaves the tree).
     */
    static Optional<String> resolve(String linkPath, String target) {
        if (target.startsWith("/")) {
            return Optional.empty();
        }
        Deque<String> parts = new ArrayDeque<>();
        String[] link = linkPath.split("/");
        for (int i = 0; i < link.length - 1; i++) {
            parts.addLast(link[i]);
        }
        for (String part : target.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return Optional.empty();
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return Optional.of(String.join("/", parts));
    }
}
