package org.activemm.generate;

/**
 * A change the generator did not make because the code's shape is not the
 * mechanical one: it goes to the cover letter, by file.
 *
 * @param line 0 when the item is about the whole file
 * @param rule the site's rule, or empty for a scaffolding edit
 */
public record HandWork(String path, int line, String function, String rule, String what) {
}
