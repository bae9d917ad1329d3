package org.activemm.report;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.util.AbstractMap.SimpleEntry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.activemm.sites.Finding;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scheme;
import org.activemm.sites.SiteFingerprints;
import org.activemm.sites.rules.RuleInfo;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteRule;
import org.activemm.sites.rules.SiteShape;

/**
 * SARIF 2.1.0 for CI and GitHub code scanning: every rule with its texts,
 * every finding as a result with physical and logical location and the
 * source line, a fingerprint that does not contain the line number so it
 * survives edits elsewhere in the file, and suppressed findings with their reason.
 */
public final class SarifReport {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    private static final String SRCROOT = "SRCROOT";
    /** The driver's name; {@code --baseline} takes only runs of this tool. */
    static final String TOOL = "activemm";
    /** The key of the site fingerprint in {@code partialFingerprints}; {@code --baseline} reads it back. */
    public static final String FINGERPRINT = "activemmSite/v1";
    private static final Comparator<Finding> IN_FILE_ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column);

    private SarifReport() {
    }

    public static void write(Report report, SarifContext context, Writer out) throws IOException {
        ScanResult scan = report.scan();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver(context)));
        // code scanning keeps one analysis per id prefix: runs for other arches or schemes do not replace this one
        run.put("automationDetails", Map.of("id",
                "activemm/" + scan.scheme().word() + "/" + String.join(",", scan.arches()) + "/"));
        if (context.repository().isPresent() && scan.revision() != null) {
            run.put("versionControlProvenance", List.of(JsonTree.object(
                    "repositoryUri", context.repository().get().toString(),
                    "revisionId", scan.revision(),
                    "mappedTo", Map.of("uriBaseId", SRCROOT))));
        }
        // columns count characters, not the UTF-16 code units SARIF assumes by default
        run.put("columnKind", "unicodeCodePoints");
        run.put("originalUriBaseIds", Map.of(SRCROOT, Map.of(
                "description", Map.of("text", "the scanned tree: " + scan.tree()))));
        run.put("invocations", List.of(invocation(scan)));
        run.put("results", results(report));
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

    private static Map<String, Object> driver(SarifContext context) {
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", TOOL);
        driver.put("semanticVersion", context.toolVersion());
        driver.put("rules", Rules.all().stream().map(r -> rule(r, context.rulesDoc())).toList());
        return driver;
    }

    private static Map<String, Object> rule(SiteRule rule, Optional<URI> rulesDoc) {
        RuleInfo info = rule.info();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", info.id());
        m.put("name", rule.getClass().getSimpleName().replaceFirst("Rule$", ""));
        m.put("shortDescription", Map.of("text", info.summary()));
        m.put("fullDescription", Map.of("text", info.summary() + ". Under " + Scheme.SEED.option() + ": " + info.change() + "."));
        m.put("help", JsonTree.object("text", "Change: " + info.change() + ".",
                "markdown", "**" + info.id() + "** " + info.summary() + "\n\nChange: " + info.change() + "."));
        rulesDoc.ifPresent(doc -> m.put("helpUri", doc + "#" + RuleReference.anchor(info.id())));
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

    /** The reported findings and the suppressed ones (with their reason), in path, line and column order. */
    private static List<Map<String, Object>> results(Report report) {
        List<Map.Entry<Finding, String>> all = new ArrayList<>();
        report.scan().findings().forEach(f -> all.add(new SimpleEntry<>(f, null)));
        report.suppressed().forEach(s -> all.add(new SimpleEntry<>(s.finding(), s.reason())));
        all.sort(Map.Entry.comparingByKey(IN_FILE_ORDER));
        List<String> ids = Rules.all().stream().map(r -> r.info().id()).toList();
        return all.stream().map(entry -> {
            Finding f = entry.getKey();
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("ruleId", f.ruleId());
            r.put("ruleIndex", ids.indexOf(f.ruleId()));
            r.put("level", f.level().word());
            r.put("message", Map.of("text", f.message()));
            Map<String, Object> region = JsonTree.object("startLine", f.line(), "startColumn", f.column());
            report.snippets().line(f).ifPresent(line -> region.put("snippet", Map.of("text", line)));
            Map<String, Object> location = new LinkedHashMap<>();
            location.put("physicalLocation", JsonTree.object("artifactLocation", artifact(f.path()), "region", region));
            if (!f.function().isEmpty()) {
                location.put("logicalLocations", List.of(JsonTree.object("name", f.function(), "kind", "function")));
            }
            r.put("locations", List.of(location));
            r.put("partialFingerprints", Map.of(FINGERPRINT, report.fingerprints().get(f)));
            if (entry.getValue() != null) {
                r.put("suppressions", List.of(JsonTree.object("kind", "external", "justification", entry.getValue())));
            }
            Map<String, Object> props = new LinkedHashMap<>();
            if (!f.isNote()) {
                props.put("role", f.role().word());
                props.put("purpose", f.purpose().word());
            }
            props.put("scope", f.scope().word());
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
