package org.activemm.generate;

/** One file of a generated series: a patch, the cover letter or a checklist. */
public record SeriesFile(String name, byte[] content) {
}
