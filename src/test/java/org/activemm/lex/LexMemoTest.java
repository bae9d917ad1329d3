package org.activemm.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class LexMemoTest {
    /** What the memo asked its lexer for, as "C" or the assembly syntax's comment characters, and the text. */
    private final List<String> lexings = new ArrayList<>();

    private LexMemo memo(long budget) {
        return new LexMemo(budget, (content, syntax) -> {
            lexings.add((syntax == null ? "C" : syntax.commentChars()) + " " + new String(content,
                    StandardCharsets.ISO_8859_1));
            return LexMemo.C_LEXER.lex(content, syntax);
        });
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void equalContentGivesTheSameLexedFileWhateverArrayOrPathHoldsIt() {
        LexMemo memo = memo(1 << 20);
        LexedFile first = memo.lex("kernel/fork.c", bytes("int a;\n"));
        assertSame(first, memo.lex("kernel/fork.c", bytes("int a;\n")), "equal bytes in another array");
        assertSame(first, memo.lex("mm/init.h", bytes("int a;\n")), "equal bytes under another C path");
        assertEquals(List.of("C int a;\n"), lexings);
    }

    @Test
    void changedContentIsLexedAfresh() {
        LexMemo memo = memo(1 << 20);
        LexedFile before = memo.lex("kernel/fork.c", bytes("#if A\nint a;\n#endif\n"));
        LexedFile after = memo.lex("kernel/fork.c", bytes("#if A\nint b;\n#endif\n"));
        assertNotSame(before, after);
        assertEquals("b", after.tokens().get(1).text());
        assertSame(before, memo.lex("kernel/fork.c", bytes("#if A\nint a;\n#endif\n")), "the earlier bytes are still known");
        assertEquals(2, lexings.size());
    }

    @Test
    void assemblyIsLexedInItsArchsSyntaxApartFromTheSameBytesAsC() {
        LexMemo memo = memo(1 << 20);
        byte[] text = bytes("\tmov r0, r1 @ see CONFIG_FOO\n");
        LexedFile arm = memo.lex("arch/arm/kernel/entry.S", text);
        LexedFile c = memo.lex("arch/arm/kernel/entry.c", text);
        LexedFile x86 = memo.lex("arch/x86/kernel/entry.S", text);
        assertEquals(1, arm.comments().size(), "@ starts an arm comment");
        assertEquals(0, c.comments().size());
        assertEquals(0, x86.comments().size(), "x86 comments start with #");
        assertSame(arm, memo.lex("arch/arm/mm/proc.S", text));
        assertEquals(List.of("@ ", "C ", "# "), lexings.stream().map(l -> l.substring(0, 2)).toList());
    }

    @Test
    void filesBeyondTheBudgetAreDroppedLeastRecentlyUsedFirst() {
        LexMemo memo = memo(20); // room for two of these 8-byte files, not three
        memo.lex("a.c", bytes("int a;\n\n"));
        memo.lex("b.c", bytes("int b;\n\n"));
        memo.lex("a.c", bytes("int a;\n\n")); // now b is the least recently used
        memo.lex("c.c", bytes("int c;\n\n"));
        memo.lex("a.c", bytes("int a;\n\n"));
        assertEquals(3, lexings.size(), "a stayed");
        memo.lex("b.c", bytes("int b;\n\n"));
        assertEquals(4, lexings.size(), "b was dropped and is lexed again");
    }

    @Test
    void theMemoThatKeepsNothingLexesEveryTime() {
        LexMemo none = LexMemo.none();
        assertNotSame(none.lex("kernel/fork.c", bytes("int a;\n")), none.lex("kernel/fork.c", bytes("int a;\n")));
    }

    @Test
    @Timeout(10) // a memo that lexed under its lock would hold both threads at the latch for good
    void threadsLexingTheSameBytesAtOnceGetOneKeptResult() throws Exception {
        CountDownLatch both = new CountDownLatch(2);
        LexMemo racing = new LexMemo(1 << 20, (content, syntax) -> {
            both.countDown();
            try {
                both.await(); // both threads are past the lookup before either stores its result
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return LexMemo.C_LEXER.lex(content, syntax);
        });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LexedFile> one = pool.submit(() -> racing.lex("kernel/fork.c", bytes("int a;\n")));
            Future<LexedFile> two = pool.submit(() -> racing.lex("kernel/fork.c", bytes("int a;\n")));
            assertSame(one.get(), two.get(), "the second store yields to the first");
            assertSame(one.get(), racing.lex("kernel/fork.c", bytes("int a;\n")));
        } finally {
            pool.shutdownNow();
        }
    }
}
