package org.activemm.series.checks;

import java.io.IOException;
import java.util.List;

import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.series.facts.KconfigSymbols;
import org.activemm.series.facts.TreeFacts;
import org.activemm.sites.Scope;

/**
 * A Kconfig symbol that an added line names must be defined by some
 * Kconfig file at that patch: a misspelt or not yet added symbol is never
 * set, so the code under it silently compiles out. A line under
 * {@code arch/<name>/} needs a definition that a build of that arch reads:
 * one outside {@code arch/} or in its own; another arch's Kconfig does not count.
 */
@CheckInfo(id = "AMC011", summary = "a Kconfig symbol the series references (select, depends on, #ifdef CONFIG_, IS_ENABLED) is defined nowhere at that patch, or, on a line under arch/, only in other arches' Kconfig files",
        level = CheckLevel.ERROR)
final class UndefinedKconfigSymbolCheck implements SeriesCheck {
    private static final String MODULE_SUFFIX = "_MODULE";

    @Override
    public void checkStep(CheckContext context, Step step, Reporter out) throws IOException {
        if (!step.applied()) {
            return;
        }
        TreeFacts facts = SeriesFacts.at(context, step);
        for (TouchedFile file : step.touched()) {
            if (!file.addsLines()) {
                continue;
            }
            Scope scope = Scope.of(file.path());
            String arch = scope.isArch() ? scope.arch() : null;
            for (KconfigReferences.Reference r : references(context, step, file)) {
                if (defined(facts.kconfig(), r.symbol(), arch)) {
                    continue;
                }
                Location at = Location.file(file.path(), r.line(), file.addedAt(r.line()).orElseThrow().mailLine());
                if (defined(facts.kconfig(), r.symbol(), null)) {
                    out.report(at, r.how() + " names " + r.symbol() + ", which only other arches' Kconfig files define"
                            + " at this patch; a build of " + arch + " never reads them, so it is never set there");
                } else {
                    out.report(at, r.how() + " names " + r.symbol() + ", which no Kconfig file defines at this patch");
                }
            }
        }
    }

    private static List<KconfigReferences.Reference> references(CheckContext context, Step step, TouchedFile file)
            throws IOException {
        String path = file.path();
        if (KconfigSymbols.isKconfig(path)) {
            return KconfigReferences.inKconfig(file.added());
        }
        if (!path.endsWith(".S") && !path.endsWith(".c") && !path.endsWith(".h")) {
            return List.of();
        }
        byte[] bytes = step.after().read(path).orElse(new byte[0]);
        return KconfigReferences.inSource(file.added(), bytes, context.lexed(path, bytes));
    }

    /**
     * Whether a build of {@code arch} (null: any) can set the symbol;
     * {@code CONFIG_FOO_MODULE} is what kconfig defines for a tristate FOO built as a module.
     */
    private static boolean defined(KconfigSymbols symbols, String symbol, String arch) {
        return symbols.definesFor(symbol, arch) || symbol.endsWith(MODULE_SUFFIX)
                && symbols.definesFor(symbol.substring(0, symbol.length() - MODULE_SUFFIX.length()), arch);
    }
}
