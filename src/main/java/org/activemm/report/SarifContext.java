package org.activemm.report;

import java.net.URI;
import java.util.Optional;

/**
 * What a SARIF log says beside the findings: the tool's version, where the
 * rule reference lives (each rule's {@code helpUri} is its section there),
 * and the repository the revision comes from ({@code versionControlProvenance}).
 */
public record SarifContext(String toolVersion, Optional<URI> rulesDoc, Optional<URI> repository) {
}
