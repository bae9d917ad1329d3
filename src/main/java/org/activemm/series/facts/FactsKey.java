package org.activemm.series.facts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

import org.activemm.sites.Scheme;

/**
 * What a base's facts depend on: the commit (its tree, blob by blob) and the
 * directory of it that holds the kernel ({@code ""} for the root, else what
 * {@code REV:DIR} names), the scheme and arches the scan judged sites for,
 * and the build of activemm whose rules judged them.
 */
public record FactsKey(String commit, String directory, Scheme scheme, List<String> arches, String build) {

    public FactsKey {
        arches = List.copyOf(arches);
    }

    /** The key for this build of activemm. */
    public static FactsKey of(String commit, String directory, Scheme scheme, List<String> arches) {
        return new FactsKey(commit, directory, scheme, arches, BuildId.current());
    }

    /** One line that names every part, as the cache file's header repeats it. */
    String text() {
        return commit + ":" + directory + " " + scheme.word() + " " + String.join(",", arches) + " " + build;
    }

    /** The cache file's name: the commit, and a checksum of the rest so other arches get their own file. */
    String fileName() {
        CRC32 crc = new CRC32();
        crc.update(text().getBytes(StandardCharsets.UTF_8));
        return commit + "-" + Long.toHexString(crc.getValue()) + ".facts";
    }
}
