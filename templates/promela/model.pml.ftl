/*
 * The activemm lazy-mm model for SPIN, written by
 *   activemm model export --format promela --arch ${arch} --scheme ${scheme} --strategy ${strategy} --cpus ${cpus} --efi ${efi}
 * It mirrors org.activemm.model.LazyMmModel action for action; the SPIN cross-check test
 * runs it and compares SPIN's verdict with the Java checker's.
 * Check: spin -a model.pml && gcc -DBFS -DSAFETY -o pan pan.c && ./pan
 */
#define NCPU ${cpus}
#define FLUSH_IPI 0
#define FLUSH_BROADCAST 1
#define FLUSH_HYPERCALL 2
#define REFCOUNT 0
#define PIGGYBACK 1
#define IPI_CPUMASK 2
#define IPI_SCAN 3
#define IPI_ALL 4
/*
 * The arch profile, scheme, strategy and EFI switch. DIVERGES: the arch can switch a lazy CPU away
 * without telling the scheduler's record (record_diverges). EFI_FIXED: an EFI call with interrupts
 * on ends with current->mm ?: &init_mm, not the mm it saved. HOTPLUG_WAIT: the seed's
 * arch_shoot_down_dead_mm() ends by waiting for every DYING CPU that still has M loaded or recorded.<#if parametric>
 * This copy reads them from the environment (AMM_<name>) when pan starts, so that one compiled
 * verifier checks every profile at this CPU count.</#if>
 */
<#list params as name, value>
<#if parametric>
#define ${name} P_${name}
<#else>
#define ${name} ${value}
</#if>
</#list>
/* the seed's piggyback and ipi-cpumask bodies switch the exiting CPU away by its own record first */
#define SWITCHES_SELF_FIRST (!UPSTREAM && (STRATEGY == PIGGYBACK || STRATEGY == IPI_CPUMASK))

/* task kinds */
#define USER 0
#define KTHREAD 1
#define IDLE 2
#define OTHER 3
#define EXITED 4
#define OFFLINE 5
/* seed scheme: out of cpu_online_mask, its mm still loaded, until idle_task_exit() */
#define DYING 6
/* mm values */
#define INIT_MM 0
#define MM 1
#define EFI_MM 2
#define OTHER_MM 3
/* M's teardown phase */
#define LIVE 0
#define TABLES_FREED 1
#define SHOT_DOWN 2
#define DROPPED 3
#define FREED 4
/* properties: violated holds the first one broken */
#define NO_UAF 1
#define NO_STALE_WALK 2
#define REFCOUNT_SANE 3
#define NO_LEAK 4

<#if parametric>
<#list params?keys as name>
byte P_${name};
</#list>
c_code {
int amm_param(const char *name) {
    const char *v = getenv(name);
    if (v == NULL) {
        fprintf(stderr, "pan: %s is not set\n", name);
        exit(2);
    }
    return atoi(v);
}
}
</#if>
byte task[NCPU];
byte loaded[NCPU];
bool lazyRef[NCPU];
bool borrowed[NCPU];
byte saved[NCPU];
bool mask[NCPU];
byte users;
short count;
bool userExited;
byte phase;
short putter;
bool zeroSeen;
byte violated;

/* scratch, reset to 0 at the end of every step so it adds no states (SPIN's BFS forbids hidden) */
bool flushed[NCPU];
bool target[NCPU];
byte d;

#define lazy(c) (task[c] == KTHREAD || task[c] == IDLE || task[c] == EXITED)
#define online(c) (task[c] != OFFLINE && task[c] != DYING)
#define inEfi(c) (loaded[c] == EFI_MM)
#define irqsOff(c) (inEfi(c) && EFI_IRQS_OFF)
#define normal(c) (online(c) && !inEfi(c) && putter != c)
#define putting(c) (online(c) && !inEfi(c) && putter == c)
#define userRunning (<#list 0..<cpus as c>task[${c}] == USER<#sep> || </#list>)
#define anyDying (<#list 0..<cpus as c>task[${c}] == DYING<#sep> || </#list>)
#define anyInEfi (<#list 0..<cpus as c>inEfi(${c})<#sep> || </#list>)
#define onlineCount (<#list 0..<cpus as c>online(${c})<#sep> + </#list>)
#define holdsM(c) (loaded[c] == MM || (inEfi(c) && saved[c] == MM && !EFI_FIXED))
/* the scheduler's record (active_mm, or the seed's per-CPU record, for every strategy) names M */
#define recordIsM(c) (!(inEfi(c) && !EFI_IRQS_OFF) && (task[c] == USER || lazyRef[c]))
#define anyDyingOnM (<#list 0..<cpus as c>(task[${c}] == DYING && (loaded[${c}] == MM || recordIsM(${c})))<#sep> || </#list>)
#define anyLazyRef (<#list 0..<cpus as c>lazyRef[${c}]<#sep> || </#list>)
#define exitTarget(c) ((EXIT_HOOK && online(c) && loaded[c] == MM) || (REMOTE_FLUSH == FLUSH_IPI && online(c) && mask[c]))
#define shootTarget(c) (online(c) && ((STRATEGY == IPI_CPUMASK && mask[c]) || (STRATEGY == IPI_SCAN && recordIsM(c)) || STRATEGY == IPI_ALL))
#define quiescent (users == 0 && !(<#list 0..<cpus as c>holdsM(${c})<#sep> || </#list>))

inline leaveMm(c) {
    if
    :: loaded[c] == MM -> mask[c] = false
    :: else -> skip
    fi;
    loaded[c] = INIT_MM
}

inline loadMm(c) {
    loaded[c] = MM;
    if
    :: TRACKED -> mask[c] = true
    :: else -> skip
    fi
}

inline grab() {
    if
    :: STRATEGY == REFCOUNT -> count++
    :: else -> skip
    fi
}

/* mmdrop(M): the last one frees M, which must then be held by no CPU */
inline drop() {
    count--;
    if
    :: count < 0 -> violated = REFCOUNT_SANE
    :: count == 0 && zeroSeen -> violated = REFCOUNT_SANE
    :: count == 0 && !zeroSeen ->
        zeroSeen = true;
        phase = FREED;
        d = 0;
        do
        :: d < NCPU ->
            if
            :: holdsM(d) || recordIsM(d) -> violated = NO_UAF
            :: else -> skip
            fi;
            d++
        :: else -> break
        od;
        d = 0
    :: else -> skip
    fi
}

inline dropLazy(c) {
    if
    :: lazyRef[c] ->
        lazyRef[c] = false;
        if
        :: STRATEGY == REFCOUNT -> drop()
        :: else -> skip
        fi
    :: else -> skip
    fi
}

/* the arch switches c from M to init_mm; unless the records diverge, the scheduler's record moves too */
inline archLeave(c) {
    leaveMm(c);
    if
    :: !DIVERGES -> dropLazy(c)
    :: else -> skip
    fi
}

inline lastUser(c) {
    if
    :: users == 0 -> putter = c
    :: else -> skip
    fi
}

/* no-leak, as a state invariant: a quiescent M that is not freed needs a pending __mmput() or a lazy reference */
inline checkLeak() {
    if
    :: violated == 0 && quiescent && phase != FREED && putter == -1 && !(STRATEGY == REFCOUNT && anyLazyRef) ->
        violated = NO_LEAK
    :: else -> skip
    fi;
    assert(violated == 0)
}

active proctype machine() {
    d_step {
<#if parametric>
        c_code {
<#list params?keys as name>
            now.P_${name} = amm_param("AMM_${name}");
</#list>
        };
</#if>
<#list 0..<cpus as c>
        task[${c}] = <#if c == 0>USER<#else>IDLE</#if>;
        loaded[${c}] = <#if c == 0>MM<#else>INIT_MM</#if>;
        mask[${c}] = <#if c == 0>TRACKED<#else>false</#if>;
</#list>
        users = 1;
        count = 1;
        putter = -1
    };
    do
<#list 0..<cpus as c>
    /* cpu${c} switches to M's user thread */
    :: d_step { normal(${c}) && !borrowed[${c}] && task[${c}] != USER && !userExited && !userRunning ->
        task[${c}] = USER; loadMm(${c}); dropLazy(${c}); checkLeak() }
<#list ["KTHREAD", "IDLE"] as kind>
    /* cpu${c} switches to ${kind}: lazy, keeps the loaded mm */
    :: d_step { normal(${c}) && !borrowed[${c}] && task[${c}] != ${kind} ->
        if
        :: task[${c}] == USER -> lazyRef[${c}] = true; grab()
        :: task[${c}] == OTHER -> lazyRef[${c}] = false
        :: else -> skip
        fi;
        task[${c}] = ${kind}; checkLeak() }
</#list>
    /* cpu${c} switches to a user thread of another process */
    :: d_step { normal(${c}) && !borrowed[${c}] && task[${c}] != OTHER ->
        task[${c}] = OTHER; leaveMm(${c}); loaded[${c}] = OTHER_MM; dropLazy(${c}); checkLeak() }
    /* cpu${c}: kthread_use_mm(M) */
    :: d_step { normal(${c}) && task[${c}] == KTHREAD && !borrowed[${c}] && users > 0 ->
        users++; borrowed[${c}] = true; loadMm(${c});
        if
        :: !lazyRef[${c}] -> lazyRef[${c}] = true; grab()
        :: else -> skip
        fi;
        checkLeak() }
    /* cpu${c}: kthread_unuse_mm(M), mmput() */
    :: d_step { normal(${c}) && borrowed[${c}] ->
        borrowed[${c}] = false; users--; lastUser(${c}); checkLeak() }
    /* cpu${c}: M's user thread exits */
    :: d_step { normal(${c}) && task[${c}] == USER ->
        task[${c}] = EXITED; userExited = true; lazyRef[${c}] = true; grab(); users--; lastUser(${c}); checkLeak() }
    /* cpu${c}: exit_mmap() frees the page tables and flushes the arch's way */
    :: d_step { putting(${c}) && phase == LIVE<#list 0..<cpus as t><#if t != c> && !(exitTarget(${t}) && irqsOff(${t}))</#if></#list> ->
<#list 0..<cpus as t>
        if
        :: EXIT_HOOK && online(${t}) && loaded[${t}] == MM -> archLeave(${t})
        :: else -> skip
        fi;
</#list>
<#list 0..<cpus as t>
        flushed[${t}] = <#if t == c>true<#else>(online(${t}) && (REMOTE_FLUSH == FLUSH_BROADCAST || mask[${t}]))</#if>;
</#list>
<#list 0..<cpus as t>
        if
        :: (<#if t == c>true<#else>(flushed[${t}] && REMOTE_FLUSH == FLUSH_IPI)</#if>) && LAZY_SWITCH_ON_FLUSH && loaded[${t}] == MM && lazy(${t}) -> archLeave(${t})
        :: else -> skip
        fi;
</#list>
        phase = TABLES_FREED;
<#list 0..<cpus as t>
        if
        :: online(${t}) && loaded[${t}] == MM && !flushed[${t}] && violated == 0 -> violated = NO_STALE_WALK
        :: else -> skip
        fi;
        flushed[${t}] = false;
</#list>
        checkLeak() }
    /* cpu${c}: arch_shoot_down_dead_mm() */
    :: d_step { putting(${c}) && STRATEGY != REFCOUNT && phase == TABLES_FREED && !(HOTPLUG_WAIT && !UPSTREAM && anyDyingOnM)<#list 0..<cpus as t><#if t != c> && !(shootTarget(${t}) && irqsOff(${t}))</#if></#list> ->
        if
        :: SWITCHES_SELF_FIRST && recordIsM(${c}) -> leaveMm(${c}); lazyRef[${c}] = false
        :: else -> skip
        fi;
<#list 0..<cpus as t>
        target[${t}] = shootTarget(${t});
</#list>
<#list 0..<cpus as t>
        if
        :: target[${t}] && recordIsM(${t}) -> leaveMm(${t}); lazyRef[${t}] = false
        :: else -> skip
        fi;
        target[${t}] = false;
</#list>
        phase = SHOT_DOWN; checkLeak() }
    /* cpu${c}: __mmput() drops the users' mm_count reference */
    :: d_step { putting(${c}) && ((STRATEGY == REFCOUNT && phase == TABLES_FREED) || (STRATEGY != REFCOUNT && phase == SHOT_DOWN)) ->
        putter = -1; phase = DROPPED; drop(); checkLeak() }
    /* cpu${c} goes offline under cpus_write_lock, one CPU at a time: upstream in one step, seed first out of the online mask */
    :: d_step { normal(${c}) && task[${c}] == IDLE && onlineCount > 1 && !anyDying ->
        if
        :: UPSTREAM -> leaveMm(${c}); task[${c}] = OFFLINE; dropLazy(${c})
        :: else -> task[${c}] = DYING
        fi;
        checkLeak() }
    /* cpu${c}: idle_task_exit() switches to init_mm and records it */
    :: d_step { task[${c}] == DYING -> leaveMm(${c}); task[${c}] = OFFLINE; dropLazy(${c}); checkLeak() }
    /* cpu${c} comes online */
    :: d_step { task[${c}] == OFFLINE -> task[${c}] = IDLE; loaded[${c}] = INIT_MM; checkLeak() }
    /* cpu${c}: EFI runtime call switches to efi_mm */
    :: d_step { normal(${c}) && task[${c}] == KTHREAD && !borrowed[${c}] && !anyInEfi ->
        if
        :: EFI_IRQS_OFF ->
            if
            :: loaded[${c}] == MM -> archLeave(${c})
            :: else -> skip
            fi;
            loaded[${c}] = INIT_MM
        :: else ->
            if
            :: loaded[${c}] == MM -> mask[${c}] = false
            :: else -> skip
            fi
        fi;
        saved[${c}] = loaded[${c}]; loaded[${c}] = EFI_MM; checkLeak() }
    /* cpu${c}: the EFI call returns to the saved mm, or (fixed) to init_mm */
    :: d_step { online(${c}) && inEfi(${c}) ->
        if
        :: EFI_FIXED -> loaded[${c}] = INIT_MM; saved[${c}] = INIT_MM; dropLazy(${c})
        :: else ->
            loaded[${c}] = saved[${c}]; saved[${c}] = INIT_MM;
            if
            :: loaded[${c}] == MM && TRACKED -> mask[${c}] = true
            :: else -> skip
            fi
        fi;
        checkLeak() }
    /* cpu${c}: the arch leaves lazy M behind the scheduler's back (flush_tlb_func, leave_mm, ...) */
    :: d_step { DIVERGES && normal(${c}) && lazy(${c}) && !borrowed[${c}] && loaded[${c}] == MM ->
        archLeave(${c}); checkLeak() }
</#list>
    od
}
