package org.activemm.cli;

import org.activemm.UsageException;
import org.activemm.model.EfiMode;
import org.activemm.model.ModelChecker;

import picocli.CommandLine.Option;

/** The model's size and EFI mode, shared by the model subcommands. */
public final class ModelOptions {
    @Option(names = "--cpus", paramLabel = "N", description = "CPUs in the model, 2 to 4 (default: ${DEFAULT-VALUE}).")
    int cpus = ModelChecker.DEFAULT_CPUS;

    @Option(names = "--efi", paramLabel = "MODE", converter = OptionWords.EfiModes.class,
            completionCandidates = OptionWords.EfiModes.class,
            description = "EFI call: irqs-off (temporary mm, leaves lazy mode first), irqs-on (efi_switch_mm: restores the"
                    + " mm it saved) or irqs-on-fixed (ends with current->mm ?: &init_mm) (default: irqs-off).")
    EfiMode efi = ModelChecker.DEFAULT_EFI;

    int cpus() {
        if (cpus < 2 || cpus > 4) {
            throw new UsageException("--cpus must be 2, 3 or 4, not " + cpus);
        }
        return cpus;
    }
}
