package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CommitTextTest {
    @Test
    void longLinesBreakAtSpacesKeepingTheirIndentation() {
        assertEquals("short line\n  aaa bbb\n  ccc\nxxxxxxxxxxxx\nend",
                CommitText.wrap("short line\n  aaa bbb ccc\nxxxxxxxxxxxx\nend", 10));
    }

    @Test
    void aWordLongerThanTheWidthStaysWhole() {
        assertEquals("a\nlongerthanten\nb", CommitText.wrap("a longerthanten b", 10));
        assertEquals("exactly 10", CommitText.wrap("exactly 10", 10));
    }

    @Test
    void aCoverLetterKeepsItsHeadersAndDiffstatAndHangsItsItems() {
        String mail = "Subject: [PATCH 0/2] a subject longer than ten\n\nprose that is long\n  item that is long\n"
                + " path/of/a/file.c | 2 ++\n";
        assertEquals("Subject: [PATCH 0/2] a subject longer than ten\n\nprose that\nis long\n  item that\n    is long\n"
                + " path/of/a/file.c | 2 ++\n", CommitText.wrapCoverLetter(mail, 12));
    }
}
