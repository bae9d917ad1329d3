package org.activemm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringWriter;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonTreeTest {
    private static String written(Object document) throws Exception {
        StringWriter out = new StringWriter();
        JsonTree.write(document, out);
        return out.toString();
    }

    @Test
    void membersKeepTheirOrderAndValuesTheirTypes() throws Exception {
        String nl = System.lineSeparator();
        assertEquals("{" + nl
                + "  \"zeta\" : \"tab\\there\"," + nl
                + "  \"alpha\" : [ 1, 2147483648, true, null ]," + nl
                + "  \"empty\" : { }" + nl
                + "}" + nl,
                written(JsonTree.object("zeta", "tab\there", "alpha", Arrays.asList(1, 2_147_483_648L, true, null),
                        "empty", JsonTree.object())));
    }

    @Test
    void whatIsNotJsonIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> written(List.of(new Object())));
        assertThrows(IllegalArgumentException.class, () -> JsonTree.object("name without value"));
    }
}
