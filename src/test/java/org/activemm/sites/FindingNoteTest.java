package org.activemm.sites;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activemm.lex.Guard;
import org.activemm.sites.rules.CommentMentionRule;
import org.activemm.sites.rules.Rules;
import org.activemm.sites.rules.SiteShape;
import org.junit.jupiter.api.Test;

/** A comment note is marked as one, has no role or purpose, and a site cannot pass for one. */
class FindingNoteTest {
    @Test
    void aCommentNoteIsANoteOfTheCommentRule() {
        Finding note = Findings.of(new CommentNote("kernel/fork.c", 7, 4, "mmput", Guard.NONE));
        assertTrue(note.isNote());
        assertNull(note.role());
        assertNull(note.purpose());
        assertEquals(CommentMentionRule.class, note.rule().getClass());
        assertEquals(Status.INFO, note.status());
    }

    @Test
    void onlyTheCommentShapeIsACommentMention() {
        assertEquals(CommentMentionRule.class, Rules.forSite(SiteShape.commentMention()).getClass());
        assertFalse(new SiteShape(Role.READ, Purpose.OTHER, false).comment());
    }

    @Test
    void aNoteWithARoleOrASiteWithoutOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> finding(Role.READ, Purpose.OTHER, true));
        assertThrows(IllegalArgumentException.class, () -> finding(null, null, false));
        assertThrows(IllegalArgumentException.class, () -> finding(Role.READ, null, false));
        assertFalse(finding(Role.READ, Purpose.OTHER, false).isNote());
    }

    private static Finding finding(Role role, Purpose purpose, boolean note) {
        return new Finding("kernel/fork.c", 7, 4, "mmput", role, purpose, Scope.CORE,
                Rules.forSite(SiteShape.commentMention()), "", Status.INFO, Level.NOTE, "", note);
    }
}
