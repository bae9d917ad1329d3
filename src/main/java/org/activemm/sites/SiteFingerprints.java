package org.activemm.sites;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A site's line-independent identity: SARIF's {@code partialFingerprints} and
 * the key under which the HTML checklist remembers a ticked box, so both
 * survive edits elsewhere in the file and a re-generated report.
 */
public final class SiteFingerprints {
    private SiteFingerprints() {
    }

    /** Every finding's fingerprint, counting ordinals in the scan's order. */
    public static Map<Finding, String> of(List<Finding> findings) {
        Map<String, Integer> ordinals = new HashMap<>();
        Map<Finding, String> out = new LinkedHashMap<>();
        findings.forEach(f -> out.put(f, fingerprint(f, ordinals)));
        return out;
    }

    /**
     * Path, function, rule, role and purpose, plus the site's ordinal among
     * findings with those same values: no line numbers, so moving code up or
     * down keeps the fingerprint.
     */
    public static String fingerprint(Finding f, Map<String, Integer> ordinals) {
        String key = String.join("\u0000", f.path(), f.function(), f.ruleId(),
                f.isNote() ? "" : f.role().word(), f.isNote() ? "" : f.purpose().word());
        int ordinal = ordinals.merge(key, 1, Integer::sum);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key + "\u0000" + ordinal).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
