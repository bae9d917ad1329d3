package org.activemm.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class MailParserTest {
    static final String MAIL = """
            From 1234567890abcdef1234567890abcdef12345678 Mon Sep 17 00:00:00 2001
            From: =?UTF-8?q?Ren=C3=A9e=20Lazy?= <renee@example.org>
            Date: Tue, 3 Jul 2018 10:00:00 +0200
            Subject: [PATCH v2 3/7] x86/mm: shoot down lazy mms
             before the page tables go
            To: "Doe, Jane" <jane@example.org>, x86@kernel.org
            Cc: linux-mm@kvack.org

            Switch lazy CPUs away before freeing.

            Signed-off-by: Renée Lazy <renee@example.org>
            Reviewed-by: Jane Doe <jane@example.org>
            ---
             arch/x86/mm/tlb.c | 1 +
             1 file changed, 1 insertion(+)

            diff --git a/arch/x86/mm/tlb.c b/arch/x86/mm/tlb.c
            index 1111111..2222222 100644
            --- a/arch/x86/mm/tlb.c
            +++ b/arch/x86/mm/tlb.c
            @@ -1,2 +1,3 @@
             int a;
            +int b;
             int c;

            base-commit: 0123456789abcdef0123456789abcdef01234567
            --\u0020
            2.40.0
            """;

    static PatchMail parse(String text) {
        return MailParser.parse("0003-x.patch", 1, 0, MailParser.lines(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsHeadersBodyTrailersAndDiffAsGitAmDoes() {
        PatchMail mail = parse(MAIL);
        assertEquals("Renée Lazy <renee@example.org>", mail.from(), "RFC 2047 word decoded");
        assertEquals("Tue, 3 Jul 2018 10:00:00 +0200", mail.date());
        assertEquals("[PATCH v2 3/7] x86/mm: shoot down lazy mms before the page tables go", mail.subject(),
                "folded header joined");
        assertEquals("x86/mm: shoot down lazy mms before the page tables go", mail.summary());
        assertEquals(new Numbering(2, 3, 7), mail.numbering());
        assertEquals(List.of("\"Doe, Jane\" <jane@example.org>", "x86@kernel.org"), mail.to(),
                "a comma inside quotes does not split");
        assertEquals(List.of("linux-mm@kvack.org"), mail.cc());
        assertEquals(List.of("Signed-off-by", "Reviewed-by"), mail.trailers().stream().map(Trailer::key).toList());
        assertEquals(11, mail.trailers().get(0).line());
        assertTrue(mail.hasSeparator());
        assertEquals("---", mail.lines().get(mail.bodyEnd()));
        assertEquals("0123456789abcdef0123456789abcdef01234567", mail.baseCommit());
        assertTrue(mail.hasDiff());
        assertEquals(17, mail.fileLine(mail.diffStart()));
    }

    @Test
    void addedLinesCarryTheirLineInTheFileAndInTheMail() {
        List<FileChange> changes = DiffReader.changes(parse(MAIL));
        assertEquals(1, changes.size());
        TouchedFile touched = changes.get(0).touched();
        assertEquals("arch/x86/mm/tlb.c", touched.path());
        assertEquals(List.of(new AddedLine(2, 23, "int b;")), touched.added());
        assertEquals("@@ -1,2 +1,3 @@", changes.get(0).hunks().get(0).header());
        assertEquals(21, changes.get(0).hunks().get(0).mailLine());
    }

    @Test
    void aMailWithoutSeparatorOrDiffIsReadAsFarAsItGoes() {
        PatchMail mail = parse("From: a@example.org\nSubject: [PATCH 0/2] cover\n\nText only.\n");
        assertNull(mail.date());
        assertFalse(mail.hasSeparator());
        assertFalse(mail.hasDiff());
        assertTrue(mail.isCoverLetter());
    }

    @Test
    void numberingReadsTheTagsMaintainersUse() {
        assertEquals(Optional.of(new Numbering(1, 1, 1)), Numbering.of("[PATCH] mm: x"));
        assertEquals(Optional.of(new Numbering(3, 0, 4)), Numbering.of("[RFC PATCH v3 0/4] mm: x"));
        assertEquals(Optional.of(new Numbering(1, 2, 5)), Numbering.of("[PATCH net-next 2/5] net: x"));
        assertEquals(Optional.empty(), Numbering.of("Re: [PATCH 1/2] mm: x"));
        assertEquals(Optional.empty(), Numbering.of("mm: x"));
    }

    @Test
    void anMboxIsCutAtItsSeparatorLinesOnly() {
        String two = "From mboxrd@z Thu Jan  1 00:00:00 1970\nSubject: [PATCH 1/2] a\n\nFrom the start, this is body.\n"
                + "\nFrom mboxrd@z Thu Jan  1 00:00:00 1970\nSubject: [PATCH 2/2] b\n\nbody\n";
        List<MboxSplitter.Part> parts = MboxSplitter.split(MailParser.lines(two.getBytes(StandardCharsets.UTF_8)));
        assertEquals(2, parts.size(), "a body line starting with 'From ' is not a separator");
        assertEquals(5, parts.get(1).start());
    }
}
