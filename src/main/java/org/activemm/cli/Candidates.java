package org.activemm.cli;

import java.util.Arrays;
import java.util.Iterator;

import org.activemm.model.ArchProfiles;
import org.activemm.model.Strategy;
import org.activemm.sites.Scheme;

/** The values the shell completes for options that take a word (generate-completion writes them into the script). */
final class Candidates {
    private Candidates() {
    }

    /** Every arch profile, variants included: {@code --arch}. */
    static final class Arches implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return ArchProfiles.names().iterator();
        }
    }

    /** {@code --scheme} of the commands that read a tree. */
    static final class Schemes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Scheme.values()).map(Scheme::word).iterator();
        }
    }

    /** The model's strategies, for {@code generate --strategy}. */
    static final class Strategies implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Strategy.values()).map(Strategy::word).iterator();
        }
    }
}
