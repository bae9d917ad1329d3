package org.activemm.series;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;

import org.junit.jupiter.api.Test;

class HunkApplierTest {
    private static Hunk hunk(int oldStart, String... lines) {
        List<Hunk.Line> parsed = java.util.Arrays.stream(lines)
                .map(l -> new Hunk.Line(l.charAt(0), l.substring(1), false, 0)).toList();
        return new Hunk(1, "@@", oldStart, 0, oldStart, 0, parsed);
    }

    @Test
    void appliesWhereTheHunkSaysOrWhereTheLinesMoved() {
        Hunk addB = hunk(1, " a", "+b", " c");
        assertEquals(new HunkApplier.Applied("a\nb\nc\n"), HunkApplier.apply("a\nc\n", List.of(addB)));
        assertEquals(new HunkApplier.Applied("x\ny\na\nb\nc\n"), HunkApplier.apply("x\ny\na\nc\n", List.of(addB)),
                "two lines further down, as git apply finds it");
    }

    @Test
    void failsWhenTheOldLinesAreNowhere() {
        Hunk h = hunk(1, " a", "-gone", " c");
        assertEquals(new HunkApplier.Failed(h), HunkApplier.apply("a\nb\nc\n", List.of(h)));
    }

    @Test
    void aLaterHunkCannotMatchBeforeAnEarlierOne() {
        Hunk first = hunk(3, " c", "+d");
        Hunk second = hunk(1, " a", "+z");
        assertInstanceOf(HunkApplier.Failed.class, HunkApplier.apply("a\nb\nc\n", List.of(first, second)));
    }

    @Test
    void keepsAMissingLastNewlineAndDosLineEnds() {
        Hunk h = new Hunk(1, "@@", 1, 1, 1, 0, List.of(new Hunk.Line('-', "a\r", false, 0),
                new Hunk.Line('+', "b\r", false, 0), new Hunk.Line(' ', "end", true, 0)));
        assertEquals(new HunkApplier.Applied("b\r\nend"), HunkApplier.apply("a\r\nend", List.of(h)));
    }
}
