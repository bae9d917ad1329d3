package org.activemm.generate;

import java.util.List;

/**
 * One MAINTAINERS entry as matching needs it: its patterns as written, and
 * where its lines lie in the file ({@code start} to {@code end}, in bytes),
 * so that its people and lists are read only when it matches.
 */
record MaintainersEntry(int start, int end, List<String> files, List<String> excludes, List<String> regexes,
        List<String> keywords) {

    /** "THE REST": {@code F: *} only, whose people are not Cc'd. */
    boolean catchAll() {
        if (files.isEmpty()) {
            return false;
        }
        for (String f : files) {
            if (!f.equals("*") && !f.equals("*/")) {
                return false;
            }
        }
        return true;
    }
}
