package org.activemm.series;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.activemm.sites.Scheme;

/**
 * What a series is about, read from its diffs when the user does not say:
 * the scheme whose option it adds or selects ({@code ARCH_NO_TASK_ACTIVE_MM}:
 * seed, {@code MMU_LAZY_TLB_SHOOTDOWN}: upstream; seed when it names neither)
 * and the arches whose {@code arch/<arch>/Kconfig} gains a {@code select} of it.
 */
public record SeriesScope(Scheme scheme, List<String> arches) {
    private static final Pattern SELECT = Pattern.compile("^\\s*select\\s+(\\w+)\\b.*");
    private static final Pattern ARCH_KCONFIG = Pattern.compile("^arch/([^/]+)/Kconfig.*");

    public SeriesScope {
        arches = List.copyOf(arches);
    }

    public static SeriesScope of(PatchSeries series) {
        Scheme scheme = null;
        Map<Scheme, List<String>> selecting = new EnumMap<>(Scheme.class);
        for (Scheme each : Scheme.values()) {
            selecting.put(each, new ArrayList<>());
        }
        for (PatchMail mail : series.patches()) {
            for (FileChange change : DiffReader.changes(mail)) {
                Matcher arch = ARCH_KCONFIG.matcher(change.path());
                for (Hunk hunk : change.hunks()) {
                    for (Hunk.Line line : hunk.lines()) {
                        if (line.kind() == ' ') {
                            continue;
                        }
                        if (scheme == null) {
                            scheme = withOption(option -> line.text().contains(option));
                        }
                        Matcher select = SELECT.matcher(line.text());
                        if (line.kind() == '+' && select.matches() && arch.matches()) {
                            Scheme selected = withOption(select.group(1)::equals);
                            if (selected != null && !selecting.get(selected).contains(arch.group(1))) {
                                selecting.get(selected).add(arch.group(1));
                            }
                        }
                    }
                }
            }
        }
        Scheme chosen = scheme == null ? Scheme.SEED : scheme;
        return new SeriesScope(chosen, selecting.get(chosen));
    }

    /** The first scheme (seed before upstream) whose option the text matches, or null. */
    private static Scheme withOption(Predicate<String> matches) {
        return Arrays.stream(Scheme.values()).filter(s -> matches.test(s.option())).findFirst().orElse(null);
    }
}
