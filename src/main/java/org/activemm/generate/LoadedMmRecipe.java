package org.activemm.generate;

import java.util.HashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rewrites the uses of {@code task_struct::active_mm} in one function for the
 * per-CPU record of the loaded mm, through the helpers of
 * {@code c/loaded-mm-record.h.ftl}. Without the option each helper is the
 * member access it replaces, so an edit changes nothing until an arch selects
 * the option.
 *
 * <ul>
 * <li>A read of current's member (through {@code current}, a local that holds
 * {@code current}, or {@code prev} in {@code context_switch()}, which still
 * runs as prev) becomes {@code current_active_mm()}; a read of the LDT behind
 * it ({@code ->context.ldt}, {@code ->context.lock}) is user context and
 * becomes {@code current->mm}; a read of the idle task of a dead CPU (a local
 * from {@code idle_thread_get()}) becomes {@code idle_task_active_mm()}.</li>
 * <li>A write of current's member becomes {@code set_current_active_mm()},
 * which under the option writes the record; a write of another task's member,
 * and the scheduler's handoff in {@code context_switch()}, become
 * {@code set_task_active_mm()}, which the option compiles out.</li>
 * <li>A function that switches mm without writing current's member
 * ({@code context_switch()} to a user task, 6.x {@code idle_task_exit()}) gets
 * {@code record_loaded_mm()} at the end of the block of its switch, after
 * the reads of prev's lazy mm there (6.x {@code rq->prev_mm}).</li>
 * <li>A borrower (EFI) that saves current's mm and later switches back ends
 * on {@code unborrow_mm(saved)}: under the option {@code current->mm ?: &init_mm},
 * never the saved mm, which a shootdown may have freed meanwhile; one that
 * switches with {@code f(&efi_mm)} and back with {@code f(current->active_mm)}
 * (arm64) records efi_mm meanwhile, so that a shootdown leaves it alone.</li>
 * <li>The record names the mm the CPU uses: a write of current's member
 * before a switch records the mm after the switch, and both run in one
 * interrupts-off section ({@link IrqsOffSwitch}).</li>
 * </ul>
 * Any other shape is not rewritten; the caller leaves the site for hand work.
 */
final class LoadedMmRecipe {
    private static final Pattern MEMBER = Pattern.compile("\\b(\\w+)->active_mm\\b(->context\\.(ldt|lock)\\b)?");
    private static final Pattern WRITE = Pattern.compile(
            "^(\\s*)(\\w+)->active_mm\\s*=\\s*([^;=]+?)\\s*;(\\s*/\\*.*\\*/)?\\s*$");
    private static final Pattern CURRENT_LOCAL = Pattern.compile("\\b(\\w+)\\s*=\\s*current\\s*;");
    private static final Pattern IDLE_LOCAL = Pattern.compile("\\b(\\w+)\\s*=\\s*idle_thread_get\\(");
    private static final Pattern SAVE = Pattern.compile("^\\s*([\\w.>-]+?)\\s*=\\s*(\\w+)->active_mm\\s*;\\s*$");
    private static final Pattern SWITCH = Pattern.compile("^(\\s*)(switch_mm_irqs_off|switch_mm)\\(([^,]+),\\s*([^,]+),\\s*([^)]+)\\);\\s*$");
    /** A borrower's switch back: a one-argument call given current's mm. */
    private static final Pattern RESTORE_CALL = Pattern.compile("^(\\s*)(\\w+)\\(\\s*current->active_mm\\s*\\);(\\s*/\\*.*\\*/)?\\s*$");
    private static final Pattern ACTIVATE = Pattern.compile("^\\s*activate_mm\\([^,]+,\\s*([^)]+)\\);\\s*$");
    /** Functions that run with interrupts off: the scheduler, a dead CPU's idle task, the shootdown IPI of 6.x. */
    private static final Set<String> IRQS_OFF = Set.of("context_switch", "idle_task_exit", "do_shoot_lazy_tlb");
    /** Functions that switch the loaded mm themselves, without a write of current's member in some trees. */
    private static final Set<String> SWITCHERS = Set.of("context_switch", "idle_task_exit");

    private final EditedFile file;
    private final String function;
    private final int first;
    private final int last;
    private final Set<String> currentVars = new HashSet<>();
    private final Set<String> idleVars = new HashSet<>();
    private final Optional<String> saved;

    private LoadedMmRecipe(EditedFile file, String function, int first, int last) {
        this.file = file;
        this.function = function;
        this.first = first;
        this.last = last;
        currentVars.add("current");
        if (function.equals("context_switch")) {
            currentVars.add("prev");
        }
        for (int n = first; n <= last; n++) {
            String line = file.line(n);
            Matcher m = CURRENT_LOCAL.matcher(line);
            if (m.find()) {
                currentVars.add(m.group(1));
            }
            m = IDLE_LOCAL.matcher(line);
            if (m.find()) {
                idleVars.add(m.group(1));
            }
        }
        this.saved = savedGlobal(file);
    }

    /** The recipe for the function that holds {@code line}, or empty when its body cannot be delimited. */
    static Optional<LoadedMmRecipe> of(EditedFile file, String function, int line) {
        if (function == null || function.isEmpty() || line < 1 || line > file.lineCount()) {
            return Optional.empty();
        }
        Pattern head = Pattern.compile("^(\\S.*\\b)?" + Pattern.quote(function) + "\\s*\\(.*");
        int start = -1;
        for (int n = line; n >= 1; n--) {
            if (head.matcher(file.line(n)).matches()) {
                start = n;
                break;
            }
        }
        if (start < 0) {
            return Optional.empty();
        }
        for (int n = start + 1; n <= file.lineCount(); n++) {
            if (file.line(n).startsWith("}")) {
                return n >= line ? Optional.of(new LoadedMmRecipe(file, function, start, n)) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The global a borrower (EFI) saves current's mm into before it switches
     * to its own, and restores from later, maybe in another function: a
     * member of a global, or a pointer declared at file scope.
     */
    private static Optional<String> savedGlobal(EditedFile file) {
        for (int n = 1; n <= file.lineCount(); n++) {
            Matcher m = SAVE.matcher(file.line(n));
            if (m.matches() && m.group(2).equals("current")) {
                String lvalue = m.group(1);
                Pattern global = Pattern.compile("^(static\\s+)?struct\\s+mm_struct\\s*\\*\\s*" + Pattern.quote(lvalue) + "\\s*[;=].*");
                if (lvalue.contains(".") || lvalue.contains("->")) {
                    return Optional.of(lvalue);
                }
                for (int k = 1; k <= file.lineCount(); k++) {
                    if (global.matcher(file.line(k)).matches()) {
                        return Optional.of(lvalue);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Line {@code text} rewritten, or empty when it has a use of the member this recipe does not know. */
    Optional<String> rewrite(String text) {
        Matcher r = RESTORE_CALL.matcher(text);
        if (r.matches() && borrowLine(r.group(2)).isPresent()) {
            return Optional.of(r.group(1) + r.group(2) + "(unborrow_mm(current_active_mm()));"
                    + (r.group(3) == null ? "" : r.group(3)));
        }
        Matcher w = WRITE.matcher(text);
        if (w.matches()) {
            Optional<String> value = reads(w.group(3));
            if (value.isEmpty()) {
                return Optional.empty();
            }
            String var = w.group(2);
            String comment = w.group(4) == null ? "" : w.group(4);
            String call;
            if (function.equals("context_switch") || !currentVars.contains(var)) {
                call = "set_task_active_mm(" + var + ", " + value.get() + ")";
            } else if (saved.isPresent() && value.get().equals(saved.get())) {
                call = "set_current_active_mm(unborrow_mm(" + value.get() + "))";
            } else {
                call = "set_current_active_mm(" + value.get() + ")";
            }
            return Optional.of(w.group(1) + call + ";" + comment);
        }
        return reads(text);
    }

    private Optional<String> reads(String text) {
        Matcher m = MEMBER.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String var = m.group(1);
            String replacement;
            if (m.group(2) != null && currentVars.contains(var)) {
                replacement = "current->mm" + m.group(2);
            } else if (currentVars.contains(var)) {
                replacement = "current_active_mm()";
            } else if (idleVars.contains(var)) {
                replacement = "idle_task_active_mm(" + var + ")";
            } else {
                return Optional.empty();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return Optional.of(out.toString());
    }

    /** Whether the function writes current's member, which keeps the record by itself. */
    private boolean writesCurrent() {
        for (int n = first; n <= last; n++) {
            Matcher w = WRITE.matcher(file.line(n));
            if (w.matches() && currentVars.contains(w.group(2)) && !function.equals("context_switch")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The edits that are not at a site: {@code record_loaded_mm()} after the
     * switch of a switcher, and the borrower's switch back to what the record
     * says now. Returns false when the function needs one and has no line of
     * the expected shape.
     */
    boolean addRecordWrites(int step) {
        if (SWITCHERS.contains(function) && !writesCurrent()) {
            OptionalInt sw = OptionalInt.empty();
            for (int n = first; n <= last; n++) {
                Matcher m = SWITCH.matcher(file.line(n));
                if (m.matches() && (function.equals("context_switch") == m.group(2).equals("switch_mm_irqs_off"))) {
                    if (sw.isPresent()) {
                        return false;
                    }
                    sw = OptionalInt.of(n);
                }
            }
            if (sw.isEmpty()) {
                return false;
            }
            Matcher m = SWITCH.matcher(file.line(sw.getAsInt()));
            m.matches();
            insertStatementAfter(step, sw.getAsInt(), m.group(1), "record_loaded_mm(" + m.group(4).strip() + ");");
        }
        saved.ifPresent(s -> restoreSwitches(step, s));
        for (int n = first; n <= last; n++) {
            Matcher r = RESTORE_CALL.matcher(file.line(n));
            if (r.matches() && borrowLine(r.group(2)).isPresent()) {
                // The callee compares its mm with the record (arm64 efi_set_pgd() and TTBR0 PAN): the borrow
                // finds the record still on the lender's mm, the switch back finds it already there again.
                // Recording before the switch back is safe: the CPU leaves efi_mm, which never dies, so no
                // shootdown needs it; the borrow records after its switch away from a maybe dying lazy mm.
                int borrow = borrowLine(r.group(2)).getAsInt();
                Matcher b = BORROW_CALL.matcher(file.line(borrow));
                b.matches();
                // inserts at one line come out in the order they are made: the record goes inside the section
                file.insertAfter(step, borrow, b.group(1) + "record_loaded_mm(" + b.group(3) + ");\n");
                if (!IrqsOffSwitch.ensure(file, step, borrow, borrow) || !IrqsOffSwitch.ensure(file, step, n, n)) {
                    return false;
                }
                file.insertBefore(step, n, r.group(1) + "record_loaded_mm(unborrow_mm(current_active_mm()));\n");
            }
        }
        return recordWithSwitch(step);
    }

    /**
     * Makes the record name the mm the CPU uses: a write of current's member
     * before the function's switch keeps the member but leaves the record
     * alone ({@code set_task_active_mm()}), and {@code record_loaded_mm()}
     * right after the switch writes it. A record written first would show the
     * new mm while the MMU still holds the old one, maybe a dying lazy mm that
     * a shootdown scanning the records then skips; written after, a scan that
     * sees the old mm interrupts a CPU that no longer needs it, and the handler
     * checks its own record. Then both go in one interrupts-off section
     * ({@link IrqsOffSwitch}), from the first use of the member to the later
     * of the two. Returns false when they are not in one block.
     */
    private boolean recordWithSwitch(int step) {
        OptionalInt write = OptionalInt.empty();
        String writer = "";
        OptionalInt sw = OptionalInt.empty();
        String target = "";
        OptionalInt use = OptionalInt.empty();
        boolean[] inComment = {false};
        for (int n = first; n <= last; n++) {
            String line = code(file.line(n), inComment);
            Matcher w = WRITE.matcher(line);
            if (write.isEmpty() && w.matches() && currentVars.contains(w.group(2)) && !function.equals("context_switch")) {
                write = OptionalInt.of(n);
                writer = w.group(2);
            }
            Matcher s = SWITCH.matcher(line);
            Matcher a = ACTIVATE.matcher(line);
            if (sw.isEmpty() && (s.matches() || a.matches())) {
                sw = OptionalInt.of(n);
                target = (s.matches() ? s.group(4) : a.group(1)).strip();
            }
            Matcher m = MEMBER.matcher(line);
            if (use.isEmpty() && m.find() && currentVars.contains(m.group(1))) {
                use = OptionalInt.of(n);
            }
        }
        if (write.isEmpty() || sw.isEmpty()) {
            return true;
        }
        if (write.getAsInt() < sw.getAsInt()) {
            String task = writer;
            file.change(step, write.getAsInt(), t -> t.replace("set_current_active_mm(", "set_task_active_mm(" + task + ", "));
            // before the section's end, which IrqsOffSwitch inserts after the same line later
            String record = "record_loaded_mm(" + unborrowed(target) + ");\n";
            file.insertAfter(step, sw.getAsInt(), IrqsOffSwitch.indent(file.line(sw.getAsInt())) + record);
        }
        if (IRQS_OFF.contains(function)) {
            return true;
        }
        int from = Math.min(use.getAsInt(), sw.getAsInt());
        return IrqsOffSwitch.ensure(file, step, from, Math.max(write.getAsInt(), sw.getAsInt()));
    }

    /** {@code mm}, or the end of a borrow when {@code mm} is the saved lender's mm. */
    private String unborrowed(String mm) {
        return saved.filter(mm::equals).map(s -> "unborrow_mm(" + s + ")").orElse(mm);
    }

    /** {@code line} without its comments; {@code inComment} carries a block comment from line to line. */
    private static String code(String line, boolean[] inComment) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            if (inComment[0]) {
                int end = line.indexOf("*/", i);
                if (end < 0) {
                    break;
                }
                inComment[0] = false;
                i = end + 2;
            } else if (line.startsWith("/*", i)) {
                inComment[0] = true;
                i += 2;
            } else if (line.startsWith("//", i)) {
                break;
            } else {
                out.append(line.charAt(i++));
            }
        }
        return out.toString();
    }

    private static final Pattern BORROW_CALL = Pattern.compile("^(\\s*)(\\w+)\\(\\s*(&efi_mm)\\s*\\);\\s*$");

    /** The line that switches the same way to efi_mm: the borrow that {@code callee(current->active_mm)} ends. */
    private OptionalInt borrowLine(String callee) {
        for (int n = 1; n <= file.lineCount(); n++) {
            Matcher b = BORROW_CALL.matcher(file.line(n));
            if (b.matches() && b.group(2).equals(callee) && file.terminated(n)) {
                return OptionalInt.of(n);
            }
        }
        return OptionalInt.empty();
    }

    /** The switch that follows the restore of the saved mm, and calls that pass the saved mm back, go to unborrow_mm(). */
    private void restoreSwitches(int step, String savedMm) {
        Pattern pass = Pattern.compile("^(\\s*)" + Pattern.quote(function) + "\\(\\s*" + Pattern.quote(savedMm) + "\\s*\\);\\s*$");
        for (int n = 1; n <= file.lineCount(); n++) {
            if (pass.matcher(file.line(n)).matches()) {
                file.change(step, n, t -> t.replace("(" + savedMm + ")", "(unborrow_mm(" + savedMm + "))"));
            }
        }
        for (int n = first; n <= last; n++) {
            Matcher w = WRITE.matcher(file.line(n));
            if (w.matches() && w.group(3).strip().equals(savedMm)) {
                for (int k = n + 1; k <= last; k++) {
                    Matcher s = SWITCH.matcher(file.line(k));
                    if (s.matches() && s.group(4).strip().equals(savedMm)) {
                        file.change(step, k, t -> {
                            Matcher again = SWITCH.matcher(t);
                            return again.matches() ? again.group(1) + again.group(2) + "(" + again.group(3) + ", "
                                    + unborrowed(savedMm) + ", " + again.group(5).strip() + ");" : t;
                        });
                        break;
                    }
                }
            }
        }
    }

    /** Inserts a statement after line {@code n}, adding braces when {@code n} is the body of a brace-less if or else. */
    private void insertStatementAfter(int step, int n, String indent, String statement) {
        int prev = n - 1;
        while (prev >= first && file.line(prev).isBlank()) {
            prev--;
        }
        String p = file.line(prev).stripTrailing();
        String ps = p.strip();
        boolean braceless = ps.equals("else") || ps.equals("} else")
                || ((ps.startsWith("if ") || ps.startsWith("if(") || ps.startsWith("} else if") || ps.startsWith("else if"))
                        && ps.endsWith(")"));
        if (braceless) {
            String outer = p.substring(0, p.length() - p.stripLeading().length());
            file.change(step, prev, t -> t.stripTrailing() + " {");
            file.insertAfter(step, n, indent + statement + "\n" + outer + "}\n");
        } else {
            // at the end of the block, so that reads after the switch (6.x rq->prev_mm) still see prev's lazy mm
            file.insertAfter(step, endOfBlock(n), indent + statement + "\n");
        }
    }

    /** The last line of the block that holds line {@code n}, before its closing brace. */
    private int endOfBlock(int n) {
        int depth = 0;
        for (int k = n + 1; k <= last; k++) {
            for (char c : file.line(k).toCharArray()) {
                if (c == '{') {
                    depth++;
                } else if (c == '}' && --depth < 0) {
                    return k - 1;
                }
            }
        }
        return n;
    }
}
