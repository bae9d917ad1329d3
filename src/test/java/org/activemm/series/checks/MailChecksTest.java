package org.activemm.series.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.activemm.series.DiffReader;
import org.activemm.series.MailParser;
import org.activemm.series.PatchMail;
import org.activemm.series.PatchSeries;
import org.activemm.series.Step;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

/** The checks that read only the mail, on small hand-written mails. */
class MailChecksTest {
    private static final String HEAD = "From: Ada Lazytlb <ada@example.org>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\n";
    private static final String DIFF = "---\n diff stat\n\ndiff --git a/k.c b/k.c\n--- a/k.c\n+++ b/k.c\n"
            + "@@ -1,1 +1,2 @@\n a\n+%s\n";

    private static List<String> run(SeriesCheck check, String mailText) throws Exception {
        PatchMail mail = MailParser.parse("0001-x.patch", 1, 0,
                MailParser.lines(mailText.getBytes(StandardCharsets.UTF_8)));
        PatchSeries series = PatchSeries.of("s", List.of(mail), false);
        Step step = new Step(0, mail, null, null, DiffReader.changes(mail), null);
        CheckContext context = new CheckContext(series, List.of(step), null, "0".repeat(40), Scheme.SEED, List.of(),
                null, null);
        List<String> found = new ArrayList<>();
        check.checkStep(context, step, (at, message) -> found.add(at.mailLine() + " " + message));
        return found;
    }

    private static String mail(String subject, String body, String added) {
        return HEAD + "Subject: [PATCH] " + subject + "\n\n" + body + DIFF.formatted(added);
    }

    @Test
    void signOffMustBeTheAuthorsOrTheBodyFromLinesAuthor() throws Exception {
        SeriesCheck check = new SignedOffCheck();
        assertEquals(List.of(), run(check, mail("mm: x", "Text.\n\nSigned-off-by: Ada L <ADA@example.org>\n", "b")),
                "the address decides, in any case");
        assertEquals(List.of("8 no Signed-off-by: from the author, Ada Lazytlb <ada@example.org>"),
                run(check, mail("mm: x", "Text.\n\nSigned-off-by: Bo <bo@example.org>\n", "b")));
        assertEquals(List.of(), run(check, mail("mm: x",
                "From: Bo <bo@example.org>\n\nText.\n\nSigned-off-by: Bo <bo@example.org>\n", "b")),
                "a From: line opening the body names the author");
    }

    @Test
    void subjectAndBodyFollowCheckpatchsLimits() throws Exception {
        SeriesCheck check = new SubjectAndBodyCheck();
        String longLine = "word ".repeat(16).strip(); // 79 columns
        String url = "Link: https://lore.kernel.org/" + "x".repeat(60);
        assertEquals(List.of(), run(check, mail("x86/mm: fine", "Text.\n\n" + url + "\n    " + longLine
                + "\n\nSigned-off-by: Ada Lazytlb <ada@example.org>\n", "b")), "URLs, trailers and indented lines");
        assertEquals(List.of("5 a body line of 79 columns (wrap at 75)"),
                run(check, mail("x86/mm: fine", longLine + "\n", "b")));
        assertEquals(List.of("3 the summary 'Fix the bug' is not in the 'subsys: summary' form"),
                run(check, mail("Fix the bug", "Text.\n", "b")));
    }

    @Test
    void whitespaceErrorsAreFoundInAddedLinesOnly() throws Exception {
        SeriesCheck check = new WhitespaceCheck();
        assertEquals(List.of(), run(check, mail("mm: x", "Text.\n", "int b;")));
        assertEquals(List.of("14 DOS line end (CR LF) in an added line", "14 trailing whitespace in an added line"),
                run(check, mail("mm: x", "Text.\n", "int b; \r")));
        assertEquals(List.of("14 space before tab in an added line"), run(check, mail("mm: x", "Text.\n", " \tint b;")));
    }
}
