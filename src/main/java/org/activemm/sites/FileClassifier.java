package org.activemm.sites;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.activemm.lex.Comment;
import org.activemm.lex.LexedFile;
import org.activemm.lex.Token;

/** Turns one lexed file into its classified sites, and its comments into notes. */
final class FileClassifier {
    private FileClassifier() {
    }

    static List<ClassifiedSite> c(String path, LexedFile file) {
        List<ClassifiedSite> out = new ArrayList<>();
        List<Token> tokens = file.tokens();
        Set<String> settingBothMms = Purposes.ownersSettingBothMms(tokens);
        for (DetectedSite site : SiteDetector.detect(tokens)) {
            Token tok = tokens.get(site.index());
            Purposes.Decision purpose = Purposes.of(path, tokens, site.index(), site.role(), false, settingBothMms);
            out.add(new ClassifiedSite(path, tok.line(), tok.column(), tok.region().owner(), site.role(),
                    purpose.purpose(), purpose.reason(), tok.region().guard(), site.call(), site.exportedSymbol(), false));
        }
        return out;
    }

    /** Every line of a .S file that names an exported active_mm offset is a read; one finding per line. */
    static List<ClassifiedSite> assembly(String path, LexedFile file, Set<String> symbols) {
        List<ClassifiedSite> out = new ArrayList<>();
        List<Token> tokens = file.tokens();
        int lastLine = -1;
        Set<String> settingBothMms = Purposes.ownersSettingBothMms(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            Token tok = tokens.get(i);
            if (tok.line() == lastLine || !tok.isIdent() || !symbols.contains(tok.text())) {
                continue;
            }
            lastLine = tok.line();
            Purposes.Decision purpose = Purposes.of(path, tokens, i, Role.READ, true, settingBothMms);
            out.add(new ClassifiedSite(path, tok.line(), tok.column(), tok.region().owner(), Role.READ,
                    purpose.purpose(), purpose.reason(), tok.region().guard(), null, tok.text(), true));
        }
        return out;
    }

    /** Each comment line that names active_mm as a word. */
    static List<CommentNote> notes(String path, LexedFile file) {
        List<CommentNote> out = new ArrayList<>();
        for (Comment comment : file.comments()) {
            String[] lines = comment.text().split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                int at = wordAt(lines[k], SiteDetector.MEMBER);
                if (at < 0) {
                    continue;
                }
                int column = comment.columnAt(k, lines[k], at);
                out.add(new CommentNote(path, comment.line() + k, column, comment.region().owner(),
                        comment.region().guard()));
            }
        }
        return out;
    }

    private static int wordAt(String text, String word) {
        int from = 0;
        while (true) {
            int at = text.indexOf(word, from);
            if (at < 0) {
                return -1;
            }
            int end = at + word.length();
            if ((at == 0 || !isIdentChar(text.charAt(at - 1))) && (end == text.length() || !isIdentChar(text.charAt(end)))) {
                return at;
            }
            from = at + 1;
        }
    }

    /** C identifiers are ASCII: a non-ASCII byte (UTF-8 punctuation such as a full-width comma) ends a word. */
    private static boolean isIdentChar(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
}
