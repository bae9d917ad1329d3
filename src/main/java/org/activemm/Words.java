package org.activemm;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lookup of enum constants by the contract word each one carries (reports, the command
 * line and the profiles use the words, never the Java names).
 */
public final class Words {
    private Words() {
    }

    /** The constant whose word is {@code word}, if any. */
    public static <E> Optional<E> find(E[] values, Function<E, String> wordOf, String word) {
        return Arrays.stream(values).filter(v -> wordOf.apply(v).equals(word)).findFirst();
    }

    /** The constant a command line names; an unknown word is a usage error listing the known ones. */
    public static <E> E named(E[] values, Function<E, String> wordOf, String what, String word) {
        List<String> known = Arrays.stream(values).map(wordOf).toList();
        return find(values, wordOf, word).orElseThrow(() -> new UsageException("unknown " + what + " '" + word + "'"
                + DidYouMean.hint(word, known) + " (known: " + String.join(", ", known) + ")"));
    }
}
