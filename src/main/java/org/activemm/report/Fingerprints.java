package org.activemm.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.activemm.sites.Finding;

/**
 * Each finding's line-independent fingerprint: path, function, rule, role and
 * purpose, plus the site's ordinal among findings with those same values. No
 * line numbers, so moving code up or down keeps it; SARIF's
 * {@code partialFingerprints}, JSON's {@code fingerprint} and {@code --baseline} use it.
 */
public final class Fingerprints {
    private final Map<Finding, String> byFinding;

    private Fingerprints(Map<Finding, String> byFinding) {
        this.byFinding = byFinding;
    }

    /** Fingerprints of a whole scan's findings, in their report order (the ordinals depend on it). */
    public static Fingerprints of(List<Finding> findings) {
        Map<String, Integer> ordinals = new HashMap<>();
        Map<Finding, String> byFinding = new IdentityHashMap<>();
        for (Finding f : findings) {
            byFinding.put(f, fingerprint(f, ordinals));
        }
        return new Fingerprints(byFinding);
    }

    public String of(Finding finding) {
        String fingerprint = byFinding.get(finding);
        if (fingerprint == null) {
            throw new IllegalArgumentException("finding not in this scan: " + finding);
        }
        return fingerprint;
    }

    private static String fingerprint(Finding f, Map<String, Integer> ordinals) {
        String key = String.join("\u0000", f.path(), f.function(), f.rule(),
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
