package org.activemm.lex;

import java.util.List;

/**
 * A file's code tokens and comments, each in source order, and the
 * conditional directives that have no partner.
 */
public record LexedFile(List<Token> tokens, List<Comment> comments, List<UnmatchedConditional> unmatchedConditionals) {
}
