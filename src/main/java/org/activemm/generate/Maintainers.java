package org.activemm.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.activemm.tree.SourceTree;

/**
 * The tree's MAINTAINERS file, matched the way scripts/get_maintainer.pl
 * matches it: {@code F:} file patterns and {@code X:} exclusions (see
 * {@link MaintainersFilePatterns}), {@code N:} a regular expression searched
 * in the path, {@code K:} a regular expression searched, as with its default
 * {@code --keywords}, in the text before the first file header (subject,
 * body, diffstat) and in the diff's lines behind the prefix {@code ^[+-].*},
 * skipping the file and hunk headers, renames, mode changes and
 * {@code Fixes:} tags the script reads for something else (see
 * {@link MaintainersRegexes}). Matching entries give their {@code M:}
 * maintainers and {@code R:} reviewers (as {@code get_maintainer.pl --no-git}
 * does, notes after the address dropped) and their {@code L:} lists.
 * A catch-all entry ({@code F: *} only, "THE REST") gives its lists but not
 * its people, so that not every patch is addressed to Linus.
 *
 * <p>The file is parsed when first asked about, and a path is tested only
 * against the entries whose patterns can match it ({@link MaintainersIndex}).
 */
public final class Maintainers {
    private final byte[] text;
    private final MaintainersFilePatterns filePatterns;
    private final MaintainersRegexes regexes = new MaintainersRegexes();
    private List<MaintainersEntry> entries;
    private MaintainersIndex index;
    private MaintainersParser.Contacts[] contacts;

    private Maintainers(byte[] text, Predicate<String> isFile) {
        this.text = text;
        this.filePatterns = new MaintainersFilePatterns(isFile);
    }

    /** The tree's MAINTAINERS, or an empty one when the tree has none. */
    public static Maintainers of(SourceTree tree) throws IOException {
        return new Maintainers(tree.read("MAINTAINERS").orElse(new byte[0]), path -> {
            try {
                return tree.read(path).isPresent();
            } catch (IOException e) {
                return false;
            }
        });
    }

    /**
     * Parses MAINTAINERS text; {@code isFile} tells whether the tree has a
     * file at a path (a pattern that is not a file is taken as a directory).
     */
    public static Maintainers parse(String text, Predicate<String> isFile) {
        return new Maintainers(text.getBytes(StandardCharsets.UTF_8), isFile);
    }

    /**
     * The addresses to Cc for a patch touching {@code paths}, whose text
     * before the first file header has the lines {@code intro} and whose diff
     * has {@code patchLines}: people first, then lists, in file order.
     */
    public List<String> ccFor(Collection<String> paths, Collection<String> intro, Collection<String> patchLines) {
        if (entries == null) {
            entries = MaintainersParser.entries(text);
            index = new MaintainersIndex(entries);
            contacts = new MaintainersParser.Contacts[entries.size()];
        }
        BitSet hit = new BitSet(entries.size());
        for (String path : paths) {
            index.candidates(path, e -> {
                if (!hit.get(e) && matches(entries.get(e), path)) {
                    hit.set(e);
                }
            });
        }
        if (!index.withKeywords().isEmpty()) {
            List<String> introSearched = MaintainersRegexes.searchedLines(intro);
            List<String> patchSearched = MaintainersRegexes.searchedLines(patchLines);
            for (int e : index.withKeywords()) {
                if (!hit.get(e) && keywordHit(entries.get(e), introSearched, patchSearched)) {
                    hit.set(e);
                }
            }
        }
        Set<String> people = new LinkedHashSet<>();
        Set<String> lists = new LinkedHashSet<>();
        for (int e = hit.nextSetBit(0); e >= 0; e = hit.nextSetBit(e + 1)) {
            MaintainersParser.Contacts c = contactsOf(e);
            if (!entries.get(e).catchAll()) {
                people.addAll(c.people());
            }
            lists.addAll(c.lists());
        }
        List<String> out = new ArrayList<>(people);
        out.addAll(lists);
        return out;
    }

    private boolean matches(MaintainersEntry e, String path) {
        for (String x : e.excludes()) {
            if (filePatterns.matches(x, path)) {
                return false;
            }
        }
        for (String f : e.files()) {
            if (filePatterns.matches(f, path)) {
                return true;
            }
        }
        for (String n : e.regexes()) {
            if (regexes.pathMatches(n, path)) {
                return true;
            }
        }
        return false;
    }

    private boolean keywordHit(MaintainersEntry e, Collection<String> intro, Collection<String> patchLines) {
        for (String k : e.keywords()) {
            if (regexes.keywordMatches(k, intro, patchLines)) {
                return true;
            }
        }
        return false;
    }

    private MaintainersParser.Contacts contactsOf(int e) {
        if (contacts[e] == null) {
            contacts[e] = MaintainersParser.contacts(text, entries.get(e));
        }
        return contacts[e];
    }
}
