package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ClassifiedFilesTest {
    private static final String PATH = "kernel/sched/core.c";

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<Integer> lines(ClassifiedFiles.Classified c) {
        return c.sites().stream().map(ClassifiedSite::line).toList();
    }

    @Test
    void theSameBytesAreNotLexedAgainAndChangedBytesAre() {
        ClassifiedFiles files = new ClassifiedFiles(false, Scheme.SEED.guardSymbol());
        String one = "void f(void)\n{\n\tstruct mm_struct *mm = current->active_mm;\n}\n";
        ClassifiedFiles.Classified first = files.of(PATH, bytes(one));
        assertEquals(List.of(3), lines(first));
        assertSame(first, files.of(PATH, bytes(one)), "equal bytes in a new array: the kept result");

        ClassifiedFiles.Classified changed = files.of(PATH, bytes("\n" + one));
        assertNotSame(first, changed);
        assertEquals(List.of(4), lines(changed), "the new bytes' line, not the kept one");
    }

    @Test
    void aFileWithoutSitesIsNotKept() {
        ClassifiedFiles files = new ClassifiedFiles(false, null);
        byte[] plain = bytes("int x;\n");
        assertNotSame(files.of(PATH, plain), files.of(PATH, plain));
    }

    @Test
    void commentMentionsAreNotesApartFromTheSitesAndOnlyWhenAskedFor() {
        String text = "void f(void)\n{\n\t/* borrow active_mm here */\n\tstruct mm_struct *mm = current->active_mm;\n}\n";
        ClassifiedFiles.Classified withNotes = new ClassifiedFiles(true, null).of(PATH, bytes(text));
        assertEquals(List.of(4), lines(withNotes), "the comment is no site");
        assertEquals(List.of(new CommentNote(PATH, 3, 12, "f", withNotes.notes().get(0).guard())), withNotes.notes());
        assertEquals(Role.READ, withNotes.sites().get(0).role());

        ClassifiedFiles.Classified without = new ClassifiedFiles(false, null).of(PATH, bytes(text));
        assertEquals(List.of(4), lines(without));
        assertEquals(List.of(), without.notes());
    }

    @Test
    void aFileWhoseOnlyMentionIsACommentIsKeptForItsNote() {
        ClassifiedFiles files = new ClassifiedFiles(true, null);
        byte[] comment = bytes("// active_mm is borrowed\nint x;\n");
        assertSame(files.of(PATH, comment), files.of(PATH, comment));
    }
}
