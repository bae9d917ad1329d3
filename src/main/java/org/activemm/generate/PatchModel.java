package org.activemm.generate;

import java.util.LinkedHashMap;
import java.util.Map;

import org.activemm.sites.Scheme;
import org.activemm.sites.rules.SiteFix.Guarded;

/**
 * What a patch's commit-message template is told: plain strings, numbers and
 * lists only, which the templates' {@code SimpleObjectWrapper} exposes.
 */
final class PatchModel {
    private PatchModel() {
    }

    static Map<String, Object> of(PatchStep step, Scheme scheme, WorkingTree tree) {
        Map<String, Object> m = step.arch().map(PatchModel::archModel).orElseGet(LinkedHashMap::new);
        m.put("option", scheme.option());
        if (step.kind() == PatchKind.MEMBER_GUARD) {
            // the message says only what the patch does: which of member and initializer it guards
            m.put("member", guardedIn(step, tree, Guarded.MEMBER));
            m.put("initializer", guardedIn(step, tree, Guarded.INITIALIZER));
        }
        return m;
    }

    private static Map<String, Object> archModel(ArchPlan plan) {
        Map<String, Object> m = SeriesGenerator.archRow(plan);
        m.put("loadedMm", plan.loadedMm());
        return m;
    }

    private static boolean guardedIn(PatchStep step, WorkingTree tree, Guarded what) {
        return tree.done().entrySet().stream().anyMatch(e -> e.getValue().step() == step.id() && e.getValue().edited()
                && SiteEdits.guards(e.getKey(), what));
    }
}
