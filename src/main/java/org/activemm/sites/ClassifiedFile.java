package org.activemm.sites;

import java.util.List;

import org.eclipse.jgit.lib.ObjectId;

/**
 * What a scan found in one C file, before any tree-wide judgement: its
 * sites, comment notes and lazy-helper definitions, with the git blob id
 * of the bytes they were found in. A check keeps these for the files a
 * later step may judge again unchanged, so that judging them does not read
 * or lex them (see {@link Scanner#classifiedFiles} and {@link Scanner#remember}).
 *
 * @param blob the blob id, 40 hex digits
 */
public record ClassifiedFile(String path, String blob, List<ClassifiedSite> sites, List<CommentNote> notes,
        List<LazyHelperDefinition> helpers) {

    public ClassifiedFile {
        if (!ObjectId.isId(blob)) {
            // refused while the cache file is parsed, so that it is ignored like any other damaged file
            throw new IllegalArgumentException("not a blob id: " + blob);
        }
        sites = List.copyOf(sites);
        notes = List.copyOf(notes);
        helpers = List.copyOf(helpers);
    }
}
