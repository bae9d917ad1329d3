package org.activemm.generate;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import org.activemm.InputException;
import org.activemm.sites.Finding;
import org.activemm.tree.SourceTree;

/**
 * The files the series edits, read once from the tree, the sites the series
 * took care of (by step) and what was left for hand work.
 */
final class WorkingTree {
    private final SourceTree tree;
    private final Map<String, Optional<EditedFile>> files = new TreeMap<>();
    private final Set<HandWork> handWork = new LinkedHashSet<>();
    private final Map<Finding, Done> done = new LinkedHashMap<>();

    /**
     * How the series took care of a site: in step {@code step}, by an edit,
     * or ({@code edited} false) by finding it already calls a lazy helper.
     */
    record Done(int step, boolean edited) {
    }

    WorkingTree(SourceTree tree) {
        this.tree = tree;
    }

    /** The file, or empty when the tree has none or it is not UTF-8 text. */
    Optional<EditedFile> file(String path) {
        return files.computeIfAbsent(path, p -> {
            try {
                return tree.read(p).map(bytes -> EditedFile.of(p, bytes));
            } catch (IOException e) {
                throw new InputException(tree.name() + ": cannot read " + p + ": " + e.getMessage(), e);
            }
        });
    }

    void leave(HandWork item) {
        handWork.add(item);
    }

    /** {@code site} needs nothing more after step {@code step}. */
    void done(Finding site, int step, boolean edited) {
        done.put(site, new Done(step, edited));
    }

    /** The sites the series took care of. */
    Map<Finding, Done> done() {
        return Collections.unmodifiableMap(done);
    }

    List<HandWork> handWork() {
        return Collections.unmodifiableList(new ArrayList<>(handWork));
    }

    /** The files edited by {@code step}, in path order. */
    List<EditedFile> touchedBy(int step) {
        List<EditedFile> out = new ArrayList<>();
        for (Optional<EditedFile> f : files.values()) {
            f.filter(e -> e.touchedBy(step)).ifPresent(out::add);
        }
        return out;
    }
}
