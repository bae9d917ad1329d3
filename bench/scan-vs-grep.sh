#!/usr/bin/env bash
# Times `activemm scan` against `git grep` for the same identifiers on the same
# tree: one warm-up of each, then RUNS rounds in which each runs once, medians
# of wall-clock and CPU time and their ratios, and activemm's peak RSS. With
# REV, also `activemm scan --rev REV` against `git grep ... REV` (a bare
# repository has only that comparison).
# activemm is timed twice: "cold", every run with an empty prefilter cache
# (ACTIVEMM_CACHE_DIR set to a fresh directory: the first scan of a tree,
# writing the cache included), and "warm", every run with the cache the
# warm-up run filled (a re-scan). The user's own cache is never touched.
# The rounds interleave the three and rotate their order: on a machine that
# drops page cache in the background, no tool always pays for re-reading.
#
# usage: bench/scan-vs-grep.sh [-n RUNS] TREE [REV]
#   RUNS defaults to 5. ACTIVEMM_CMD replaces `bin/activemm scan --format json
#   --quiet` (for instance to time a different JVM option or build); the tree
#   (and --rev REV) are appended to it.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then
    runs=${2:?"-n needs a number"}
    shift 2
fi
if [ $# -lt 1 ] || [ $# -gt 2 ]; then
    echo "usage: $0 [-n RUNS] TREE [REV]" >&2
    exit 2
fi
tree=$1
rev=${2:-}
[ -d "$tree" ] || { echo "$0: no such tree: $tree" >&2; exit 3; }

if [ -n "${ACTIVEMM_CMD:-}" ]; then
    read -r -a activemm <<<"$ACTIVEMM_CMD"
else
    activemm=("$here/bin/activemm" scan --format json --quiet)
    if ! "$here/bin/activemm" scan --help >/dev/null 2>&1; then
        echo "$0: '$here/bin/activemm scan' does not run (build with ./mvnw -q package -DskipTests)" >&2
        exit 3
    fi
fi
grep_words=(grep -n -w -e active_mm -e mmgrab -e mmdrop -e enter_lazy_tlb)

# shellcheck source=lib/timing.sh
source "$here/bench/lib/timing.sh"

# compare LABEL GREP_CMD -- ACTIVEMM_CMD: two lines of results, activemm with a cold and a warm cache
compare() {
    local label=$1
    shift
    local grep_cmd=()
    while [ "$1" != "--" ]; do grep_cmd+=("$1"); shift; done
    shift
    local cold=() warm=() theirs=() order what
    # warm-ups; the warm one fills the cache the warm runs use
    rm -rf "$cache_root/warm"
    cache_mode=warm
    run_once "$@" >/dev/null
    cache_mode=cold
    run_once "$@" >/dev/null
    run_once "${grep_cmd[@]}" >/dev/null
    for i in $(seq "$runs"); do
        case $((i % 3)) in
            1) order="cold warm grep" ;;
            2) order="warm grep cold" ;;
            0) order="grep cold warm" ;;
        esac
        for what in $order; do
            case $what in
                cold) cache_mode=cold; cold+=("$(run_once "$@")") ;;
                warm) cache_mode=warm; warm+=("$(run_once "$@")") ;;
                grep) theirs+=("$(run_once "${grep_cmd[@]}")") ;;
            esac
        done
    done
    print_line "$label, cold" "$(summarize "${cold[@]}")" "$(summarize "${theirs[@]}")"
    print_line "$label, warm" "$(summarize "${warm[@]}")" "$(summarize "${theirs[@]}")"
}

# print_line LABEL OURS THEIRS
print_line() {
    awk -v label="$1" -v ours="$2" -v theirs="$3" 'BEGIN {
        split(ours, o, " "); split(theirs, t, " ")
        rss = o[3] == "" ? "unknown" : sprintf("%.0f MiB", o[3] / 1024)
        cpu_ratio = t[2] > 0 ? sprintf("%4.2f", o[2] / t[2]) : "n/a"
        printf "%-24s activemm %6.3f s (cpu %5.2f s)   git grep %6.3f s (cpu %5.2f s)   ratio %4.2f (cpu %s)   activemm peak RSS %s\n",
            label, o[1], o[2], t[1], t[2], o[1] / t[1], cpu_ratio, rss
    }'
}

bare=$(git -C "$tree" rev-parse --is-bare-repository 2>/dev/null || echo none)
if [ "$bare" = true ] && [ -z "$rev" ]; then
    echo "$0: $tree is a bare repository: give a REV" >&2
    exit 2
fi
if [ "$bare" = none ] && [ -n "$rev" ]; then
    echo "$0: $tree is not a git repository (needed for REV $rev)" >&2
    exit 3
fi
echo "tree $tree; $runs interleaved rounds after one warm-up each, medians; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
case $bare in
    false)
        compare "working tree" git -C "$tree" "${grep_words[@]}" -- "${activemm[@]}" "$tree" ;;
    none)
        compare "directory" git -C "$tree" "${grep_words[@]}" --no-index -- "${activemm[@]}" "$tree" ;;
esac
if [ -n "$rev" ]; then
    compare "revision $rev" git -C "$tree" "${grep_words[@]}" "$rev" -- "${activemm[@]}" --rev "$rev" "$tree"
fi
