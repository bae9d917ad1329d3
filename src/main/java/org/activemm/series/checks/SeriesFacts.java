package org.activemm.series.checks;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.series.facts.FactsKey;
import org.activemm.series.facts.TreeFacts;

/**
 * One run's {@link TreeFacts}, shared by the checks that need them: made
 * from the base (or found in the facts cache) at the first request and brought forward step by step as
 * the run reaches each step (steps come in series order).
 */
final class SeriesFacts {
    private TreeFacts facts;
    private int entry = -1;

    /** The run's facts, brought forward to the tree after {@code step}. */
    static TreeFacts at(CheckContext context, Step step) throws IOException {
        return context.state(SeriesFacts.class, SeriesFacts::new).forward(context, step);
    }

    private TreeFacts forward(CheckContext context, Step step) throws IOException {
        if (facts == null) {
            facts = TreeFacts.ofBase(context.steps().get(0).before(), context.scanner(), context.factsCache(),
                    FactsKey.of(context.baseCommit(), context.baseDirectory(), context.scheme(),
                            context.arches()));
        }
        for (Step s : context.steps()) {
            if (s.entry() > step.entry()) {
                break;
            }
            if (s.entry() > entry) {
                if (s.applied()) {
                    facts.update(s.after(), paths(s));
                }
                entry = s.entry();
            }
        }
        return facts;
    }

    /** Every path a step changes: both sides of a rename, so the old one is dropped. */
    private static Set<String> paths(Step step) {
        Set<String> out = new LinkedHashSet<>();
        for (TouchedFile t : step.touched()) {
            if (!TouchedFile.DEV_NULL.equals(t.oldPath())) {
                out.add(t.oldPath());
            }
            if (!TouchedFile.DEV_NULL.equals(t.newPath())) {
                out.add(t.newPath());
            }
        }
        return out;
    }
}
