package org.activemm.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a serial console log of one boot of bench/boot-series.sh says: did the stress init start,
 * what its summary line reported, did the kernel power off, and every line that shows the kernel
 * went wrong (KASAN report, BUG, WARNING, oops, panic, stall).
 *
 * @param started    the stress init printed its start line
 * @param summary    the key=value fields of the init's last summary line, empty without one
 * @param poweredOff the kernel printed {@code reboot: Power down}
 * @param problems   the lines that show a failure, in log order
 */
public record BootLog(boolean started, Map<String, String> summary, boolean poweredOff, List<Problem> problems) {

    /** One failing line: its 1-based line number, what kind of failure, and the line without its timestamp. */
    public record Problem(int line, String kind, String text) {
    }

    /** Why a boot failed, or {@code clean}. */
    public enum Verdict { CLEAN, PROBLEMS, PANIC, NOT_STARTED, STRESS_FAILED, HANG }

    private static final String STRESS = "activemm-stress: ";

    /** {@code [   12.345678] } and the caller id {@code [    T1] } that CONFIG_PRINTK_CALLER adds. */
    private static final Pattern PREFIX = Pattern.compile("^\\[\\s*\\d+\\.\\d+\\](\\[\\s*[TC]\\d+\\])?\\s?");

    private record Kind(String name, Pattern pattern) {
    }

    /** In order: the first that matches names the line (a KASAN report is also a "BUG:"). */
    private static final List<Kind> KINDS = List.of(
            new Kind("KASAN", Pattern.compile("^BUG: KASAN: ")),
            new Kind("panic", Pattern.compile("^Kernel panic - not syncing")),
            new Kind("oops", Pattern.compile("^(Oops: |Internal error: Oops|general protection fault"
                    + "|Unable to handle kernel )")),
            new Kind("BUG", Pattern.compile("^(BUG: |kernel BUG at |watchdog: BUG: )")),
            new Kind("WARNING", Pattern.compile("^WARNING: ")),
            new Kind("UBSAN", Pattern.compile("^UBSAN: ")),
            new Kind("stall", Pattern.compile("^(rcu: INFO: .*detected stall|INFO: rcu_\\w+ detected stall"
                    + "|INFO: task .* blocked for more than)")),
            new Kind("stress", Pattern.compile("^" + STRESS + "error: ")));

    public BootLog {
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        problems = List.copyOf(problems);
    }

    public static BootLog parse(List<String> lines) {
        boolean started = false;
        boolean poweredOff = false;
        Map<String, String> summary = Map.of();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = stripPrefix(lines.get(i));
            if (text.startsWith(STRESS + "start ")) {
                started = true;
            } else if (text.startsWith(STRESS + "result=")) {
                summary = fields(text.substring(STRESS.length()));
            } else if (text.equals("reboot: Power down")) {
                poweredOff = true;
            }
            for (Kind k : KINDS) {
                if (k.pattern().matcher(text).find()) {
                    problems.add(new Problem(i + 1, k.name(), text));
                    break;
                }
            }
        }
        return new BootLog(started, summary, poweredOff, problems);
    }

    public Verdict verdict() {
        if (problems.stream().anyMatch(p -> p.kind().equals("panic"))) {
            return Verdict.PANIC;
        }
        if (!problems.isEmpty()) {
            return Verdict.PROBLEMS;
        }
        if (!started) {
            return poweredOff ? Verdict.NOT_STARTED : Verdict.HANG;
        }
        if (!"pass".equals(summary.get("result"))) {
            return poweredOff ? Verdict.STRESS_FAILED : Verdict.HANG;
        }
        return poweredOff ? Verdict.CLEAN : Verdict.HANG;
    }

    private static String stripPrefix(String line) {
        String text = line.replace("\r", "");
        Matcher m = PREFIX.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    private static Map<String, String> fields(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String word : text.trim().split("\\s+")) {
            int eq = word.indexOf('=');
            if (eq > 0) {
                out.put(word.substring(0, eq), word.substring(eq + 1));
            }
        }
        return out;
    }
}
