package org.activemm.sites;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.activemm.tree.SideFiles;

/**
 * The lazy helpers that the scanned tree compiles out when the seed option
 * is set, each with where the tree says so: a helper whose definition tests
 * the option (every reference call in it sits under {@code !IS_ENABLED()} or
 * {@code #ifndef} of it), or all of them when Kconfig makes
 * {@code MMU_LAZY_TLB_REFCOUNT}, which the 6.x helpers test, depend on the
 * option's absence. A call of such a helper is converted under the seed scheme.
 */
record SeedLazyHelpers(Map<String, String> why) {
    static final SeedLazyHelpers NONE = new SeedLazyHelpers(Map.of());
    /** Where upstream and the generator put {@code config MMU_LAZY_TLB_REFCOUNT}. */
    private static final List<String> KCONFIGS = List.of("arch/Kconfig", "mm/Kconfig", "init/Kconfig");
    private static final Comparator<LazyHelperDefinition> ORDER = Comparator.comparing(LazyHelperDefinition::path)
            .thenComparingInt(LazyHelperDefinition::line);

    SeedLazyHelpers {
        why = Map.copyOf(why);
    }

    static SeedLazyHelpers of(Collection<LazyHelperDefinition> definitions, SideFiles tree) {
        String option = Scheme.SEED.guardSymbol();
        String refcount = Scheme.lazyRefcountOption();
        Map<String, String> why = new HashMap<>();
        Set<String> counting = new HashSet<>();
        definitions.stream().filter(LazyHelperDefinition::countsUnderSeed).forEach(d -> counting.add(d.helper()));
        definitions.stream().filter(d -> d.counts() && !counting.contains(d.helper())).sorted(ORDER)
                .forEach(d -> why.putIfAbsent(d.helper(), d.helper() + "() compiles out under " + option
                        + " as " + d.path() + ":" + d.line() + " defines it"));
        Optional<String> kconfig = refcountOffUnderSeed(tree, refcount, Scheme.SEED.option());
        if (kconfig.isPresent()) {
            for (String helper : SiteDetector.LAZY_HELPERS) {
                why.putIfAbsent(helper, helper + "() compiles out under " + option + " as " + kconfig.get()
                        + " makes " + refcount + " depend on !" + Scheme.SEED.option());
            }
        }
        return new SeedLazyHelpers(why);
    }

    /** The Kconfig file whose {@code config refcount} depends on {@code !symbol}, if any. */
    private static Optional<String> refcountOffUnderSeed(SideFiles tree, String refcount, String symbol) {
        for (String file : KCONFIGS) {
            Optional<byte[]> bytes = tree.read(file);
            if (bytes.isEmpty()) {
                continue;
            }
            String text = new String(bytes.get(), StandardCharsets.ISO_8859_1);
            List<String> depends = KconfigEntries.dependsOnIn(f -> f.equals(file) ? Optional.of(text) : Optional.empty(),
                    file, refcount);
            if (depends != null) {
                return depends.stream().anyMatch(d -> GuardConditions.excludes(d, symbol))
                        ? Optional.of(file) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** Why a call of this helper needs no change under the seed scheme, or null when it does. */
    String whyConverted(String call) {
        return call == null ? null : why.get(call);
    }
}
