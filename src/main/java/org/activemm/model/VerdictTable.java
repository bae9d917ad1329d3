package org.activemm.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Renders verdicts as the arch x (scheme, strategy) table: text for a terminal, Markdown for docs,
 * JSON for tools.
 */
public final class VerdictTable {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private VerdictTable() {
    }

    public static String text(List<Verdict> verdicts) {
        List<SchemeStrategy> columns = columns(verdicts);
        StringBuilder out = new StringBuilder(String.format("%-16s", "arch"));
        columns.forEach(c -> out.append(String.format("%-24s", c.word())));
        out.append('\n');
        for (String arch : arches(verdicts)) {
            out.append(String.format("%-16s", arch));
            for (SchemeStrategy c : columns) {
                out.append(String.format("%-24s", cell(find(verdicts, arch, c))));
            }
            out.append('\n');
        }
        out.append('\n').append(CostTable.text(verdicts));
        return out.toString();
    }

    public static String markdown(List<Verdict> verdicts) {
        List<SchemeStrategy> columns = columns(verdicts);
        StringBuilder out = new StringBuilder("| arch |");
        columns.forEach(c -> out.append(' ').append(c.word()).append(" |"));
        out.append("\n| --- |");
        columns.forEach(c -> out.append(" --- |"));
        out.append('\n');
        for (String arch : arches(verdicts)) {
            out.append("| `").append(arch).append("` |");
            for (SchemeStrategy c : columns) {
                Verdict v = find(verdicts, arch, c);
                out.append(' ').append(v.safe() ? "safe" : "**" + v.property() + "** (" + v.steps().size() + " steps)")
                        .append(" |");
            }
            out.append('\n');
        }
        out.append('\n').append(CostTable.markdown(verdicts));
        return out.toString();
    }

    public static String json(List<Verdict> verdicts, double seconds) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Verdict v : verdicts) {
            rows.add(row(v));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("verdicts", rows);
        doc.put("states_explored", totalStates(verdicts));
        doc.put("seconds", Math.round(seconds * 1000) / 1000.0);
        return write(doc);
    }

    /** One verdict as JSON: what {@code model explain --format json} prints. */
    public static String json(Verdict v) {
        return write(row(v));
    }

    private static Map<String, Object> row(Verdict v) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("arch", v.arch());
        row.put("scheme", v.scheme().word());
        row.put("strategy", v.strategy().word());
        row.put("safe", v.safe());
        row.put("property", v.property());
        row.put("trace", v.trace());
        List<Map<String, Object>> steps = new ArrayList<>();
        for (TraceStep s : v.steps()) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("cpu", s.cpu());
            step.put("text", s.text());
            step.put("mm", s.mmAfter());
            steps.add(step);
        }
        row.put("steps", steps);
        row.put("explanation", v.explanation());
        row.put("atomics_per_lazy_switch", v.costs().atomicsPerLazySwitch());
        row.put("record_writes_per_switch", v.costs().recordWritesPerSwitch());
        row.put("ipis_per_exit", byCpus(v.costs().ipisPerExit()));
        row.put("exit_hook_ipis", byCpus(v.costs().exitHookIpis()));
        row.put("states_explored", v.statesExplored());
        row.put("cpus", v.cpus());
        row.put("efi", v.efi().word());
        return row;
    }

    private static Map<String, Integer> byCpus(Map<Integer, Integer> counts) {
        Map<String, Integer> out = new LinkedHashMap<>();
        Costs.CPU_COUNTS.forEach(n -> out.put(String.valueOf(n), counts.get(n)));
        return out;
    }

    private static String write(Object doc) {
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
        return v.safe() ? "safe" : v.property() + " (" + v.steps().size() + " steps)";
    }

    private static List<SchemeStrategy> columns(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::column).distinct().toList();
    }

    private static List<String> arches(List<Verdict> verdicts) {
        return verdicts.stream().map(Verdict::arch).distinct().toList();
    }

    private static Verdict find(List<Verdict> verdicts, String arch, SchemeStrategy column) {
        return verdicts.stream().filter(v -> v.arch().equals(arch) && v.column().equals(column)).findFirst().orElseThrow();
    }

    /** Costs depend on the strategy and a few profile facts, not on the scheme: one line per strategy. */
    static final class CostTable {
        private CostTable() {
        }

        static String text(List<Verdict> verdicts) {
            StringBuilder out = new StringBuilder("costs: mm_count atomics per lazy switch; per-CPU record writes per switch;"
                    + " IPIs per exit for " + counts() + " CPUs\n");
            for (Strategy s : strategies(verdicts)) {
                Verdict any = first(verdicts, s);
                out.append(String.format("  %-12s %d atomics, %d writes, %s IPIs%n", s.word(),
                        any.costs().atomicsPerLazySwitch(), any.costs().recordWritesPerSwitch(), ipis(verdicts, s)));
            }
            return out.toString();
        }

        static String markdown(List<Verdict> verdicts) {
            StringBuilder out = new StringBuilder("| strategy | mm_count atomics per lazy switch | per-CPU record writes per switch"
                    + " | IPIs per exit (" + counts() + " CPUs) |\n| --- | --- | --- | --- |\n");
            for (Strategy s : strategies(verdicts)) {
                Verdict any = first(verdicts, s);
                out.append("| ").append(s.word()).append(" | ").append(any.costs().atomicsPerLazySwitch()).append(" | ")
                        .append(any.costs().recordWritesPerSwitch()).append(" | ").append(ipis(verdicts, s)).append(" |\n");
            }
            return out.toString();
        }

        /** Each distinct IPI line once, with the arches it holds for when it is not every arch's. */
        private static String ipis(List<Verdict> verdicts, Strategy s) {
            Map<String, List<String>> archesByLine = new LinkedHashMap<>();
            for (Verdict v : verdicts) {
                if (v.strategy() == s) {
                    List<String> arches = archesByLine.computeIfAbsent(line(v.costs()), k -> new ArrayList<>());
                    if (!arches.contains(v.arch())) {
                        arches.add(v.arch());
                    }
                }
            }
            if (archesByLine.size() == 1) {
                return archesByLine.keySet().iterator().next();
            }
            return archesByLine.entrySet().stream().map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")")
                    .collect(Collectors.joining("; "));
        }

        private static String line(Costs c) {
            String total = Costs.CPU_COUNTS.stream().map(n -> String.valueOf(c.ipis(n))).collect(Collectors.joining("/"));
            if (c.exitHookIpis(2) == 0) {
                return total;
            }
            return total + ", of which the exit hook sends "
                    + Costs.CPU_COUNTS.stream().map(n -> String.valueOf(c.exitHookIpis(n))).collect(Collectors.joining("/"));
        }

        private static String counts() {
            return Costs.CPU_COUNTS.stream().map(String::valueOf).collect(Collectors.joining("/"));
        }

        private static List<Strategy> strategies(List<Verdict> verdicts) {
            return verdicts.stream().map(Verdict::strategy).distinct().sorted().toList();
        }

        private static Verdict first(List<Verdict> verdicts, Strategy s) {
            return verdicts.stream().filter(v -> v.strategy() == s).findFirst().orElseThrow();
        }
    }
}
