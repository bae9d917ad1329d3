package org.activemm.series;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jgit.patch.Patch;

/**
 * Reads one mail as {@code git format-patch}, {@code git send-email} and b4
 * write it: RFC 822 headers (folded lines joined, RFC 2047 words decoded),
 * the body up to the {@code ---} line, and the diff from its first
 * {@code diff --git} (or {@code ---}/{@code +++} pair). Never fails: what is
 * missing is left null or empty, for AMC001 to report.
 */
public final class MailParser {
    private static final Pattern TRAILER = Pattern.compile("^([A-Za-z][A-Za-z0-9-]*):\\s*(.*?)\\s*$");
    private static final Pattern BASE_COMMIT = Pattern.compile("^base-commit:\\s*([0-9a-fA-F]{7,64})\\s*$");

    private MailParser() {
    }

    /**
     * A quoted-printable or base64 body is decoded first, so the mail's
     * lines past its headers are the decoded ones (their file lines then
     * count decoded lines).
     */
    public static PatchMail parse(String source, int firstLine, int position, List<String> raw) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Map<String, Integer> headerLines = new LinkedHashMap<>();
        int at = readHeaders(raw, headers, headerLines);
        List<String> lines = new ArrayList<>(raw.subList(0, at));
        lines.addAll(TransferEncoding.decode(first(headers, "content-transfer-encoding"),
                first(headers, "content-type"), raw.subList(at, raw.size())));
        int bodyStart = at;
        int diffStart = diffStart(lines, bodyStart);
        int limit = diffStart < 0 ? lines.size() : diffStart;
        int separator = -1;
        for (int i = bodyStart; i < limit; i++) {
            if (lines.get(i).equals("---") || lines.get(i).equals("---\r")) {
                separator = i;
                break;
            }
        }
        int bodyEnd = separator >= 0 ? separator : limit;
        String baseCommit = null;
        int baseCommitLine = -1;
        for (int i = bodyStart; i < lines.size(); i++) {
            Matcher m = BASE_COMMIT.matcher(lines.get(i));
            if (m.matches()) {
                baseCommit = m.group(1).toLowerCase(Locale.ROOT);
                baseCommitLine = i;
            }
        }
        String subject = first(headers, "subject");
        return new PatchMail(source, firstLine, position, lines, first(headers, "from"), first(headers, "date"),
                subject, headerLines.getOrDefault("subject", 0), addresses(headers.get("to")), addresses(headers.get("cc")),
                subject == null ? null : Numbering.of(subject).orElse(null), bodyStart, bodyEnd, separator >= 0,
                trailers(lines, bodyStart, bodyEnd, firstLine), baseCommit, baseCommitLine, diffStart,
                diffStart < 0 ? null : diff(lines, diffStart));
    }

    /**
     * Reads the header block into {@code headers} (lower-case names) and the
     * line each name first appears on into {@code headerLines}; returns the body's first line.
     */
    private static int readHeaders(List<String> lines, Map<String, List<String>> headers,
            Map<String, Integer> headerLines) {
        int i = 0;
        if (!lines.isEmpty() && lines.get(0).startsWith("From ")) {
            i = 1; // the mbox separator line
        }
        String name = null;
        StringBuilder value = new StringBuilder();
        for (; i < lines.size(); i++) {
            String line = stripCr(lines.get(i));
            if (line.isEmpty()) {
                i++;
                break;
            }
            if ((line.startsWith(" ") || line.startsWith("\t")) && name != null) {
                value.append(' ').append(line.strip());
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0 || line.substring(0, colon).contains(" ")) {
                break; // not a header: the body starts without a blank line
            }
            put(headers, name, value);
            name = line.substring(0, colon).toLowerCase(Locale.ROOT);
            headerLines.putIfAbsent(name, i);
            value = new StringBuilder(line.substring(colon + 1).strip());
        }
        put(headers, name, value);
        return Math.min(i, lines.size());
    }

    private static void put(Map<String, List<String>> headers, String name, StringBuilder value) {
        if (name != null) {
            headers.computeIfAbsent(name, k -> new ArrayList<>()).add(EncodedWords.decode(value.toString()));
        }
    }

    private static String first(Map<String, List<String>> headers, String name) {
        List<String> values = headers.get(name);
        return values == null ? null : values.get(0);
    }

    /** The addresses of every To: or Cc: header, split at top-level commas. */
    private static List<String> addresses(List<String> values) {
        List<String> out = new ArrayList<>();
        if (values == null) {
            return out;
        }
        for (String value : values) {
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            int angle = 0;
            for (char c : value.toCharArray()) {
                if (c == '"') {
                    quoted = !quoted;
                } else if (!quoted && c == '<') {
                    angle++;
                } else if (!quoted && c == '>') {
                    angle--;
                } else if (!quoted && angle == 0 && c == ',') {
                    addAddress(out, current);
                    current = new StringBuilder();
                    continue;
                }
                current.append(c);
            }
            addAddress(out, current);
        }
        return out;
    }

    private static void addAddress(List<String> out, StringBuilder address) {
        String a = address.toString().strip();
        if (!a.isEmpty()) {
            out.add(a);
        }
    }

    /** The first line of the diff: {@code diff --git}, or a {@code ---} line followed by {@code +++}; -1 for none. */
    private static int diffStart(List<String> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("diff --git ")
                    || line.startsWith("--- ") && i + 1 < lines.size() && lines.get(i + 1).startsWith("+++ ")) {
                return i;
            }
        }
        return -1;
    }

    /** The trailers: {@code Key: value} lines of the body's last paragraph. */
    private static List<Trailer> trailers(List<String> lines, int bodyStart, int bodyEnd, int firstLine) {
        int end = bodyEnd;
        while (end > bodyStart && stripCr(lines.get(end - 1)).isBlank()) {
            end--;
        }
        int start = end;
        while (start > bodyStart && !stripCr(lines.get(start - 1)).isBlank()) {
            start--;
        }
        List<Trailer> out = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Matcher m = TRAILER.matcher(stripCr(lines.get(i)));
            if (m.matches()) {
                out.add(new Trailer(m.group(1), m.group(2), firstLine + i));
            }
        }
        return out;
    }

    private static Patch diff(List<String> lines, int diffStart) {
        byte[] bytes = String.join("\n", lines.subList(diffStart, lines.size())).concat("\n")
                .getBytes(StandardCharsets.UTF_8);
        Patch patch = new Patch();
        try {
            patch.parse(bytes, 0, bytes.length);
        } catch (RuntimeException e) {
            return null; // a diff JGit cannot read at all: AMC001 reports the mail as without a diff
        }
        return patch;
    }

    static String stripCr(String line) {
        return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
    }

    /** The lines of UTF-8 bytes, without their {@code \n}; a last line without one counts. */
    public static List<String> lines(byte[] content) {
        String text = new String(content, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
