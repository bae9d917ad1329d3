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

/** AMC001, AMC002 and AMC014 on small hand-written series. */
class SeriesChecksTest {
    private static final String BASE = "0123456789abcdef0123456789abcdef01234567";

    private static PatchMail mail(int position, String text) {
        return MailParser.parse("m" + position + ".patch", 1, position,
                MailParser.lines(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static String patch(String tag, String trailer) {
        return "From: A <a@example.org>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\nSubject: " + tag + " mm: x\n\n"
                + "Text.\n\nSigned-off-by: A <a@example.org>\n---\n\ndiff --git a/k.c b/k.c\n--- a/k.c\n+++ b/k.c\n"
                + "@@ -1,1 +1,2 @@\n a\n+b\n" + trailer;
    }

    private static String cover(String tag) {
        return "From: A <a@example.org>\nDate: Mon, 7 Dec 2026 10:00:00 +0000\nSubject: " + tag + " mm: all\n\nWhy.\n";
    }

    /** What the check reports, as "entry mail-line message", series findings first, then each patch's. */
    private static List<String> run(SeriesCheck check, boolean fromCommits, String... mails) throws Exception {
        List<PatchMail> parsed = new ArrayList<>();
        for (int i = 0; i < mails.length; i++) {
            parsed.add(mail(i, mails[i]));
        }
        PatchSeries series = PatchSeries.of("s", parsed, fromCommits);
        List<Step> steps = series.patches().stream().map(m -> new Step(series.indexOf(m), m, null, null,
                DiffReader.changes(m), null)).toList();
        CheckContext context = new CheckContext(series, steps, null, BASE, Scheme.SEED, List.of(), null, null);
        List<String> found = new ArrayList<>();
        check.checkSeries(context, entry -> (at, message) -> found.add(entry + " " + at.mailLine() + " " + message));
        for (Step step : steps) {
            check.checkStep(context, step, (at, message) -> found.add(step.entry() + " " + at.mailLine() + " "
                    + message));
        }
        return found;
    }

    @Test
    void numberingWantsEveryNumberOnceTheSameVersionAndACoverLetter() throws Exception {
        SeriesCheck check = new NumberingCheck();
        assertEquals(List.of(), run(check, false, patch("[PATCH v2 2/2]", ""), cover("[PATCH v2 0/2]"),
                patch("[PATCH v2 1/2]", "")), "any mail order");
        assertEquals(List.of("2 3 a second patch 1/2", "0 1 patch 2/2 missing from the series"),
                run(check, false, cover("[PATCH 0/2]"), patch("[PATCH 1/2]", ""), patch("[PATCH 1/2]", "")));
        assertEquals(List.of("2 3 v3 in a v2 series"),
                run(check, false, cover("[PATCH v2 0/2]"), patch("[PATCH v2 1/2]", ""), patch("[PATCH v3 2/2]", "")));
        assertEquals(List.of("0 1 no cover letter (0/2) for a series of 2 patches"),
                run(check, false, patch("[PATCH 1/2]", ""), patch("[PATCH 2/2]", "")));
        assertEquals(List.of(), run(check, true, patch("[PATCH 1/2]", ""), patch("[PATCH 2/2]", "")),
                "commits of --range have no cover letter yet");
    }

    @Test
    void mailFormWantsHeadersAMessageTheSeparatorAndADiff() throws Exception {
        SeriesCheck check = new MailFormCheck();
        assertEquals(List.of(), run(check, false, patch("[PATCH]", "")));
        assertEquals(List.of("0 1 no Date: header"),
                run(check, false, patch("[PATCH]", "").replace("Date: Mon, 7 Dec 2026 10:00:00 +0000\n", "")));
        assertEquals(List.of("0 9 no '---' line between the commit message and the diff"),
                run(check, false, patch("[PATCH]", "").replace("---\n\n", "\n")));
        assertEquals(List.of("0 5 no commit message: the body has only trailers or nothing"),
                run(check, false, patch("[PATCH]", "").replace("Text.\n\n", "")));
    }

    @Test
    void baseCommitTrailerMayAbbreviateTheBaseButNotNameAnother() throws Exception {
        SeriesCheck check = new BaseCommitCheck();
        assertEquals(List.of(), run(check, false, patch("[PATCH]", "\nbase-commit: 0123456789ab\n")));
        assertEquals(List.of("0 17 base-commit: fedcba987654 is not the base used, " + BASE),
                run(check, false, patch("[PATCH]", "\nbase-commit: fedcba987654\n")));
    }
}
