/*
 * The init of bench/boot-series.sh's initramfs: a bounded stress of the lazy-TLB mm lifetime.
 *
 * As PID 1 it mounts proc, sysfs and devtmpfs, runs the stress, prints one summary line and
 * powers the machine off. Run by anyone else it runs the same stress without mounting, without
 * CPU hotplug and kernel-thread work unless --hotplug and --kick are given, and without powering
 * off, so tests can run it on a host.
 *
 * Phases:
 *  1. measured exits: processes with one thread pinned to each CPU; the threads on the other
 *     CPUs exit first, so those CPUs go idle (lazy on the process's mm), and the last thread
 *     ends the mm. /proc/interrupts is read before and after, all CPUs online, and the
 *     function-call IPIs (and TLB-shootdown IPIs, where the arch counts them) are divided by
 *     the number of exits.
 *  2. unmeasured stress: fork/exec/exit, the same threaded exits, kernel-thread work
 *     (vm/stat_refresh runs a kworker on every CPU, sync, drop_caches, file writes), while a
 *     child process takes CPUs offline and online through sysfs.
 *
 * Summary (one line, key=value, on stdout, which is the console as PID 1):
 *   activemm-stress: result=pass cpus=4 exits=64 call_ipis=192 tlb_ipis=0 call_ipis_per_exit=3.000 ...
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <sched.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/reboot.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#define MAX_CPUS 64

struct options {
    int exits;          /* measured threaded-process exits (phase 1) */
    int rounds;         /* rounds of the unmeasured stress (phase 2) */
    int hotplug;        /* take CPUs offline and online in phase 2 */
    int kick;           /* kernel-thread work in phase 2 (drops the page cache: not on a shared host) */
    int power_off;      /* reboot(RB_POWER_OFF) at the end */
    int mount;          /* mount proc, sysfs, devtmpfs */
    const char *interrupts; /* the /proc/interrupts to read */
};

/* Function-call and TLB-shootdown IPIs summed over the CPUs listed. */
struct ipi_counts {
    unsigned long long call;
    unsigned long long tlb;
    int found_call;
};

struct results {
    int cpus;
    int exits;
    struct ipi_counts before, after;
    int execs, threaded, kicks, hotplug_cycles, errors;
};

static void fail(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    fputs("activemm-stress: error: ", stdout);
    vprintf(fmt, ap);
    fputs("\n", stdout);
    fflush(stdout);
    va_end(ap);
}

/*
 * Adds one /proc/interrupts line to the counts when its description names function calls
 * (x86 "CAL: ... Function call interrupts", arm64 "IPI1: ... Function call interrupts") or TLB
 * shootdowns (x86 "TLB"). Returns 0 for other lines.
 */
static int add_interrupts_line(const char *line, struct ipi_counts *c)
{
    const char *p = strchr(line, ':');
    unsigned long long sum = 0;
    if (!p)
        return 0;
    p++;
    for (;;) {
        char *end;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p < '0' || *p > '9')
            break;
        sum += strtoull(p, &end, 10);
        p = end;
    }
    if (strncmp(p, "Function call interrupts", 24) == 0) {
        c->call += sum;
        c->found_call = 1;
        return 1;
    }
    if (strncmp(p, "TLB shootdowns", 14) == 0) {
        c->tlb += sum;
        return 1;
    }
    return 0;
}

static int read_interrupts(const char *path, struct ipi_counts *c)
{
    char line[4096];
    FILE *f = fopen(path, "r");
    memset(c, 0, sizeof(*c));
    if (!f) {
        fail("cannot read %s: %s", path, strerror(errno));
        return -1;
    }
    while (fgets(line, sizeof(line), f))
        add_interrupts_line(line, c);
    fclose(f);
    if (!c->found_call) {
        fail("%s has no 'Function call interrupts' line", path);
        return -1;
    }
    return 0;
}

static void format_summary(char *buf, size_t size, const struct results *r)
{
    unsigned long long call = r->after.call - r->before.call;
    unsigned long long tlb = r->after.tlb - r->before.tlb;
    double per_exit = r->exits ? (double)call / r->exits : 0.0;
    double other = r->exits ? (double)(call - tlb) / r->exits : 0.0;
    snprintf(buf, size,
             "activemm-stress: result=%s cpus=%d exits=%d call_ipis=%llu tlb_ipis=%llu"
             " call_ipis_per_exit=%.3f non_tlb_call_ipis_per_exit=%.3f"
             " execs=%d threaded=%d kicks=%d hotplug_cycles=%d errors=%d",
             r->errors ? "fail" : "pass", r->cpus, r->exits, call, tlb, per_exit, other,
             r->execs, r->threaded, r->kicks, r->hotplug_cycles, r->errors);
}

static int parse_count(const char *arg, const char *name, int *out)
{
    char *end;
    long v = strtol(arg, &end, 10);
    if (*arg == '\0' || *end != '\0' || v < 0 || v > 1000000) {
        fprintf(stderr, "stress-init: %s wants a count, not '%s'\n", name, arg);
        return -1;
    }
    *out = (int)v;
    return 0;
}

/*
 * Options come from the kernel command line (init=... args after "--") or a shell. Returns 0,
 * or 2 for a usage error. Unknown words are ignored only as PID 1, where the kernel passes
 * unrecognised boot parameters on to init.
 */
static int parse_options(int argc, char **argv, int pid1, struct options *o)
{
    o->exits = 32;
    o->rounds = 4;
    o->hotplug = pid1;
    o->kick = pid1;
    o->power_off = pid1;
    o->mount = pid1;
    o->interrupts = "/proc/interrupts";
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strncmp(a, "exits=", 6) == 0) {
            if (parse_count(a + 6, "exits", &o->exits))
                return 2;
        } else if (strncmp(a, "rounds=", 7) == 0) {
            if (parse_count(a + 7, "rounds", &o->rounds))
                return 2;
        } else if (strcmp(a, "--hotplug") == 0) {
            o->hotplug = 1;
        } else if (strcmp(a, "--no-hotplug") == 0) {
            o->hotplug = 0;
        } else if (strcmp(a, "--kick") == 0) {
            o->kick = 1;
        } else if (strcmp(a, "--no-kick") == 0) {
            o->kick = 0;
        } else if (strncmp(a, "interrupts=", 11) == 0) {
            o->interrupts = a + 11;
        } else if (!pid1) {
            fprintf(stderr, "stress-init: unknown argument '%s'\n"
                    "usage: stress-init [exits=N] [rounds=N] [--hotplug|--no-hotplug] [--kick|--no-kick] [interrupts=FILE]\n"
                    "       stress-init --count-ipis FILE   (prints the IPI sums of one /proc/interrupts)\n", a);
            return 2;
        }
    }
    return 0;
}

/* ---- the stress ---- */

static int online_cpus(int *cpus, int max)
{
    cpu_set_t set;
    int n = 0;
    if (sched_getaffinity(0, sizeof(set), &set))
        return 0;
    for (int c = 0; c < CPU_SETSIZE && n < max; c++)
        if (CPU_ISSET(c, &set))
            cpus[n++] = c;
    return n;
}

static void pin(int cpu)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    CPU_SET(cpu, &set);
    sched_setaffinity(0, sizeof(set), &set); /* fails only if the CPU went offline: run anywhere */
}

struct pinned_arg {
    int cpu;
    char *page;
};

static void *pinned_thread(void *arg)
{
    struct pinned_arg *a = arg;
    pin(a->cpu);
    a->page[a->cpu % MAX_CPUS * 64] = 1; /* use the mm on this CPU */
    return NULL;
}

/*
 * One process, one thread per CPU. The threads on the other CPUs touch the mm and exit, so
 * their CPUs go idle, lazy on this mm; the main thread, on CPU `last`, joins them and exits,
 * which ends the mm. Runs in a child; exits 0 when every thread ran.
 */
static void threaded_exit_child(const int *cpus, int n, int last)
{
    pthread_t th[MAX_CPUS];
    struct pinned_arg args[MAX_CPUS];
    char *page = calloc(MAX_CPUS, 64);
    int ok = page != NULL;
    pin(cpus[last]);
    for (int i = 0; i < n && ok; i++) {
        if (i == last)
            continue;
        args[i] = (struct pinned_arg){.cpu = cpus[i], .page = page};
        ok = pthread_create(&th[i], NULL, pinned_thread, &args[i]) == 0;
        if (!ok)
            n = i;
    }
    for (int i = 0; i < n; i++)
        if (i != last)
            pthread_join(th[i], NULL);
    _exit(ok ? 0 : 1);
}

/* Forks fn(arg) in a child and waits; returns 0 when the child exited 0. */
static int run_child(void (*fn)(const int *, int, int), const int *cpus, int n, int last)
{
    int status;
    pid_t pid = fork();
    if (pid < 0)
        return -1;
    if (pid == 0)
        fn(cpus, n, last);
    if (waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

static const char exec_self[] = "/proc/self/exe";

/* fork, exec, exit: the child's copied mm ends at exec, the exec'd one at exit. */
static void exec_child(const int *cpus, int n, int last)
{
    (void)n;
    pin(cpus[last]);
    execl(exec_self, exec_self, "--exit-now", (char *)NULL);
    _exit(127);
}

static int write_file(const char *path, const char *text)
{
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    ssize_t len = (ssize_t)strlen(text);
    int ok;
    if (fd < 0)
        return -1;
    ok = write(fd, text, len) == len;
    return close(fd) == 0 && ok ? 0 : -1;
}

/* Work that runs kernel threads on every CPU: a kworker per CPU (vm.stat_refresh), writeback, reclaim. */
static int kick_kernel_threads(void)
{
    static char block[64 * 1024];
    int errors = 0;
    int fd = open("/stress-file", O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd >= 0) {
        memset(block, 'k', sizeof(block));
        errors += write(fd, block, sizeof(block)) != (ssize_t)sizeof(block);
        errors += fsync(fd) != 0 && errno != EINVAL;
        close(fd);
        unlink("/stress-file");
    }
    errors += write_file("/proc/sys/vm/stat_refresh", "1") != 0;
    sync();
    errors += write_file("/proc/sys/vm/drop_caches", "3") != 0;
    return errors;
}

/* Takes each CPU but the first offline and online again, `rounds` times; exits with the failures. */
static void hotplug_child(const int *cpus, int n, int rounds)
{
    int errors = 0;
    char path[64];
    for (int r = 0; r < rounds; r++) {
        for (int i = 1; i < n; i++) {
            snprintf(path, sizeof(path), "/sys/devices/system/cpu/cpu%d/online", cpus[i]);
            if (write_file(path, "0") != 0) {
                fail("offline cpu%d: %s", cpus[i], strerror(errno));
                errors++;
            }
            if (write_file(path, "1") != 0) {
                fail("online cpu%d: %s", cpus[i], strerror(errno));
                errors++;
            }
        }
    }
    _exit(errors > 255 ? 255 : errors);
}

static void unpin(const int *cpus, int n)
{
    cpu_set_t set;
    CPU_ZERO(&set);
    for (int i = 0; i < n; i++)
        CPU_SET(cpus[i], &set);
    sched_setaffinity(0, sizeof(set), &set);
}

static void mount_filesystems(struct results *r)
{
    mkdir("/proc", 0555);
    mkdir("/sys", 0555);
    mkdir("/dev", 0755);
    if (mount("proc", "/proc", "proc", 0, NULL))
        r->errors++;
    if (mount("sysfs", "/sys", "sysfs", 0, NULL))
        r->errors++;
    if (mount("devtmpfs", "/dev", "devtmpfs", 0, NULL) && errno != EBUSY)
        r->errors++;
    if (fcntl(1, F_GETFD) < 0) { /* no console from the initramfs: use devtmpfs's */
        int fd = open("/dev/console", O_RDWR);
        if (fd >= 0) {
            dup2(fd, 0);
            dup2(fd, 1);
            dup2(fd, 2);
        }
    }
    if (r->errors)
        fail("mounting proc, sysfs or devtmpfs failed");
}

static void measured_exits(const struct options *o, const int *cpus, int n, struct results *r)
{
    pin(cpus[0]);
    if (read_interrupts(o->interrupts, &r->before)) {
        r->errors++;
        return;
    }
    for (int e = 0; e < o->exits; e++) {
        if (run_child(threaded_exit_child, cpus, n, e % n) == 0)
            r->exits++;
        else
            r->errors++;
    }
    if (read_interrupts(o->interrupts, &r->after))
        r->errors++;
    unpin(cpus, n);
}

static void stress(const struct options *o, const int *cpus, int n, struct results *r)
{
    pid_t hotplug = -1;
    int status;
    if (o->hotplug && n > 1) {
        hotplug = fork();
        if (hotplug == 0)
            hotplug_child(cpus, n, o->rounds);
    }
    for (int round = 0; round < o->rounds; round++) {
        for (int i = 0; i < n; i++) {
            r->errors += run_child(exec_child, cpus, n, i) != 0;
            r->execs++;
            r->errors += run_child(threaded_exit_child, cpus, n, i) != 0;
            r->threaded++;
        }
        if (o->kick) {
            r->errors += kick_kernel_threads();
            r->kicks++;
        }
    }
    if (hotplug > 0) {
        if (waitpid(hotplug, &status, 0) != hotplug || !WIFEXITED(status) || WEXITSTATUS(status)) {
            fail("CPU hotplug failed");
            r->errors++;
        }
        r->hotplug_cycles = o->rounds * (n - 1);
    }
}

int main(int argc, char **argv)
{
    struct options o;
    struct results r = {0};
    int cpus[MAX_CPUS];
    char line[512];
    int pid1 = getpid() == 1;

    if (argc == 2 && strcmp(argv[1], "--exit-now") == 0)
        _exit(0);
    if (argc == 3 && strcmp(argv[1], "--count-ipis") == 0) {
        struct ipi_counts c;
        if (read_interrupts(argv[2], &c))
            return 3;
        printf("call_ipis=%llu tlb_ipis=%llu\n", c.call, c.tlb);
        return 0;
    }
    if (parse_options(argc, argv, pid1, &o)) {
        if (!pid1)
            return 2;
        r.errors++;
    }
    if (o.mount)
        mount_filesystems(&r);
    setvbuf(stdout, NULL, _IOLBF, 0);
    r.cpus = online_cpus(cpus, MAX_CPUS);
    printf("activemm-stress: start cpus=%d exits=%d rounds=%d hotplug=%d kick=%d\n", r.cpus, o.exits, o.rounds,
           o.hotplug, o.kick);
    measured_exits(&o, cpus, r.cpus, &r);
    stress(&o, cpus, r.cpus, &r);
    format_summary(line, sizeof(line), &r);
    printf("%s\n", line);
    fflush(stdout);
    if (o.power_off) {
        sync();
        reboot(RB_POWER_OFF);
        for (;;) /* PID 1 must not return */
            pause();
    }
    return r.errors ? 1 : 0;
}
