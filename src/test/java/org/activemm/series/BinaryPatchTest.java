package org.activemm.series;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.DeflaterOutputStream;

import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.util.Base85;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A new binary file, mailed as git format-patch writes it (a deflated literal in base85 lines), applies as git am applies it. */
class BinaryPatchTest {

    /** The {@code GIT binary patch} literal git writes: deflated, in lines of at most 52 bytes, each led by its length. */
    private static String literal(byte[] content) throws Exception {
        ByteArrayOutputStream deflated = new ByteArrayOutputStream();
        try (DeflaterOutputStream out = new DeflaterOutputStream(deflated)) {
            out.write(content);
        }
        byte[] data = deflated.toByteArray();
        StringBuilder text = new StringBuilder("GIT binary patch\nliteral " + content.length + "\n");
        for (int at = 0; at < data.length; at += 52) {
            int n = Math.min(52, data.length - at);
            byte[] chunk = new byte[n];
            System.arraycopy(data, at, chunk, 0, n);
            text.append((char) (n <= 26 ? 'A' + n - 1 : 'a' + n - 27))
                    .append(new String(Base85.encode(chunk), StandardCharsets.US_ASCII)).append('\n');
        }
        return text.append("\nliteral 0\nHcmV?d00001\n\n").toString();
    }

    @Test
    void aNewBinaryFileIsMadeFromItsLiteral(@TempDir Path dir) throws Exception {
        byte[] blob = new byte[300];
        for (int i = 0; i < blob.length; i++) {
            blob[i] = (byte) (i * 7);
        }
        Path src = Files.createDirectories(dir.resolve("src"));
        Files.writeString(src.resolve("a.c"), "int a;\n");
        Path repo = FixtureRepos.commit(src, Files.createDirectories(dir.resolve("repo")));
        String mail = "From: Jane Doe <jane@example.org>\nSubject: [PATCH] fw: add blob\n\nAdd it.\n\n"
                + "Signed-off-by: Jane Doe <jane@example.org>\n---\n"
                + "diff --git a/fw/blob.bin b/fw/blob.bin\nnew file mode 100644\n"
                + "index 0000000000000000000000000000000000000000..1111111111111111111111111111111111111111\n"
                + literal(blob) + "-- \n2.39.5\n";
        PatchMail parsed = MailParser.parse("0001-fw.patch", 1, 0,
                MailParser.lines(mail.getBytes(StandardCharsets.UTF_8)));
        try (SourceTree base = SourceTrees.open(repo, "HEAD")) {
            Step step = SeriesApplier.apply(PatchSeries.of("0001-fw.patch", List.of(parsed), false), base).get(0);
            assertNull(step.failure(), () -> step.failure().reason());
            assertArrayEquals(blob, step.after().read("fw/blob.bin").orElseThrow());
        }
    }
}
