package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.activemm.InputException;
import org.junit.jupiter.api.Test;

/** Entries of the suppressions file that could never match are input errors when the file is read. */
class SuppressionsFileTest {

    private static String entry(String path, String rule) {
        return "[[suppress]]\npath = \"" + path + "\"\nrule = \"" + rule + "\"\nreason = \"later\"\n";
    }

    @Test
    void aPathThatIsNoGlobIsAnInputError() {
        InputException e = assertThrows(InputException.class,
                () -> SuppressionsFile.parse(".activemm", entry("kernel/fork.c", "AMM006") + entry("arch/[x86", "AMM008")));
        assertEquals(".activemm: suppression 2: path 'arch/[x86' is not a glob: Missing ']", e.getMessage());
    }
}
