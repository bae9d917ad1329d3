package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.SiteFingerprints;

/**
 * The JSON document of a scan, field for field as docs/sites.md names them, plus
 * each finding's line-independent {@code fingerprint} (the one SARIF carries),
 * so that a JSON report can serve as a {@code --baseline}.
 */
public final class JsonReport {
    private JsonReport() {
    }

    public static void write(Report report, Writer out) throws IOException {
        ScanResult scan = report.scan();
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("tree", scan.tree());
        doc.put("revision", scan.revision());
        doc.put("scheme", scan.scheme().word());
        doc.put("arches", scan.arches());
        doc.put("findings", scan.findings().stream().map(f -> finding(f, report.fingerprints().get(f))).toList());
        Counts counts = Counts.of(scan.findings());
        Map<String, Object> countMap = new LinkedHashMap<>();
        countMap.put("scope", counts.byScope());
        countMap.put("rule", counts.byRule());
        countMap.put("status", counts.byStatus());
        doc.put("counts", countMap);
        doc.put("skipped", scan.skipped().stream()
                .map(s -> JsonTree.object("path", s.path(), "reason", s.reason())).toList());
        doc.put("files_scanned", scan.filesScanned());
        JsonTree.write(doc, out);
    }

    /** Scan findings in the scan JSON's shape; the check JSON's "remaining" uses it too. */
    static List<Map<String, Object>> findings(List<Finding> findings) {
        Map<Finding, String> fingerprints = SiteFingerprints.of(findings);
        return findings.stream().map(f -> finding(f, fingerprints.get(f))).toList();
    }

    private static Map<String, Object> finding(Finding f, String fingerprint) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", f.path());
        m.put("line", f.line());
        m.put("column", f.column());
        m.put("function", f.function());
        if (!f.isNote()) {
            m.put("role", f.role().word());
            m.put("purpose", f.purpose().word());
        }
        m.put("scope", f.scope().word());
        m.put("rule", f.ruleId());
        m.put("guard", f.guard());
        m.put("status", f.status().word());
        m.put("level", f.level().word());
        m.put("message", f.message());
        m.put("fingerprint", fingerprint);
        return m;
    }
}
