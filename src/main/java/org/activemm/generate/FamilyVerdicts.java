package org.activemm.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.activemm.model.ArchProfiles;
import org.activemm.model.Strategy;
import org.activemm.model.StrategyPicker;
import org.activemm.sites.Scheme;

/**
 * The model's verdict on every strategy of every scheme for every base arch
 * (on its whole family, at the default CPUs and EFI mode), and the strategy
 * generate picks for each. The shipped profiles and the model fix all of
 * them, so the build computes them once ({@link #main}, into {@value #RESOURCE})
 * and {@code activemm check} reads them rather than running the model;
 * FamilyVerdictsTest fails when the resource differs from the model.
 *
 * @param rows one per (arch, scheme, strategy), in that order
 */
public record FamilyVerdicts(List<Row> rows) {
    static final String RESOURCE = "family-verdicts.json";
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /**
     * One verdict: as {@link StrategyVerdict} without the costs and the model's
     * trace, and whether it is the strategy generate picks for the arch.
     */
    public record Row(String arch, Scheme scheme, Strategy strategy, boolean safe, String brokenProperty,
            String counterexample, boolean picked) {
    }

    public FamilyVerdicts {
        rows = List.copyOf(rows);
    }

    /** The table the build wrote into the jar, or, run without it (from sources), the model's answers. */
    public static FamilyVerdicts shipped() {
        return Shipped.TABLE;
    }

    /** Whether {@code arch} is a base arch, which the table has verdicts for (a variant is not). */
    public boolean covers(String arch) {
        return rows.stream().anyMatch(r -> r.arch().equals(arch));
    }

    /** The model's verdict on one strategy for a base arch under a scheme; empty when the scheme does not use it. */
    public Optional<Row> verdict(String arch, Scheme scheme, Strategy strategy) {
        return rows.stream().filter(r -> r.arch().equals(arch) && r.scheme() == scheme && r.strategy() == strategy)
                .findFirst();
    }

    /** The strategy generate picks for a base arch under a scheme; empty when only refcount is safe. */
    public Optional<Strategy> picked(String arch, Scheme scheme) {
        return rows.stream().filter(r -> r.arch().equals(arch) && r.scheme() == scheme && r.picked())
                .map(Row::strategy).findFirst();
    }

    /** Asks the model about every base arch, scheme and strategy. */
    public static FamilyVerdicts compute() {
        List<Row> rows = new ArrayList<>();
        for (String arch : ArchProfiles.baseArches()) {
            for (Scheme scheme : Scheme.values()) {
                Optional<Strategy> picked = StrategyPicker.cheapestSafe(arch, scheme);
                for (StrategyVerdict v : ArchPlans.verdicts(arch, scheme)) {
                    rows.add(new Row(arch, scheme, v.strategy(), v.safe(), v.brokenProperty(), v.counterexample(),
                            picked.equals(Optional.of(v.strategy()))));
                }
            }
        }
        return new FamilyVerdicts(rows);
    }

    static FamilyVerdicts read(InputStream in) throws IOException {
        return JSON.readValue(in, FamilyVerdicts.class);
    }

    /** Run by the build: writes the table into the classes directory given, through a temporary file. */
    public static void main(String[] args) throws IOException {
        Path target = Path.of(args[0]).resolve(RESOURCE);
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), RESOURCE, ".tmp");
        JSON.writerWithDefaultPrettyPrinter().writeValue(temp.toFile(), compute());
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static final class Shipped {
        static final FamilyVerdicts TABLE = load();

        private static FamilyVerdicts load() {
            try (InputStream in = FamilyVerdicts.class.getResourceAsStream(RESOURCE)) {
                return in == null ? compute() : read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("the jar's " + RESOURCE + " is unreadable", e);
            }
        }
    }
}
