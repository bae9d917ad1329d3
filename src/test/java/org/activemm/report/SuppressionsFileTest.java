package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.activemm.InputException;
import org.activemm.sites.Finding;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.Status;
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

    @Test
    void anUnknownRuleIsAnInputErrorAndCaseDoesNotMatter() {
        InputException e = assertThrows(InputException.class,
                () -> SuppressionsFile.parse(".activemm", entry("kernel/fork.c", "AMM08")));
        assertEquals(".activemm: suppression 1: unknown rule 'AMM08'; did you mean 'AMM008'?", e.getMessage());
        Finding fork = ReportFixtures.site("kernel/fork.c", 71, "copy_mm", Role.WRITE, Purpose.FORK_EXIT, "AMM006",
                Status.NEEDS_CHANGE);
        assertTrue(SuppressionsFile.parse(".activemm", entry("kernel/fork.c", "amm006")).get(0).matches(fork),
                "rule ids are taken in any case, as --rule and --ignore take them");
    }

    @Test
    void aPathNotFromTheKernelsRootIsAnInputError() {
        for (String path : List.of("./kernel/fork.c", "/kernel/fork.c", "arch/../kernel/fork.c")) {
            InputException e = assertThrows(InputException.class,
                    () -> SuppressionsFile.parse(".activemm", entry(path, "AMM006")), path);
            assertEquals(".activemm: suppression 1: path '" + path + "' is not from the kernel's root (kernel/fork.c,"
                    + " arch/x86/**)", e.getMessage());
        }
    }

    @Test
    void aMalformedFileSaysWhichLineAndWhatInItsOwnWords() {
        InputException syntax = assertThrows(InputException.class,
                () -> SuppressionsFile.parse(".activemm", entry("kernel/fork.c", "AMM006") + "\n[[suppress]]\npath = @kernel\nrule = \"AMM006\"\n"));
        assertTrue(syntax.getMessage().startsWith(".activemm:7: "), syntax.getMessage());
        InputException key = assertThrows(InputException.class,
                () -> SuppressionsFile.parse(".activemm", entry("kernel/fork.c", "AMM006")
                        + entry("kernel/exit.c", "AMM006").replace("reason", "reasn")));
        assertEquals(".activemm: suppression 2: unknown key 'reasn' (known: path, function, rule, reason)", key.getMessage());
    }
}
