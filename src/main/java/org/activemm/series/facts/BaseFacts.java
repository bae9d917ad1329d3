package org.activemm.series.facts;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.activemm.sites.ClassifiedFile;
import org.activemm.sites.Finding;

/**
 * What {@link TreeFacts} learns from one walk of a base tree, in a form the
 * {@link BaseFactsCache} stores: the scan's findings, the Kconfig symbols
 * each Kconfig file defines (joined by spaces), the files of each arch that define the
 * shoot-down hook, the headers that define a lazy helper, and what the scan
 * found in the files a later step may judge again unchanged.
 */
public record BaseFacts(List<Finding> findings, Map<String, String> kconfigByFile,
        Map<String, Set<String>> shootDownFilesByArch, Set<String> helperHeaders, List<ClassifiedFile> classified) {

    public BaseFacts {
        findings = List.copyOf(findings);
        kconfigByFile = Map.copyOf(kconfigByFile);
        shootDownFilesByArch = Map.copyOf(shootDownFilesByArch);
        helperHeaders = Set.copyOf(helperHeaders);
        classified = List.copyOf(classified);
    }
}
