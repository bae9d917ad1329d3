package org.activemm.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.activemm.UsageException;
import org.activemm.Words;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;

/**
 * Reads the model commands' {@code --scheme} and {@code --strategy} words. Until this release
 * {@code --scheme} took strategy words; it still does, as a hidden alias of {@code --strategy} under
 * the seed scheme, with a note on stderr.
 */
final class SchemeWords {
    static final String ALIAS_NOTE = "note: --scheme %s is the old spelling of --strategy %s (scheme seed);"
            + " it goes in the next release";

    /** The schemes and strategies named; empty lists when none was. */
    record Choice(List<Scheme> schemes, List<Strategy> strategies) {
        /** Every applicable pair, all schemes or strategies where none is named; a choice without one is a usage error. */
        List<SchemeStrategy> columns() {
            List<Scheme> s = schemes.isEmpty() ? List.of(Scheme.values()) : schemes;
            List<Strategy> t = strategies.isEmpty() ? List.of(Strategy.values()) : strategies;
            List<SchemeStrategy> out = SchemeStrategy.of(s, t);
            if (out.isEmpty()) {
                throw new UsageException("no named scheme has a named strategy (upstream has: " + words(
                        SchemeStrategy.strategies(Scheme.UPSTREAM)) + ")");
            }
            return out;
        }
    }

    private SchemeWords() {
    }

    static Choice read(List<String> schemeWords, List<String> strategyWords, PrintWriter err) {
        List<Scheme> schemes = new ArrayList<>();
        List<Strategy> strategies = new ArrayList<>();
        List<String> legacy = new ArrayList<>();
        for (String word : schemeWords == null ? List.<String>of() : schemeWords) {
            Optional<Scheme> scheme = Words.find(Scheme.values(), Scheme::word, word);
            Optional<Strategy> strategy = Words.find(Strategy.values(), Strategy::word, word);
            if (scheme.isPresent()) {
                schemes.add(scheme.get());
            } else if (strategy.isPresent()) {
                legacy.add(word);
                strategies.add(strategy.get());
            } else {
                throw new UsageException("unknown scheme '" + word + "' (known: seed, upstream)");
            }
        }
        if (!legacy.isEmpty()) {
            if (strategyWords != null || !schemes.isEmpty()) {
                throw new UsageException("--scheme takes seed or upstream; name strategies with --strategy");
            }
            err.printf(ALIAS_NOTE + "%n", String.join(",", legacy), String.join(",", legacy));
            err.flush();
            schemes.add(Scheme.SEED);
        }
        for (String word : strategyWords == null ? List.<String>of() : strategyWords) {
            strategies.add(Strategy.byWord(word));
        }
        return new Choice(List.copyOf(schemes), List.copyOf(strategies));
    }

    private static String words(List<Strategy> strategies) {
        return String.join(", ", strategies.stream().map(Strategy::word).toList());
    }
}
