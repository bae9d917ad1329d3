package org.activemm.sites;

import org.activemm.lex.Guard;

/**
 * A comment line that names active_mm ({@code --notes}): not a site, so it has
 * no role, purpose or status of its own; it becomes a finding at level note.
 */
public record CommentNote(String path, int line, int column, String function, Guard guard) {
}
