package org.activemm.generate;

import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Keeps a write of the per-CPU record of the loaded mm and the switch of the
 * mm it describes in one interrupts-off section. A shootdown IPI reads the
 * record: arriving between the two, it would find a CPU whose record and
 * loaded page tables disagree, and either skip a CPU that still has the dying
 * mm loaded or switch a CPU away from the mm it has just loaded.
 *
 * <p>The section is {@code loaded_mm_switch_begin()}/{@code loaded_mm_switch_end()}
 * of {@code c/loaded-mm-record.h.ftl}: interrupts saved and restored under the
 * option (a firmware call may come with interrupts off), nothing without it.
 * Lines are the file's original lines; a function's braces are at column 0.
 */
final class IrqsOffSwitch {
    private static final Pattern OFF = Pattern.compile("^\\s*local_irq_(disable\\(\\)|save\\()");
    private static final Pattern ON = Pattern.compile("^\\s*local_irq_(enable\\(\\)|restore\\()");
    /**
     * 6.x exec_mmap() turns interrupts back on before activate_mm() only when
     * this is off; the series' option selects it wherever the tree has it.
     */
    private static final String KEPT_OFF = "!IS_ENABLED(CONFIG_ARCH_WANT_IRQS_OFF_ACTIVATE_MM)";
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s+(const\\s+|static\\s+)*(struct\\s+\\w+|unsigned|signed|int|long|bool|char|u8|u16|u32|u64|efi_\\w+_t)\\b[^(]*(=.*)?;\\s*$");

    private IrqsOffSwitch() {
    }

    /**
     * Makes original lines {@code from}..{@code to} (one block of one
     * function) run with interrupts off, unless they already do. Returns false
     * when they are not in one block.
     */
    static boolean ensure(EditedFile f, int step, int from, int to) {
        OptionalInt open = openingBrace(f, from);
        if (open.isEmpty() || !oneBlock(f, open.getAsInt(), from, to)) {
            return false;
        }
        if (alreadyOff(f, open.getAsInt(), from, to)) {
            return true;
        }
        int brace = open.getAsInt();
        String flags = mentions(f, brace, "flags") ? "irqflags" : "flags";
        boolean declarations = DECLARATION.matcher(f.line(brace + 1)).matches();
        f.insertAfter(step, brace, "\tunsigned long " + flags + ";\n" + (declarations ? "" : "\n"));
        String indent = indent(f.line(from));
        f.insertBefore(step, from, indent + flags + " = loaded_mm_switch_begin();\n");
        f.insertAfter(step, to, indent + "loaded_mm_switch_end(" + flags + ");\n");
        return true;
    }

    /** The line holding the opening brace of the function around line {@code n}. */
    private static OptionalInt openingBrace(EditedFile f, int n) {
        for (int k = n; k >= 1; k--) {
            if (f.line(k).startsWith("}")) {
                return OptionalInt.empty();
            }
            if (f.line(k).startsWith("{")) {
                return OptionalInt.of(k);
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code from} and {@code to} sit at one brace depth that the lines between never leave. */
    private static boolean oneBlock(EditedFile f, int brace, int from, int to) {
        int depth = 0;
        int start = -1;
        for (int k = brace; k <= to; k++) {
            if (k == from) {
                start = depth;
            }
            for (char c : f.line(k).toCharArray()) {
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                if (start >= 0 && depth < start) {
                    return false;
                }
            }
        }
        return start >= 0 && depth == start;
    }

    /** Whether interrupts are off from line {@code from} to {@code to}, by the local_irq_* calls of the function. */
    private static boolean alreadyOff(EditedFile f, int brace, int from, int to) {
        boolean off = false;
        for (int k = brace + 1; k <= to; k++) {
            if (k >= from && !off) {
                return false;
            }
            String prev = f.line(k - 1).strip();
            boolean conditional = prev.startsWith("if ") || prev.startsWith("if(");
            if (OFF.matcher(f.line(k)).find() && !conditional) {
                off = true;
            } else if (ON.matcher(f.line(k)).find() && !(conditional && prev.contains(KEPT_OFF))) {
                off = false;
            }
        }
        return off;
    }

    private static boolean mentions(EditedFile f, int brace, String word) {
        Pattern p = Pattern.compile("\\b" + word + "\\b");
        for (int k = brace; k <= f.lineCount() && !f.line(k).startsWith("}"); k++) {
            if (p.matcher(f.line(k)).find()) {
                return true;
            }
        }
        return false;
    }

    static String indent(String line) {
        return line.substring(0, line.length() - line.stripLeading().length());
    }
}
