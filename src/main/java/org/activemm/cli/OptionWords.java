package org.activemm.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import org.activemm.DidYouMean;
import org.activemm.UsageException;
import org.activemm.Words;
import org.activemm.model.ArchProfile;
import org.activemm.model.ArchProfiles;
import org.activemm.model.EfiMode;
import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;
import org.activemm.sites.Status;
import org.activemm.sites.rules.Rules;

import picocli.CommandLine.ITypeConverter;

/**
 * The words options take, one class per kind: picocli converts each value with it (an unknown word
 * throws {@link UsageException}, which {@link Main} prints as its one line, "did you mean" included)
 * and the shell completion and man pages list its words. A value may carry spaces around it
 * ({@code --arch 'x86, arm64'}).
 */
final class OptionWords {
    private OptionWords() {
    }

    /** Every arch profile, variants included: converts each {@code --arch}; the model commands and check offer them. */
    static final class Arches implements ITypeConverter<ArchProfile>, Iterable<String> {
        @Override
        public ArchProfile convert(String value) {
            return ArchProfiles.get(value.trim());
        }

        @Override
        public Iterator<String> iterator() {
            return ArchProfiles.names().iterator();
        }
    }

    /**
     * The base arches, offered by the commands that read a tree: scan and trend take a variant as its
     * arch folder, generate and checklist refuse one (the arch's plan covers its variants).
     */
    static final class BaseArches implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ArchProfiles.baseArches().iterator();
        }
    }

    /** The words of an enum's constants: each converts to its constant, and completion offers them all. */
    private abstract static class EnumWords<E> implements ITypeConverter<E>, Iterable<String> {
        private final E[] values;
        private final Function<E, String> wordOf;
        private final Function<String, E> named;

        EnumWords(E[] values, Function<E, String> wordOf, Function<String, E> named) {
            this.values = values;
            this.wordOf = wordOf;
            this.named = named;
        }

        @Override
        public E convert(String value) {
            return named.apply(value.trim());
        }

        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(values).map(wordOf).iterator();
        }
    }

    /** {@code --scheme}: seed or upstream. */
    static final class Schemes extends EnumWords<Scheme> {
        Schemes() {
            super(Scheme.values(), Scheme::word, Scheme::ofWord);
        }
    }

    /** The model's strategies: {@code --strategy}. */
    static final class Strategies extends EnumWords<Strategy> {
        Strategies() {
            super(Strategy.values(), Strategy::word, Strategy::byWord);
        }
    }

    /** The model's EFI call modes: {@code --efi}. */
    static final class EfiModes extends EnumWords<EfiMode> {
        EfiModes() {
            super(EfiMode.values(), EfiMode::word, EfiMode::byWord);
        }
    }

    /** A finding's status: {@code scan --status}. */
    static final class Statuses extends EnumWords<Status> {
        Statuses() {
            super(Status.values(), Status::word, word -> Words.named(Status.values(), Status::word, "status", word));
        }
    }

    /** Rule ids, upper-cased (checkpatch takes its types in any case): {@code scan --rule/--ignore}. */
    static final class RuleIds implements ITypeConverter<String>, Iterable<String> {
        private static List<String> known() {
            return Rules.all().stream().map(r -> r.info().id()).toList();
        }

        @Override
        public String convert(String value) {
            String id = value.trim().toUpperCase(Locale.ROOT);
            if (!known().contains(id)) {
                throw new UsageException("unknown rule '" + value + "'" + DidYouMean.hint(id, known())
                        + " (activemm rules lists them)");
            }
            return id;
        }

        @Override
        public Iterator<String> iterator() {
            return known().iterator();
        }
    }
}
