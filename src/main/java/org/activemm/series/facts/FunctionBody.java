package org.activemm.series.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.activemm.lex.LexedFile;
import org.activemm.lex.Token;

/**
 * A function's definition in a lexed file: the line of its name and the
 * tokens between its braces (the lexer names them after it), a
 * {@code #define} body of the same name not counted.
 */
public record FunctionBody(int line, List<Token> tokens) {

    public FunctionBody {
        tokens = List.copyOf(tokens);
    }

    /** The first definition of {@code name} in the file, if it has one. */
    public static Optional<FunctionBody> find(LexedFile file, String name) {
        List<Token> all = file.tokens();
        int nameLine = -1;
        List<Token> body = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Token t = all.get(i);
            boolean inBody = t.region().owner().equals(name) && !t.region().macroBody();
            if (inBody) {
                body.add(t);
            } else if (!body.isEmpty()) {
                break;
            } else if (t.is(name) && t.region().owner().isEmpty() && i + 1 < all.size() && all.get(i + 1).is("(")) {
                nameLine = t.line();
            }
        }
        if (body.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new FunctionBody(nameLine > 0 ? nameLine : body.get(0).line(), trimBraces(body)));
    }

    /** Whether the body calls {@code callee}: its name followed by an opening parenthesis. */
    public boolean calls(String callee) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).is(callee) && tokens.get(i + 1).is("(")) {
                return true;
            }
        }
        return false;
    }

    private static List<Token> trimBraces(List<Token> body) {
        int from = body.get(0).is("{") ? 1 : 0;
        int to = body.size() > from && body.get(body.size() - 1).is("}") ? body.size() - 1 : body.size();
        return body.subList(from, to);
    }
}
