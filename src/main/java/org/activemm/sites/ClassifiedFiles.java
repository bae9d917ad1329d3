package org.activemm.sites;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.activemm.lex.CLexer;
import org.activemm.lex.LexedFile;

/**
 * The sites and lazy-helper definitions of the C files a scanner has
 * classified, kept with their bytes: a later scan by the same scanner of a
 * file whose bytes are unchanged (a series step that changes Kconfig, after
 * which the driver files are judged again) does not lex it again. Only files
 * with something in them are kept, so the memory is that of the files with
 * sites, not of the tree.
 */
final class ClassifiedFiles {
    /** One file's bytes and what lexing them found; notes only when the scanner asks for them. */
    record Classified(byte[] content, List<ClassifiedSite> sites, List<CommentNote> notes,
            List<LazyHelperDefinition> helpers) {
    }

    private final Map<String, Classified> byPath = new ConcurrentHashMap<>();
    private final boolean notes;
    private final String seedSymbol;

    /** {@code seedSymbol} is the seed scheme's guard, or null when helpers are not looked for. */
    ClassifiedFiles(boolean notes, String seedSymbol) {
        this.notes = notes;
        this.seedSymbol = seedSymbol;
    }

    Classified of(String path, byte[] content) {
        Classified known = byPath.get(path);
        if (known != null && Arrays.equals(known.content(), content)) {
            return known;
        }
        LexedFile lexed = CLexer.lex(content);
        Classified fresh = new Classified(content, FileClassifier.c(path, lexed),
                notes ? FileClassifier.notes(path, lexed) : List.of(),
                seedSymbol == null ? List.of() : LazyHelperDefinitions.find(path, lexed.tokens(), seedSymbol));
        if (fresh.sites().isEmpty() && fresh.notes().isEmpty() && fresh.helpers().isEmpty()) {
            byPath.remove(path);
        } else {
            byPath.put(path, fresh);
        }
        return fresh;
    }
}
