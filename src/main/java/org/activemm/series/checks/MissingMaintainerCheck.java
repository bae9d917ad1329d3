package org.activemm.series.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.activemm.series.PatchMail;
import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.series.Trailer;

/**
 * Each patch goes to the people and lists MAINTAINERS names for the files
 * it touches, as {@code scripts/get_maintainer.pl --no-git} finds them
 * (people, reviewers, lists; keywords searched in the mail as it does).
 * Anyone the mail already names (From, To, Cc, a trailer) counts.
 */
@CheckInfo(id = "AMC013", summary = "a maintainer or list that MAINTAINERS names for the touched files is missing from To/Cc",
        level = CheckLevel.WARNING)
final class MissingMaintainerCheck implements SeriesCheck {

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        PatchMail mail = step.mail();
        if (mail.diffStart() < 0) {
            return;
        }
        Set<String> paths = new LinkedHashSet<>();
        for (TouchedFile t : step.touched()) {
            for (String p : List.of(t.oldPath(), t.newPath())) {
                if (!TouchedFile.DEV_NULL.equals(p)) {
                    paths.add(p);
                }
            }
        }
        // what get_maintainer.pl reads before the first file header: subject, body, diffstat
        List<String> intro = new ArrayList<>();
        if (mail.subject() != null) {
            intro.add(mail.subject());
        }
        intro.addAll(mail.lines().subList(Math.min(mail.bodyStart(), mail.diffStart()), mail.diffStart()));
        List<String> patchLines = mail.lines().subList(mail.diffStart(), mail.lines().size());
        Set<String> named = named(mail);
        List<String> missing = SeriesFacts.at(context, step).maintainers().ccFor(paths, intro, patchLines).stream()
                .filter(a -> !named.contains(address(a))).toList();
        if (!missing.isEmpty()) {
            out.report(Location.mail(mail.fileLine(0)), "MAINTAINERS names " + String.join(", ", missing)
                    + " for the files this patch touches, and the mail does not Cc "
                    + (missing.size() == 1 ? "it" : "them") + " (get_maintainer.pl would)");
        }
    }

    /** The addresses the mail already names, lower-cased. */
    private static Set<String> named(PatchMail mail) {
        Set<String> out = new LinkedHashSet<>();
        List<String> people = new ArrayList<>(mail.to());
        people.addAll(mail.cc());
        if (mail.from() != null) {
            people.add(mail.from());
        }
        for (Trailer t : mail.trailers()) {
            people.add(t.value());
        }
        for (String p : people) {
            out.add(address(p));
        }
        return out;
    }

    /** {@code Name <a@b>} to {@code a@b}, lower-cased; a bare address as it is. */
    private static String address(String person) {
        int lt = person.indexOf('<');
        int gt = person.indexOf('>', lt + 1);
        String a = lt >= 0 && gt > lt ? person.substring(lt + 1, gt) : person;
        return a.strip().toLowerCase(Locale.ROOT);
    }
}
