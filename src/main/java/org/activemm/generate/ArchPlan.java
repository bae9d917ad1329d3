package org.activemm.generate;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import org.activemm.UsageException;
import org.activemm.model.Strategy;

/**
 * What the generator needs to know about one arch that opts in, built by the
 * caller from the model.
 *
 * @param arch               the {@code arch/<name>} folder, e.g. {@code x86}
 * @param strategy           the strategy {@code arch_shoot_down_dead_mm()} implements
 * @param verdicts           the model's verdict for every strategy it checked
 * @param variantsToBootTest paravirt variants a reviewer must boot, e.g. {@code x86+hyperv}
 * @param kconfigPath        where the {@code select} goes, e.g. {@code arch/x86/Kconfig}
 * @param implementationPath the C file that gets {@code arch_shoot_down_dead_mm()}, e.g. {@code arch/x86/mm/tlb.c}
 * @param loadedMm           the arch's per-CPU loaded mm as a C expression
 *                           (x86: {@code this_cpu_read(cpu_tlbstate.loaded_mm)})
 */
public record ArchPlan(String arch, Strategy strategy, List<StrategyVerdict> verdicts,
        List<String> variantsToBootTest, String kconfigPath, String implementationPath,
        String loadedMm) {

    private static final Pattern ARCH_NAME = Pattern.compile("[a-z0-9][a-z0-9_]*");

    public ArchPlan {
        Objects.requireNonNull(strategy, "strategy");
        if (arch == null || !ARCH_NAME.matcher(arch).matches()) {
            throw new UsageException("not an arch name: '" + arch + "'");
        }
        kconfigPath = treePath("Kconfig path", kconfigPath);
        implementationPath = treePath("implementation path", implementationPath);
        verdicts = List.copyOf(verdicts);
        variantsToBootTest = List.copyOf(variantsToBootTest);
        loadedMm = loadedMm == null ? "" : loadedMm.strip();
    }

    /** A path inside the tree: relative, {@code /}-separated, no {@code .} or {@code ..} parts. */
    private static String treePath(String what, String path) {
        if (path == null || path.isEmpty() || path.startsWith("/")
                || Arrays.stream(path.split("/", -1)).anyMatch(p -> p.isEmpty() || p.equals(".") || p.equals(".."))) {
            throw new UsageException("not a path inside the tree (" + what + "): '" + path + "'");
        }
        return path;
    }

    /** The verdict for the chosen strategy, or null when the model did not check it. */
    public StrategyVerdict chosenVerdict() {
        return verdicts.stream().filter(v -> v.strategy() == strategy).findFirst().orElse(null);
    }
}
