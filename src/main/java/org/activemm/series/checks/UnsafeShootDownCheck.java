package org.activemm.series.checks;

import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.activemm.generate.FamilyVerdicts;
import org.activemm.lex.Token;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Strategy;
import org.activemm.series.AddedLine;
import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.series.facts.FunctionBody;
import org.activemm.series.facts.ShootDownDefinitions;
import org.activemm.sites.Prefilter;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;

/**
 * An arch's {@code arch_shoot_down_dead_mm()} that the patch writes or
 * changes is named as a strategy from its tokens ({@link ShootDownShape})
 * and put to the model, on the arch and on every paravirt variant of it, as
 * {@code activemm generate} does before it writes one. A body it cannot
 * name is a warning: the model was not asked.
 */
@CheckInfo(id = "AMC008", summary = "the arch's shoot-down body is a strategy the model proves unsafe on that arch or one of its paravirt variants (with the model's counterexample)",
        level = CheckLevel.ERROR)
final class UnsafeShootDownCheck implements SeriesCheck {
    /** Read when a body is first judged, so a check run without shoot-down changes never loads the table. */
    private final Supplier<FamilyVerdicts> verdicts;

    UnsafeShootDownCheck() {
        this.verdicts = FamilyVerdicts::shipped;
    }

    /** With another table than the build's: a test's, to show the verdicts come from the table. */
    UnsafeShootDownCheck(FamilyVerdicts verdicts) {
        this.verdicts = () -> verdicts;
    }

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        if (!step.applied()) {
            return;
        }
        for (TouchedFile file : step.touched()) {
            if (file.deleted() || file.added().isEmpty() || !ShootDownDefinitions.mayDefine(file.path())) {
                continue;
            }
            // a byte search first: most touched arch files do not name the hook, and a body search walks every token
            Optional<FunctionBody> body = step.after().read(file.path())
                    .filter(bytes -> Prefilter.contains(bytes, bytes.length, ShootDownDefinitions.HOOK))
                    .flatMap(bytes -> FunctionBody.find(context.lexed(file.path(), bytes), ShootDownDefinitions.HOOK));
            Optional<AddedLine> changed = body.flatMap(b -> firstAddedLineIn(b, file));
            String arch = Scope.of(file.path()).arch();
            // the table is read only for a changed hook, so a step without one loads neither it nor the profiles
            if (changed.isPresent() && verdicts.get().covers(arch)) {
                check(verdicts.get(), context.scheme(), arch, file.path(), body.get(), changed.get(), out);
            }
        }
    }

    private static void check(FamilyVerdicts table, Scheme scheme, String arch, String path, FunctionBody body,
            AddedLine changed, Reporter out) {
        Location at = Location.file(path, body.line(), changed.mailLine());
        String where = ShootDownDefinitions.HOOK + "() in " + path;
        ShootDownShape.Shape shape = ShootDownShape.of(body.tokens());
        if (!shape.recognised()) {
            out.warn(at, where + " is no strategy the model knows (" + shape.unrecognised()
                    + "), so its safety was not checked; the model knows ipi-cpumask (on_each_cpu_mask(mm_cpumask(mm), ...)),"
                    + " ipi-all (on_each_cpu()), ipi-scan (a loop over the CPUs' loaded mm, then an IPI to those"
                    + " that have it) and piggyback (only this CPU switched to init_mm)");
            return;
        }
        Optional<Strategy> strategy = Arrays.stream(Strategy.values())
                .filter(s -> s.word().equals(shape.strategy())).findFirst();
        if (strategy.isEmpty()) {
            out.warn(at, where + " is the " + shape.strategy() + " strategy, which this build's model does not know,"
                    + " so its safety was not checked");
            return;
        }
        if (!SchemeStrategy.applies(scheme, strategy.get())) {
            // generate's verdicts cover only the scheme's strategies: asking would find no verdict, and say nothing
            out.warn(at, where + " is the " + shape.strategy() + " strategy, which the " + scheme.word()
                    + " scheme does not use (it uses " + SchemeStrategy.strategies(scheme).stream().map(Strategy::word)
                            .collect(Collectors.joining(", ")) + "), so the model was not asked about it");
            return;
        }
        // the verdict generate shows for the arch (on the base profile and every paravirt variant), from the build
        Optional<FamilyVerdicts.Row> verdict = table.verdict(arch, scheme, strategy.get());
        if (verdict.isPresent() && !verdict.get().safe()) {
            String instead = table.picked(arch, scheme)
                    .map(s -> "the strategy generate picks for " + arch + " is " + s.word())
                    .orElse("the model finds no strategy but refcount safe on " + arch);
            out.report(at, where + " is the " + shape.strategy() + " strategy, which the model shows unsafe (breaks "
                    + verdict.get().brokenProperty() + ") " + verdict.get().counterexample() + "; " + instead);
        }
    }

    /** The first added line of the file that falls in the body or is its name's line: the patch changes it. */
    private static Optional<AddedLine> firstAddedLineIn(FunctionBody body, TouchedFile file) {
        Set<Integer> lines = new HashSet<>();
        lines.add(body.line());
        for (Token t : body.tokens()) {
            lines.add(t.line());
        }
        return file.added().stream().filter(l -> lines.contains(l.line())).findFirst();
    }
}
