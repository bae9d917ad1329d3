package org.activemm.generate;

import java.util.Collection;
import java.util.Set;

/** The kernel-style subject prefix ({@code x86/mm}, {@code sched}, {@code mm}) for the files a patch touches. */
final class Subsystem {
    private static final Set<String> SCHED_FILES = Set.of("include/linux/sched.h", "init/init_task.c");

    private Subsystem() {
    }

    static String of(Collection<String> paths) {
        String arch = commonArch(paths);
        if (arch != null) {
            boolean mm = paths.stream().allMatch(p -> p.startsWith("arch/" + arch + "/mm/"));
            return mm ? arch + "/mm" : arch;
        }
        if (!paths.isEmpty() && paths.stream().allMatch(p -> p.equals("kernel/sched/core.c"))) {
            return "sched/core";
        }
        if (!paths.isEmpty() && paths.stream().allMatch(p -> p.startsWith("kernel/sched/") || SCHED_FILES.contains(p))) {
            return "sched";
        }
        return "mm";
    }

    private static String commonArch(Collection<String> paths) {
        String arch = null;
        for (String p : paths) {
            if (!p.startsWith("arch/") || p.indexOf('/', 5) < 0) {
                return null;
            }
            String a = p.substring(5, p.indexOf('/', 5));
            if (arch != null && !arch.equals(a)) {
                return null;
            }
            arch = a;
        }
        return arch;
    }
}
