package org.activemm.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.activemm.UsageException;
import org.activemm.sites.PrefilterCache;
import org.activemm.sites.ScanOptions;
import org.activemm.sites.Scanner;
import org.activemm.tree.GlobPathFilter;

import picocli.CommandLine.Option;

/** The options every command that reads a kernel tree shares. */
final class TreeOptions {
    @Option(names = "--rev", paramLabel = "REV",
            description = "read this revision of the git repository (branch, tag, sha, HEAD~3) without a checkout")
    String rev;

    @Option(names = "--scheme", defaultValue = "seed", paramLabel = "SCHEME",
            description = "seed (ARCH_NO_TASK_ACTIVE_MM) or upstream (MMU_LAZY_TLB_SHOOTDOWN); default: ${DEFAULT-VALUE}")
    String scheme;

    @Option(names = "--arch", split = ",", paramLabel = "ARCH",
            description = "the arches that opt in (default: every arch the model marks eligible)")
    List<String> arches = List.of();

    @Option(names = "--include", paramLabel = "GLOB", description = "scan only paths matching GLOB (repeatable)")
    List<String> includes = List.of();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "skip paths matching GLOB (repeatable)")
    List<String> excludes = List.of();

    @Option(names = "--no-cache",
            description = "neither read nor write the prefilter cache: which files (by git blob id) hold no"
                    + " candidate site, kept in $ACTIVEMM_CACHE_DIR, else $XDG_CACHE_HOME/activemm, else"
                    + " ~/.cache/activemm (safe to delete)")
    boolean noCache;

    /** A scanner with the prefilter cache, unless --no-cache. */
    Scanner scanner(ScanOptions options) {
        if (noCache) {
            return new Scanner(options);
        }
        Path directory = PrefilterCache.directory(System.getenv(), System.getProperty("user.home"));
        return new Scanner(options, PrefilterCache.load(directory.resolve(PrefilterCache.FILE_NAME)));
    }

    /** C sources, headers and assembly, narrowed by --include and --exclude. */
    GlobPathFilter pathFilter() {
        try {
            return new GlobPathFilter(includes, excludes);
        } catch (PatternSyntaxException e) {
            throw new UsageException("bad glob '" + e.getPattern() + "' in --include/--exclude: " + e.getDescription());
        } catch (IllegalArgumentException e) {
            throw new UsageException("bad glob in --include/--exclude: " + e.getMessage());
        }
    }
}
