package org.activemm.cli;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.activemm.DidYouMean;
import org.activemm.UsageException;
import org.activemm.sites.rules.Rules;

/** Rule ids from the command line: completion candidates, and a check with "did you mean" for a typo. */
final class RuleIds implements Iterable<String> {
    static List<String> known() {
        return Rules.all().stream().map(r -> r.info().id()).toList();
    }

    @Override
    public Iterator<String> iterator() {
        return known().iterator();
    }

    /** The ids, upper-cased (checkpatch takes its types in any case); an unknown one is a usage error. */
    static Set<String> check(String option, List<String> ids) {
        Set<String> checked = new LinkedHashSet<>();
        for (String id : ids) {
            String upper = id.trim().toUpperCase(Locale.ROOT);
            if (!known().contains(upper)) {
                throw new UsageException("unknown rule '" + id + "' in " + option + DidYouMean.hint(upper, known())
                        + " (activemm rules lists them)");
            }
            checked.add(upper);
        }
        return checked;
    }
}
