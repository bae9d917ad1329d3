package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.activemm.lex.LexMemo;
import org.activemm.lex.LexedFile;
import org.eclipse.jgit.lib.ObjectId;
import org.junit.jupiter.api.Test;

class ClassifiedFilesTest {
    private static final String PATH = "kernel/sched/core.c";
    private static final String READER = "void f(void)\n{\n\tstruct mm_struct *mm = current->active_mm;\n}\n";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> lines(ClassifiedFiles.Classified c) {
        return c.sites().stream().map(ClassifiedSite::line).toList();
    }

    @Test
    void theSameBytesAreNotLexedAgainAndChangedBytesAre() {
        ClassifiedFiles files = new ClassifiedFiles(false, Scheme.SEED.guardSymbol(), LexMemo.none());
        String one = "void f(void)\n{\n\tstruct mm_struct *mm = current->active_mm;\n}\n";
        ClassifiedFiles.Classified first = files.of(PATH, null, bytes(one));
        assertEquals(List.of(3), lines(first));
        assertSame(first, files.of(PATH, null, bytes(one)), "equal bytes in a new array: the kept result");

        ClassifiedFiles.Classified changed = files.of(PATH, null, bytes("\n" + one));
        assertNotSame(first, changed);
        assertEquals(List.of(4), lines(changed), "the new bytes' line, not the kept one");
    }

    @Test
    void aBlobIdStandsForTheBytesItWasClassifiedFrom() {
        ClassifiedFiles files = new ClassifiedFiles(false, Scheme.SEED.guardSymbol(), LexMemo.none());
        ObjectId id = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
        ObjectId other = ObjectId.fromString("89abcdef0123456789abcdef0123456789abcdef");
        ClassifiedFiles.Classified first = files.of(PATH, id, bytes(READER));
        assertEquals(Optional.of(first), files.known(PATH, id));
        assertEquals(Optional.empty(), files.known(PATH, other), "another blob");
        assertEquals(Optional.empty(), files.known("kernel/fork.c", id), "another path");
        assertEquals(List.of(4), lines(files.of(PATH, other, bytes("\n" + READER))), "new bytes are lexed");
    }

    @Test
    void whatOneScannerExportsAnotherKnowsByBlobIdWithoutTheBytes() {
        ClassifiedFiles first = new ClassifiedFiles(false, Scheme.SEED.guardSymbol(), LexMemo.none());
        ObjectId id = ObjectId.fromString("0123456789abcdef0123456789abcdef01234567");
        first.of(PATH, id, bytes(READER));
        first.of("kernel/fork.c", null, bytes(READER)); // no id: nothing to vouch for it later
        first.of("mm/other.c", id, bytes(READER));
        List<ClassifiedFile> exported = first.export(path -> !path.startsWith("mm/"));
        assertEquals(List.of(PATH), exported.stream().map(ClassifiedFile::path).toList());

        ClassifiedFiles second = new ClassifiedFiles(false, Scheme.SEED.guardSymbol(), LexMemo.none());
        second.remember(exported);
        ClassifiedFiles.Classified known = second.known(PATH, id).orElseThrow();
        assertEquals(List.of(3), lines(known));
        assertSame(known, second.of(PATH, id, bytes("not even C")), "the id is trusted: no read, no lexing");
    }

    @Test
    void aFileIsLexedThroughTheMemoItSharesWithTheChecks() {
        List<String> lexings = new ArrayList<>();
        LexMemo memo = new LexMemo(1 << 20, (content, syntax) -> {
            lexings.add(new String(content, StandardCharsets.UTF_8));
            return LexMemo.C_LEXER.lex(content, syntax);
        });
        ClassifiedFiles files = new ClassifiedFiles(false, Scheme.SEED.guardSymbol(), memo);
        files.of(PATH, null, bytes(READER));
        LexedFile theChecks = memo.lex(PATH, bytes(READER));
        assertEquals(List.of(READER), lexings, "a check reading the bytes the scanner classified lexes nothing");
        assertSame(theChecks, memo.lex("kernel/other.c", bytes(READER)));

        files.of("kernel/fork.c", ObjectId.fromString("0123456789abcdef0123456789abcdef01234567"), bytes("\n" + READER));
        assertEquals(List.of(READER), lexings, "a base file, known by blob id, does not pass through the memo");
    }

    @Test
    void aFileWithoutSitesIsNotKept() {
        ClassifiedFiles files = new ClassifiedFiles(false, null, LexMemo.none());
        byte[] plain = bytes("int x;\n");
        assertNotSame(files.of(PATH, null, plain), files.of(PATH, null, plain));
    }

    @Test
    void commentMentionsAreNotesApartFromTheSitesAndOnlyWhenAskedFor() {
        String text = "void f(void)\n{\n\t/* borrow active_mm here */\n\tstruct mm_struct *mm = current->active_mm;\n}\n";
        ClassifiedFiles.Classified withNotes = new ClassifiedFiles(true, null, LexMemo.none()).of(PATH, null, bytes(text));
        assertEquals(List.of(4), lines(withNotes), "the comment is no site");
        assertEquals(List.of(new CommentNote(PATH, 3, 12, "f", withNotes.notes().get(0).guard())), withNotes.notes());
        assertEquals(Role.READ, withNotes.sites().get(0).role());

        ClassifiedFiles.Classified without = new ClassifiedFiles(false, null, LexMemo.none()).of(PATH, null, bytes(text));
        assertEquals(List.of(4), lines(without));
        assertEquals(List.of(), without.notes());
    }

    @Test
    void aFileWhoseOnlyMentionIsACommentIsKeptForItsNote() {
        ClassifiedFiles files = new ClassifiedFiles(true, null, LexMemo.none());
        byte[] comment = bytes("// active_mm is borrowed\nint x;\n");
        assertSame(files.of(PATH, null, comment), files.of(PATH, null, comment));
    }
}
