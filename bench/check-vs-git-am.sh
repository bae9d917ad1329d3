#!/usr/bin/env bash
# Times `activemm check` of a patch series against `git am` of the same
# series: check reads the series and applies it in memory on TREE's base
# revision; git am applies it to a work tree of the same repository, made
# once (git clone --shared, outside the timing) and reset to the base after
# every run (outside the timing too). One warm-up of each, then RUNS rounds
# in which git am and three kinds of activemm run each run once, in rotating
# order: cold (an empty cache directory: the first check ever), new base (the
# prefilter cache warm but no facts of this base: the first check of a base
# after checks of others or a scan) and warm (the base's facts cached: every
# later check of it). Medians of wall-clock and CPU time, their ratios, and
# activemm's peak RSS.
#
# usage: bench/check-vs-git-am.sh [-n RUNS] TREE SERIES [BASE]
#   TREE is a git repository (bare or not), SERIES a directory of
#   format-patch files or one mbox; BASE defaults to the series'
#   base-commit: trailer, else TREE's HEAD. RUNS defaults to 5.
#   ACTIVEMM_CMD replaces `bin/activemm check --format json`; --base BASE,
#   TREE and SERIES are appended to it.
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
runs=5
if [ "${1:-}" = "-n" ]; then
    runs=${2:?"-n needs a number"}
    shift 2
fi
if [ $# -lt 2 ] || [ $# -gt 3 ]; then
    echo "usage: $0 [-n RUNS] TREE SERIES [BASE]" >&2
    exit 2
fi
tree=$1
series=$2
git -C "$tree" rev-parse --git-dir >/dev/null 2>&1 || { echo "$0: not a git repository: $tree" >&2; exit 3; }
if [ -d "$series" ]; then
    mapfile -t mails < <(find "$series" -maxdepth 1 -type f \( -name '*.patch' -o -name '*.mbox' -o -name '*.eml' \) | sort)
elif [ -f "$series" ]; then
    mails=("$series")
else
    echo "$0: no such series: $series" >&2
    exit 3
fi
[ ${#mails[@]} -gt 0 ] || { echo "$0: no patch files in $series" >&2; exit 3; }
base=${3:-$(grep -h -m1 '^base-commit: ' "${mails[@]}" 2>/dev/null | head -1 | cut -d' ' -f2 || true)}
base=$(git -C "$tree" rev-parse --verify -q "${base:-HEAD}^{commit}") || { echo "$0: unknown base in $tree" >&2; exit 3; }

if [ -n "${ACTIVEMM_CMD:-}" ]; then
    read -r -a activemm <<<"$ACTIVEMM_CMD"
else
    activemm=("$here/bin/activemm" check --format json)
    if ! "$here/bin/activemm" check --help >/dev/null 2>&1; then
        echo "$0: '$here/bin/activemm check' does not run (build with ./mvnw -q package -DskipTests)" >&2
        exit 3
    fi
fi
activemm+=(--base "$base" "$tree" "$series")

# shellcheck source=lib/timing.sh
source "$here/bench/lib/timing.sh"
work=$(mktemp -d)
trap 'rm -rf "$stats_file" "$cache_root" "$work"' EXIT
echo "making a work tree of $tree at ${base:0:12} for git am (timed once, apart)" >&2
# git am needs a checkout of the base, as check needs the base's facts once: time it, once, apart
checkout=$(run_once sh -c 'git clone -q --shared -n "$1" "$2" && git -C "$2" checkout -q --detach "$3"' sh \
    "$tree" "$work/tree" "$base")
# git am stops at a mail without a diff (a cover letter): drop those, as a maintainer's tooling does
am=(git -C "$work/tree" -c user.name=bench -c user.email=bench@example.invalid am -q --empty=drop "${mails[@]}")

# am_once: one timed git am, then the reset (not timed); a failed am is a failed bench
am_once() {
    local result
    result=$(run_once "${am[@]}")
    if [ "$(git -C "$work/tree" rev-list --count "$base..HEAD")" -eq 0 ]; then
        echo "$0: git am applied nothing: ${am[*]}" >&2
        exit 3
    fi
    git -C "$work/tree" am --abort >/dev/null 2>&1 || true
    git -C "$work/tree" reset -q --hard "$base"
    echo "$result"
}

print_line() {
    awk -v label="$1" -v ours="$2" -v theirs="$3" 'BEGIN {
        split(ours, o, " "); split(theirs, t, " ")
        rss = o[3] == "" ? "unknown" : sprintf("%.0f MiB", o[3] / 1024)
        cpu_ratio = t[2] > 0 ? sprintf("%4.2f", o[2] / t[2]) : "n/a"
        printf "%-22s activemm check %6.3f s (cpu %5.2f s)   git am %6.3f s (cpu %5.2f s)   ratio %4.2f (cpu %s)   activemm peak RSS %s\n",
            label, o[1], o[2], t[1], t[2], o[1] / t[1], cpu_ratio, rss
    }'
}

echo "tree $tree, base ${base:0:12}, ${#mails[@]} input file(s) from $series; $runs interleaved rounds after one warm-up each, medians; $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
# new_base_once: a check whose prefilter cache knows the tree's blobs but which has no facts of the base
new_base_once() {
    rm -rf "$cache_root/new-base/check-facts"
    cache_mode=given
    export ACTIVEMM_CACHE_DIR=$cache_root/new-base
    run_once "${activemm[@]}"
}

cold=() new_base=() warm=() theirs=()
rm -rf "$cache_root/warm" "$cache_root/new-base"
cache_mode=warm
run_once "${activemm[@]}" >/dev/null
cache_mode=cold
run_once "${activemm[@]}" >/dev/null
(new_base_once) >/dev/null
am_once >/dev/null
for i in $(seq "$runs"); do
    case $((i % 4)) in
        1) order="cold new warm am" ;;
        2) order="new warm am cold" ;;
        3) order="warm am cold new" ;;
        0) order="am cold new warm" ;;
    esac
    for what in $order; do
        case $what in
            cold) cache_mode=cold; cold+=("$(run_once "${activemm[@]}")") ;;
            new) new_base+=("$(new_base_once)") ;;
            warm) cache_mode=warm; warm+=("$(run_once "${activemm[@]}")") ;;
            am) theirs+=("$(am_once)") ;;
        esac
    done
done
print_line "check, cold cache" "$(summarize "${cold[@]}")" "$(summarize "${theirs[@]}")"
print_line "check, new base" "$(summarize "${new_base[@]}")" "$(summarize "${theirs[@]}")"
print_line "check, warm cache" "$(summarize "${warm[@]}")" "$(summarize "${theirs[@]}")"
echo "$checkout" | awk '{ printf "git clone --shared and checkout of the base for the git am work tree (once, not in the figures above): %.3f s (cpu %.2f s)\n", $1, $2 }'
