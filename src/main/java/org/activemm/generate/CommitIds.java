package org.activemm.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.activemm.series.MailParser;
import org.activemm.series.PatchMail;
import org.activemm.series.PatchSeries;
import org.activemm.series.SeriesApplier;
import org.activemm.series.Step;
import org.activemm.tree.CommitOverlay;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * The id of the commit each patch of a series makes on a git revision, for
 * the mails' {@code From <id>} lines, as {@code git format-patch} writes the
 * id of the commit a patch was made from. Each patch is applied in memory
 * over the previous step ({@link SeriesApplier}); its commit has the
 * previous one as parent, the revision's tree with the series' changes so
 * far, and the mail's author, date (as author and committer) and message.
 * Nothing is written to the repository.
 */
final class CommitIds {
    /** format-patch's id for a patch that is not made from a commit. */
    static final String NONE = "0".repeat(40);

    /** One patch: its mail as rendered, and the commit message {@code git am} makes of it. */
    record Patch(String name, byte[] mail, String message) {
    }

    private CommitIds() {
    }

    /**
     * One id per patch; {@link #NONE} for every patch when the tree is not a
     * revision, and from the first patch that does not apply in memory on.
     */
    static List<String> of(SourceTree tree, List<Patch> patches, String author, ZonedDateTime date) throws IOException {
        List<String> ids = new ArrayList<>();
        Optional<CommitOverlay> overlay = tree.commitOverlay();
        if (overlay.isPresent()) {
            List<PatchMail> mails = new ArrayList<>();
            for (Patch p : patches) {
                mails.add(MailParser.parse(p.name(), 1, mails.size(), MailParser.lines(p.mail())));
            }
            List<Step> steps = SeriesApplier.apply(PatchSeries.of("generated", mails, false), tree);
            PersonIdent who = ident(author, date);
            ObjectId parent = overlay.get().base();
            try (ObjectInserter.Formatter format = new ObjectInserter.Formatter()) {
                for (int i = 0; i < steps.size() && steps.get(i).applied(); i++) {
                    CommitBuilder commit = new CommitBuilder();
                    commit.setTreeId(overlay.get().treeWith(steps.get(i).after().changed()));
                    commit.setParentId(parent);
                    commit.setAuthor(who);
                    commit.setCommitter(who);
                    commit.setMessage(patches.get(i).message());
                    parent = format.idFor(Constants.OBJ_COMMIT, commit.build());
                    ids.add(parent.name());
                }
            }
        }
        while (ids.size() < patches.size()) {
            ids.add(NONE);
        }
        return ids;
    }

    /** "Name <mail>" at {@code date}. */
    static PersonIdent ident(String person, ZonedDateTime date) {
        int lt = person.indexOf('<');
        int gt = person.indexOf('>', lt + 1);
        String name = lt > 0 ? person.substring(0, lt).strip() : person.strip();
        String mail = lt >= 0 && gt > lt ? person.substring(lt + 1, gt).strip() : "";
        return new PersonIdent(name, mail, date.toInstant(), date.getZone());
    }

    /** The mail with its placeholder id replaced by {@code id}. */
    static byte[] withId(byte[] mail, String id) {
        String text = new String(mail, StandardCharsets.UTF_8);
        return text.replaceFirst("^From " + NONE + " ", "From " + id + " ").getBytes(StandardCharsets.UTF_8);
    }
}
