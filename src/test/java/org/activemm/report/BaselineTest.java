package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.activemm.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A --baseline that holds no activemm fingerprints would report everything as new: it is an input error. */
class BaselineTest {

    @Test
    void sarifOfAnotherToolIsAnInputError(@TempDir Path dir) throws IOException {
        Path other = dir.resolve("codeql.sarif");
        Files.writeString(other, """
                {"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "CodeQL"}},
                  "results": [{"ruleId": "cpp/overflow", "partialFingerprints": {"primaryLocationLineHash": "1a2b"}}]}]}
                """);
        InputException e = assertThrows(InputException.class, () -> Baseline.read(other));
        assertEquals("--baseline " + other + " is SARIF from CodeQL, not from activemm", e.getMessage());
    }

    @Test
    void runsThatAreNoListAreAnInputError(@TempDir Path dir) throws IOException {
        Path odd = dir.resolve("odd.json");
        Files.writeString(odd, "{\"runs\": 5}");
        assertThrows(InputException.class, () -> Baseline.read(odd));
    }
}
