package org.activemm.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.activemm.InputException;
import org.activemm.DidYouMean;
import org.activemm.UsageException;

/**
 * The shipped arch profiles: one JSON resource per arch under {@code arches/} (listed in
 * {@code arches/arches.list}), read once and validated strictly.
 */
public final class ArchProfiles {
    static final String DIR = "arches/";
    /** The shipped answer of {@link StrategyPicker#eligibleArches()}. */
    public static final String ELIGIBLE_LIST = "eligible.list";

    private ArchProfiles() {
    }

    /** Every profile, base arches and their variants, in the order of {@code arches.list}. */
    public static List<ArchProfile> load() {
        return Shipped.ALL;
    }

    /** The command-line names of every profile: {@code x86}, {@code x86+xen-pv}, ... */
    public static List<String> names() {
        return load().stream().map(ArchProfile::name).toList();
    }

    /** The base arches (no variant). */
    public static List<String> baseArches() {
        return load().stream().filter(p -> !p.isVariant()).map(ArchProfile::name).toList();
    }

    /**
     * The base arches for which a non-refcount scheme is safe on the base profile and every variant:
     * the scanner's default {@code --arch} set. Every scan without --arch asks, and running the checker
     * for it would cost a cold JVM 0.1 s, so the answer is shipped in {@code arches/eligible.list},
     * written by {@code activemm model eligible}; EligibleListTest fails when it differs from
     * {@link StrategyPicker#eligibleArches()}, so every name in it is a profile's, and a scan
     * need not load the profiles (a fifth of a cold JVM's start-up) to trust it.
     */
    public static Set<String> eligibleArches() {
        return new LinkedHashSet<>(lines(DIR + ELIGIBLE_LIST));
    }

    /** The profile a command line names; an unknown name is a usage error listing the known ones. */
    public static ArchProfile get(String name) {
        for (ArchProfile profile : load()) {
            if (profile.name().equals(name)) {
                return profile;
            }
        }
        throw new UsageException("unknown arch '" + name + "'" + DidYouMean.hint(name, names())
                + " (known: " + String.join(", ", names()) + ")");
    }

    /** The base profile of an arch and all its variants. */
    public static List<ArchProfile> family(String arch) {
        ArchProfile base = get(arch);
        return load().stream().filter(p -> p.arch().equals(base.arch())).toList();
    }

    /** Reads one profile file; a bad file is an {@link InputException} naming the file and the field. */
    public static List<ArchProfile> parse(String fileName, InputStream in) {
        return ProfileReader.read(fileName, in);
    }

    private static List<ArchProfile> readShipped() {
        List<ArchProfile> all = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String file : listing()) {
            for (ArchProfile profile : parse(DIR + file, resource(DIR + file))) {
                if (!seen.add(profile.name())) {
                    throw new InputException(DIR + file + ": profile '" + profile.name() + "' is defined twice");
                }
                all.add(profile);
            }
        }
        return List.copyOf(all);
    }

    /** The file names {@code arches/arches.list} lists, one a line. */
    static List<String> listing() {
        return lines(DIR + "arches.list");
    }

    /** A resource's lines, without blank lines and {@code #} comments. */
    private static List<String> lines(String path) {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(resource(path), StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = ArchProfiles.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new InputException(path + ": arch profile resource is missing from the build");
        }
        return in;
    }

    /** Lazy holder: the profiles are read on first use, once. */
    private static final class Shipped {
        static final List<ArchProfile> ALL = readShipped();
    }
}
