package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;

import org.activemm.sites.Status;

/** A trend as JSON: the scan's settings, then per revision its counts by rule and status. */
public final class TrendJson {
    private TrendJson() {
    }

    public static void write(Trend trend, Writer out) throws IOException {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("repository", trend.repository());
        doc.put("scheme", trend.scheme());
        doc.put("arches", trend.arches());
        doc.put("rules", trend.rules());
        doc.put("revisions", trend.revisions().stream().map(TrendJson::revision).toList());
        JsonTree.write(doc, out);
    }

    private static Map<String, Object> revision(RevisionCounts r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("revision", r.revision());
        m.put("commit", r.commit());
        Map<String, Object> status = new LinkedHashMap<>();
        for (Status s : Status.values()) {
            status.put(s.word(), r.total(s));
        }
        m.put("status", status);
        Map<String, Object> rules = new LinkedHashMap<>();
        for (String rule : r.byRule().keySet()) {
            Map<String, Object> byStatus = new LinkedHashMap<>();
            for (Status s : Status.values()) {
                if (r.count(rule, s) > 0) {
                    byStatus.put(s.word(), r.count(rule, s));
                }
            }
            rules.put(rule, byStatus);
        }
        m.put("rule", rules);
        m.put("files_scanned", r.filesScanned());
        m.put("skipped", r.skipped());
        return m;
    }
}
