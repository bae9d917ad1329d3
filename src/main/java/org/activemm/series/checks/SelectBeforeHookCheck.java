package org.activemm.series.checks;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.activemm.lex.LexedFile;
import org.activemm.series.Step;
import org.activemm.series.facts.FunctionBody;
import org.activemm.series.facts.ShootDownDefinitions;
import org.activemm.series.facts.TreeFacts;

/**
 * An arch may select the option only once everything the option turns on
 * exists: the option itself, the core's call of the hook, and the arch's
 * hook (upstream: the core's shoot-down). Otherwise the series does not
 * build, or is unsafe, at that patch, and bisection lands on it.
 */
@CheckInfo(id = "AMC007", summary = "an arch selects the option before the core option, the core hook and that arch's arch_shoot_down_dead_mm() (upstream: the shoot-down support) exist",
        level = CheckLevel.ERROR)
final class SelectBeforeHookCheck implements SeriesCheck {
    private static final String FORK_C = "kernel/fork.c";

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        List<OptionSelects.Select> selects = step.applied() ? OptionSelects.in(step, context.scheme()) : List.of();
        if (selects.isEmpty()) {
            return;
        }
        TreeFacts facts = SeriesFacts.at(context, step);
        String option = context.scheme().option();
        Optional<LexedFile> fork = step.after().read(FORK_C).map(bytes -> context.lexed(FORK_C, bytes));
        for (OptionSelects.Select select : selects) {
            List<String> missing = new ArrayList<>();
            if (!facts.kconfig().defines(option)) {
                missing.add("'config " + option + "' (no Kconfig file defines it)");
            }
            if (context.scheme().addsCoreSupport()) {
                if (!calls(fork, "__mmput", ShootDownDefinitions.HOOK)) {
                    missing.add("the call of " + ShootDownDefinitions.HOOK + "() in __mmput() (" + FORK_C + ")");
                }
                if (!facts.shootDowns().defines(select.arch())) {
                    missing.add(select.arch() + "'s " + ShootDownDefinitions.HOOK + "() (no file under arch/"
                            + select.arch() + "/ defines it)");
                }
            } else if (!defines(fork, "cleanup_lazy_tlbs")) {
                missing.add("the core shoot-down, cleanup_lazy_tlbs() in " + FORK_C);
            }
            if (!missing.isEmpty()) {
                out.report(Location.file(select.path(), select.line().line(), select.line().mailLine()),
                        select.arch() + " selects " + option + " before " + String.join(", ", missing)
                                + (missing.size() == 1 ? " exists" : " exist") + " at this patch; move the select"
                                + " after the patch that adds " + (missing.size() == 1 ? "it" : "them"));
            }
        }
    }

    private static boolean calls(Optional<LexedFile> file, String function, String callee) {
        return file.flatMap(lexed -> FunctionBody.find(lexed, function)).map(body -> body.calls(callee)).orElse(false);
    }

    private static boolean defines(Optional<LexedFile> file, String function) {
        return file.flatMap(lexed -> FunctionBody.find(lexed, function)).isPresent();
    }
}
