package org.activemm.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/** Renders verdicts as the arch x scheme table: text for a terminal, Markdown for docs, JSON for tools. */
public final class VerdictTable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerdictTable() {
    }

    public static String text(List<Verdict> verdicts) {
        List<Strategy> schemes = schemes(verdicts);
        StringBuilder out = new StringBuilder(String.format("%-16s", "arch"));
        schemes.forEach(s -> out.append(String.format("%-22s", s.word())));
        out.append('\n');
        for (String arch : arches(verdicts)) {
            out.append(String.format("%-16s", arch));
            for (Strategy s : schemes) {
                out.append(String.format("%-22s", cell(find(verdicts, arch, s))));
            }
            out.append('\n');
        }
        out.append('\n').append(costs(verdicts, false));
        return out.toString();
    }

    public static String markdown(List<Verdict> verdicts) {
        List<Strategy> schemes = schemes(verdicts);
        StringBuilder out = new StringBuilder("| arch |");
        schemes.forEach(s -> out.append(' ').append(s.word()).append(" |"));
        out.append("\n| --- |");
        schemes.forEach(s -> out.append(" --- |"));
        out.append('\n');
        for (String arch : arches(verdicts)) {
            out.append("| `").append(arch).append("` |");
            for (Strategy s : schemes) {
                Verdict v = find(verdicts, arch, s);
                out.append(' ').append(v.safe() ? "safe" : "**" + v.property() + "** (" + v.trace().size() + " steps)")
                        .append(" |");
            }
            out.append('\n');
        }
        out.append('\n').append(costs(verdicts, true));
        return out.toString();
    }

    public static String json(List<Verdict> verdicts, double seconds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Verdict v : verdicts) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("arch", v.arch());
            row.put("scheme", v.strategy().word());
            row.put("safe", v.safe());
            row.put("property", v.property());
            row.put("trace", v.trace());
            row.put("explanation", v.explanation());
            row.put("atomics_per_lazy_switch", v.costs().atomicsPerLazySwitch());
            Map<String, Integer> ipis = new LinkedHashMap<>();
            Costs.CPU_COUNTS.forEach(n -> ipis.put(String.valueOf(n), v.costs().ipis(n)));
            row.put("ipis_per_exit", ipis);
            row.put("states_explored", v.statesExplored());
            row.put("cpus", v.cpus());
            row.put("efi", v.efi().word());
            rows.add(row);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("verdicts", rows);
        doc.put("states_explored", totalStates(verdicts));
        doc.put("seconds", Math.round(seconds * 1000) / 1000.0);
        try {
            return JSON.writeValueAsString(doc) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("verdicts are plain data", e);
        }
    }

    public static long totalStates(List<Verdict> verdicts) {
        return verdicts.stream().mapToLong(Verdict::statesExplored).sum();
    }

    private static String cell(Verdict v) {
        return v.safe() ? "safe" : v.property() + " (" + v.trace().size() + " steps)";
    }

    /** One line per scheme: its costs do not depend on the arch except for cpumask tracking. */
    private static String costs(List<Verdict> verdicts, boolean markdown) {
        String counts = Costs.CPU_COUNTS.stream().map(String::valueOf).collect(Collectors.joining("/"));
        StringBuilder out = new StringBuilder(markdown
                ? "| scheme | mm_count atomics per lazy switch | IPIs per exit (" + counts + " CPUs) |\n| --- | --- | --- |\n"
                : "costs: mm_count atomics per lazy switch; IPIs per exit for " + counts + " CPUs\n");
        for (Strategy s : schemes(verdicts)) {
            Set<String> ipis = new LinkedHashSet<>();
            int atomics = 0;
            for (Verdict v : verdicts) {
                if (v.strategy() == s) {
                    atomics = v.costs().atomicsPerLazySwitch();
                    String line = Costs.CPU_COUNTS.stream().map(n -> String.valueOf(v.costs().ipis(n)))
                            .collect(Collectors.joining("/"));
                    ipis.add(s == Strategy.IPI_CPUMASK ? line + " (cpumask " + (v.costs().ipis(2) > 0 ? "tracked" : "none") + ")" : line);
                }
            }
            String ipiText = String.join(", ", ipis);
            out.append(markdown ? "| " + s.word() + " | " + atomics + " | " + ipiText + " |\n"
                    : String.format("  %-12s %d atomics, %s IPIs%n", s.word(), atomics, ipiText));
        }
        return out.toString();
    }

    private static List<Strategy> schemes(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::strategy).distinct().toList();
    }

    private static List<String> arches(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::arch).distinct().toList();
    }

    private static Verdict find(List<Verdict> verdicts, String arch, Strategy s) {
        return verdicts.stream().filter(v -> v.arch().equals(arch) && v.strategy() == s).findFirst().orElseThrow();
    }
}
