package org.activemm.lex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class CLexerTest {

    private static LexedFile lex(String source) {
        return CLexer.lex(source.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Token first(LexedFile file, String text) {
        return file.tokens().stream().filter(t -> t.is(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no token " + text));
    }

    private static List<String> texts(LexedFile file) {
        return file.tokens().stream().map(Token::text).collect(Collectors.toList());
    }

    @Test
    void positionsAreOneBasedAndTabsCountOne() {
        LexedFile f = lex("int a;\n\tx->active_mm = 0;\n");
        Token t = first(f, "active_mm");
        assertEquals(2, t.line());
        assertEquals(5, t.column());
        assertEquals(TokenKind.IDENT, t.kind());
        assertEquals("->", f.tokens().get(4).text());
    }

    @Test
    void columnsCountUtf8CharactersNotBytes() {
        // "é" is two bytes and "—" three: the token after them is where an editor shows it
        LexedFile f = CLexer.lex("/* é — */ x->active_mm = 0;\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(14, first(f, "active_mm").column());
        assertEquals(1, f.comments().get(0).column());
        assertEquals(12, first(f, "->").column());
    }

    @Test
    void commentsAreKeptApartFromCode() {
        LexedFile f = lex("/* uses active_mm\n * here */ int a; // active_mm too\nb;");
        assertEquals(List.of("int", "a", ";", "b", ";"), texts(f));
        assertEquals(2, f.comments().size());
        assertEquals(1, f.comments().get(0).line());
        assertEquals(2, f.comments().get(1).line());
        assertEquals(19, f.comments().get(1).column());
        assertTrue(f.comments().get(1).text().contains("active_mm"));
    }

    @Test
    void stringsWithEscapedQuotesAndCharLiterals() {
        LexedFile f = lex("s = \"a \\\" active_mm\"; c = '\\''; d = '\"'; e = active_mm;");
        assertEquals(1, f.tokens().stream().filter(t -> t.is("active_mm")).count());
        assertEquals("\"a \\\" active_mm\"", f.tokens().get(2).text());
        assertEquals(TokenKind.STRING, f.tokens().get(2).kind());
        assertEquals("'\\''", f.tokens().get(6).text());
        assertEquals(TokenKind.CHAR, f.tokens().get(10).kind());
        assertEquals("'\"'", f.tokens().get(10).text());
    }

    @Test
    void continuationsInsideDefineKeepPhysicalPositions() {
        LexedFile f = lex("#define SWITCH(p, n) \\\n\tdo { (n)->active_mm = \\\n (p)->active_mm; } while (0)\nint x;");
        Token a = first(f, "active_mm");
        assertEquals(2, a.line());
        assertEquals(12, a.column());
        assertEquals("SWITCH", a.region().owner());
        assertTrue(a.region().macroBody());
        Token second = f.tokens().stream().filter(t -> t.is("active_mm")).skip(1).findFirst().orElseThrow();
        assertEquals(3, second.line());
        assertEquals("SWITCH", second.region().owner());
        Token x = first(f, "x");
        assertFalse(x.region().macroBody());
        assertEquals("", x.region().owner());
    }

    @Test
    void conditionalStackGivesGuardTexts() {
        LexedFile f = lex("""
                #ifdef CONFIG_A
                int a;
                #ifndef CONFIG_B
                int b;
                #endif
                #else
                int c;
                #endif
                #if defined(X)   &&  /* why */ Y
                int d;
                #elif Z
                int e;
                #else
                int g;
                #endif
                int h;
                """);
        assertEquals("CONFIG_A", first(f, "a").region().guard().text());
        assertEquals("CONFIG_A && !CONFIG_B", first(f, "b").region().guard().text());
        assertEquals("!CONFIG_A", first(f, "c").region().guard().text(), "as #ifndef CONFIG_A would say it");
        assertEquals("defined(X) && Y", first(f, "d").region().guard().text());
        assertEquals("!(defined(X) && Y) && Z", first(f, "e").region().guard().text());
        assertEquals("!(defined(X) && Y) && !Z", first(f, "g").region().guard().text());
        assertEquals("", first(f, "h").region().guard().text());
        assertEquals(1, f.comments().size());
    }

    @Test
    void elseOfIfndefIsThePlainSymbol() {
        LexedFile f = lex("#ifndef CONFIG_X\nint a;\n#else\nint b;\n#endif\n");
        assertEquals("!CONFIG_X", first(f, "a").region().guard().text());
        assertEquals("CONFIG_X", first(f, "b").region().guard().text());
    }

    @Test
    void deadBranches() {
        LexedFile f = lex("""
                #if 0
                int a;
                #else
                int b;
                #endif
                #if 1 || defined(Y)
                int c;
                #else
                int d;
                #endif
                #ifdef Q
                #if 0 /* off */
                int e;
                #endif
                int g;
                #endif
                """);
        assertTrue(first(f, "a").region().guard().dead());
        assertEquals("0", first(f, "a").region().guard().text());
        assertFalse(first(f, "b").region().guard().dead());
        assertFalse(first(f, "c").region().guard().dead());
        assertTrue(first(f, "d").region().guard().dead());
        assertTrue(first(f, "e").region().guard().dead());
        assertEquals("Q && 0", first(f, "e").region().guard().text());
        assertFalse(first(f, "g").region().guard().dead());
    }

    @Test
    void ownersOfFunctionsStructsAndInitializers() {
        LexedFile f = lex("""
                struct task_struct {
                	struct { int x; } inner;
                	struct mm_struct *mm, *active_mm;
                };
                struct task_struct init_task
                #ifdef CONFIG_STACK
                	__init_task_data
                #endif
                = {
                	.active_mm = &init_mm,
                };
                static void __sched context_switch(struct rq *rq) __releases(rq->lock)
                {
                	if (x) { y = 1; }
                	z = 2;
                }
                int after;
                SYSCALL_DEFINE1(unshare, unsigned long, flags)
                {
                	q = 3;
                }
                """);
        assertEquals("task_struct", first(f, "active_mm").region().owner());
        assertEquals("task_struct", first(f, "inner").region().owner());
        assertEquals("init_task", first(f, "init_mm").region().owner());
        assertEquals("context_switch", first(f, "y").region().owner());
        assertEquals("context_switch", first(f, "z").region().owner());
        assertEquals("", first(f, "after").region().owner());
        assertEquals("sys_unshare", first(f, "q").region().owner());
    }

    @Test
    void bracesOpenedInBothBranchesAreCountedOnce() {
        LexedFile f = lex("""
                void first(void)
                {
                #ifdef CONFIG_A
                	if (a) {
                #else
                	if (b) {
                #endif
                		work();
                	}
                }
                void second(void)
                {
                	other();
                }
                #if 0
                void broken(void) {
                #endif
                void third(void)
                {
                	last();
                }
                """);
        assertEquals("first", first(f, "work").region().owner());
        assertEquals("second", first(f, "other").region().owner());
        assertEquals("third", first(f, "last").region().owner());
    }

    @Test
    void isEnabledBlocksAndTheirElse() {
        LexedFile f = lex("""
                void f(void)
                {
                	if (IS_ENABLED(CONFIG_A)) {
                		a();
                	} else {
                		b();
                	}
                	if (!IS_ENABLED(CONFIG_B))
                		c();
                	else
                		d();
                	e();
                }
                """);
        assertEquals("IS_ENABLED(CONFIG_A)", first(f, "a").region().guard().text());
        assertEquals("!IS_ENABLED(CONFIG_A)", first(f, "b").region().guard().text());
        assertEquals("!IS_ENABLED(CONFIG_B)", first(f, "c").region().guard().text());
        assertEquals("IS_ENABLED(CONFIG_B)", first(f, "d").region().guard().text());
        assertEquals("", first(f, "e").region().guard().text());
    }

    @Test
    void isEnabledInsidePreprocessorGuardIsJoined() {
        LexedFile f = lex("#ifdef CONFIG_SMP\nvoid f(void)\n{\n\tif (IS_ENABLED(CONFIG_X))\n\t\ta();\n}\n#endif\n");
        assertEquals("CONFIG_SMP && IS_ENABLED(CONFIG_X)", first(f, "a").region().guard().text());
    }

    @Test
    void oddBytesNeverThrow() {
        byte[] bytes = {'#', 'e', 'n', 'd', 'i', 'f', '\n', 0, (byte) 0xff, (byte) 0xc3, '"', 'x', '\n',
            'i', 'n', 't', ' ', 'a', ';', '/', '*', ' ', 'o', 'p', 'e', 'n', '\\'};
        LexedFile f = CLexer.lex(bytes);
        assertTrue(texts(f).contains("a"));
        assertEquals(1, f.comments().size());
        for (String s : List.of("'", "\"", "/*", "#if", "#else\n#else\n#elif 1\n", "}}}", "\\", "a\\\r\nb")) {
            CLexer.lex(s.getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    @Test
    void assemblyMacrosCommentsAndDirectives() {
        String s = """
                #include <asm/asm-offsets.h>
                # a comment naming TSK_ACTIVE_MM
                	.macro	act_mm, rd
                	ldr	\\rd, [\\rd, #TSK_ACTIVE_MM]	@ TSK_ACTIVE_MM in a comment
                	.endm
                ENTRY(cpu_switch)
                	act_mm	r0
                """;
        LexedFile f = CLexer.lexAssembly(s.getBytes(StandardCharsets.ISO_8859_1), AsmSyntax.forPath("arch/arm/mm/x.S"));
        List<Token> uses = f.tokens().stream().filter(t -> t.is("TSK_ACTIVE_MM")).toList();
        assertEquals(1, uses.size());
        assertEquals(4, uses.get(0).line());
        assertEquals("act_mm", uses.get(0).region().owner());
        assertTrue(uses.get(0).region().macroBody());
        Token call = f.tokens().stream().filter(t -> t.is("act_mm")).skip(1).findFirst().orElseThrow();
        assertEquals("cpu_switch", call.region().owner());
        assertFalse(call.region().macroBody());
        assertEquals(2, f.comments().size());
    }

    @Test
    void includeGuardsAreNotGuards() {
        LexedFile f = lex("/* header */\n#ifndef _LINUX_X_H\n#define _LINUX_X_H\nint a;\n#ifdef CONFIG_Y\nint b;\n#endif\n#endif\n");
        assertEquals("", first(f, "a").region().guard().text());
        assertEquals("CONFIG_Y", first(f, "b").region().guard().text());
        LexedFile notGuard = lex("int z;\n#ifndef CONFIG_Q\n#define CONFIG_Q 1\nint c;\n#endif\n");
        assertEquals("!CONFIG_Q", first(notGuard, "c").region().guard().text());
    }

    @Test
    void elifChainsAfterAnAlwaysTrueBranchAreDead() {
        LexedFile f = lex("#if 1\nint a;\n#elif defined(X)\nint b;\n#else\nint c;\n#endif\n#if 0 && defined(Y)\nint d;\n#elif Z\nint e;\n#endif\n");
        assertFalse(first(f, "a").region().guard().dead());
        assertTrue(first(f, "b").region().guard().dead());
        assertEquals("!(1) && defined(X)", first(f, "b").region().guard().text());
        assertTrue(first(f, "c").region().guard().dead());
        assertTrue(first(f, "d").region().guard().dead());
        assertFalse(first(f, "e").region().guard().dead());
    }

    @Test
    void errorTextAndIncludesAreNotTokens() {
        LexedFile f = lex("#error \"active_mm is gone\"\n#include <linux/active_mm.h>\n#warning active_mm\nint a;\n");
        assertEquals(List.of("int", "a", ";"), texts(f));
    }

    @Test
    void unterminatedLiteralsEndAtTheLine() {
        LexedFile f = lex("x = 'a;\ny = \"open;\nz->active_mm;\n");
        Token t = first(f, "active_mm");
        assertEquals(3, t.line());
        assertEquals(4, t.column());
    }

    @Test
    void assemblySemicolonAndHashComments() {
        String arc = "\tld r0, [r3, TASK_ACT_MM] ; TASK_ACT_MM again\n; TASK_ACT_MM only in a comment\n";
        LexedFile f = CLexer.lexAssembly(arc.getBytes(StandardCharsets.ISO_8859_1), AsmSyntax.forPath("arch/arc/mm/tlbex.S"));
        assertEquals(1, f.tokens().stream().filter(t -> t.is("TASK_ACT_MM")).count());
        assertEquals(2, f.comments().size());
        String xtensa = "\tl32i\ta0, a1, TASK_ACTIVE_MM\t# unlikely case mm == 0\n";
        LexedFile x = CLexer.lexAssembly(xtensa.getBytes(StandardCharsets.ISO_8859_1), AsmSyntax.forPath("arch/xtensa/kernel/entry.S"));
        assertEquals(List.of("l32i", "a0", ",", "a1", ",", "TASK_ACTIVE_MM"), texts(x));
    }

    @Test
    void randomBytesNeverThrowAndPositionsStayInside() {
        java.util.Random random = new java.util.Random(42);
        byte[] alphabet = "#ifdefnlsa_mm{}()'\"\\/*\n\r\t ;,.->=!&|0\u00ff".getBytes(StandardCharsets.ISO_8859_1);
        for (int round = 0; round < 500; round++) {
            byte[] bytes = new byte[random.nextInt(300)];
            for (int i = 0; i < bytes.length; i++) {
                bytes[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            for (LexedFile f : List.of(CLexer.lex(bytes), CLexer.lexAssembly(bytes, AsmSyntax.forPath("arch/x86/a.S")))) {
                for (Token t : f.tokens()) {
                    assertTrue(t.line() >= 1 && t.column() >= 1 && !t.text().isEmpty(), t.toString());
                }
            }
        }
    }

    @Test
    void braceOpenedUnderALoneIfAndClosedInALaterElse() {
        LexedFile f = lex("""
                static void rx(void) {
                #ifndef TAILRECURSIONWORKS
                	while (more) {
                #endif
                	step();
                #ifdef TAILRECURSIONWORKS
                	return rx();
                #else
                	}
                #endif
                }
                static void tx(void) {
                	other();
                }
                """);
        assertEquals("rx", first(f, "step").region().owner());
        assertEquals("tx", first(f, "other").region().owner());
    }

    @Test
    void isEnabledConjunctGuardsOnlyItsOwnStatement() {
        LexedFile f = lex("""
                void f(void)
                {
                	if (!IS_ENABLED(CONFIG_A) && !next->mm) {
                		a();
                	} else {
                		b();
                	}
                	if (IS_ENABLED(CONFIG_B) || x)
                		c();
                	if (IS_ENABLED(CONFIG_C) && (y || z) && IS_ENABLED(CONFIG_D))
                		d();
                }
                """);
        assertEquals("!IS_ENABLED(CONFIG_A)", first(f, "a").region().guard().text());
        assertEquals("", first(f, "b").region().guard().text());
        assertEquals("", first(f, "c").region().guard().text());
        assertEquals("IS_ENABLED(CONFIG_C) && IS_ENABLED(CONFIG_D)", first(f, "d").region().guard().text());
    }

    @Test
    void conditionalsWithoutPartnerAreListedByLine() {
        LexedFile f = lex("#ifdef CONFIG_A\nint a;\n#if B\n#else\n#endif\n#endif\n#endif\n#else\n#ifndef C\n#if D\nint d;\n#endif\n");
        assertEquals(List.of(new UnmatchedConditional(7, "endif"), new UnmatchedConditional(8, "else"),
                new UnmatchedConditional(9, "ifndef")), f.unmatchedConditionals());
        assertTrue(f.unmatchedConditionals().get(2).unclosed());
        assertEquals(List.of(), lex("#ifndef H\n#define H\n#if X\n#elif Y\n#endif\n#endif\n").unmatchedConditionals());
    }
}
