package org.activemm.sites;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.activemm.lex.AsmSyntax;
import org.activemm.lex.CLexer;
import org.activemm.lex.LexMemo;
import org.activemm.lex.LexedFile;
import org.activemm.tree.FileVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SideFiles;
import org.activemm.tree.SkippedFile;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;
import org.activemm.tree.TeeVisitor;
import org.eclipse.jgit.lib.ObjectId;

/**
 * {@code activemm scan}: walks a tree, lexes only the files whose bytes can
 * hold a site, and classifies what it finds. C files are classified on the
 * walk's threads; assembly files wait until the walk has shown which
 * symbols the asm-offsets files export from active_mm. Under the seed
 * scheme the walk also notes the lazy helpers' definitions, so that calls of
 * helpers the tree compiles out under the seed option count as converted.
 */
public final class Scanner {
    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::path)
            .thenComparingInt(Finding::line).thenComparingInt(Finding::column).thenComparing(Finding::ruleId);
    /** Every exported name seen in a kernel (TSK_ACTIVE_MM, TASK_ACT_MM, TASK_ACTIVE_MM) has this in it. */
    private static final String ASM_SYMBOL_HINT = "_MM";
    private static final String MEMBER = SiteDetector.MEMBER;

    private final ScanOptions options;
    private final PrefilterCache cache;
    private final ClassifiedFiles classified;

    /** A scanner without a cache: every file is read. */
    public Scanner(ScanOptions options) {
        this(options, PrefilterCache.disabled());
    }

    /**
     * A scanner that skips blobs the cache knows hold no candidate, and
     * records (and at the end of each scan saves) what it learns.
     */
    public Scanner(ScanOptions options, PrefilterCache cache) {
        this(options, cache, LexMemo.none());
    }

    /**
     * A scanner as above that lexes C files without a blob id (a series step's
     * bytes) through {@code lexed}: a check shares its memo with its checks,
     * which lex the same touched files.
     */
    public Scanner(ScanOptions options, PrefilterCache cache, LexMemo lexed) {
        this.options = options;
        this.cache = cache;
        this.classified = new ClassifiedFiles(options.notes(),
                options.scheme().compilesOutHelpers() ? options.scheme().guardSymbol() : null, lexed);
    }

    /**
     * Scans the files the filter accepts (it should accept only {@code .c},
     * {@code .h} and {@code .S} files; anything else is handed over, counted
     * and ignored). The filter is passed to the walk unchanged so that it can
     * prune whole directories.
     */
    public ScanResult scan(SourceTree tree, PathFilter filter) throws IOException {
        return scan(tree, filter, null);
    }

    /**
     * Scans as {@link #scan(SourceTree, PathFilter)} does, and hands the same
     * walk's files to {@code tap} too (see {@link TeeVisitor}), for a caller
     * that needs other files of the tree (Kconfig) read in the same pass;
     * the filter must accept those as well. The tap sees every file the scan
     * wants, also one this scanner knows by blob id (which a scan without a
     * tap does not read).
     */
    public ScanResult scan(SourceTree tree, PathFilter filter, FileVisitor tap) throws IOException {
        Queue<ClassifiedSite> sites = new ConcurrentLinkedQueue<>();
        Queue<CommentNote> notes = new ConcurrentLinkedQueue<>();
        Queue<SourceFile> assembly = new ConcurrentLinkedQueue<>();
        Queue<SkippedFile> skipped = new ConcurrentLinkedQueue<>();
        Queue<LazyHelperDefinition> helpers = new ConcurrentLinkedQueue<>();
        AtomicInteger files = new AtomicInteger();
        FileVisitor scanning = new FileVisitor() {
            @Override
            public boolean wantsBlob(String path, ObjectId blobId) {
                // a tap sees only the files the walk reads: with one, a known file is read (not lexed) again
                Optional<ClassifiedFiles.Classified> known = tap == null ? classified.known(path, blobId)
                        : Optional.empty();
                known.ifPresent(c -> collect(c, sites, notes, helpers));
                boolean wanted = known.isEmpty() && isSource(path)
                        && (blobId == null || mayBeCandidate(path, cache.verdict(blobId)));
                if (!wanted) {
                    files.incrementAndGet();
                }
                return wanted;
            }

            @Override
            public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
                files.incrementAndGet();
                int verdict = verdict(path, buffer, length);
                if (blobId != null) {
                    cache.learn(blobId, verdict);
                }
                return mayBeCandidate(path, verdict);
            }

            @Override
            public void file(SourceFile file) {
                try {
                    if (file.path().endsWith(".S")) {
                        assembly.add(file);
                    } else {
                        collect(classified.of(file.path(), file.blobId(), file.content()), sites, notes, helpers);
                    }
                } catch (RuntimeException e) {
                    skipped.add(new SkippedFile(file.path(), "could not be classified: " + e));
                }
            }

            @Override
            public void skipped(SkippedFile file) {
                if (isSource(file.path())) {
                    skipped.add(file);
                }
            }
        };
        tree.walk(filter, tap == null ? scanning : new TeeVisitor(scanning, tap));
        // written while the findings are completed, which is the scan's other single-threaded tail
        CompletableFuture<Void> saved = CompletableFuture.runAsync(cache::save);
        Map<Scope, Set<String>> exports = exportsByScope(sites);
        for (SourceFile file : assembly) {
            classifyAssembly(file, exports, sites, notes);
        }
        SideFiles sideFiles = new SideFiles(tree);
        SeedLazyHelpers seedHelpers = options.scheme().compilesOutHelpers()
                ? SeedLazyHelpers.of(helpers, sideFiles) : SeedLazyHelpers.NONE;
        List<Finding> findings = findings(sites, notes, new DriverArches(sideFiles), seedHelpers);
        saved.join();
        List<SkippedFile> skippedSorted = new ArrayList<>(skipped);
        skippedSorted.addAll(sideFiles.unreadable());
        skippedSorted.sort(Comparator.comparing(SkippedFile::path));
        return new ScanResult(tree.name(), tree.revision().orElse(null), options.scheme(), options.arches(),
                findings, List.copyOf(skippedSorted), files.get());
    }

    /**
     * Why calls of each lazy helper count as converted in this scan's judgement
     * of a tree whose helpers are defined in {@code definingFiles}: what the
     * scan of such a tree tells grabs and drops by (none under upstream). A
     * caller that rescans part of a tree compares it across edits to know
     * whether the other files' grabs and drops must be judged again.
     */
    public Map<String, String> lazyHelperReasons(SourceTree tree, Collection<String> definingFiles)
            throws IOException {
        if (!options.scheme().compilesOutHelpers()) {
            return Map.of();
        }
        List<LazyHelperDefinition> definitions = new ArrayList<>();
        for (String path : definingFiles) {
            ObjectId blobId = tree.blobId(path).orElse(null);
            Optional<ClassifiedFiles.Classified> known = classified.known(path, blobId);
            if (known.isPresent()) {
                definitions.addAll(known.get().helpers());
                continue;
            }
            Optional<byte[]> content = tree.read(path);
            if (content.isPresent()) {
                definitions.addAll(classified.of(path, blobId, content.get()).helpers());
            }
        }
        return SeedLazyHelpers.of(definitions, new SideFiles(tree)).why();
    }

    /**
     * What this scanner found in the C files it classified whose path
     * {@code keep} accepts and whose blob id it knows, for a later scanner
     * with the same options ({@link #remember}).
     */
    public List<ClassifiedFile> classifiedFiles(Predicate<String> keep) {
        return classified.export(keep);
    }

    /**
     * Takes what a scanner with the same options found in these files: a
     * scan offered one of them with the same blob id uses it without reading
     * (unless it has a tap) or lexing the file.
     */
    public void remember(Collection<ClassifiedFile> files) {
        classified.remember(files);
    }

    /**
     * Whether a file defines one of the lazy helpers in a way the seed scheme's
     * scan learns from ({@link SeedLazyHelpers}): a scan of only some of a
     * tree's files must include these to classify the helpers' calls as a scan
     * of the whole tree does.
     */
    public static boolean definesLazyHelper(String path, byte[] content) {
        return (path.endsWith(".c") || path.endsWith(".h")) && Prefilter.contains(content, content.length, "_lazy_tlb")
                && !LazyHelperDefinitions.find(path, CLexer.lex(content).tokens(), Scheme.SEED.guardSymbol()).isEmpty();
    }

    /**
     * What the prefilter finds in a file's bytes, as {@link PrefilterCache}
     * verdict bits; for assembly both questions are asked, so the verdict
     * holds with and without {@code --notes}.
     */
    private static int verdict(String path, byte[] buffer, int length) {
        if (path.endsWith(".S")) {
            return PrefilterCache.ASM_CHECKED
                    | (Prefilter.contains(buffer, length, ASM_SYMBOL_HINT) ? PrefilterCache.ASM_HAS_HINT : 0)
                    | (Prefilter.contains(buffer, length, MEMBER) ? PrefilterCache.ASM_HAS_MEMBER : 0);
        }
        return PrefilterCache.C_CHECKED
                | (Prefilter.mayHoldSite(buffer, length) ? PrefilterCache.C_MAY_HOLD_SITE : 0);
    }

    /** Whether a file whose verdict bits are these may hold a site in this scan; unknown answers say yes. */
    private boolean mayBeCandidate(String path, int verdict) {
        if (path.endsWith(".S")) {
            return (verdict & PrefilterCache.ASM_CHECKED) == 0 || (verdict & PrefilterCache.ASM_HAS_HINT) != 0
                    || (options.notes() && (verdict & PrefilterCache.ASM_HAS_MEMBER) != 0);
        }
        return (verdict & PrefilterCache.C_CHECKED) == 0 || (verdict & PrefilterCache.C_MAY_HOLD_SITE) != 0;
    }

    private static void collect(ClassifiedFiles.Classified c, Queue<ClassifiedSite> sites, Queue<CommentNote> notes,
            Queue<LazyHelperDefinition> helpers) {
        sites.addAll(c.sites());
        notes.addAll(c.notes());
        helpers.addAll(c.helpers());
    }

    private static boolean isSource(String path) {
        return path.endsWith(".c") || path.endsWith(".h") || path.endsWith(".S");
    }

    /** Symbols exported from active_mm by each scope's asm-offsets (DEFINE/OFFSET forms). */
    private static Map<Scope, Set<String>> exportsByScope(Queue<ClassifiedSite> sites) {
        Map<Scope, Set<String>> exports = new HashMap<>();
        for (ClassifiedSite site : sites) {
            if (site.role() == Role.OFFSETOF && site.symbol() != null) {
                exports.computeIfAbsent(Scope.of(site.path()), k -> new HashSet<>()).add(site.symbol());
            }
        }
        return exports;
    }

    private void classifyAssembly(SourceFile file, Map<Scope, Set<String>> exports, Queue<ClassifiedSite> sites,
            Queue<CommentNote> notes) {
        Scope scope = Scope.of(file.path());
        Set<String> symbols = new HashSet<>();
        if (scope.isArch()) {
            symbols.addAll(exports.getOrDefault(scope, Set.of()));
        } else {
            exports.values().forEach(symbols::addAll);
        }
        boolean named = symbols.stream().anyMatch(s -> Prefilter.contains(file.content(), file.content().length, s));
        boolean mentioned = options.notes() && Prefilter.contains(file.content(), file.content().length, MEMBER);
        if (!named && !mentioned) {
            return;
        }
        LexedFile lexed = CLexer.lexAssembly(file.content(), AsmSyntax.forPath(file.path()));
        sites.addAll(FileClassifier.assembly(file.path(), lexed, symbols));
        if (options.notes()) {
            notes.addAll(FileClassifier.notes(file.path(), lexed));
        }
    }

    private List<Finding> findings(Queue<ClassifiedSite> sites, Queue<CommentNote> notes, DriverArches drivers,
            SeedLazyHelpers seedHelpers) {
        Map<String, Optional<Set<String>>> driverCache = new HashMap<>();
        List<Finding> out = new ArrayList<>(sites.size() + notes.size());
        for (ClassifiedSite site : sites) {
            Set<String> driverArches = null;
            if (site.path().startsWith("drivers/") && !options.arches().isEmpty()) {
                driverArches = driverCache.computeIfAbsent(site.path(), p -> Optional.ofNullable(drivers.of(p)))
                        .orElse(null);
            }
            out.add(Findings.of(site, options, driverArches, seedHelpers));
        }
        notes.forEach(note -> out.add(Findings.of(note)));
        out.sort(ORDER);
        return List.copyOf(out);
    }
}
