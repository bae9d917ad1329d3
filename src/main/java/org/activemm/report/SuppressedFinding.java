package org.activemm.report;

import org.activemm.sites.Finding;

/** A finding that a suppressions entry covers, with that entry's reason. */
public record SuppressedFinding(Finding finding, String reason) {
}
