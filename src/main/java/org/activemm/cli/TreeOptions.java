package org.activemm.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.activemm.UsageException;
import org.activemm.model.ArchProfile;
import org.activemm.sites.PrefilterCache;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;
import org.activemm.tree.GlobPathFilter;
import org.activemm.tree.SourceTree;
import org.activemm.tree.SourceTrees;

import picocli.CommandLine.Option;

/** The options every command that reads a kernel tree shares. */
final class TreeOptions {
    @Option(names = "--scheme", defaultValue = "seed", paramLabel = "SCHEME", converter = OptionWords.Schemes.class,
            completionCandidates = OptionWords.Schemes.class,
            description = "seed (ARCH_NO_TASK_ACTIVE_MM) or upstream (MMU_LAZY_TLB_SHOOTDOWN); default: ${DEFAULT-VALUE}")
    Scheme scheme;

    @Option(names = "--arch", split = ",", paramLabel = "ARCH", converter = OptionWords.Arches.class,
            completionCandidates = OptionWords.BaseArches.class,
            description = "the arches that opt in, of ${COMPLETION-CANDIDATES} (default: every arch the model marks"
                    + " eligible)")
    List<ArchProfile> arches = List.of();

    @Option(names = "--include", paramLabel = "GLOB", description = "scan only paths matching GLOB (repeatable)")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "skip paths matching GLOB (repeatable)")
    List<String> excludes = List.of();

    @Option(names = "--no-cache",
            description = "neither read nor write the prefilter cache: which files (by git blob id) hold no"
                    + " candidate site, kept in $ACTIVEMM_CACHE_DIR, else $XDG_CACHE_HOME/activemm, else"
                    + " ~/.cache/activemm (safe to delete)")
    boolean noCache;

    /**
     * The tree at {@code rev} (null: the files on disk). Scopes, driver arches and statuses are
     * read from paths such as {@code arch/x86/...}, so a tree whose root is not
     * a kernel's gets a one-line note on {@code err}: it would report every site as core.
     */
    SourceTree open(Path tree, String rev, PrintWriter err) throws IOException {
        SourceTree source = SourceTrees.open(tree, rev);
        try {
            if (!source.hasDirectory("arch") || !source.hasDirectory("kernel")) {
                err.println("activemm: note: " + tree + (rev == null ? "" : " at " + rev) + " has no arch/ and"
                        + " kernel/ at its root, so every site counts as core; name the kernel's root (--rev REV:DIR"
                        + " for a repository that keeps it in a directory; --include to scan part of it)");
                err.flush();
            }
            return source;
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    /** A scanner with the prefilter cache, unless --no-cache. */
    Scanner scanner(ScanOptions options) {
        if (noCache) {
            return new Scanner(options);
        }
        return new Scanner(options, PrefilterCache.loadDefault());
    }

    /** C sources, headers and assembly, narrowed by --include and --exclude. */
    GlobPathFilter pathFilter() {
        if (includes.stream().anyMatch(String::isBlank) || excludes.stream().anyMatch(String::isBlank)) {
            // an empty --include matches no path: the scan would silently find nothing
            throw new UsageException("empty glob in --include/--exclude");
        }
        try {
            return new GlobPathFilter(includes, excludes);
        } catch (PatternSyntaxException e) {
            throw new UsageException("bad glob '" + e.getPattern() + "' in --include/--exclude: " + e.getDescription());
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad glob in --include/--exclude: " + e.getMessage());
        }
    }
}
