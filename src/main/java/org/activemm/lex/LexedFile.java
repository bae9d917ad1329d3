package org.activemm.lex;

import java.util.List;

/** A file's code tokens and comments, each in source order. */
public record LexedFile(List<Token> tokens, List<Comment> comments) {
}
