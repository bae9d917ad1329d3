package org.activemm.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import org.activemm.InputException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The fingerprints of an earlier report, JSON ({@code findings[].fingerprint})
 * or SARIF ({@code partialFingerprints}), for {@code --baseline}: a scan then
 * reports only the findings that report did not have.
 */
public final class Baseline {
    private Baseline() {
    }

    public static Set<String> read(Path file) {
        JsonNode doc;
        try {
            doc = new ObjectMapper().readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new InputException("--baseline " + file + " is not a JSON or SARIF report: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InputException("cannot read --baseline " + file + ": " + e.getMessage(), e);
        }
        Set<String> fingerprints = new HashSet<>();
        if (doc != null && doc.path("runs").isArray()) {
            for (JsonNode run : doc.path("runs")) {
                // another tool's results have none of our fingerprints: every finding would count as new
                String tool = run.path("tool").path("driver").path("name").asText("");
                if (!tool.equals(SarifReport.TOOL)) {
                    throw new InputException("--baseline " + file + " is SARIF from "
                            + (tool.isEmpty() ? "an unnamed tool" : tool) + ", not from activemm");
                }
                for (JsonNode result : run.path("results")) {
                    add(fingerprints, result.path("partialFingerprints").path(SarifReport.FINGERPRINT));
                }
            }
        } else if (doc != null && doc.path("findings").isArray()) {
            for (JsonNode finding : doc.path("findings")) {
                add(fingerprints, finding.path("fingerprint"));
            }
        } else {
            throw new InputException("--baseline " + file + " is neither an activemm JSON report nor SARIF");
        }
        return fingerprints;
    }

    private static void add(Set<String> fingerprints, JsonNode value) {
        if (value.isTextual()) {
            fingerprints.add(value.asText());
        }
    }
}
