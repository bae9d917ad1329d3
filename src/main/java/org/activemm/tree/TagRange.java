package org.activemm.tree;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The releases between two revisions, for a trend: {@code A..B} is A, then
 * every tag on a commit that B reaches and A does not, oldest first (git's
 * {@code A..B} leaves A out; a trend starts from it). A range in which B
 * reaches no commit that A does not is refused, as written backwards.
 */
public final class TagRange {
    private TagRange() {
    }

    /** Whether a command-line revision names a range rather than one revision. */
    public static boolean isRange(String rev) {
        return rev.contains("..") && !rev.contains(":");
    }

    /** A's name, then B's tags past A, in commit order (tags on one commit by name). */
    public static List<String> expand(Path repositoryPath, String range) {
        int dots = range.indexOf("..");
        String from = range.substring(0, dots);
        String to = range.substring(dots + 2);
        if (from.isEmpty() || to.isEmpty() || to.startsWith(".")) {
            throw new UsageException("a range of releases is A..B, both named: '" + range + "'");
        }
        try (Repository repository = SourceTrees.openRepository(repositoryPath, range)) {
            RevCommit start = SourceTrees.resolveCommit(repository, repositoryPath, from);
            RevCommit end = SourceTrees.resolveCommit(repository, repositoryPath, to);
            Map<ObjectId, TreeSet<String>> tags = tagsByCommit(repository);
            List<String> revisions = new ArrayList<>(List.of(from));
            try (RevWalk walk = new RevWalk(repository)) {
                walk.sort(RevSort.TOPO);
                walk.sort(RevSort.REVERSE, true);
                walk.markStart(walk.parseCommit(end));
                walk.markUninteresting(walk.parseCommit(start));
                boolean past = false;
                for (RevCommit c : walk) {
                    past = true;
                    revisions.addAll(tags.getOrDefault(c.getId(), new TreeSet<>()));
                }
                if (!past) {
                    // B reaches nothing A does not: B is A or older, most likely a range written backwards
                    throw new UsageException(range + " is empty: " + to + " comes before " + from
                            + " (a range runs oldest..newest)");
                }
            }
            return revisions;
        } catch (IOException e) {
            throw new InputException("cannot walk " + range + " in " + repositoryPath + ": " + Reasons.of(e), e);
        }
    }

    private static Map<ObjectId, TreeSet<String>> tagsByCommit(Repository repository) throws IOException {
        Map<ObjectId, TreeSet<String>> tags = new TreeMap<>();
        try (RevWalk walk = new RevWalk(repository)) {
            for (Ref ref : repository.getRefDatabase().getRefsByPrefix(Constants.R_TAGS)) {
                ObjectId commit = walk.peel(walk.parseAny(ref.getObjectId())).getId();
                tags.computeIfAbsent(commit, k -> new TreeSet<>())
                        .add(ref.getName().substring(Constants.R_TAGS.length()));
            }
        }
        return tags;
    }
}
