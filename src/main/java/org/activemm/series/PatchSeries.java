package org.activemm.series;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The mails of a series in the order they apply: the cover letter first (when
 * there is one), then the patches by their {@code n/m} number, so an mbox
 * with its mails in any order reads the same as a directory. Mails without a
 * number keep their input order. The position in this list is the entry's
 * index in reports: 0 is the cover letter when there is one.
 *
 * @param name what the user named: the directory, file or range
 * @param fromCommits whether the mails were made from commits ({@code --range}) rather than read from files
 * @param olderVersions the mails of older versions ({@code [PATCH v1 ...]} next to a v2) the input also
 *     held: only the newest version is the series, as when b4 picks one from a thread
 */
public record PatchSeries(String name, List<PatchMail> entries, boolean fromCommits, List<PatchMail> olderVersions) {
    private static final Comparator<PatchMail> APPLY_ORDER = Comparator
            .comparingInt((PatchMail m) -> m.isCoverLetter() ? 0 : 1)
            .thenComparingInt(m -> m.numbering() == null ? Integer.MAX_VALUE : m.numbering().index())
            .thenComparingInt(PatchMail::position);

    public PatchSeries {
        entries = List.copyOf(entries);
        olderVersions = List.copyOf(olderVersions);
    }

    /**
     * The series of these mails, sorted into apply order. When the newest
     * version among them starts a series of its own (it has its cover letter
     * or patch 1), the older versions' mails are set aside: a v2 posted next
     * to v1. A lone mail with another version is a mistagged patch of the
     * series, for AMC002 to report, and stays.
     */
    public static PatchSeries of(String name, List<PatchMail> mails, boolean fromCommits) {
        int newest = mails.stream().filter(m -> m.numbering() != null).mapToInt(m -> m.numbering().version())
                .max().orElse(1);
        boolean newestStarts = mails.stream().anyMatch(m -> m.numbering() != null
                && m.numbering().version() == newest && m.numbering().index() <= 1);
        List<PatchMail> sorted = new ArrayList<>();
        List<PatchMail> older = new ArrayList<>();
        for (PatchMail mail : mails) {
            boolean old = newestStarts && mail.numbering() != null && mail.numbering().version() < newest;
            (old ? older : sorted).add(mail);
        }
        sorted.sort(APPLY_ORDER);
        older.sort(Comparator.comparingInt((PatchMail m) -> m.numbering().version()).thenComparing(APPLY_ORDER));
        return new PatchSeries(name, sorted, fromCommits, older);
    }

    public Optional<PatchMail> coverLetter() {
        return entries.isEmpty() || !entries.get(0).isCoverLetter() ? Optional.empty() : Optional.of(entries.get(0));
    }

    /** Every entry but the cover letter, in apply order. */
    public List<PatchMail> patches() {
        return coverLetter().isPresent() ? entries.subList(1, entries.size()) : entries;
    }

    /** The entry index of a mail of this series. */
    public int indexOf(PatchMail mail) {
        return entries.indexOf(mail);
    }

    /** The {@code base-commit:} the series names: the cover letter's, else the first patch's that has one. */
    public Optional<PatchMail> baseCommitMail() {
        return entries.stream().filter(m -> m.baseCommit() != null).findFirst();
    }
}
