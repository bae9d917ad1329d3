package org.activemm.lex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The project's C lexer: code tokens with positions, comments, the
 * preprocessor's conditional stack, {@code #define} bodies and owners.
 * Works on bytes read as ISO-8859-1 and never throws on odd input.
 * Assembly files are lexed the same way (they go through cpp in the
 * kernel), plus the arch's line comments and {@code .macro} bodies.
 */
public final class CLexer {

    private static final Set<String> DIRECTIVES = Set.of("define", "undef", "include", "include_next",
            "if", "ifdef", "ifndef", "elif", "else", "endif", "error", "warning", "pragma", "line", "ident");

    private final SourceText src;
    private final char[] c;
    private final int n;
    private final AsmSyntax asm;
    private final BlockTracker blocks = new BlockTracker();
    private final Conditionals conditionals = new Conditionals(blocks);
    private final ConditionalBalance balance = new ConditionalBalance();
    private final List<Token> tokens = new ArrayList<>();
    private final List<Comment> comments = new ArrayList<>();

    private int pos;
    private boolean lineStart = true;
    /** Name of the {@code #define} whose body is being read, until the end of the line. */
    private String defineName;
    /** Assembly only: the open {@code .macro}, and the last label or ENTRY(). */
    private String asmMacro;
    private String asmOwner = "";
    private int tokensOnLine;
    /** The symbol of a leading {@code #ifndef} that may be an include guard, until the next directive or token. */
    private String includeGuardCandidate;

    private Region region;
    private int regionBlocks = -1;
    private int regionConditionals = -1;
    private String regionDefine;
    private String regionAsmOwner;
    private String regionAsmMacro;

    private CLexer(byte[] content, AsmSyntax asm) {
        this.src = new SourceText(content);
        this.c = src.chars;
        this.n = src.length;
        this.asm = asm;
    }

    /** Lexes C source (.c, .h). */
    public static LexedFile lex(byte[] content) {
        return new CLexer(content, null).run();
    }

    /** Lexes an assembly file (.S) whose line comments are those of {@code syntax}. */
    public static LexedFile lexAssembly(byte[] content, AsmSyntax syntax) {
        return new CLexer(content, syntax).run();
    }

    private LexedFile run() {
        while (pos < n) {
            char ch = c[pos];
            if (ch == '\n') {
                newline();
                pos++;
            } else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == 0x0b || ch == 0) {
                pos++;
            } else if (ch == '/' && peek(1) == '*') {
                blockComment();
            } else if (ch == '/' && peek(1) == '/') {
                lineComment(pos);
            } else if (ch == '#' && lineStart && defineName == null) {
                directive();
            } else if (asm != null && asm.startsLineComment(c, pos, n, tokensOnLine)) {
                lineComment(pos);
            } else {
                lineStart = false;
                token();
            }
        }
        return new LexedFile(List.copyOf(tokens), List.copyOf(comments), balance.unmatched());
    }

    private void newline() {
        lineStart = true;
        tokensOnLine = 0;
        defineName = null;
    }

    private char peek(int ahead) {
        int i = pos + ahead;
        return i < n ? c[i] : '\0';
    }

    private void blockComment() {
        int start = pos;
        int end = indexOf("*/", pos + 2);
        pos = end < 0 ? n : end + 2;
        addComment(start, pos);
    }

    private void lineComment(int start) {
        int end = start;
        while (end < n && c[end] != '\n') {
            end++;
        }
        pos = end;
        addComment(start, end);
    }

    private void addComment(int start, int end) {
        comments.add(new Comment(src.text(start, end), src.lineAt(start), src.columnAt(start), region()));
    }

    private int indexOf(String s, int from) {
        outer:
        for (int i = from; i + s.length() <= n; i++) {
            for (int k = 0; k < s.length(); k++) {
                if (c[i + k] != s.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    // ---- preprocessor

    private void directive() {
        int hash = pos;
        pos++;
        skipBlanks();
        int nameStart = pos;
        while (pos < n && isIdentChar(c[pos])) {
            pos++;
        }
        String name = src.text(nameStart, pos);
        String candidate = includeGuardCandidate;
        includeGuardCandidate = null;
        if (!DIRECTIVES.contains(name)) {
            if (asm != null) {
                lineComment(hash); // an assembler comment such as "# foo"
            } else {
                restOfLine(); // null directive, or one we need not understand
            }
            return;
        }
        int line = src.lineAt(hash);
        switch (name) {
            case "if", "ifdef", "ifndef" -> balance.opened(line, name);
            case "elif", "else", "endif" -> balance.continued(line, name);
            default -> {
            }
        }
        switch (name) {
            case "define" -> {
                define();
                if (defineName.equals(candidate)) {
                    conditionals.markIncludeGuard();
                }
            }
            case "ifdef", "ifndef" -> {
                String rest = restOfLine();
                int end = 0;
                while (end < rest.length() && isIdentChar(rest.charAt(end))) {
                    end++;
                }
                String symbol = rest.substring(0, end);
                boolean first = tokens.isEmpty() && conditionals.isEmpty();
                conditionals.ifdef(symbol, name.equals("ifndef"));
                if (first && name.equals("ifndef")) {
                    includeGuardCandidate = symbol;
                }
            }
            case "if" -> conditionals.ifExpression(restOfLine());
            case "elif" -> conditionals.elif(restOfLine());
            case "else" -> {
                restOfLine();
                conditionals.orElse();
            }
            case "endif" -> {
                restOfLine();
                conditionals.endif();
            }
            default -> restOfLine(); // #include, #error text, #pragma ...: no sites there
        }
    }

    private void define() {
        skipBlanks();
        int nameStart = pos;
        while (pos < n && isIdentChar(c[pos])) {
            pos++;
        }
        String name = src.text(nameStart, pos);
        if (pos < n && c[pos] == '(') {
            while (pos < n && c[pos] != ')' && c[pos] != '\n') {
                pos++;
            }
            if (pos < n && c[pos] == ')') {
                pos++;
            }
        }
        defineName = name;
        lineStart = false;
    }

    /**
     * Consumes the rest of a directive line and returns it with comments
     * removed and white space collapsed to single spaces.
     */
    private String restOfLine() {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        while (pos < n && c[pos] != '\n') {
            char ch = c[pos];
            if (ch == '/' && peek(1) == '*') {
                blockComment();
                space = true;
            } else if (ch == '/' && peek(1) == '/') {
                lineComment(pos);
            } else if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\f' || ch == 0x0b || ch == 0) {
                space = true;
                pos++;
            } else {
                if (space && out.length() > 0) {
                    out.append(' ');
                }
                space = false;
                out.append(ch);
                pos++;
            }
        }
        return out.toString();
    }

    private void skipBlanks() {
        while (pos < n && (c[pos] == ' ' || c[pos] == '\t')) {
            pos++;
        }
    }

    // ---- tokens

    private void token() {
        int start = pos;
        char ch = c[pos];
        TokenKind kind;
        if (isIdentStart(ch)) {
            while (pos < n && isIdentChar(c[pos])) {
                pos++;
            }
            kind = TokenKind.IDENT;
        } else if (isDigit(ch) || (ch == '.' && isDigit(peek(1)))) {
            number();
            kind = TokenKind.NUMBER;
        } else if (ch == '"' || ch == '\'') {
            quoted(ch);
            kind = ch == '"' ? TokenKind.STRING : TokenKind.CHAR;
        } else {
            pos += Punctuators.length(c, pos, n);
            kind = TokenKind.PUNCT;
        }
        emit(kind, start);
    }

    private void number() {
        while (pos < n) {
            char ch = c[pos];
            if ((ch == '+' || ch == '-') && pos > 0 && "eEpP".indexOf(c[pos - 1]) >= 0) {
                pos++;
            } else if (isIdentChar(ch) || ch == '.') {
                pos++;
            } else {
                break;
            }
        }
    }

    /** A string or character literal with escapes; an unterminated one ends at the line's end. */
    private void quoted(char quote) {
        pos++;
        while (pos < n) {
            char ch = c[pos];
            if (ch == '\\' && pos + 1 < n && c[pos + 1] != '\n') {
                pos += 2;
            } else if (ch == quote) {
                pos++;
                return;
            } else if (ch == '\n') {
                return;
            } else {
                pos++;
            }
        }
    }

    private void emit(TokenKind kind, int start) {
        includeGuardCandidate = null;
        String text = pos - start == 1 ? Punctuators.single(c[start]) : src.text(start, pos);
        if (asm != null && defineName == null) {
            asmStructure(text);
        }
        if (asm == null && defineName == null) {
            blocks.accept(text);
        }
        tokens.add(new Token(kind, text, src.lineAt(start), src.columnAt(start), region()));
        tokensOnLine++;
    }

    /** Assembly: {@code .macro NAME} ... {@code .endm}, labels and ENTRY(name) name the owner. */
    private void asmStructure(String text) {
        int size = tokens.size();
        String previous = tokensOnLine >= 1 ? tokens.get(size - 1).text() : "";
        String beforePrevious = tokensOnLine >= 2 ? tokens.get(size - 2).text() : "";
        if (tokensOnLine == 2 && previous.equals("macro") && beforePrevious.equals(".") && Owners.isName(text)) {
            asmMacro = text;
        } else if (tokensOnLine == 1 && previous.equals(".") && (text.equals("endm") || text.equals("endmacro"))) {
            asmMacro = null;
        } else if (tokensOnLine == 1 && text.equals(":") && Owners.isName(previous)) {
            asmOwner = previous;
        } else if (tokensOnLine == 2 && previous.equals("(") && isEntryMacro(beforePrevious) && Owners.isName(text)) {
            asmOwner = text;
        }
    }

    private static boolean isEntryMacro(String name) {
        return name.equals("ENTRY") || name.endsWith("_ENTRY") || name.startsWith("SYM_FUNC_START")
                || name.startsWith("SYM_CODE_START") || name.equals("_GLOBAL") || name.equals("GLOBAL")
                || name.startsWith("_GLOBAL_") || name.equals("FUNC") || name.equals("LEAF")
                || name.equals("NESTED");
    }

    private Region region() {
        String owner = asm != null ? (asmMacro != null ? asmMacro : asmOwner) : blocks.owner();
        if (region == null || regionBlocks != blocks.version() || regionConditionals != conditionals.version()
                || regionDefine != defineName || regionAsmOwner != asmOwner || regionAsmMacro != asmMacro) {
            List<String> conditions = new ArrayList<>();
            conditionals.addConditions(conditions);
            blocks.addConditions(conditions);
            Guard guard = conditions.isEmpty() && !conditionals.dead()
                    ? Guard.NONE : new Guard(List.copyOf(conditions), conditionals.dead());
            boolean macroBody = defineName != null || (asm != null && asmMacro != null);
            region = new Region(defineName != null ? defineName : owner, macroBody, guard);
            regionBlocks = blocks.version();
            regionConditionals = conditionals.version();
            regionDefine = defineName;
            regionAsmOwner = asmOwner;
            regionAsmMacro = asmMacro;
        }
        return region;
    }

    private static boolean isIdentStart(char ch) {
        return ch == '_' || ch == '$' || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
    }

    private static boolean isIdentChar(char ch) {
        return isIdentStart(ch) || isDigit(ch);
    }

    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
