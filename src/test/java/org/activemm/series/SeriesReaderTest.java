package org.activemm.series;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole mbox files in the shapes lore, b4 and mail clients leave them. */
class SeriesReaderTest {
    static final String PATCH = """
            From mboxrd@z Thu Jan  1 00:00:00 1970
            From: Jane Doe <jane@example.org>
            Date: Tue, 3 Jul 2018 10:00:00 +0200
            Subject: [PATCH 1/1] mm: add b
            Message-Id: <1@example.org>

            Add b after a.

            Signed-off-by: Jane Doe <jane@example.org>
            ---
            diff --git a/mm/x.c b/mm/x.c
            --- a/mm/x.c
            +++ b/mm/x.c
            @@ -1,2 +1,3 @@
             int a;
            +int b;
             int c;
            --\s
            2.39.5
            """;

    static final String REPLY = """
            From mboxrd@z Thu Jan  1 00:00:00 1970
            From: Rev Iewer <rev@example.org>
            Date: Wed, 4 Jul 2018 10:00:00 +0200
            Subject: Re: [PATCH 1/1] mm: add b
            In-Reply-To: <1@example.org>

            On Tue, Jane Doe wrote:
            > +int b;

            Reviewed-by: Rev Iewer <rev@example.org>
            """;

    @TempDir
    Path dir;

    private PatchSeries read(String text) throws IOException {
        Path mbox = dir.resolve("series.mbox");
        Files.write(mbox, text.getBytes(StandardCharsets.UTF_8));
        return SeriesReader.read(List.of(mbox));
    }

    @Test
    void anMboxrdMailLosesOneQuoteOfItsFromLines() throws IOException {
        String escaped = PATCH.replace("Add b after a.\n", "Add b after a.\n>From the start, b was missing.\n"
                + ">>From here on, quoted.\n");
        PatchMail mail = read(escaped).entries().get(0);
        assertEquals(List.of("Add b after a.", "From the start, b was missing.", ">From here on, quoted."),
                mail.lines().subList(mail.bodyStart(), mail.bodyStart() + 3));

        // a format-patch file is not mboxrd: git am leaves its lines as they are, and so does check
        PatchMail plain = read(escaped.replace("From mboxrd@z Thu Jan  1 00:00:00 1970",
                "From 0123456789abcdef0123456789abcdef01234567 Mon Sep 17 00:00:00 2001")).entries().get(0);
        assertEquals(">From the start, b was missing.", plain.lines().get(plain.bodyStart() + 1));
    }

    @Test
    void aReplyInTheMboxIsNotPartOfTheSeries() throws IOException {
        PatchSeries series = read(PATCH + "\n" + REPLY);
        assertEquals(List.of("[PATCH 1/1] mm: add b"), series.entries().stream().map(PatchMail::subject).toList());
    }

    @Test
    void anMboxSavedWithDosLineEndsReadsAsGitAmReadsIt() throws IOException {
        PatchSeries series = read((PATCH + "\n" + REPLY).replace("\n", "\r\n"));
        assertEquals(1, series.entries().size());
        PatchMail mail = series.entries().get(0);
        assertEquals("[PATCH 1/1] mm: add b", mail.subject());
        List<String> hunk = DiffReader.changes(mail).get(0).hunks().get(0).lines().stream()
                .map(Hunk.Line::text).toList();
        assertEquals(List.of("int a;", "int b;", "int c;"), hunk, "the \\r is the mail's, not the file's");
    }

    @Test
    void aQuotedPrintableBodyIsDecodedBeforeTheDiffIsRead() throws IOException {
        String mail = """
                From mboxrd@z Thu Jan  1 00:00:00 1970
                From: Jane Doe <jane@example.org>
                Subject: [PATCH] mm: add b
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: quoted-printable

                Add b after a, for Ren=C3=A9e.

                Signed-off-by: Jane Doe <jane@example.org>
                ---
                diff --git a/mm/x.c b/mm/x.c
                --- a/mm/x.c
                +++ b/mm/x.c
                @@ -1,2 +1,3 @@
                 int a;
                +int b =3D 1; /* a comment long enough for the mailer to br=
                eak it */
                 int c;
                --=20
                2.39.5
                """;
        PatchMail read = read(mail).entries().get(0);
        assertEquals("Add b after a, for Renée.", read.lines().get(read.bodyStart()));
        List<String> hunk = DiffReader.changes(read).get(0).hunks().get(0).lines().stream()
                .map(Hunk.Line::text).toList();
        assertEquals(List.of("int a;", "int b = 1; /* a comment long enough for the mailer to break it */", "int c;"),
                hunk, "=3D decoded, the soft break joined, the --=20 signature not taken as a removed line");
    }

    @Test
    void theBlankLineBeforeTheNextMailIsNotPartOfTheLastHunk() throws IOException {
        String unsigned = PATCH.replace("--\s\n2.39.5\n", "").replace("-1,2 +1,3", "-1 +1,2")
                .replace(" int c;\n", "");
        PatchMail mail = read(unsigned + "\n" + REPLY).entries().get(0);
        List<String> hunk = DiffReader.changes(mail).get(0).hunks().get(0).lines().stream()
                .map(Hunk.Line::text).toList();
        assertEquals(List.of("int a;", "int b;"), hunk, "git apply reads a hunk as far as its @@ counts go");
    }
}
