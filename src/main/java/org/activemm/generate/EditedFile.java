package org.activemm.generate;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One file of the tree with the edits of every patch of the series, kept
 * against the ORIGINAL line numbers (the ones the scan reported), so that a
 * later patch can still address a line by its finding after an earlier patch
 * inserted lines above it. {@link #textAfter(int)} gives the file as it is
 * after a given patch.
 */
final class EditedFile {

    private record Insert(int step, String text) {
    }

    private record Change(int step, UnaryOperator<String> edit) {
    }

    private final String path;
    private final byte[] original;
    /** Each line's content without its terminator; terminators kept apart so edits never touch them. */
    private final List<String> lines = new ArrayList<>();
    private final List<String> terminators = new ArrayList<>();
    private final List<List<Insert>> before = new ArrayList<>();
    private final List<List<Insert>> after = new ArrayList<>();
    private final List<List<Change>> changes = new ArrayList<>();
    private final List<Insert> atEnd = new ArrayList<>();

    private EditedFile(String path, byte[] original, String text) {
        this.path = path;
        this.original = original.clone();
        // lines end as the scan's lexer ends them: LF, CR LF, or a lone CR (as gcc reads it)
        int start = 0;
        int length = text.length();
        while (start < length) {
            int end = start;
            while (end < length && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
                end++;
            }
            int next = end == length ? end
                    : text.charAt(end) == '\r' && end + 1 < length && text.charAt(end + 1) == '\n' ? end + 2 : end + 1;
            lines.add(text.substring(start, end));
            terminators.add(text.substring(end, next));
            start = next;
        }
        for (int i = 0; i < lines.size(); i++) {
            before.add(new ArrayList<>());
            after.add(new ArrayList<>());
            changes.add(new ArrayList<>());
        }
    }

    /** The file, or null when its bytes are not UTF-8 text (such a file is left for hand work). */
    public static EditedFile of(String path, byte[] bytes) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
            return new EditedFile(path, bytes, text);
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    public String path() {
        return path;
    }

    public byte[] original() {
        return original.clone();
    }

    public int lineCount() {
        return lines.size();
    }

    /** Line {@code n} (1-based) as the scan saw it, without its terminator. */
    public String line(int n) {
        return lines.get(n - 1);
    }

    /** Whether line {@code n} ends with a line terminator (the last line may not). */
    public boolean terminated(int n) {
        return !terminators.get(n - 1).isEmpty();
    }

    /** Inserts {@code text} (whole lines, each ending in \n) before original line {@code n}. */
    public void insertBefore(int step, int n, String text) {
        before.get(n - 1).add(new Insert(step, text));
    }

    /** Inserts {@code text} (whole lines, each ending in \n) after original line {@code n}. */
    public void insertAfter(int step, int n, String text) {
        if (!terminated(n)) {
            throw new IllegalStateException(path + ":" + n + " has no line terminator");
        }
        after.get(n - 1).add(new Insert(step, text));
    }

    /** Appends {@code text} at the end of the file; the file must end with a line terminator. */
    public void append(int step, String text) {
        if (!lines.isEmpty() && !terminated(lines.size())) {
            throw new IllegalStateException(path + " does not end with a newline");
        }
        atEnd.add(new Insert(step, text));
    }

    /** Rewrites the content of original line {@code n}; several rewrites compose in step order. */
    public void change(int step, int n, UnaryOperator<String> edit) {
        changes.get(n - 1).add(new Change(step, edit));
    }

    /** Whether any edit belongs to {@code step}. */
    public boolean touchedBy(int step) {
        return atEnd.stream().anyMatch(i -> i.step == step)
                || before.stream().flatMap(List::stream).anyMatch(i -> i.step == step)
                || after.stream().flatMap(List::stream).anyMatch(i -> i.step == step)
                || changes.stream().flatMap(List::stream).anyMatch(c -> c.step == step);
    }

    /** The file's bytes once the edits of steps 1..{@code step} are applied (step 0: the original). */
    public byte[] textAfter(int step) {
        if (step == 0) {
            return original.clone();
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            inserts(out, before.get(i), step);
            String content = lines.get(i);
            for (Change c : changes.get(i)) {
                if (c.step <= step) {
                    content = c.edit.apply(content);
                }
            }
            out.append(content).append(terminators.get(i));
            inserts(out, after.get(i), step);
        }
        inserts(out, atEnd, step);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void inserts(StringBuilder out, List<Insert> inserts, int step) {
        for (Insert i : inserts) {
            if (i.step <= step) {
                out.append(i.text);
            }
        }
    }
}
