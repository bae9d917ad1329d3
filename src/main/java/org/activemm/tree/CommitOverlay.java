package org.activemm.tree;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;

/**
 * The commit a revision names, and the id its whole tree (from the
 * repository's root) takes when files are changed over it: what a commit of
 * those changes would record. Ids only: nothing is written to the repository.
 */
public final class CommitOverlay {
    private final ObjectId base;
    private final Revision revision;
    private final DirCache index = DirCache.newInCore();

    CommitOverlay(Repository repository, Revision revision) throws IOException {
        this.base = revision.commit().getId();
        this.revision = revision;
        DirCacheBuilder builder = index.builder();
        try (ObjectReader reader = repository.newObjectReader()) {
            builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, revision.commit().getTree());
        }
        builder.finish();
    }

    /** The revision's commit. */
    public ObjectId base() {
        return base;
    }

    /**
     * The root tree's id with {@code changed} (paths from the scanned
     * directory; null content: deleted) laid over the revision's tree. The
     * changes stay: a later call passes every change since the revision.
     */
    public ObjectId treeWith(Map<String, byte[]> changed) throws IOException {
        try (IdsOnly ids = new IdsOnly()) {
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, byte[]> e : changed.entrySet()) {
                String path = revision.repositoryPath(e.getKey());
                if (e.getValue() == null) {
                    editor.add(new DirCacheEditor.DeletePath(path));
                    continue;
                }
                ObjectId blob = ids.idFor(Constants.OBJ_BLOB, e.getValue());
                editor.add(new DirCacheEditor.PathEdit(path) {
                    @Override
                    public void apply(DirCacheEntry entry) {
                        if (entry.getRawMode() == 0) {
                            entry.setFileMode(FileMode.REGULAR_FILE);
                        }
                        entry.setObjectId(blob);
                    }
                });
            }
            editor.finish();
            return index.writeTree(ids);
        }
    }

    /** An inserter that computes each object's id and stores nothing. */
    private static final class IdsOnly extends ObjectInserter.Formatter {
        @Override
        public ObjectId insert(int type, long length, InputStream in) throws IOException {
            return idFor(type, length, in);
        }
    }
}
