package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.activemm.series.checks.CheckFinding;
import org.activemm.series.checks.CheckInfo;
import org.activemm.series.checks.CheckResult;
import org.activemm.series.checks.Checks;
import org.activemm.series.checks.SeriesCheck;

/**
 * {@code activemm check} as SARIF 2.1.0: every check as a rule, every finding
 * as a result located in the patch or mbox file (base {@code SERIES}), with
 * the kernel file it is about as a related location (base {@code SRCROOT}).
 */
public final class CheckSarifReport {
    private static final String SERIES = "SERIES";
    private static final String SRCROOT = "SRCROOT";

    private CheckSarifReport() {
    }

    public static void write(CheckResult result, String toolVersion, Writer out) throws IOException {
        List<String> ids = Checks.all().stream().map(c -> c.info().id()).toList();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", JsonTree.object("name", "activemm check", "semanticVersion", toolVersion,
                "rules", Checks.all().stream().map(CheckSarifReport::rule).toList())));
        run.put("automationDetails", Map.of("id", "activemm-check/" + result.scheme().word() + "/"));
        run.put("originalUriBaseIds", JsonTree.object(
                SERIES, Map.of("description", Map.of("text", "the series: " + result.series().name())),
                SRCROOT, Map.of("description", Map.of("text", "the kernel tree: " + result.tree()))));
        run.put("invocations", List.of(Map.of("executionSuccessful", true)));
        run.put("results", result.findings().stream().map(f -> result(f, result, ids)).toList());
        run.put("properties", JsonTree.object("base", result.base(), "scheme", result.scheme().word(),
                "arches", result.arches(), "verdict", result.verdict()));
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", SarifReport.SCHEMA);
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        JsonTree.write(doc, out);
    }

    private static Map<String, Object> rule(SeriesCheck check) {
        CheckInfo info = check.info();
        return JsonTree.object("id", info.id(),
                "name", check.getClass().getSimpleName().replaceFirst("Check$", ""),
                "shortDescription", Map.of("text", info.summary()),
                "defaultConfiguration", Map.of("level", info.level().word()));
    }

    private static Map<String, Object> result(CheckFinding f, CheckResult result, List<String> ids) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("ruleId", f.id());
        r.put("ruleIndex", ids.indexOf(f.id()));
        r.put("level", f.level().word());
        r.put("message", Map.of("text", f.message()));
        String mail = result.series().entries().get(f.entry()).source();
        r.put("locations", List.of(location(mail, SERIES, f.at().mailLine())));
        if (f.at().path() != null) {
            r.put("relatedLocations", List.of(location(f.at().path(), SRCROOT, f.at().line())));
        }
        r.put("properties", Map.of("entry", f.entry()));
        return r;
    }

    /** A location in a file, at a line when there is one (a finding about a whole file has line 0). */
    private static Map<String, Object> location(String uri, String base, int line) {
        Map<String, Object> artifact = JsonTree.object("uri", uri, "uriBaseId", base);
        return Map.of("physicalLocation", line > 0
                ? JsonTree.object("artifactLocation", artifact, "region", Map.of("startLine", line))
                : JsonTree.object("artifactLocation", artifact));
    }
}
