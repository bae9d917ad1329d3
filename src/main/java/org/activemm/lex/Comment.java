package org.activemm.lex;

/**
 * A comment (either kind, or an assembler line comment) with where it starts;
 * its text is the file's bytes as ISO-8859-1 characters, like the tokens'.
 */
public record Comment(String text, int line, int column, Region region) {

    /**
     * The column of the character at {@code index} of the comment's line
     * {@code lineInComment} (0 is the line it starts on), counting UTF-8
     * characters as {@link SourceText} does.
     */
    public int columnAt(int lineInComment, String lineText, int index) {
        int before = Utf8.characters(lineText, 0, index);
        return lineInComment == 0 ? column + before : before + 1;
    }
}
