package org.activemm.generate;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.activemm.InputException;
import org.activemm.UsageException;
import org.activemm.model.SchemeStrategy;
import org.activemm.model.Strategy;
import org.activemm.sites.Finding;
import org.activemm.sites.Purpose;
import org.activemm.sites.Role;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;
import org.activemm.sites.Status;

/**
 * Decides the patches of a series and makes their edits on a
 * {@link WorkingTree}: one step per patch, in the order that keeps the series
 * bisectable (core scaffolding, guards, lazy helpers, then per arch the
 * implementation, its bring-up sites and last its {@code select}).
 */
final class SeriesPlanner {
    static final String SEED_OPTION = "ARCH_NO_TASK_ACTIVE_MM";
    static final String UPSTREAM_OPTION = "MMU_LAZY_TLB_SHOOTDOWN";
    static final String ARCH_KCONFIG = "arch/Kconfig";
    static final String SCHED_MM_H = "include/linux/sched/mm.h";
    static final String FORK_C = "kernel/fork.c";
    private static final String REFCOUNT_DEPENDS = "depends on !MMU_LAZY_TLB_SHOOTDOWN";

    /** One patch: its template under {@code patch/} and what the template is told. */
    record Step(int id, String template, Map<String, Object> model) {
    }

    private final WorkingTree tree;
    private final Templates templates;
    private final Scheme scheme;
    private final List<Finding> sites;
    private final List<ArchPlan> plans;
    private final SiteEdits siteEdits;
    private final List<Step> steps = new ArrayList<>();
    private final Set<Finding> handled = new HashSet<>();

    SeriesPlanner(WorkingTree tree, Templates templates, Scheme scheme, List<Finding> sites, List<ArchPlan> plans) {
        this.tree = tree;
        this.templates = templates;
        this.scheme = scheme;
        this.sites = sites;
        this.plans = plans;
        this.siteEdits = new SiteEdits(tree, "CONFIG_" + SEED_OPTION, scheme);
    }

    List<Step> plan() {
        boolean hasHelpers = tree.file(SCHED_MM_H).map(f -> contains(f, "mmgrab_lazy_tlb(")).orElse(false);
        if (scheme == Scheme.SEED) {
            if (tree.file(ARCH_KCONFIG).flatMap(f -> present(Anchors.config(f, SEED_OPTION))).isPresent()) {
                throw new InputException("the tree already has config " + SEED_OPTION + "; nothing to scaffold");
            }
            coreHook();
            memberGuard();
            if (hasHelpers) {
                refcountOff();
            } else {
                lazyHelpers();
            }
            lazyConversion();
            for (ArchPlan plan : plans) {
                boolean implemented = archShootDown(plan);
                archBringUp(plan);
                archSelect(plan, SEED_OPTION, implemented);
            }
        } else {
            if (!hasHelpers) {
                throw new InputException("scheme upstream needs a tree that has mmgrab_lazy_tlb() in "
                        + SCHED_MM_H + " (Linux 6.2 or later); use --scheme seed");
            }
            lazyConversion();
            for (ArchPlan plan : plans) {
                archSelect(plan, UPSTREAM_OPTION, true);
            }
        }
        for (Finding s : sites) {
            if (!handled.contains(s)) {
                siteEdits.leave(s, siteEdits.whatToDo(s));
            }
        }
        return steps;
    }

    private static Optional<Integer> present(OptionalInt n) {
        return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
    }

    private static boolean contains(EditedFile f, String text) {
        for (int n = 1; n <= f.lineCount(); n++) {
            if (f.line(n).contains(text)) {
                return true;
            }
        }
        return false;
    }

    private int newStep(String template, Map<String, Object> model) {
        int id = steps.size() + 1;
        steps.add(new Step(id, template, model));
        return id;
    }

    private void coreHook() {
        int step = newStep("core-hook", Map.of("option", SEED_OPTION));
        insertBefore(step, ARCH_KCONFIG, Anchors::closingEndmenu, "kconfig/arch-option.ftl",
                "add config " + SEED_OPTION + " (see the series' first patch)");
        insertBefore(step, SCHED_MM_H, Anchors::includeGuardEnd, "c/shoot-down-decl.h.ftl",
                "declare arch_shoot_down_dead_mm() and its empty fallback");
        Optional<EditedFile> fork = tree.file(FORK_C);
        OptionalInt exitMmap = fork.map(Anchors::exitMmapInMmput).orElse(OptionalInt.empty());
        if (exitMmap.isPresent()) {
            EditedFile f = fork.get();
            String line = f.line(exitMmap.getAsInt());
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            f.insertAfter(step, exitMmap.getAsInt(), render("c/mmput-hook.c.ftl", Map.of("indent", indent)));
        } else {
            tree.leave(new HandWork(FORK_C, 0, 0, "__mmput", "", "call arch_shoot_down_dead_mm(mm) right after exit_mmap(mm)"));
        }
    }

    private void insertBefore(int step, String path, Function<EditedFile, OptionalInt> anchor,
            String template, String handWork) {
        Optional<EditedFile> file = tree.file(path);
        OptionalInt line = file.map(anchor).orElse(OptionalInt.empty());
        if (line.isPresent()) {
            file.get().insertBefore(step, line.getAsInt(), render(template, Map.of("option", SEED_OPTION)));
        } else {
            tree.leave(new HandWork(path, 0, 0, "", "", handWork));
        }
    }

    /** The message says only what the patch does: which of member, initializer, bring-up, teardown it guards. */
    private void memberGuard() {
        int id = steps.size() + 1; // the step newStep() adds below: its text depends on what the guarding did
        guardByFile(id, s -> s.rule().equals("AMM001") || s.rule().equals("AMM002")
                || (s.rule().equals("AMM005") && s.scope().equals(Scope.CORE)));
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("option", SEED_OPTION);
        model.put("member", doneIn(id, s -> s.rule().equals("AMM001")));
        model.put("initializer", doneIn(id, s -> s.rule().equals("AMM002")));
        model.put("bringUp", doneIn(id, s -> s.rule().equals("AMM005") && s.purpose() == Purpose.CPU_BRINGUP));
        model.put("teardown", doneIn(id, s -> s.rule().equals("AMM005") && s.purpose() == Purpose.CPU_TEARDOWN));
        newStep("member-guard", model);
    }

    private boolean doneIn(int step, Predicate<Finding> which) {
        return tree.done().entrySet().stream().anyMatch(e -> e.getValue().step() == step && e.getValue().edited()
                && which.test(e.getKey()));
    }

    private void guardByFile(int step, Predicate<Finding> which) {
        Map<String, List<Finding>> byFile = new LinkedHashMap<>();
        for (Finding s : sites) {
            if (which.test(s) && !handled.contains(s)) {
                byFile.computeIfAbsent(s.path(), p -> new ArrayList<>()).add(s);
            }
        }
        byFile.forEach((path, list) -> {
            siteEdits.guard(step, path, list);
            handled.addAll(list);
        });
    }

    private void lazyHelpers() {
        int step = newStep("lazy-helpers", Map.of("option", SEED_OPTION));
        insertBefore(step, SCHED_MM_H, Anchors::includeGuardEnd, "c/lazy-tlb-helpers.h.ftl",
                "add mmgrab_lazy_tlb()/mmdrop_lazy_tlb() that compile out under " + SEED_OPTION);
    }

    /** A 6.x tree has the helpers already: make the seed option turn their references off. */
    private void refcountOff() {
        int step = newStep("lazy-refcount-off", Map.of("option", SEED_OPTION));
        Optional<EditedFile> file = tree.file(ARCH_KCONFIG);
        OptionalInt config = file.map(f -> Anchors.config(f, "MMU_LAZY_TLB_REFCOUNT")).orElse(OptionalInt.empty());
        if (config.isPresent()) {
            EditedFile f = file.get();
            for (int n = config.getAsInt() + 1; n <= f.lineCount() && !f.line(n).isBlank(); n++) {
                if (f.line(n).strip().equals(REFCOUNT_DEPENDS)) {
                    f.change(step, n, text -> text.stripTrailing() + " && !" + SEED_OPTION);
                    return;
                }
            }
        }
        tree.leave(new HandWork(ARCH_KCONFIG, 0, 0, "", "",
                "make MMU_LAZY_TLB_REFCOUNT depend on !" + SEED_OPTION));
    }

    private void lazyConversion() {
        int step = newStep("lazy-conversion", Map.of("option", scheme == Scheme.SEED ? SEED_OPTION : UPSTREAM_OPTION));
        for (Finding s : sites) {
            // upstream counts bring-up and teardown references as lazy ones too (sched_init(), powerpc)
            boolean lifecycleReference = scheme == Scheme.UPSTREAM && s.rule().equals("AMM005")
                    && (s.role() == Role.GRAB || s.role() == Role.DROP);
            if ((s.rule().equals("AMM004") || lifecycleReference) && !handled.contains(s)) {
                siteEdits.useLazyHelper(step, s); // leaves the site for hand work when it cannot
                handled.add(s);
            }
        }
    }

    private boolean archShootDown(ArchPlan plan) {
        int step = newStep("arch-shootdown", archModel(plan, SEED_OPTION));
        Optional<EditedFile> file = tree.file(plan.implementationPath());
        if (file.isEmpty() || file.get().lineCount() == 0 || !file.get().terminated(file.get().lineCount())) {
            tree.leave(new HandWork(plan.implementationPath(), 0, 0, "arch_shoot_down_dead_mm", "",
                    "implement arch_shoot_down_dead_mm() (" + plan.strategy().word()
                            + "); the file is missing or does not end with a newline"));
            return false;
        }
        Map<String, Object> model = Map.of("option", SEED_OPTION, "loadedMm", plan.loadedMm());
        file.get().append(step, render("c/arch-shoot-down-" + plan.strategy().word() + ".c.ftl", model));
        return true;
    }

    private void archBringUp(ArchPlan plan) {
        int step = newStep("arch-bringup", archModel(plan, SEED_OPTION));
        String scope = "arch/" + plan.arch();
        guardByFile(step, s -> s.rule().equals("AMM005") && s.scope().equals(scope));
    }

    private void archSelect(ArchPlan plan, String option, boolean implemented) {
        if (!implemented) {
            tree.leave(new HandWork(plan.kconfigPath(), 0, 0, "", "",
                    "select " + option + " once arch_shoot_down_dead_mm() is implemented"));
            return;
        }
        int step = newStep("arch-select", archModel(plan, option));
        Optional<EditedFile> file = tree.file(plan.kconfigPath());
        OptionalInt config = file.map(Anchors::mainArchConfig).orElse(OptionalInt.empty());
        if (config.isEmpty()) {
            tree.leave(new HandWork(plan.kconfigPath(), 0, 0, "", "", "select " + option + " in the arch's config entry"));
            return;
        }
        EditedFile f = file.get();
        List<Integer> selects = Anchors.selects(f, config.getAsInt());
        for (int n : selects) {
            if (Anchors.selected(f, n).equals(option)) {
                return;
            }
        }
        for (int n : selects) {
            if (Anchors.selected(f, n).compareTo(option) > 0) {
                f.insertBefore(step, n, render("kconfig/select.ftl",
                        Map.of("indent", Anchors.selectIndent(f, n), "option", option)));
                return;
            }
        }
        int last = selects.get(selects.size() - 1);
        f.insertAfter(step, last, render("kconfig/select.ftl",
                Map.of("indent", Anchors.selectIndent(f, last), "option", option)));
    }

    private static Map<String, Object> archModel(ArchPlan plan, String option) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("option", option);
        m.put("arch", plan.arch());
        m.put("strategy", plan.strategy().word());
        StrategyVerdict v = plan.chosenVerdict();
        m.put("safe", v != null && v.safe());
        m.put("brokenProperty", v == null ? "" : v.brokenProperty());
        m.put("counterexample", v == null ? "" : v.counterexample());
        m.put("costs", v == null ? "" : v.costs());
        m.put("loadedMm", plan.loadedMm());
        m.put("variants", plan.variantsToBootTest());
        return m;
    }

    private String render(String template, Map<String, ?> model) {
        return templates.render(template, model);
    }

    /** Refuses plans the generator cannot or must not turn into code. */
    static void check(Scheme scheme, List<ArchPlan> plans, boolean unsafeOk) {
        if (plans.isEmpty()) {
            throw new UsageException("no arch to convert (use --arch)");
        }
        Set<String> seen = new HashSet<>();
        for (ArchPlan plan : plans) {
            if (!seen.add(plan.arch())) {
                throw new UsageException("arch " + plan.arch() + " is named twice");
            }
            if (plan.strategy() == Strategy.REFCOUNT) {
                throw new UsageException("arch " + plan.arch() + ": strategy refcount keeps the lazy references;"
                        + " there is nothing to generate");
            }
            if (!SchemeStrategy.applies(scheme, plan.strategy())) {
                throw new UsageException("arch " + plan.arch() + ": scheme upstream shoots lazy CPUs down through"
                        + " mm_cpumask (ipi-cpumask), not " + plan.strategy().word());
            }
            StrategyVerdict v = plan.chosenVerdict();
            if (!unsafeOk && (v == null || !v.safe())) {
                throw new UsageException("arch " + plan.arch() + ": strategy " + plan.strategy().word()
                        + (v == null ? " has no verdict from the model"
                                : " is unsafe (breaks " + v.brokenProperty() + "): " + v.counterexample())
                        + "; use --unsafe-ok to generate it anyway");
            }
            if (scheme == Scheme.SEED && plan.loadedMm().isEmpty() && plan.strategy() != Strategy.IPI_SCAN) {
                throw new UsageException("arch " + plan.arch() + ": the model gives no loaded-mm expression for "
                        + plan.strategy().word() + " (ipi-scan needs none);"
                        + " arch_shoot_down_dead_mm() cannot be generated");
            }
        }
    }

    /** The sites the series is about: those that need a change, in core, drivers or an arch being converted. */
    static List<Finding> relevant(List<Finding> findings, List<ArchPlan> plans) {
        Set<String> scopes = new HashSet<>(Set.of(Scope.CORE, Scope.DRIVERS));
        plans.forEach(p -> scopes.add("arch/" + p.arch()));
        return findings.stream()
                .filter(f -> !f.isNote() && f.status() == Status.NEEDS_CHANGE && scopes.contains(f.scope()))
                .toList();
    }
}
