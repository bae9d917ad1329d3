package org.activemm.sites;

import org.activemm.lex.Guard;

/**
 * A site with everything the file itself tells: position, owner, role,
 * purpose, guard (comment mentions are {@link CommentNote}s). Status and
 * message come later, once the whole tree is known ({@link Findings}).
 *
 * @param reason why the purpose is {@code other}, else empty
 * @param call the called function of a grab, drop or lazy-enter site, else null
 * @param symbol the assembler symbol of an asm-offsets export or assembly user, else null
 */
public record ClassifiedSite(String path, int line, int column, String function, Role role, Purpose purpose,
        String reason, Guard guard, String call, String symbol, boolean assembly) {
}
