package org.activemm.sites;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import org.activemm.lex.CLexer;
import org.activemm.lex.LexMemo;
import org.activemm.lex.LexedFile;
import org.eclipse.jgit.lib.ObjectId;

/**
 * The sites and lazy-helper definitions of the C files a scanner has
 * classified, kept with the blob id of their bytes (or the bytes, where the
 * tree gave no id): a later scan by the same scanner of a file whose bytes
 * are unchanged (a series step that changes Kconfig, after which the files
 * with a grab or drop are judged again) neither lexes it again nor, given
 * the blob id, reads it. Only files with something in them are kept, so the
 * memory is that of the files with sites, not of the tree. What a check
 * learned of a base can be handed to the next check of it ({@link ClassifiedFile}).
 */
final class ClassifiedFiles {
    /** One file's blob id or, without one, its bytes, and what lexing them found. */
    record Classified(ObjectId blobId, byte[] content, List<ClassifiedSite> sites, List<CommentNote> notes,
            List<LazyHelperDefinition> helpers) {

        boolean sameBytes(ObjectId otherId, byte[] otherContent) {
            return blobId != null ? blobId.equals(otherId) : Arrays.equals(content, otherContent);
        }
    }

    private final Map<String, Classified> byPath = new ConcurrentHashMap<>();
    private final boolean notes;
    private final String seedSymbol;
    private final LexMemo lexed;

    /**
     * {@code seedSymbol} is the seed scheme's guard, or null when helpers are not
     * looked for; files without a blob id (a series step's bytes) are lexed
     * through {@code lexed}, which a check shares with its checks so that a
     * touched file is lexed once per step; a walk's files with a blob id are
     * lexed directly, so a whole base never passes through the memo.
     */
    ClassifiedFiles(boolean notes, String seedSymbol, LexMemo lexed) {
        this.notes = notes;
        this.seedSymbol = seedSymbol;
        this.lexed = lexed;
    }

    /** What the file with this blob id was found to hold, when it was classified before; none for a null id. */
    Optional<Classified> known(String path, ObjectId blobId) {
        Classified known = byPath.get(path);
        return known != null && known.blobId() != null && known.blobId().equals(blobId)
                ? Optional.of(known) : Optional.empty();
    }

    /** Classifies a file's bytes, lexing them unless they were classified before; {@code blobId} may be null. */
    Classified of(String path, ObjectId blobId, byte[] content) {
        Classified known = byPath.get(path);
        if (known != null && known.sameBytes(blobId, content)) {
            return known;
        }
        // bytes without a blob id are a series step's, which the checks lex too; a base's are read once
        LexedFile tokens = blobId == null ? lexed.lex(path, content) : CLexer.lex(content);
        Classified fresh = new Classified(blobId, blobId == null ? content : null, FileClassifier.c(path, tokens),
                notes ? FileClassifier.notes(path, tokens) : List.of(),
                seedSymbol == null ? List.of() : LazyHelperDefinitions.find(path, tokens.tokens(), seedSymbol));
        if (fresh.sites().isEmpty() && fresh.notes().isEmpty() && fresh.helpers().isEmpty()) {
            byPath.remove(path);
        } else {
            byPath.put(path, fresh);
        }
        return fresh;
    }

    /** The classified files with a blob id whose path {@code keep} accepts, to hand to a later scan. */
    List<ClassifiedFile> export(Predicate<String> keep) {
        return byPath.entrySet().stream()
                .filter(e -> e.getValue().blobId() != null && keep.test(e.getKey()))
                .map(e -> new ClassifiedFile(e.getKey(), e.getValue().blobId().name(), e.getValue().sites(),
                        e.getValue().notes(), e.getValue().helpers()))
                .sorted(Comparator.comparing(ClassifiedFile::path))
                .toList();
    }

    /** Takes what an earlier scan with the same options found in these files. */
    void remember(Collection<ClassifiedFile> files) {
        for (ClassifiedFile f : files) {
            byPath.put(f.path(), new Classified(ObjectId.fromString(f.blob()), null, f.sites(), f.notes(), f.helpers()));
        }
    }
}
