package org.activemm.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class PatchKindTest {

    /** Every patch template but the mail and the cover letter belongs to one kind of patch, and each kind has one. */
    @Test
    void eachKindOfPatchHasItsOwnTemplate() throws IOException {
        Set<String> templates;
        try (Stream<Path> files = Files.list(Path.of("templates", "patch"))) {
            templates = files.map(p -> "patch/" + p.getFileName())
                    .filter(t -> !t.equals("patch/mail.ftl") && !t.equals("patch/cover-letter.ftl"))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(templates, Arrays.stream(PatchKind.values()).map(PatchKind::template)
                .collect(Collectors.toCollection(TreeSet::new)));
    }
}
