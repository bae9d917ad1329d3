package org.activemm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.activemm.model.ArchProfiles;
import org.activemm.model.StrategyPicker;
import org.junit.jupiter.api.Test;

/** The shipped default arch set is the checker's answer, not a copy that drifted from it. */
class EligibleListTest {

    @Test
    void shippedListIsWhatTheCheckerFindsNow() throws Exception {
        StringWriter out = new StringWriter();
        assertEquals(ExitCodes.OK, Main.run(new String[] {"model", "eligible"}, new PrintWriter(out),
                new PrintWriter(new StringWriter())));
        assertEquals(out.toString(), Files.readString(Path.of("src/main/resources/arches/" + ArchProfiles.ELIGIBLE_LIST)),
                "stale: " + ModelEligibleCommand.HEADER);
        assertEquals(new ArrayList<>(StrategyPicker.eligibleArches()), new ArrayList<>(ArchProfiles.eligibleArches()));
        assertEquals(List.of(ModelEligibleCommand.HEADER), out.toString().lines().filter(l -> l.startsWith("#")).toList());
    }
}
