package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.activemm.model.ArchProfiles;
import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;
import org.junit.jupiter.api.Test;

class FamilyVerdictsTest {

    @Test
    void theBuildShipsTheTableSoACheckRunsNoModel() throws IOException {
        try (InputStream in = FamilyVerdicts.class.getResourceAsStream(FamilyVerdicts.RESOURCE)) {
            assertNotNull(in, "the build writes " + FamilyVerdicts.RESOURCE + " next to FamilyVerdicts.class");
            assertEquals(FamilyVerdicts.read(in), FamilyVerdicts.shipped());
        }
    }

    @Test
    void theShippedTableIsWhatTheModelSaysNow() {
        // a model or profile changed without a rebuild of the table would make check report stale verdicts
        assertEquals(FamilyVerdicts.compute(), FamilyVerdicts.shipped());
    }

    @Test
    void theShippedTableCoversEveryBaseArchAndNoVariant() {
        // check asks the table, not the profiles, which arches it judges: both must name the same ones
        for (String name : ArchProfiles.names()) {
            assertEquals(ArchProfiles.baseArches().contains(name), FamilyVerdicts.shipped().covers(name), name);
        }
        assertFalse(FamilyVerdicts.shipped().covers("um"));
    }

    @Test
    void looksUpOneArchSchemeAndStrategy() throws IOException {
        String json = """
                {"rows": [
                  {"arch": "arm64", "scheme": "SEED", "strategy": "PIGGYBACK", "safe": false,
                   "brokenProperty": "no-uaf", "counterexample": "on arm64: freed", "picked": false},
                  {"arch": "arm64", "scheme": "SEED", "strategy": "IPI_CPUMASK", "safe": true,
                   "brokenProperty": "", "counterexample": "", "picked": true},
                  {"arch": "x86", "scheme": "SEED", "strategy": "PIGGYBACK", "safe": false,
                   "brokenProperty": "no-stale-tlb", "counterexample": "on x86: stale", "picked": false}
                ]}
                """;
        FamilyVerdicts table = FamilyVerdicts.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("no-uaf", table.verdict("arm64", Scheme.SEED, Strategy.PIGGYBACK).orElseThrow().brokenProperty());
        assertEquals("on x86: stale", table.verdict("x86", Scheme.SEED, Strategy.PIGGYBACK).orElseThrow().counterexample());
        assertTrue(table.verdict("arm64", Scheme.UPSTREAM, Strategy.PIGGYBACK).isEmpty(), "another scheme's row");
        assertEquals(Optional.of(Strategy.IPI_CPUMASK), table.picked("arm64", Scheme.SEED));
        assertTrue(table.picked("x86", Scheme.SEED).isEmpty(), "no row picked: only refcount is safe");
    }
}
