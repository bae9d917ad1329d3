package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.net.URI;
import java.util.Set;

import org.activemm.sites.Finding;
import org.activemm.sites.MapSourceTree;
import org.activemm.sites.ScanResult;
import org.activemm.sites.SiteFingerprints;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.SiteFingerprints;
import org.activemm.sites.Status;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

class SarifReportTest {

    private static JsonNode sarif() throws Exception {
        StringWriter out = new StringWriter();
        SarifReport.write(ReportFixtures.report(), new SarifContext("0.1.0", Optional.empty(), Optional.empty()), out);
        return new ObjectMapper().readTree(out.toString());
    }

    /** The fixture with everything a run can carry: help links, provenance, a suppression, a snippet. */
    private static JsonNode fullSarif() throws Exception {
        ScanResult fixture = ReportFixtures.scan();
        ScanResult scan = new ScanResult(fixture.tree(), "0123456789abcdef0123456789abcdef01234567", fixture.scheme(),
                fixture.arches(), fixture.findings(), fixture.skipped(), fixture.filesScanned());
        Report report = Report.select(scan, ReportFixtures.EVERY_FINDING,
                List.of(new Suppression("include/linux/**", "", "AMM001", "the core patch converts it")), Set.of(),
                Snippets.read(new MapSourceTree().with("arch/x86/platform/efi/efi_64.c",
                        "x\n".repeat(11) + "\tprev = current->active_mm;\n"), scan.findings()));
        StringWriter out = new StringWriter();
        SarifReport.write(report, new SarifContext("0.1.0", Optional.of(URI.create("file:///opt/activemm/docs/rules.md")),
                Optional.of(URI.create("https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git"))), out);
        return new ObjectMapper().readTree(out.toString());
    }

    @Test
    void aFullRunValidatesToo() throws Exception {
        Set<ValidationMessage> errors = schema().validate(fullSarif());
        assertTrue(errors.isEmpty(), () -> "SARIF does not validate: " + errors);
    }

    @Test
    void rulesLinkToTheirSectionAndTheRunSaysWhereAndForWhat() throws Exception {
        JsonNode run = fullSarif().path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertEquals("file:///opt/activemm/docs/rules.md#amm007", rules.get(6).path("helpUri").asText());
        assertEquals("activemm/seed/x86/", run.path("automationDetails").path("id").asText());
        JsonNode provenance = run.path("versionControlProvenance").get(0);
        assertEquals("https://git.kernel.org/pub/scm/linux/kernel/git/torvalds/linux.git",
                provenance.path("repositoryUri").asText());
        assertEquals("0123456789abcdef0123456789abcdef01234567", provenance.path("revisionId").asText());
        JsonNode efi = run.path("results").get(1);
        assertEquals("\tprev = current->active_mm;", efi.path("locations").get(0).path("physicalLocation")
                .path("region").path("snippet").path("text").asText());
        JsonNode decl = run.path("results").get(3);
        assertEquals("AMM001", decl.path("ruleId").asText());
        assertEquals("the core patch converts it", decl.path("suppressions").get(0).path("justification").asText());
        assertFalse(run.path("results").get(1).has("suppressions"));
    }

    @Test
    void withoutARevisionThereIsNoProvenance() throws Exception {
        assertFalse(sarif().path("runs").get(0).has("versionControlProvenance"));
        assertFalse(sarif().path("runs").get(0).path("tool").path("driver").path("rules").get(0).has("helpUri"));
    }

    private static JsonSchema schema() throws Exception {
        try (InputStream in = SarifReportTest.class.getResourceAsStream("/sarif-schema-2.1.0.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
    }

    @Test
    void validatesAgainstTheOasisSchema() throws Exception {
        Set<ValidationMessage> errors = schema().validate(sarif());
        assertTrue(errors.isEmpty(), () -> "SARIF does not validate: " + errors);
    }

    @Test
    void resultsCarryRuleLevelAndBothLocations() throws Exception {
        JsonNode run = sarif().path("runs").get(0);
        assertEquals(14, run.path("tool").path("driver").path("rules").size());
        JsonNode results = run.path("results");
        assertEquals(5, results.size());
        JsonNode efi = results.get(1);
        assertEquals("AMM007", efi.path("ruleId").asText());
        assertEquals("warning", efi.path("level").asText());
        JsonNode loc = efi.path("locations").get(0);
        assertEquals("arch/x86/platform/efi/efi_64.c",
                loc.path("physicalLocation").path("artifactLocation").path("uri").asText());
        assertEquals(12, loc.path("physicalLocation").path("region").path("startLine").asInt());
        assertEquals("efi_switch_mm", loc.path("logicalLocations").get(0).path("name").asText());
        assertEquals("AMM007", run.path("tool").path("driver").path("rules")
                .get(efi.path("ruleIndex").asInt()).path("id").asText());
        assertEquals("note", results.get(0).path("level").asText(), "an info site is a note");
        assertEquals(1, run.path("invocations").get(0).path("toolExecutionNotifications").size());
        assertEquals("unicodeCodePoints", run.path("columnKind").asText(), "columns count characters, not UTF-16 units");
    }

    @Test
    void fingerprintSurvivesLineShiftsButTellsNeighboursApart() {
        Finding read = ReportFixtures.site("kernel/exit.c", 10, "exit_mm", Role.READ, Purpose.FORK_EXIT, "AMM006",
                Status.NEEDS_CHANGE);
        Finding shifted = ReportFixtures.site("kernel/exit.c", 25, "exit_mm", Role.READ, Purpose.FORK_EXIT, "AMM006",
                Status.NEEDS_CHANGE);
        assertEquals(SiteFingerprints.fingerprint(read, new HashMap<>()), SiteFingerprints.fingerprint(shifted, new HashMap<>()));

        var ordinals = new HashMap<String, Integer>();
        List<String> twoOnOneFunction = List.of(SiteFingerprints.fingerprint(read, ordinals),
                SiteFingerprints.fingerprint(shifted, ordinals));
        assertNotEquals(twoOnOneFunction.get(0), twoOnOneFunction.get(1));
    }
}
