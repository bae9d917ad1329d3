package org.activemm.series.checks;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.activemm.lex.LexMemo;
import org.activemm.lex.LexedFile;
import org.activemm.series.PatchSeries;
import org.activemm.series.Step;
import org.activemm.series.facts.BaseFactsCache;
import org.activemm.sites.Scanner;
import org.activemm.sites.Scheme;

/**
 * What every check of one run may read: the series, every step (already
 * applied), the base commit the steps start from, the scheme and arches the
 * series converts, a scanner for them (with the prefilter cache), the cache
 * of base facts, and the
 * {@code --exec} command. Checks keep what they carry from step to step in
 * {@link #state}; the run closes what is {@link AutoCloseable} there at its end.
 * Checks lex a step's file through {@link #lexed}, so a file several checks
 * read is lexed once.
 *
 * @param repository the git repository the base commit is read from (TREE)
 * @param baseCommit the full id of the commit the series is applied to
 * @param baseDirectory the directory of that commit that holds the kernel ({@code REV:DIR}), {@code ""} for the root
 * @param exec the {@code --exec} command, or null
 */
public record CheckContext(PatchSeries series, List<Step> steps, Path repository, String baseCommit,
        String baseDirectory, Scheme scheme, List<String> arches, Scanner scanner, BaseFactsCache factsCache, String exec,
        Map<Class<?>, Object> states) {
    /**
     * Source bytes of lexed files the run keeps: a few patches' worth of touched
     * files, not a whole kernel (a lexed file takes about 8 times its size).
     */
    private static final long LEXED_BYTES = 4 << 20;

    public CheckContext {
        steps = List.copyOf(steps);
        arches = List.copyOf(arches);
    }

    public CheckContext(PatchSeries series, List<Step> steps, Path repository, String baseCommit,
            String baseDirectory, Scheme scheme, List<String> arches, Scanner scanner, BaseFactsCache factsCache,
            String exec) {
        this(series, steps, repository, baseCommit, baseDirectory, scheme, arches, scanner, factsCache, exec,
                new LinkedHashMap<>());
    }

    /** A context without a facts cache: the base is walked. */
    public CheckContext(PatchSeries series, List<Step> steps, Path repository, String baseCommit, Scheme scheme,
            List<String> arches, Scanner scanner, String exec) {
        this(series, steps, repository, baseCommit, "", scheme, arches, scanner, BaseFactsCache.disabled(), exec);
    }

    /** This run's instance of a check's state, made on first use. */
    public <T> T state(Class<T> type, Supplier<T> create) {
        return type.cast(states.computeIfAbsent(type, k -> create.get()));
    }

    /** A file's tokens at some step (assembly for {@code .S}), lexed once per distinct content in this run. */
    public LexedFile lexed(String path, byte[] content) {
        return state(LexMemo.class, CheckContext::newLexMemo).lex(path, content);
    }

    /** A memo of the size a run keeps, for a run that shares it with its scanner. */
    static LexMemo newLexMemo() {
        return new LexMemo(LEXED_BYTES);
    }

    /** Closes every state that holds resources (the --exec scratch tree); the first failure is rethrown. */
    void closeStates() throws Exception {
        Exception first = null;
        for (Object state : states.values()) {
            if (state instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
