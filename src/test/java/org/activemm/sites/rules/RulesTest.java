package org.activemm.sites.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.junit.jupiter.api.Test;

class RulesTest {

    @Test
    void everyShapeIsCoveredByExactlyOneRule() {
        for (boolean asm : new boolean[] {false, true}) {
            assertEquals(1, covering(SiteShape.commentMention()).size());
            for (Role role : Role.values()) {
                for (Purpose purpose : Purpose.values()) {
                    SiteShape shape = new SiteShape(role, purpose, asm);
                    List<SiteRule> rules = covering(shape);
                    assertEquals(1, rules.size(), () -> shape + " is covered by " + rules);
                }
            }
        }
    }

    @Test
    void ruleFollowsRoleAndPurposeAsSitesMdSays() {
        assertEquals("AMM001", id(Role.DECL, Purpose.OTHER, false));
        assertEquals("AMM002", id(Role.INIT, Purpose.OTHER, false));
        assertEquals("AMM003", id(Role.WRITE, Purpose.LAZY_SWITCH, false));
        assertEquals("AMM004", id(Role.GRAB, Purpose.LAZY_SWITCH, false));
        assertEquals("AMM004", id(Role.DROP, Purpose.FORK_EXIT, false));
        assertEquals("AMM005", id(Role.GRAB, Purpose.CPU_BRINGUP, false));
        assertEquals("AMM005", id(Role.WRITE, Purpose.CPU_TEARDOWN, false));
        assertEquals("AMM006", id(Role.READ, Purpose.EXEC, false));
        assertEquals("AMM006", id(Role.WRITE, Purpose.KTHREAD_MM, false));
        assertEquals("AMM007", id(Role.READ, Purpose.EFI, false));
        assertEquals("AMM008", id(Role.READ, Purpose.LOADED_MM, false));
        assertEquals("AMM009", id(Role.READ, Purpose.ASSERTION, false));
        assertEquals("AMM010", id(Role.OFFSETOF, Purpose.OTHER, false));
        assertEquals("AMM010", id(Role.READ, Purpose.LAZY_SWITCH, true));
        assertEquals("AMM011", id(Role.READ, Purpose.DEBUG, false));
        assertEquals("AMM012", id(Role.LAZY_ENTER, Purpose.LAZY_SWITCH, false));
        assertEquals("AMM013", id(Role.READ, Purpose.OTHER, false));
        assertEquals("AMM014", Rules.forSite(SiteShape.commentMention()).info().id());
    }

    @Test
    void aSiteIsToldOnlyTheChangeThatAppliesToIt() {
        String bringUp = change(Role.GRAB, Purpose.CPU_BRINGUP);
        String teardown = change(Role.DROP, Purpose.CPU_TEARDOWN);
        assertEquals("drop the init_mm reference and the active_mm assignment", bringUp);
        assertEquals("drop the handoff to init_mm and its mmdrop()", teardown);
        String whole = Rules.forSite(new SiteShape(Role.GRAB, Purpose.CPU_BRINGUP, false)).info().change();
        assertTrue(whole.contains(bringUp) && whole.contains(teardown), "the halves come from the rule's change: " + whole);

        assertEquals("read the arch's per-CPU loaded mm (x86: cpu_tlbstate.loaded_mm)", change(Role.READ, Purpose.LOADED_MM));
        assertTrue(change(Role.WRITE, Purpose.LOADED_MM).startsWith("drop the assignment;"),
                "a write has nothing to read instead");
        for (SiteRule rule : Rules.all()) {
            if (!(rule instanceof CpuLifecycleRule) && !(rule instanceof LoadedMmReadRule)) {
                for (Role role : Role.values()) {
                    for (Purpose purpose : Purpose.values()) {
                        SiteShape shape = new SiteShape(role, purpose, false);
                        if (rule.covers(shape)) {
                            assertEquals(rule.info().change(), rule.changeFor(shape), shape.toString());
                        }
                    }
                }
            }
        }
    }

    private static String change(Role role, Purpose purpose) {
        SiteShape shape = new SiteShape(role, purpose, false);
        return Rules.forSite(shape).changeFor(shape);
    }

    @Test
    void idsAreUniqueAndInOrder() {
        Set<String> seen = new HashSet<>();
        String previous = "";
        for (SiteRule rule : Rules.all()) {
            RuleInfo info = rule.info();
            assertNotNull(info, rule.getClass() + " lacks @RuleInfo");
            assertTrue(seen.add(info.id()), "duplicate " + info.id());
            assertTrue(info.id().compareTo(previous) > 0, info.id() + " out of order");
            previous = info.id();
        }
    }

    private static String id(Role role, Purpose purpose, boolean asm) {
        return Rules.forSite(new SiteShape(role, purpose, asm)).info().id();
    }

    private static List<SiteRule> covering(SiteShape shape) {
        return Rules.all().stream().filter(r -> r.covers(shape)).toList();
    }
}
