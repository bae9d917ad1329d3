package org.activemm.series;

import java.util.ArrayList;
import java.util.List;
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
        List<String> seed = new ArrayList<>();
        List<String> upstream = new ArrayList<>();
        for (PatchMail mail : series.patches()) {
            for (FileChange change : DiffReader.changes(mail)) {
                Matcher arch = ARCH_KCONFIG.matcher(change.path());
                for (Hunk hunk : change.hunks()) {
                    for (Hunk.Line line : hunk.lines()) {
                        if (line.kind() == ' ') {
                            continue;
                        }
                        if (scheme == null && line.text().contains(Scheme.SEED.option())) {
                            scheme = Scheme.SEED;
                        } else if (scheme == null && line.text().contains(Scheme.UPSTREAM.option())) {
                            scheme = Scheme.UPSTREAM;
                        }
                        Matcher select = SELECT.matcher(line.text());
                        if (line.kind() == '+' && select.matches() && arch.matches()) {
                            addOnce(select.group(1).equals(Scheme.SEED.option()) ? seed
                                    : select.group(1).equals(Scheme.UPSTREAM.option()) ? upstream : null, arch.group(1));
                        }
                    }
                }
            }
        }
        Scheme chosen = scheme == null ? Scheme.SEED : scheme;
        return new SeriesScope(chosen, chosen == Scheme.SEED ? seed : upstream);
    }

    private static void addOnce(List<String> arches, String arch) {
        if (arches != null && !arches.contains(arch)) {
            arches.add(arch);
        }
    }
}
