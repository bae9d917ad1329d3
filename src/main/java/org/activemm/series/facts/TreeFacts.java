package org.activemm.series.facts;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.activemm.generate.Maintainers;
import org.activemm.sites.Finding;
import org.activemm.sites.Prefilter;
import org.activemm.sites.Role;
import org.activemm.sites.ScanResult;
import org.activemm.sites.Scanner;
import org.activemm.tree.FileVisitor;
import org.activemm.tree.PathFilter;
import org.activemm.tree.SkippedFile;
import org.activemm.tree.SourceFile;
import org.activemm.tree.SourceTree;
import org.eclipse.jgit.lib.ObjectId;

/**
 * What the checks need to know about the whole tree at each step of a
 * series: the scan's findings per file, the Kconfig symbols defined, the
 * arches that define {@code arch_shoot_down_dead_mm()}, and MAINTAINERS.
 * Built from the base in one walk of the tree (the scan's, with the Kconfig
 * files and the arch files read in the same pass), then updated from the
 * files each patch touches, never from the whole tree again.
 */
public final class TreeFacts {
    private static final String MAINTAINERS = "MAINTAINERS";

    private final Scanner scanner;
    private final KconfigSymbols kconfig;
    private final ShootDownDefinitions shootDowns;
    private final Map<String, List<Finding>> findingsByPath = new HashMap<>();
    /** Headers under include/ that define a lazy helper: every rescan includes them, as the whole scan would. */
    private final Set<String> helperHeaders = ConcurrentHashMap.newKeySet();
    private Maintainers maintainers;
    /** Why the lazy helpers' calls count as converted, at the last step (see {@link Scanner#lazyHelperReasons}). */
    private Map<String, String> helperReasons;
    /** Whether the base walk, or the updates since, read every file they wanted (the walk's threads clear it). */
    private volatile boolean complete = true;

    private TreeFacts(Scanner scanner, KconfigSymbols kconfig, ShootDownDefinitions shootDowns) {
        this.scanner = scanner;
        this.kconfig = kconfig;
        this.shootDowns = shootDowns;
    }

    /** The facts of the base tree, read in one walk; the scanner says the scheme and arches. */
    public static TreeFacts ofBase(SourceTree base, Scanner scanner) throws IOException {
        TreeFacts facts = new TreeFacts(scanner, new KconfigSymbols(), new ShootDownDefinitions());
        PathFilter sourcesAndKconfig = path -> isSource(path) || KconfigSymbols.isKconfig(path);
        ScanResult scan = facts.scanner.scan(base, sourcesAndKconfig, facts.new Indexer());
        facts.record(scan.findings());
        facts.complete &= scan.skipped().isEmpty();
        facts.helperReasons = scanner.lazyHelperReasons(base, facts.helperHeaders);
        facts.maintainers = Maintainers.of(base);
        return facts;
    }

    /**
     * The facts of the base tree from the cache when it holds them for this
     * key, else from the cached facts of the nearest other base brought to
     * this one as a patch would be (the paths that differ between the two
     * trees), else from one walk. The cache then keeps them, unless some file
     * could not be read: the missing blobs may arrive later.
     */
    public static TreeFacts ofBase(SourceTree base, Scanner scanner, BaseFactsCache cache, FactsKey key)
            throws IOException {
        Optional<BaseFacts> cached = cache.load(key);
        if (cached.isPresent()) {
            TreeFacts facts = of(cached.get(), scanner);
            facts.helperReasons = scanner.lazyHelperReasons(base, facts.helperHeaders);
            facts.maintainers = Maintainers.of(base);
            return facts;
        }
        TreeFacts facts = null;
        Optional<NearestBase> nearest = NearestBase.of(base, cache, key);
        if (nearest.isPresent()) {
            try {
                facts = of(nearest.get(), base, scanner);
            } catch (IOException e) {
                // a changed file could not be read (a blob a partial clone lacks): the walk lists what it cannot read
            }
        }
        if (facts == null) {
            facts = ofBase(base, scanner);
        }
        if (facts.complete) {
            cache.store(key, new BaseFacts(facts.findings(), facts.kconfig.byFile(), facts.shootDowns.filesByArch(),
                    facts.helperHeaders, scanner.classifiedFiles(facts::mayBeJudgedAgainUnchanged)));
        }
        return facts;
    }

    /** Facts as the cache stored them; the scanner learns what they found in the files it may judge again. */
    private static TreeFacts of(BaseFacts known, Scanner scanner) {
        TreeFacts facts = new TreeFacts(scanner, KconfigSymbols.of(known.kconfigByFile()),
                ShootDownDefinitions.of(known.shootDownFilesByArch()));
        facts.record(known.findings());
        facts.helperHeaders.addAll(known.helperHeaders());
        scanner.remember(known.classified());
        return facts;
    }

    /**
     * The nearest base's facts brought to {@code base}. What the scanner found
     * in the changed paths is forgotten, so the cache keeps what a walk would;
     * the lazy helpers' reasons at the old base are not known, so an update that
     * may change them judges the grabs and drops again, and one that changes
     * any Kconfig file the drivers. Null when the diff
     * changes what the asm-offsets files export: the base is walked.
     */
    private static TreeFacts of(NearestBase nearest, SourceTree base, Scanner scanner) throws IOException {
        Set<String> changed = Set.copyOf(nearest.changed());
        BaseFacts known = nearest.facts();
        TreeFacts facts = of(new BaseFacts(known.findings(), known.kconfigByFile(), known.shootDownFilesByArch(),
                known.helperHeaders(), known.classified().stream().filter(f -> !changed.contains(f.path())).toList()),
                scanner);
        Map<String, List<String>> exports = facts.exports();
        List<String> paths = new ArrayList<>(nearest.changed());
        if (paths.stream().anyMatch(KconfigSymbols::isKconfig)) {
            // a driver's Kconfig file may source one outside drivers/ (drivers/ras/Kconfig, arch/x86/ras/Kconfig)
            facts.findingsByPath.keySet().stream().filter(path -> path.startsWith("drivers/") && !changed.contains(path))
                    .forEach(paths::add);
        }
        facts.update(base, paths);
        if (!exports.equals(facts.exports())) {
            // an assembly file the diff left alone may name an export that is new, or no longer one
            return null;
        }
        facts.helperReasons = scanner.lazyHelperReasons(base, facts.helperHeaders);
        facts.maintainers = Maintainers.of(base);
        return facts;
    }

    /**
     * Brings the facts to the tree after one more patch: {@code step} is that
     * tree, {@code touched} the paths the patch changed (deleted ones too).
     * The touched sources are scanned again, with the headers that define lazy
     * helpers. Other files are judged again only when what decides their
     * statuses changed: the files with a grab or drop when the reasons the
     * lazy helpers count as converted change (their definitions, or the
     * Kconfig entry that turns refcounting off), the drivers when a Kconfig
     * file or Makefile under drivers/, which say which arch builds them, does.
     */
    public void update(SourceTree step, Collection<String> touched) throws IOException {
        boolean helpersMayChange = mayChangeHelperReasons(step, touched);
        Set<String> sources = new LinkedHashSet<>();
        for (String path : touched) {
            // sources go to the scanner, which knows most by blob id; only these files' bytes are kept here
            boolean kept = KconfigSymbols.isKconfig(path) || ShootDownDefinitions.mayDefine(path)
                    || mayDefineHelper(path);
            Optional<byte[]> content = kept ? step.read(path) : Optional.empty();
            kconfig.update(path, content.orElse(null));
            shootDowns.update(path, content.orElse(null));
            updateHelperHeader(path, content.orElse(null));
            if (isSource(path)) {
                sources.add(path);
            }
            if (path.equals(MAINTAINERS)) {
                maintainers = Maintainers.of(step);
            }
        }
        boolean helpersChanged = false;
        if (helpersMayChange) {
            Map<String, String> reasons = scanner.lazyHelperReasons(step, helperHeaders);
            helpersChanged = !reasons.equals(helperReasons);
            helperReasons = reasons;
        }
        boolean driversChanged = touched.stream().anyMatch(TreeFacts::decidesDriverArches);
        if (helpersChanged || driversChanged) {
            boolean grabsToo = helpersChanged;
            findingsByPath.forEach((path, findings) -> {
                if (driversChanged && path.startsWith("drivers/") || grabsToo && hasGrabOrDrop(findings)) {
                    sources.add(path);
                }
            });
        }
        if (!sources.isEmpty()) {
            sources.addAll(helperHeaders);
            if (sources.stream().anyMatch(path -> path.endsWith(".S"))) {
                // an assembly file's sites are the symbols the asm-offsets files export, found in their scan
                sources.addAll(exportingFiles());
            }
            sources.forEach(findingsByPath::remove);
            ScanResult scan = scanner.scan(new TouchedFilesTree(step, sources), TreeFacts::isSource);
            record(scan.findings());
            complete &= scan.skipped().isEmpty();
        }
    }

    public KconfigSymbols kconfig() {
        return kconfig;
    }

    public ShootDownDefinitions shootDowns() {
        return shootDowns;
    }

    public Maintainers maintainers() {
        return maintainers;
    }

    /** The scan's findings in one file at this step, in line order. */
    public List<Finding> findings(String path) {
        return findingsByPath.getOrDefault(path, List.of());
    }

    /** Every finding of the scan at this step, in path and line order. */
    public List<Finding> findings() {
        List<Finding> all = new ArrayList<>();
        findingsByPath.keySet().stream().sorted().forEach(path -> all.addAll(findingsByPath.get(path)));
        return all;
    }

    /** The files with an asm-offsets export of active_mm. */
    private List<String> exportingFiles() {
        return exports().keySet().stream().sorted().toList();
    }

    /** What the asm-offsets exports say, by file: the assembly files' sites follow from them. */
    private Map<String, List<String>> exports() {
        Map<String, List<String>> exports = new HashMap<>();
        findingsByPath.forEach((path, findings) -> {
            List<String> exported = findings.stream().filter(f -> f.role() == Role.OFFSETOF)
                    .map(Finding::message).toList();
            if (!exported.isEmpty()) {
                exports.put(path, exported);
            }
        });
        return exports;
    }

    private void record(List<Finding> findings) {
        for (Finding f : findings) {
            findingsByPath.computeIfAbsent(f.path(), p -> new ArrayList<>()).add(f);
        }
    }

    /**
     * Whether {@link #update} may judge this file again while its bytes stay
     * those of the base: a driver, a file with a grab or drop, or a header
     * that defines a lazy helper. The base's cache keeps what the scan found
     * in these, so that judging them again reads and lexes nothing.
     */
    private boolean mayBeJudgedAgainUnchanged(String path) {
        return path.startsWith("drivers/") || helperHeaders.contains(path) || hasGrabOrDrop(findings(path));
    }

    private static boolean hasGrabOrDrop(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.role() == Role.GRAB || f.role() == Role.DROP);
    }

    /** Whether the patch touches a Kconfig file, or a header that defines (or defined) a lazy helper. */
    private boolean mayChangeHelperReasons(SourceTree step, Collection<String> touched) throws IOException {
        for (String path : touched) {
            if (KconfigSymbols.isKconfig(path) || helperHeaders.contains(path)) {
                return true;
            }
            Optional<byte[]> content = mayDefineHelper(path) ? step.read(path) : Optional.empty();
            if (content.isPresent() && Scanner.definesLazyHelper(path, content.get())) {
                return true;
            }
        }
        return false;
    }

    /** Whether a file decides which arches build a driver: a Kconfig file or Makefile under drivers/. */
    private static boolean decidesDriverArches(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return path.startsWith("drivers/")
                && (KconfigSymbols.isKconfig(path) || name.equals("Makefile") || name.equals("Kbuild"));
    }

    private void updateHelperHeader(String path, byte[] content) {
        if (mayDefineHelper(path) && content != null && Scanner.definesLazyHelper(path, content)) {
            helperHeaders.add(path);
        } else {
            helperHeaders.remove(path);
        }
    }

    private static boolean mayDefineHelper(String path) {
        return path.startsWith("include/") && path.endsWith(".h");
    }

    private static boolean isSource(String path) {
        return path.endsWith(".c") || path.endsWith(".h") || path.endsWith(".S");
    }

    /**
     * The base walk's second reader: it asks for the Kconfig files, and of the
     * files the scan reads anyway keeps the arch files that name the shoot-down
     * hook and the headers that may define a lazy helper (these always hold a
     * grab or drop, so the scan reads them). A base whose only definition of
     * the hook sits in a file without any site is not seen: no kernel has one.
     */
    private final class Indexer implements FileVisitor {
        @Override
        public boolean wantsBlob(String path, ObjectId blobId) {
            return KconfigSymbols.isKconfig(path);
        }

        @Override
        public boolean wants(String path, ObjectId blobId, byte[] buffer, int length) {
            return KconfigSymbols.isKconfig(path)
                    || ShootDownDefinitions.mayDefine(path) && Prefilter.contains(buffer, length, ShootDownDefinitions.HOOK)
                    || mayDefineHelper(path) && Prefilter.contains(buffer, length, "_lazy_tlb");
        }

        @Override
        public void file(SourceFile file) {
            kconfig.update(file.path(), file.content());
            shootDowns.update(file.path(), file.content());
            updateHelperHeader(file.path(), file.content());
        }

        @Override
        public void skipped(SkippedFile file) {
            // the scan lists unreadable sources; an unreadable Kconfig file defines nothing we can know yet
            complete = false;
        }
    }
}
