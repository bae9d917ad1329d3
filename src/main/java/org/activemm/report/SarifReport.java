package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.SiteFingerprints;
import org.activemm.sites.rules.RuleInfo;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteRule;
import org.activemm.sites.rules.SiteShape;

/**
 * SARIF 2.1.0 for CI and GitHub code scanning: every rule with its texts,
 * every finding as a result with physical and logical location, and a
 * fingerprint that does not contain the line number so it survives edits
 * elsewhere in the file.
 */
public final class SarifReport {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "SRCROOT";

    private SarifReport() {
    }

    public static void write(ScanResult scan, String toolVersion, Writer out) throws IOException {
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver(toolVersion)));
        run.put("automationDetails", Map.of("id", "activemm/" + scan.scheme().word() + "/"));
        // columns count characters, not the UTF-16 code units SARIF assumes by default
        run.put("columnKind", "unicodeCodePoints");
        run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of(
                "description", Map.of("text", "the scanned tree: " + scan.tree()))));
        run.put("invocations", List.of(invocation(scan)));
        run.put("results", results(scan.findings()));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("scheme", scan.scheme().word());
        props.put("arches", scan.arches());
        if (scan.revision() != null) {
            props.put("revision", scan.revision());
        }
        run.put("properties", props);

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("$schema", SCHEMA);
        doc.put("version", "2.1.0");
        doc.put("runs", List.of(run));
        JsonTree.write(doc, out);
    }

    private static Map<String, Object> driver(String toolVersion) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "activemm");
        driver.put("semanticVersion", toolVersion);
        driver.put("rules", Rules.all().stream().map(SarifReport::rule).toList());
        return driver;
    }

    private static Map<String, Object> rule(SiteRule rule) {
        RuleInfo info = rule.info();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("name", rule.getClass().getSimpleName().replaceFirst("Rule$", ""));
        m.put("shortDescription", Map.of("text", info.summary()));
        m.put("fullDescription", Map.of("text", info.summary() + ". Under ARCH_NO_TASK_ACTIVE_MM: " + info.change() + "."));
        m.put("help", JsonTree.object("text", "Change: " + info.change() + ".",
                "markdown", "**" + info.id() + "** " + info.summary() + "\n\nChange: " + info.change() + "."));
        m.put("defaultConfiguration", Map.of("level",
                rule.covers(SiteShape.commentMention()) ? "note" : "warning"));
        return m;
    }

    private static Map<String, Object> invocation(ScanResult scan) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("executionSuccessful", true);
        m.put("toolExecutionNotifications", scan.skipped().stream().map(s -> JsonTree.object(
                "level", "warning",
                "message", Map.of("text", "not scanned: " + s.reason()),
                "locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", artifact(s.path()))))))
                .toList());
        return m;
    }

    private static List<Map<String, Object>> results(List<Finding> findings) {
        Map<String, Integer> ordinals = new HashMap<>();
        List<String> ids = Rules.all().stream().map(r -> r.info().id()).toList();
        return findings.stream().map(f -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", f.rule());
            r.put("ruleIndex", ids.indexOf(f.rule()));
            r.put("level", f.level().word());
            r.put("message", Map.of("text", f.message()));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", JsonTree.object(
                    "artifactLocation", artifact(f.path()),
                    "region", JsonTree.object("startLine", f.line(), "startColumn", f.column())));
            if (!f.function().isEmpty()) {
                location.put("logicalLocations", List.of(JsonTree.object("name", f.function(), "kind", "function")));
            }
            r.put("locations", List.of(location));
            r.put("partialFingerprints", Map.of("activemmSite/v1", SiteFingerprints.fingerprint(f, ordinals)));
            Map<String, Object> props = new LinkedHashMap<>();
            if (!f.isNote()) {
                props.put("role", f.role().word());
                props.put("purpose", f.purpose().word());
            }
            props.put("scope", f.scope());
            props.put("guard", f.guard());
            props.put("status", f.status().word());
            r.put("properties", props);
            return r;
        }).toList();
    }

    private static Map<String, Object> artifact(String path) {
        return JsonTree.object("uri", path, "uriBaseId", SRCROOT);
    }
}
