package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.activemm.series.PatchMail;
import org.activemm.series.checks.CheckFinding;
import org.activemm.series.checks.CheckLevel;
import org.activemm.series.checks.CheckResult;

/**
 * The JSON document of {@code activemm check}: tree, base, scheme, arches,
 * verdict, one entry per mail with its findings, the scan findings that
 * still need a change after the series, and counts. A finding's {@code path}
 * and {@code line} are the kernel file's (null and 0 for one about the mail
 * itself); {@code mail_line} is the line of the patch or mbox file.
 */
public final class CheckJsonReport {
    private CheckJsonReport() {
    }

    public static void write(CheckResult result, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tree", result.tree());
        doc.put("base", result.base());
        doc.put("scheme", result.scheme().word());
        doc.put("arches", result.arches());
        doc.put("verdict", result.verdict());
        List<Map<String, Object>> patches = new ArrayList<>();
        List<PatchMail> entries = result.series().entries();
        for (int i = 0; i < entries.size(); i++) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("index", i);
            p.put("name", entries.get(i).source());
            p.put("subject", entries.get(i).subject());
            p.put("applied", result.applied(i));
            p.put("findings", result.findingsOf(i).stream().map(CheckJsonReport::finding).toList());
            patches.add(p);
        }
        doc.put("patches", patches);
        doc.put("remaining", JsonReport.findings(result.remaining()));
        doc.put("counts", counts(result));
        JsonTree.write(doc, out);
    }

    private static Map<String, Object> finding(CheckFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", f.id());
        m.put("level", f.level().word());
        m.put("message", f.message());
        m.put("path", f.at().path());
        m.put("line", f.at().line());
        m.put("mail_line", f.at().mailLine());
        return m;
    }

    private static Map<String, Object> counts(CheckResult result) {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("error", count(result, CheckLevel.ERROR));
        counts.put("warning", count(result, CheckLevel.WARNING));
        Map<String, Integer> byCheck = new TreeMap<>();
        result.findings().forEach(f -> byCheck.merge(f.id(), 1, Integer::sum));
        counts.put("check", byCheck);
        counts.put("patches", result.steps().size());
        counts.put("applied", (int) result.steps().stream().filter(s -> s.applied()).count());
        counts.put("remaining", result.remaining().size());
        return counts;
    }

    static long count(CheckResult result, CheckLevel level) {
        return result.findings().stream().filter(f -> f.level() == level).count();
    }
}
