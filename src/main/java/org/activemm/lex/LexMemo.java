package org.activemm.lex;

import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Lexed files by content, for a caller that lexes the same bytes more than
 * once (several checks of one patch, the next patch reading a file as it was
 * before): equal bytes in the same syntax give the same {@link LexedFile}.
 * The key is the content, not the path, because a later patch may change a
 * path's bytes. It holds files of at most {@code budget} source bytes in all,
 * dropping the least recently used, so a long series on a full kernel does
 * not keep every file it touched.
 */
public final class LexMemo {
    /** How a file is lexed on a miss; {@code syntax} is null for C. */
    @FunctionalInterface
    public interface Lexer {
        LexedFile lex(byte[] content, AsmSyntax syntax);
    }

    /** The project's lexer: C, or assembly with the given line comments. */
    public static final Lexer C_LEXER = (content, syntax) -> syntax == null ? CLexer.lex(content)
            : CLexer.lexAssembly(content, syntax);

    /**
     * The hash reads every this many bytes, since each check of a step looks a
     * file up again; equality still compares every byte (and is quick when a
     * step hands out the same array twice).
     */
    private static final int HASH_STRIDE = 61;

    private final long budget;
    private final Lexer lexer;
    private final Map<Key, LexedFile> files = new LinkedHashMap<>(16, 0.75f, true);
    /** Guarded by this. */
    private long held;

    public LexMemo(long budget) {
        this(budget, C_LEXER);
    }

    public LexMemo(long budget, Lexer lexer) {
        this.budget = budget;
        this.lexer = lexer;
    }

    /** A memo that keeps nothing: every call lexes (a scan of a whole tree, which reads each file once). */
    public static LexMemo none() {
        return new LexMemo(0);
    }

    /**
     * The file's tokens: as assembly in its arch's syntax when the path ends in
     * {@code .S}, else as C. Safe on several threads (a scanner's walk): the
     * lexing itself runs outside the lock, so two threads may lex the same new
     * bytes at once and one result is kept.
     */
    public LexedFile lex(String path, byte[] content) {
        Key key = new Key(path.endsWith(".S") ? AsmSyntax.forPath(path) : null, content);
        synchronized (this) {
            LexedFile known = files.get(key);
            if (known != null) {
                return known;
            }
        }
        LexedFile lexed = lexer.lex(content, key.syntax());
        if (budget == 0) {
            return lexed;
        }
        synchronized (this) {
            LexedFile raced = files.putIfAbsent(key, lexed);
            if (raced != null) {
                return raced;
            }
            held += content.length;
            Iterator<Key> eldest = files.keySet().iterator();
            while (held > budget && eldest.hasNext()) {
                held -= eldest.next().content().length;
                eldest.remove();
            }
        }
        return lexed;
    }

    private record Key(AsmSyntax syntax, byte[] content, int hash) {
        Key(AsmSyntax syntax, byte[] content) {
            this(syntax, content, sampledHash(syntax, content));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && hash == k.hash && Objects.equals(syntax, k.syntax)
                    && Arrays.equals(content, k.content);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        private static int sampledHash(AsmSyntax syntax, byte[] content) {
            int h = 31 * Objects.hashCode(syntax) + content.length;
            for (int i = 0; i < content.length; i += HASH_STRIDE) {
                h = 31 * h + content[i];
            }
            return h;
        }
    }
}
