package org.activemm.sites;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.activemm.lex.Token;

/**
 * Decides why code touches active_mm, the way a kernel developer reading
 * the function would: the enclosing assertion first, then the function's
 * (or macro's) name, then what the value is used for, then the file's path.
 */
final class Purposes {

    /** A purpose and, for {@code other}, why nothing more specific fits. */
    record Decision(Purpose purpose, String reason) {
    }

    private static final Pattern ASSERTION = Pattern.compile("(VM_)?(BUG_ON|WARN_ON|WARN|WARN_ONCE)(_[A-Z]+)*");
    /** printk() and friends: a value that is only printed is a debug read. */
    private static final Pattern PRINT = Pattern.compile(
            "printk|early_printk|printf|seq_printf|dprintk|pr_[a-z_]+|dev_(err|warn|info|dbg|notice)|DBG[A-Z]*");
    private static final Set<String> LAZY_SWITCH = Set.of("context_switch", "finish_task_switch",
            "prepare_task_switch", "switch_to", "__switch_to", "_switch_to", "__schedule");
    private static final List<String> BRINGUP = List.of("secondary", "cpu_init", "callin", "sched_init",
            "smp_boot", "bringup", "boot_cpu", "cpu_starting", "pre_online", "trap_init", "start_kernel",
            "cpu_online", "smp_init", "init_idle");
    private static final List<String> TEARDOWN = List.of("idle_task_exit", "play_dead", "cpu_die", "die_cpu",
            "cpu_disable", "offline", "finish_cpu", "takedown_cpu", "cpu_kill", "kill_self", "cpu_dead");
    private static final Set<String> EXEC = Set.of("exec_mmap");
    private static final Set<String> KTHREAD_MM = Set.of("use_mm", "unuse_mm", "kthread_use_mm", "kthread_unuse_mm");
    private static final Set<String> FORK_EXIT = Set.of("copy_mm", "exit_mm", "mm_release", "__mmput", "mmput",
            "dup_mm", "copy_process", "do_exit", "exit_mm_release", "exec_mm_release", "__mmdrop", "mm_update_next_owner");
    private static final List<String> DEBUG = List.of("xmon", "kgdb", "kdb", "dump", "print", "show", "debug",
            "troubleshoot", "ptdump");
    private static final List<String> LOADED_MM = List.of("ldt", "tlb", "tsb", "fault", "pgtable", "pgalloc", "pgd",
            "flush", "asid", "mmu_context", "switch_mm", "activate_mm", "cache", "mmu", "context", "vmalloc",
            "segment", "desc", "cpumask", "suspend", "resume", "sleep", "hibernate", "swsusp", "processor_state",
            "processor_context", "unaligned", "ioremap", "kernel_text", "sections", "reboot", "crst", "insn");
    /** Fields of the mm that describe the loaded address space: {@code active_mm->context}, {@code ->pgd}. */
    private static final Set<String> LOADED_FIELDS = Set.of("context", "pgd", "asid", "ldt");

    private Purposes() {
    }

    /**
     * Why the token at {@code index} touches active_mm; {@code settingBothMms}
     * is {@link #ownersSettingBothMms} of the same tokens, found once per file.
     */
    static Decision of(String path, List<Token> tokens, int index, Role role, boolean assembly,
            Set<String> settingBothMms) {
        if (role == Role.DECL || role == Role.INIT || role == Role.OFFSETOF) {
            return new Decision(Purpose.OTHER, "");
        }
        if ((role == Role.READ || role == Role.WRITE) && insideAssertion(tokens, index)) {
            return new Decision(Purpose.ASSERTION, "");
        }
        if ((role == Role.READ || role == Role.WRITE) && enclosingCall(tokens, index, n -> PRINT.matcher(n).matches())) {
            return new Decision(Purpose.DEBUG, "");
        }
        String owner = tokens.get(index).region().owner();
        Purpose byName = byFunction(owner.toLowerCase(Locale.ROOT));
        if (byName != null) {
            return new Decision(byName, "");
        }
        if (byPath(path, List.of("/efi", "efi_", "efi.")) || owner.startsWith("efi_") || owner.contains("_efi")) {
            return new Decision(Purpose.EFI, "");
        }
        if (anyIn(owner.toLowerCase(Locale.ROOT), DEBUG) || byPath(path, List.of("xmon", "kgdb", "kdb", "debug",
                "troubleshoot", "ptdump"))) {
            return new Decision(Purpose.DEBUG, "");
        }
        if (readsLoadedMmFields(tokens, index) || anyIn(owner.toLowerCase(Locale.ROOT), LOADED_MM)
                || insideLoadedMmCall(tokens, index)) {
            return new Decision(Purpose.LOADED_MM, "");
        }
        String file = path.substring(path.lastIndexOf('/') + 1);
        if ((path.startsWith("arch/") && path.contains("/mm/")) || anyIn(file, LOADED_MM) || assembly) {
            return new Decision(Purpose.LOADED_MM, ""); // arch mm code, and assembly, load the running mm
        }
        if (settingBothMms.contains(owner)) {
            return new Decision(Purpose.KTHREAD_MM, ""); // a kernel thread installing an mm of its own
        }
        return new Decision(Purpose.OTHER, owner.isEmpty()
                ? "used at file scope, not in a function whose job is known"
                : "no lazy-switch, bring-up, teardown, exec, kthread, fork/exit, EFI, loaded-mm or debug role recognised in "
                        + owner + "()");
    }

    private static Purpose byFunction(String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (LAZY_SWITCH.contains(name)) {
            return Purpose.LAZY_SWITCH;
        }
        if (EXEC.contains(name)) {
            return Purpose.EXEC;
        }
        if (KTHREAD_MM.contains(name) || (name.startsWith("kthread_") && name.contains("mm"))) {
            return Purpose.KTHREAD_MM;
        }
        if (FORK_EXIT.contains(name)) {
            return Purpose.FORK_EXIT;
        }
        if (anyIn(name, TEARDOWN)) {
            return Purpose.CPU_TEARDOWN;
        }
        if (anyIn(name, BRINGUP)) {
            return Purpose.CPU_BRINGUP;
        }
        if (name.startsWith("efi_") || name.contains("_efi")) {
            return Purpose.EFI;
        }
        return null;
    }

    private static boolean anyIn(String s, List<String> words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean byPath(String path, List<String> words) {
        return anyIn(path.toLowerCase(Locale.ROOT), words);
    }

    /** Inside the argument of BUG_ON(), WARN_ON_ONCE(), VM_BUG_ON_MM() and friends. */
    private static boolean insideAssertion(List<Token> tokens, int index) {
        return enclosingCall(tokens, index, name -> ASSERTION.matcher(name).matches());
    }

    /** The value goes straight into a switch_mm()/flush/LDT/context helper. */
    private static boolean insideLoadedMmCall(List<Token> tokens, int index) {
        return enclosingCall(tokens, index, name -> anyIn(name.toLowerCase(Locale.ROOT), LOADED_MM));
    }

    private static boolean readsLoadedMmFields(List<Token> tokens, int index) {
        if (index + 2 >= tokens.size()) {
            return false;
        }
        String access = tokens.get(index + 1).text();
        return (access.equals("->") || access.equals(".")) && LOADED_FIELDS.contains(tokens.get(index + 2).text());
    }

    /**
     * The functions that assign both {@code X->mm} and {@code X->active_mm}, in
     * one pass over the file (asking per site would be quadratic in a file of
     * many small functions).
     */
    static Set<String> ownersSettingBothMms(List<Token> tokens) {
        Set<String> mm = new HashSet<>();
        Set<String> active = new HashSet<>();
        for (int k = 1; k + 1 < tokens.size(); k++) {
            Token tok = tokens.get(k);
            String owner = tok.region().owner();
            if (owner.isEmpty() || !tokens.get(k - 1).is("->") || !tokens.get(k + 1).is("=")) {
                continue;
            }
            if (tok.is("mm")) {
                mm.add(owner);
            } else if (tok.is(SiteDetector.MEMBER)) {
                active.add(owner);
            }
        }
        mm.retainAll(active);
        return mm;
    }

    private static boolean enclosingCall(List<Token> tokens, int index, java.util.function.Predicate<String> name) {
        int level = 0;
        for (int k = index - 1; k > 0; k--) {
            String s = tokens.get(k).text();
            if (s.equals(")")) {
                level++;
            } else if (s.equals("(")) {
                if (level == 0) {
                    Token before = tokens.get(k - 1);
                    if (before.isIdent() && name.test(before.text())) {
                        return true;
                    }
                } else {
                    level--;
                }
            } else if (s.equals(";") || s.equals("{") || s.equals("}")) {
                return false;
            }
        }
        return false;
    }
}
