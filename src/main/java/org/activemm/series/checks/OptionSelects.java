package org.activemm.series.checks;

import java.util.ArrayList;
import java.util.List;

import org.activemm.series.AddedLine;
import org.activemm.series.Step;
import org.activemm.series.TouchedFile;
import org.activemm.sites.Scheme;
import org.activemm.sites.Scope;

/** The lines of one patch where an arch's Kconfig starts to {@code select} the scheme's option. */
final class OptionSelects {
    /** One such line: the arch, the Kconfig file and the added line. */
    record Select(String arch, String path, AddedLine line) {
    }

    private OptionSelects() {
    }

    static List<Select> in(Step step, Scheme scheme) {
        List<Select> out = new ArrayList<>();
        for (TouchedFile file : step.touched()) {
            String arch = Scope.of(file.path()).arch();
            String name = file.path().substring(file.path().lastIndexOf('/') + 1);
            if (arch.isEmpty() || file.deleted() || !name.startsWith("Kconfig")) {
                continue;
            }
            for (AddedLine line : file.added()) {
                String[] words = line.text().trim().split("\\s+");
                if (words.length >= 2 && words[0].equals("select") && words[1].equals(scheme.option())) {
                    out.add(new Select(arch, file.path(), line));
                }
            }
        }
        return out;
    }
}
