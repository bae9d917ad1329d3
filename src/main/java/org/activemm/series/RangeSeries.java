package org.activemm.series;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.activemm.InputException;
import org.activemm.tree.SourceTrees;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevSort;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * {@code --range A..B}: the commits of the repository after A up to B, oldest
 * first, each written as the mail {@code git format-patch} would make of it
 * (without the diffstat) and read back with {@link MailParser}, so every
 * check sees them exactly as it sees mailed patches. Merges are skipped, as
 * format-patch skips them.
 */
public final class RangeSeries {
    private RangeSeries() {
    }

    /** The range's start, the default base of a range series. */
    public static String start(String range) {
        return split(range)[0];
    }

    public static PatchSeries read(Path repository, String range) {
        String[] ends = split(range);
        try (Repository repo = SourceTrees.openRepository(repository, range); RevWalk walk = new RevWalk(repo)) {
            walk.markStart(walk.parseCommit(resolve(repo, repository, ends[1])));
            walk.markUninteresting(walk.parseCommit(resolve(repo, repository, ends[0])));
            walk.sort(RevSort.TOPO);
            walk.sort(RevSort.REVERSE, true);
            List<RevCommit> commits = new ArrayList<>();
            for (RevCommit c : walk) {
                if (c.getParentCount() == 1) {
                    commits.add(c);
                }
            }
            if (commits.isEmpty()) {
                throw new InputException("no patch in " + range + " (no commit after " + ends[0] + ")");
            }
            List<PatchMail> mails = new ArrayList<>();
            for (int i = 0; i < commits.size(); i++) {
                RevCommit c = commits.get(i);
                String name = String.format(Locale.ROOT, "%04d-%s.patch", i + 1, slug(c.getShortMessage()));
                List<String> lines = MailParser.lines(mail(repo, walk, c, i + 1, commits.size()));
                mails.add(MailParser.parse(name, 1, i, lines));
            }
            return PatchSeries.of(range, mails, true);
        } catch (IOException e) {
            throw new InputException("cannot read " + range + " in " + repository + ": " + e.getMessage(), e);
        }
    }

    private static String[] split(String range) {
        int dots = range.indexOf("..");
        if (dots <= 0 || dots + 2 >= range.length() || range.charAt(dots + 2) == '.') {
            throw new InputException("--range " + range + ": name it as A..B");
        }
        return new String[] {range.substring(0, dots), range.substring(dots + 2)};
    }

    private static ObjectId resolve(Repository repo, Path repository, String rev) throws IOException {
        ObjectId id;
        try {
            id = repo.resolve(rev + "^{commit}");
        } catch (RuntimeException e) {
            id = null;
        }
        if (id == null) {
            throw new InputException("revision '" + rev + "' not found in " + repository);
        }
        return id;
    }

    private static byte[] mail(Repository repo, RevWalk walk, RevCommit commit, int n, int m) throws IOException {
        PersonIdent author = commit.getAuthorIdent();
        SimpleDateFormat date = new SimpleDateFormat("EEE, d MMM yyyy HH:mm:ss Z", Locale.US);
        date.setTimeZone(author.getTimeZone());
        String message = commit.getFullMessage();
        String body = message.indexOf('\n') < 0 ? "" : message.substring(message.indexOf('\n') + 1).strip();
        StringBuilder text = new StringBuilder()
                .append("From ").append(commit.name()).append(" Mon Sep 17 00:00:00 2001\n")
                .append("From: ").append(author.getName()).append(" <").append(author.getEmailAddress()).append(">\n")
                .append("Date: ").append(date.format(author.getWhen())).append('\n')
                .append("Subject: [PATCH").append(m > 1 ? " " + n + "/" + m : "").append("] ")
                .append(commit.getShortMessage()).append("\n\n");
        if (!body.isEmpty()) {
            text.append(body).append('\n');
        }
        text.append("---\n\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
        try (DiffFormatter diff = new DiffFormatter(out)) {
            diff.setRepository(repo);
            diff.format(walk.parseCommit(commit.getParent(0)).getTree(), commit.getTree());
        }
        out.writeBytes("-- \nactivemm\n".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    /** The file-name part git format-patch makes of a summary: runs of other characters as one '-', at most 52. */
    static String slug(String summary) {
        String slug = summary.replaceAll("[^A-Za-z0-9_.]+", "-").replaceAll("\\.+", ".").replaceAll("^[-.]+|[-.]+$", "");
        return slug.length() > 52 ? slug.substring(0, 52).replaceAll("[-.]+$", "") : slug;
    }
}
