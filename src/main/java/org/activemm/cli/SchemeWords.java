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

import picocli.CommandLine.ITypeConverter;

/**
 * Reads the model commands' {@code --scheme} and {@code --strategy} words. Until this release
 * {@code --scheme} took strategy words; it still does, as a hidden alias of {@code --strategy} under
 * the seed scheme, with a note on stderr.
 */
final class SchemeWords {
    static final String ALIAS_NOTE = "note: --scheme %s is the old spelling of --strategy %s (scheme seed);"
            + " it goes in the next release";

    /** One word of a model command's {@code --scheme}: a scheme, or a strategy in the old spelling. */
    sealed interface Word {
    }

    record SchemeWord(Scheme scheme) implements Word {
    }

    record StrategyAlias(Strategy strategy) implements Word {
    }

    /** Converts a {@code --scheme} word; completion offers the schemes only, the alias being on its way out. */
    static final class Converter implements ITypeConverter<Word> {
        @Override
        public Word convert(String value) {
            String word = value.trim();
            Optional<Strategy> alias = Words.find(Strategy.values(), Strategy::word, word);
            // a word that is neither gets the scheme's usage error
            return alias.isPresent() ? new StrategyAlias(alias.get()) : new SchemeWord(Scheme.ofWord(word));
        }
    }

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

    /** {@code strategyOption} is null when --strategy was not given, so an alias may stand in for it. */
    static Choice read(List<Word> schemeWords, List<Strategy> strategyOption, PrintWriter err) {
        List<Scheme> schemes = new ArrayList<>();
        List<Strategy> legacy = new ArrayList<>();
        for (Word word : schemeWords) {
            if (word instanceof StrategyAlias alias) {
                legacy.add(alias.strategy());
            } else {
                schemes.add(((SchemeWord) word).scheme());
            }
        }
        List<Strategy> strategies = new ArrayList<>(legacy);
        if (!legacy.isEmpty()) {
            if (strategyOption != null || !schemes.isEmpty()) {
                throw new UsageException("--scheme takes seed or upstream; name strategies with --strategy");
            }
            String named = words(legacy).replace(", ", ",");
            err.printf(ALIAS_NOTE + "%n", named, named);
            err.flush();
            schemes.add(Scheme.SEED);
        }
        if (strategyOption != null) {
            strategies.addAll(strategyOption);
        }
        return new Choice(List.copyOf(schemes), List.copyOf(strategies));
    }

    private static String words(List<Strategy> strategies) {
        return String.join(", ", strategies.stream().map(Strategy::word).toList());
    }
}
