package org.activemm.series.checks;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.series.facts.FactsKey;
import org.activemm.series.facts.TreeFacts;
import org.activemm.sites.Finding;

/**
 * One run's {@link TreeFacts}, shared by the checks that need them: made
 * from the base (or found in the facts cache) at the first request and brought forward step by step as
 * the run reaches each step (steps come in series order).
 */
final class SeriesFacts {
    private TreeFacts facts;
    private int entry = -1;
    /** For each step, the findings its touched files had just before it. */
    private final Map<Integer, Map<String, List<Finding>>> before = new HashMap<>();

    /** The run's facts, brought forward to the tree after {@code step}. */
    static TreeFacts at(CheckContext context, Step step) throws IOException {
        return context.state(SeriesFacts.class, SeriesFacts::new).forward(context, step);
    }

    /** The findings {@code path} had in the tree before {@code step} (the step must touch it). */
    static List<Finding> before(CheckContext context, Step step, String path) throws IOException {
        SeriesFacts run = context.state(SeriesFacts.class, SeriesFacts::new);
        run.forward(context, step);
        return run.before.getOrDefault(step.entry(), Map.of()).getOrDefault(path, List.of());
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
                    Set<String> touched = paths(s);
                    Map<String, List<Finding>> old = new HashMap<>();
                    for (String path : touched) {
                        old.put(path, facts.findings(path));
                    }
                    before.put(s.entry(), old);
                    facts.update(s.after(), touched);
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
