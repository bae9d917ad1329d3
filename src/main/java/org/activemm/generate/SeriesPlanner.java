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
import org.activemm.sites.rules.SiteFix.Guarded;

/**
 * Decides the patches of a series and makes their edits on a
 * {@link WorkingTree}: one step per patch, in the order that keeps the series
 * bisectable (core scaffolding, guards, lazy helpers, then per arch the
 * implementation, its bring-up sites and last its {@code select}).
 */
final class SeriesPlanner {
    private static final String IRQS_OFF_ACTIVATE_MM = "ARCH_WANT_IRQS_OFF_ACTIVATE_MM";
    static final String ARCH_KCONFIG = "arch/Kconfig";
    static final String SCHED_MM_H = "include/linux/sched/mm.h";
    static final String SCHED_H = "include/linux/sched.h";
    static final String FORK_C = "kernel/fork.c";
    static final String SCHED_CORE_C = "kernel/sched/core.c";

    private final WorkingTree tree;
    private final Templates templates;
    private final Scheme scheme;
    private final List<Finding> sites;
    private final List<ArchPlan> plans;
    private final SiteEdits siteEdits;
    private final List<PatchStep> steps = new ArrayList<>();
    private final Set<Finding> handled = new HashSet<>();

    SeriesPlanner(WorkingTree tree, Templates templates, Scheme scheme, List<Finding> sites, List<ArchPlan> plans) {
        this.tree = tree;
        this.templates = templates;
        this.scheme = scheme;
        this.sites = sites;
        this.plans = plans;
        this.siteEdits = new SiteEdits(tree, scheme);
    }

    List<PatchStep> plan() {
        boolean hasHelpers = tree.file(SCHED_MM_H).map(f -> contains(f, "mmgrab_lazy_tlb(")).orElse(false);
        if (scheme.addsCoreSupport()) {
            if (tree.file(ARCH_KCONFIG).flatMap(f -> present(Anchors.config(f, scheme.option()))).isPresent()) {
                throw new InputException("the tree already has config " + scheme.option() + "; nothing to scaffold");
            }
            coreHook();
            loadedMmRecord();
            if (hasHelpers) {
                refcountOff();
            } else {
                lazyHelpers();
            }
            lazyConversion();
            int conversion = newStep(PatchKind.RECORD_CONVERSION);
            recordConversion(conversion, Scope.CORE);
            recordConversion(conversion, Scope.DRIVERS);
            memberGuard();
            for (ArchPlan plan : plans) {
                boolean implemented = archShootDown(plan);
                archBringUp(plan);
                archSelect(plan, implemented);
            }
        } else {
            if (!hasHelpers) {
                throw new InputException("scheme upstream needs a tree that has mmgrab_lazy_tlb() in "
                        + SCHED_MM_H + " (Linux 6.2 or later); use --scheme seed");
            }
            lazyConversion();
            for (ArchPlan plan : plans) {
                archSelect(plan, true);
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

    private int newStep(PatchKind kind) {
        return add(kind, Optional.empty());
    }

    private int newStep(PatchKind kind, ArchPlan plan) {
        return add(kind, Optional.of(plan));
    }

    private int add(PatchKind kind, Optional<ArchPlan> plan) {
        int id = steps.size() + 1;
        steps.add(new PatchStep(id, kind, plan));
        return id;
    }

    private void coreHook() {
        int step = newStep(PatchKind.CORE_HOOK);
        Optional<EditedFile> kconfig = tree.file(ARCH_KCONFIG);
        String excluded = scheme.other().option();
        OptionalInt afterShootdown = kconfig.map(f -> Anchors.afterEntry(f, excluded)).orElse(OptionalInt.empty());
        if (afterShootdown.isPresent()) {
            // 6.x exec_mmap() turns interrupts back on before activate_mm() unless this is set,
            // and the record must change together with the loaded mm
            boolean irqsOff = contains(kconfig.get(), "config " + IRQS_OFF_ACTIVATE_MM);
            kconfig.get().insertAfter(step, afterShootdown.getAsInt(),
                    "\n" + render("kconfig/arch-option.ftl", Map.of("option", scheme.option(), "excludes", excluded,
                            "irqsOff", irqsOff ? IRQS_OFF_ACTIVATE_MM : "")).stripTrailing() + "\n");
        } else {
            insertBefore(step, ARCH_KCONFIG, Anchors::closingEndmenu, "kconfig/arch-option.ftl",
                    "add config " + scheme.option() + " (see the series' first patch)");
        }
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
            file.get().insertBefore(step, line.getAsInt(), render(template, Map.of("option", scheme.option(), "excludes", "", "irqsOff", "")));
        } else {
            tree.leave(new HandWork(path, 0, 0, "", "", handWork));
        }
    }

    /** The per-CPU record of the loaded mm and its helpers, which the later patches use instead of the member. */
    private void loadedMmRecord() {
        int step = newStep(PatchKind.LOADED_MM_RECORD);
        insertBefore(step, SCHED_H, Anchors::includeGuardEnd, "c/loaded-mm-read.h.ftl",
                "add current_active_mm(), which reads the per-CPU loaded-mm record (see the series' second patch)");
        insertBefore(step, SCHED_MM_H, Anchors::includeGuardEnd, "c/loaded-mm-record.h.ftl",
                "add the per-CPU loaded-mm record's other helpers (see the series' second patch)");
        Optional<EditedFile> core = tree.file(SCHED_CORE_C);
        if (core.isPresent() && core.get().lineCount() > 0 && core.get().terminated(core.get().lineCount())) {
            core.get().append(step, render("c/loaded-mm-record.c.ftl", Map.of("option", scheme.option())));
        } else {
            tree.leave(new HandWork(SCHED_CORE_C, 0, 0, "", "", "define the per-CPU record cpu_active_mm, initialized to &init_mm"));
        }
    }

    /**
     * Rewrites, function by function, the member's reads and writes in
     * {@code scope} through the record's helpers ({@link LoadedMmRecipe}).
     */
    private void recordConversion(int step, Scope scope) {
        Map<String, List<Finding>> byFunction = new LinkedHashMap<>();
        for (Finding s : sites) {
            if (!handled.contains(s) && s.scope().equals(scope) && (s.role() == Role.READ || s.role() == Role.WRITE)) {
                byFunction.computeIfAbsent(s.path() + "\0" + s.function(), k -> new ArrayList<>()).add(s);
            }
        }
        for (List<Finding> inFunction : byFunction.values()) {
            Finding any = inFunction.get(0);
            Optional<EditedFile> file = tree.file(any.path());
            Optional<LoadedMmRecipe> recipe = file.flatMap(f -> LoadedMmRecipe.of(f, any.function(), any.line()));
            handled.addAll(inFunction);
            if (recipe.isEmpty()) {
                inFunction.forEach(s -> siteEdits.leave(s, "no function body around the site; " + siteEdits.whatToDo(s)));
                continue;
            }
            EditedFile f = file.get();
            Set<Integer> rewritten = new HashSet<>();
            for (Finding s : inFunction) {
                if (!f.terminated(s.line()) || recipe.get().rewrite(f.line(s.line())).isEmpty()) {
                    siteEdits.leave(s, "not a shape the loaded-mm recipe knows; " + siteEdits.whatToDo(s));
                    continue;
                }
                if (rewritten.add(s.line())) {
                    f.change(step, s.line(), text -> recipe.get().rewrite(text).orElse(text));
                }
                tree.done(s, step, true);
            }
            if (!recipe.get().addRecordWrites(step)) {
                tree.leave(new HandWork(any.path(), 0, 0, any.function(), "",
                        "call record_loaded_mm() with the mm this function switches to"));
            }
            if (!rewritten.isEmpty()) {
                includeHelpers(step, f);
            }
        }
    }

    private static final java.util.regex.Pattern RECORD_HELPER = java.util.regex.Pattern.compile(
            "\\b(set_current_active_mm|set_task_active_mm|record_loaded_mm|loaded_mm_switch_begin|idle_task_active_mm|unborrow_mm|wait_for_cpus_leaving_mm)\\(");

    /** A .c file that now calls a helper of <linux/sched/mm.h> includes it. */
    private static void includeHelpers(int step, EditedFile f) {
        include(step, f, RECORD_HELPER, "<linux/sched/mm.h>");
    }

    /** A .c file that now calls {@code uses} includes {@code header}, after its last <linux/...> include. */
    private static void include(int step, EditedFile f, java.util.regex.Pattern uses, String header) {
        if (!f.path().endsWith(".c")) {
            return;
        }
        String after = new String(f.textAfter(step), java.nio.charset.StandardCharsets.UTF_8);
        if (!uses.matcher(after).find() || after.contains("#include " + header)) {
            return;
        }
        int last = 0;
        for (int n = 1; n <= f.lineCount(); n++) {
            if (f.line(n).startsWith("#include <linux/")) {
                last = n;
            }
        }
        if (last > 0 && f.terminated(last)) {
            f.insertAfter(step, last, "#include " + header + "\n");
        }
    }

    private void memberGuard() {
        int step = newStep(PatchKind.MEMBER_GUARD);
        guardByFile(step, s -> SiteEdits.guards(s, Guarded.MEMBER) || SiteEdits.guards(s, Guarded.INITIALIZER));
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
        int step = newStep(PatchKind.LAZY_HELPERS);
        insertBefore(step, SCHED_MM_H, Anchors::includeGuardEnd, "c/lazy-tlb-helpers.h.ftl",
                "add mmgrab_lazy_tlb()/mmdrop_lazy_tlb() that compile out under " + scheme.option());
    }

    /**
     * A 6.x tree has the helpers already: make the seed option turn their
     * references off, next to the shoot-down option that already does.
     */
    private void refcountOff() {
        int step = newStep(PatchKind.LAZY_REFCOUNT_OFF);
        String refcount = Scheme.lazyRefcountOption();
        Optional<EditedFile> file = tree.file(ARCH_KCONFIG);
        OptionalInt config = file.map(f -> Anchors.config(f, refcount)).orElse(OptionalInt.empty());
        if (config.isPresent()) {
            EditedFile f = file.get();
            for (int n = config.getAsInt() + 1; n <= f.lineCount() && !f.line(n).isBlank(); n++) {
                if (f.line(n).strip().equals("depends on !" + scheme.other().option())) {
                    f.change(step, n, text -> text.stripTrailing() + " && !" + scheme.option());
                    return;
                }
            }
        }
        tree.leave(new HandWork(ARCH_KCONFIG, 0, 0, "", "",
                "make " + refcount + " depend on !" + scheme.option()));
    }

    private void lazyConversion() {
        int step = newStep(PatchKind.LAZY_CONVERSION);
        for (Finding s : sites) {
            // bring-up and teardown references are lazy ones too (sched_init(), idle_task_exit(), powerpc);
            // an arch's own go in that arch's bring-up patch when the series has one
            boolean lifecycle = s.purpose() == Purpose.CPU_BRINGUP || s.purpose() == Purpose.CPU_TEARDOWN;
            boolean now = !lifecycle || !scheme.addsCoreSupport() || s.scope().equals(Scope.CORE);
            if (SiteEdits.lazyHelperFits(s) && now && !handled.contains(s)) {
                siteEdits.useLazyHelper(step, s); // leaves the site for hand work when it cannot
                handled.add(s);
            }
        }
    }

    private boolean archShootDown(ArchPlan plan) {
        int step = newStep(PatchKind.ARCH_SHOOTDOWN, plan);
        Optional<EditedFile> file = tree.file(plan.implementationPath());
        if (file.isEmpty() || file.get().lineCount() == 0 || !file.get().terminated(file.get().lineCount())) {
            tree.leave(new HandWork(plan.implementationPath(), 0, 0, "arch_shoot_down_dead_mm", "",
                    "implement arch_shoot_down_dead_mm() (" + plan.strategy().word()
                            + "); the file is missing or does not end with a newline"));
            return false;
        }
        Map<String, Object> model = Map.of("option", scheme.option(), "loadedMm", plan.loadedMm());
        file.get().append(step, render("c/arch-shoot-down-" + plan.strategy().word() + ".c.ftl", model));
        includeHelpers(step, file.get());
        return true;
    }

    private void archBringUp(ArchPlan plan) {
        int step = newStep(PatchKind.ARCH_BRINGUP, plan);
        Scope scope = Scope.arch(plan.arch());
        for (Finding s : sites) {
            if (!handled.contains(s) && s.scope().equals(scope) && (s.role() == Role.GRAB || s.role() == Role.DROP)) {
                siteEdits.useLazyHelper(step, s);
                handled.add(s);
            }
        }
        recordConversion(step, scope);
        // an asm-offsets export that no assembly of the arch reads (the scan finds those reads) goes away
        boolean readInAssembly = sites.stream().anyMatch(s -> s.scope().equals(scope)
                && SiteEdits.guards(s, Guarded.ASM_OFFSET) && !s.path().endsWith("asm-offsets.c"));
        if (!readInAssembly) {
            guardByFile(step, s -> s.scope().equals(scope) && SiteEdits.guards(s, Guarded.ASM_OFFSET)
                    && s.role() == Role.OFFSETOF);
        }
    }

    private void archSelect(ArchPlan plan, boolean implemented) {
        String option = scheme.option();
        if (!implemented) {
            tree.leave(new HandWork(plan.kconfigPath(), 0, 0, "", "",
                    "select " + option + " once arch_shoot_down_dead_mm() is implemented"));
            return;
        }
        if (!scheme.keepsMember() && leftFor(plan)) {
            tree.leave(new HandWork(plan.kconfigPath(), 0, 0, "", "",
                    "select " + option + " once the hand work in core code and arch/" + plan.arch() + " is done"));
            return;
        }
        int step = newStep(PatchKind.ARCH_SELECT, plan);
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

    /**
     * Whether core code, drivers or the arch still have a site no step
     * converted: the member is still used there, so the arch cannot select
     * the seed option yet. (Upstream keeps the member.)
     */
    private boolean leftFor(ArchPlan plan) {
        Scope arch = Scope.arch(plan.arch());
        boolean handWork = tree.handWork().stream().anyMatch(h -> arch.contains(h.path())
                || !h.path().startsWith("arch/") || h.path().equals(ARCH_KCONFIG));
        return handWork || sites.stream().anyMatch(s -> !handled.contains(s) && (s.scope().equals(Scope.CORE)
                || s.scope().equals(Scope.DRIVERS) || s.scope().equals(arch)));
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
        }
    }

    /** The sites the series is about: those that need a change, in core, drivers or an arch being converted. */
    static List<Finding> relevant(List<Finding> findings, List<ArchPlan> plans) {
        Set<Scope> scopes = new HashSet<>(Set.of(Scope.CORE, Scope.DRIVERS));
        plans.forEach(p -> scopes.add(Scope.arch(p.arch())));
        return findings.stream()
                .filter(f -> !f.isNote() && f.status() == Status.NEEDS_CHANGE && scopes.contains(f.scope()))
                .toList();
    }
}
