package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.activemm.model.Strategy;
import org.activemm.sites.Finding;
import org.activemm.sites.Level;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;
import org.junit.jupiter.api.Test;

class SiteTableTest {

    private static Finding site(String scope, String rule) {
        return new Finding(scope + "/mm/tlb.c", 1, 1, "f", Role.READ, Purpose.LOADED_MM, Scope.of(scope + "/mm/tlb.c"), Rules.byId(rule), "",
                Status.NEEDS_CHANGE, Level.of(Status.NEEDS_CHANGE), "", false);
    }

    /** Rows follow the arches as named, also past the tenth (a string key put arch 10 before arch 2). */
    @Test
    void rowsFollowTheOrderOfTheArchesEvenPastTen() {
        List<ArchPlan> plans = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            plans.add(new ArchPlan("a" + i, Strategy.PIGGYBACK, List.of(), List.of(), "arch/a" + i + "/Kconfig",
                    "arch/a" + i + "/mm/tlb.c", "x"));
        }
        List<Finding> findings = List.of(site("arch/a10", "AMM008"), site("arch/a0", "AMM008"),
                site("core", "AMM013"), site("arch/a2", "AMM008"), site("core", "AMM003"));
        List<String> order = SiteTable.rows(findings, plans).stream()
                .map(row -> row.get("scope") + " " + row.get("rule")).toList();
        assertEquals(List.of("core AMM003", "core AMM013", "arch/a0 AMM008", "arch/a2 AMM008", "arch/a10 AMM008"),
                order);
        assertEquals(1, SiteTable.rows(findings, plans).get(0).get("needsChange"));
    }
}
