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
 */
public record PatchSeries(String name, List<PatchMail> entries, boolean fromCommits) {
    private static final Comparator<PatchMail> APPLY_ORDER = Comparator
            .comparingInt((PatchMail m) -> m.isCoverLetter() ? 0 : 1)
            .thenComparingInt(m -> m.numbering() == null ? Integer.MAX_VALUE : m.numbering().index())
            .thenComparingInt(PatchMail::position);

    public PatchSeries {
        entries = List.copyOf(entries);
    }

    /** The series of these mails, sorted into apply order. */
    public static PatchSeries of(String name, List<PatchMail> mails, boolean fromCommits) {
        List<PatchMail> sorted = new ArrayList<>(mails);
        sorted.sort(APPLY_ORDER);
        return new PatchSeries(name, sorted, fromCommits);
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
