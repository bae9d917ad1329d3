#!/usr/bin/env bash
# The acceptance test of a generated series: generate it for ARCH and check it, apply it to a scratch
# copy of TREE, build a small KASAN kernel with the option on (the series) and one with it off (the
# unpatched base), boot each under QEMU with 4 CPUs and bench/boot/stress-init.c as init, and read
# each serial log. One line per kernel: built, booted, stress passed, function-call IPIs per exit
# next to the model's figure.
#
# usage: bench/boot-series.sh [--rev REV] [--only off|on] [--work DIR] [--jobs N] [--timeout S]
#                             [--exits N] [--rounds N] [--make-arg VAR=VALUE]... [--config FILE]... TREE ARCH
#   TREE  a kernel git repository, bare or not; everything is made from REV (default HEAD), never
#         from TREE's files on disk, and TREE is only read
#   ARCH  x86 or arm64
#   --work DIR   scratch sources, builds, series and logs, kept between runs so builds are
#                incremental (default: $ACTIVEMM_BOOT_WORK, else ~/.cache/activemm-boot)
#   --jobs N     make -j (default 2); builds run under nice -n 10
#   --timeout S  seconds a boot may take before it counts as a hang (default 1200)
#   --make-arg   passed to every make, e.g. EXTRA_CFLAGS=-Wno-error=use-after-free for 4.19's objtool
#                with gcc 12
#   --config FILE  a further config fragment, read after bench/boot's (its lines win), e.g.
#                bench/boot/x86_64-frame-pointer.config for 4.19, whose objtool cannot read what
#                binutils 2.40 assembles
#   --exits, --rounds  the stress init's measured exits (default 32) and stress rounds (default 4)
# Missing Debian packages are installed with apt-get (as root, else through sudo).
# Exit: 0 every kernel built, booted and passed (and activemm check, where present, said ready);
# 1 something failed; 2 usage; 3 missing input or tools.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
activemm="$here/bin/activemm"

usage() { sed -n '/^# usage:/,/^# Exit:/p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
make_args=() extra_fragments=()
rev=HEAD variants="off on" jobs=2 timeout=1200 exits=32 rounds=4
work=${ACTIVEMM_BOOT_WORK:-$HOME/.cache/activemm-boot}
while [ $# -gt 0 ]; do
    case $1 in
        --rev) rev=$2; shift 2 ;;
        --only) variants=$2; shift 2 ;;
        --work) work=$2; shift 2 ;;
        --jobs) jobs=$2; shift 2 ;;
        --timeout) timeout=$2; shift 2 ;;
        --exits) exits=$2; shift 2 ;;
        --rounds) rounds=$2; shift 2 ;;
        --make-arg) make_args+=("$2"); shift 2 ;;
        --config) extra_fragments+=("$(cd "$(dirname "$2")" && pwd)/$(basename "$2")"); shift 2 ;;
        -h|--help) usage ;;
        -*) echo "boot-series: unknown option $1" >&2; usage ;;
        *) break ;;
    esac
done
[ $# -eq 2 ] || usage
tree=$1 arch=$2
case $variants in off|on|"off on") ;; *) echo "boot-series: --only takes off or on" >&2; exit 2 ;; esac

case $arch in
    x86)
        karch=x86_64 cross= target=bzImage image=arch/x86/boot/bzImage cc=gcc console=ttyS0
        qemu=(qemu-system-x86_64 -M pc -accel tcg -smp 4 -m 1G)
        tools=(qemu-system-x86_64:qemu-system-x86 gcc:gcc /usr/lib/x86_64-linux-gnu/libc.a:libc6-dev) ;;
    arm64)
        karch=arm64 cross=aarch64-linux-gnu- target=Image image=arch/arm64/boot/Image cc=aarch64-linux-gnu-gcc
        console=ttyAMA0
        qemu=(qemu-system-aarch64 -M virt -cpu cortex-a57 -smp 4 -m 1G)
        tools=(qemu-system-aarch64:qemu-system-arm aarch64-linux-gnu-gcc:gcc-aarch64-linux-gnu
               /usr/aarch64-linux-gnu/lib/libc.a:libc6-dev-arm64-cross gcc:gcc) ;;
    *) echo "boot-series: ARCH is x86 or arm64, not '$arch'" >&2; exit 2 ;;
esac

# --- tools: command or file, then the Debian package that provides it ---
tools+=(make:make git:git flex:flex bison:bison bc:bc cpio:cpio timeout:coreutils
        /usr/include/libelf.h:libelf-dev /usr/include/openssl/ssl.h:libssl-dev)
missing=()
for t in "${tools[@]}"; do
    what=${t%%:*} pkg=${t#*:}
    case $what in
        /*) [ -e "$what" ] || missing+=("$pkg") ;;
        *) command -v "$what" >/dev/null 2>&1 || missing+=("$pkg") ;;
    esac
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "boot-series: installing ${missing[*]}" >&2
    sudo=; [ "$(id -u)" -eq 0 ] || sudo=sudo
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ -f "$here/target/activemm.jar" ] || { echo "boot-series: build activemm first: ./mvnw -q -B package -DskipTests" >&2; exit 3; }

commit=$(git -C "$tree" rev-parse --verify -q "$rev^{commit}") \
    || { echo "boot-series: $tree has no revision $rev" >&2; exit 3; }
name=$(basename "$(cd "$tree" && pwd)")
case $name in repo|.git) name=$(basename "$(dirname "$(cd "$tree" && pwd)")") ;; esac
key=$(printf '%s' "$name" | tr -c 'A-Za-z0-9._+-' '_')-${commit:0:12}
mkdir -p "$work"/{src,build,series,logs}
work=$(cd "$work" && pwd)
series=$work/series/$key-$arch
failed=0
results=()
say() { echo "boot-series: $*"; }
result() { results+=("$*"); echo "==> $*"; }
field() { printf '%s\n' "$head" | tr ' ' '\n' | sed -n "s/^$1=//p"; } # FIELD of the verdict line $head
elapsed() { printf '%dm%02ds' $(($1 / 60)) $(($1 % 60)); }

say "machine: $(nproc) CPUs ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //'))," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB, load $(cut -d' ' -f1-3 /proc/loadavg);" \
    "$("${qemu[0]}" --version | head -1); $($cc --version | head -1)"
say "tree $tree at $commit, arch $arch, work $work"

# --- 1. generate the series and check it ---
gen_rc=0
"$activemm" generate --arch "$arch" --rev "$commit" --out "$series" --force \
    --signoff 'activemm boot test <boot@localhost>' "$tree" >"$work/logs/$key-$arch-generate.log" 2>&1 || gen_rc=$?
# 1 means the series leaves hand work (an RFC without the select); anything above is an error.
if [ $gen_rc -gt 1 ]; then
    say "generate failed (exit $gen_rc): $(tail -1 "$work/logs/$key-$arch-generate.log")"
    failed=1
fi
patches=()
for p in "$series"/[0-9][0-9][0-9][0-9]-*.patch; do
    [ -e "$p" ] && [ "${p##*/}" != 0000-cover-letter.patch ] && patches+=("$p")
done
say "series: ${#patches[@]} patches in $series (generate exit $gen_rc)"
if "$activemm" check --help 2>/dev/null | grep -q '^Usage: activemm check'; then
    check_rc=0
    # the whole directory, so check sees the cover letter that a series of more than one patch needs
    "$activemm" check --base "$commit" --arch "$arch" "$tree" "$series" \
        >"$work/logs/$key-$arch-check.log" 2>&1 || check_rc=$?
    say "activemm check: exit $check_rc ($(tail -1 "$work/logs/$key-$arch-check.log"))"
    [ $check_rc -eq 0 ] || failed=1
else
    say "activemm check: not in this build of activemm; skipped"
fi

# The model's function-call IPIs per exit at 4 CPUs for a scheme; '?' when the model has no such scheme.
predicted() {
    # model check exits 1 when any variant of the arch is unsafe; the figure is wanted all the same
    { "$activemm" model check --arch "$arch" --strategy "$1" --cpus 4 --format json 2>/dev/null || true; } \
        | awk '/"ipis_per_exit"/ {in_ipis = 1} in_ipis && /"4" :/ {gsub(/[^0-9]/, "", $3); print $3; exit}' \
        | grep . || echo '?'
}

# --- 2. a scratch copy of the tree at the base, with the series for 'on' ---
prepare_source() { # DIR [PATCH...]
    local dir=$1; shift
    local stamp
    stamp="$commit $(cat "$@" /dev/null | sha256sum | cut -c1-16)"
    [ -d "$dir/.git" ] || git clone -q --shared -n "$tree" "$dir"
    if [ "$(cat "$dir/.git/activemm-stamp" 2>/dev/null)" != "$stamp" ]; then
        # A snapshot may lack blobs the kernel build never reads: checkout reports them and goes on.
        git -C "$dir" checkout -q -f --detach "$commit" 2>"$dir.checkout.log" || true
        [ "$(git -C "$dir" rev-parse HEAD)" = "$commit" ] || { say "checkout of $commit in $dir failed"; return 1; }
        git -C "$dir" clean -fdq # files an earlier series added
        # git apply, not git am: am writes trees, which fails on a snapshot with missing blobs.
        if [ $# -gt 0 ] && ! git -C "$dir" apply "$@" >"$dir.apply.log" 2>&1; then
            say "the series does not apply: $(head -3 "$dir.apply.log" | tr '\n' ' ')"
            return 1
        fi
        echo "$stamp" >"$dir/.git/activemm-stamp"
    fi
    # Some snapshots commit a distribution .config; an O= build refuses a source tree that has one.
    rm -f "$dir/.config"
}

# --- 3. the kernel: tinyconfig plus the fragments, option on or off ---
fragments=("$here/bench/boot/common.config" "$here/bench/boot/$karch.config" ${extra_fragments[@]+"${extra_fragments[@]}"})
# CROSS_COMPILE is always given: some trees default it in their Makefile (a 4.19 board tree: arm-linux-gnueabi-).
kmake() { nice -n 10 make -C "$src" O="$build" ARCH="$karch" CROSS_COMPILE="$cross" ${make_args[@]+"${make_args[@]}"} "$@"; }
configure() { # VARIANT
    if ! cat "${fragments[@]}" | cmp -s - "$build/.activemm-fragments"; then
        kmake -s tinyconfig >/dev/null
        cat "${fragments[@]}" >>"$build/.config"
        cat "${fragments[@]}" >"$build/.activemm-fragments"
    fi
    kmake -s olddefconfig 2>&1 | grep -v 'override:' || true
    local bad=0 line k v
    while read -r line; do
        k=${line%%=*} v=${line#*=}
        if [ "$v" = n ]; then
            ! grep -q "^$k=" "$build/.config" || { say "config: $k is set, want n"; bad=1; }
        else
            grep -qx "$line" "$build/.config" || { say "config: want $line, got '$(grep "^$k=" "$build/.config")'"; bad=1; }
        fi
    done < <(grep -h '^CONFIG_' "${fragments[@]}" | awk -F= '{last[$1] = $0; order[NR] = $1} END {for (i = 1; i <= NR; i++) if (!(order[i] in seen)) {seen[order[i]] = 1; print last[order[i]]}}')
    if [ "$1" = on ]; then
        grep -q '^CONFIG_ARCH_NO_TASK_ACTIVE_MM=y' "$build/.config" || { say "config: the option is not on"; bad=1; }
    else
        ! grep -q '^CONFIG_ARCH_NO_TASK_ACTIVE_MM=y' "$build/.config" || { say "config: the option is on"; bad=1; }
    fi
    return $bad
}

# --- 4. the initramfs: the stress init, static ---
cpio=$work/initramfs-$karch.cpio
mkdir -p "$work/initramfs-$karch"
$cc -static -O2 -Wall -pthread -o "$work/initramfs-$karch/init" "$here/bench/boot/stress-init.c"
(cd "$work/initramfs-$karch" && echo init | cpio -o -H newc --quiet) >"$cpio"

for variant in $variants; do
    label="$arch $variant"
    if [ "$variant" = on ]; then
        src=$work/src/$key-$arch-on
        if ! grep -qE '^\+\s*select ARCH_NO_TASK_ACTIVE_MM' "${patches[@]}" /dev/null; then
            result "$label: not built: the series selects nothing for $arch (hand work left, see $series/0000-cover-letter.patch)"
            failed=1; continue
        fi
        strategy=$(grep -m1 -oE "^ +$arch: [a-z-]+" "$series/0000-cover-letter.patch" 2>/dev/null | awk '{print $2}') || true
        strategy=${strategy:-?}
        prepare_source "$src" "${patches[@]}" || { result "$label: not built: no source"; failed=1; continue; }
    else
        src=$work/src/$key-off
        strategy=refcount # the unpatched kernel: x86 and arm64 keep the mm_count reference of a lazy CPU
        prepare_source "$src" || { result "$label: not built: no source"; failed=1; continue; }
    fi
    build=$work/build/$key-$arch-$variant
    log=$work/logs/$key-$arch-$variant
    mkdir -p "$build"
    if ! configure "$variant" >"$log.config.log" 2>&1; then
        cat "$log.config.log"
        result "$label: not built: configuration (see $log.config.log)"; failed=1; continue
    fi
    t0=$(date +%s)
    if ! kmake -j"$jobs" "$target" >"$log.build.log" 2>&1; then
        grep -m5 -E 'error:|Error [0-9]' "$log.build.log" || tail -5 "$log.build.log"
        result "$label: build FAILED after $(elapsed $(($(date +%s) - t0))) (see $log.build.log)"; failed=1; continue
    fi
    built="built in $(elapsed $(($(date +%s) - t0)))"

    t0=$(date +%s)
    qemu_rc=0
    timeout -k 10 "$timeout" "${qemu[@]}" -kernel "$build/$image" -initrd "$cpio" \
        -append "console=$console panic=-1 -- exits=$exits rounds=$rounds" \
        -display none -serial stdio -monitor none -no-reboot </dev/null >"$log.boot.log" 2>&1 || qemu_rc=$?
    booted="boot $(elapsed $(($(date +%s) - t0)))"
    [ $qemu_rc -ne 124 ] || booted="$booted, timed out after ${timeout}s"

    # --- 5. the verdict ---
    verdict_rc=0
    "$activemm" boot-log "$log.boot.log" >"$log.verdict" 2>&1 || verdict_rc=$?
    head=$(head -1 "$log.verdict")
    if [ $verdict_rc -gt 1 ]; then
        result "$label: $built, $booted, log not read: $head"; failed=1; continue
    fi
    ipis="$(field call_ipis_per_exit) function-call IPIs per exit"
    [ "$arch" != x86 ] || ipis="$ipis ($(field non_tlb_call_ipis_per_exit) without TLB shootdowns)"
    model="model ($strategy): $(predicted "$strategy") per exit from the scheme's exit step"
    if [ $verdict_rc -eq 0 ] && [ $qemu_rc -eq 0 ]; then
        result "$label: $built, booted, stress passed ($booted; $(field exits) exits, $(field execs) exec rounds," \
            "$(field hotplug_cycles) CPU offline/online, $(field kicks) kworker rounds): $ipis; $model"
    else
        result "$label: $built, $booted, FAILED: $(field verdict) (qemu exit $qemu_rc; $log.boot.log); $ipis; $model"
        tail -n +2 "$log.verdict" | head -5
        failed=1
    fi
done

echo
say "summary ($(date -u '+%Y-%m-%d %H:%M UTC')):"
printf '  %s\n' "${results[@]}"
exit $failed
