package org.activemm.generate;

/**
 * A change the generator did not make because the code's shape is not the
 * mechanical one: it goes to the cover letter, by file. One item per site,
 * so that two sites on one line (a read and a write) stay two items.
 *
 * @param line   0 when the item is about the whole file
 * @param column the site's column, 0 for an item that is not a site
 * @param rule   the site's rule, or empty for a scaffolding edit
 */
public record HandWork(String path, int line, int column, String function, String rule, String what) {
}
