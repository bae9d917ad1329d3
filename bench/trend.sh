#!/usr/bin/env bash
# Times `activemm trend` over N revisions of one repository against what the
# goal allows: one cold scan of the first revision plus one warm scan of each
# further revision. Per round (RUNS rounds, medians reported):
#   trend cold   `activemm trend REV...` with an empty prefilter cache
#   trend warm   the same again with the cache that run filled (a re-run)
#   scan cold    `activemm scan --rev REV` per revision, each with an empty cache
#   scan warm    the same per revision with the cache its own cold scan filled
# Wall time and CPU time (user + system, steadier on a shared machine) in seconds.
# The user's own cache is never touched.
#
# usage: bench/trend.sh [-n RUNS] REPO REV...
set -euo pipefail

here=$(cd "$(dirname "$0")/.." && pwd)
runs=3
if [ "${1:-}" = "-n" ]; then
    runs=${2:?"-n needs a number"}
    shift 2
fi
if [ $# -lt 2 ]; then
    echo "usage: $0 [-n RUNS] REPO REV..." >&2
    exit 2
fi
repo=$1
shift
revs=("$@")
[ -d "$repo" ] || { echo "$0: no such repository: $repo" >&2; exit 3; }
activemm=$here/bin/activemm
"$activemm" trend --help >/dev/null 2>&1 || { echo "$0: '$activemm trend' does not run (build with ./mvnw -q package -DskipTests)" >&2; exit 3; }
[ -x /usr/bin/time ] || { echo "$0: needs GNU time (/usr/bin/time; apt-get install time)" >&2; exit 3; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# timed NAME CACHE CMD...: runs CMD with ACTIVEMM_CACHE_DIR=CACHE and appends "WALL CPU" to $work/NAME
timed() {
    local name=$1 cache=$2 start end
    shift 2
    start=$(date +%s%N)
    ACTIVEMM_CACHE_DIR=$cache /usr/bin/time -o "$work/time" -f "%U %S" "$@" >/dev/null 2>"$work/err" || {
        status=$?
        if [ "$status" -gt 1 ]; then
            echo "$0: failed ($status): $*" >&2
            cat "$work/err" >&2
            exit 4
        fi
    }
    end=$(date +%s%N)
    awk -v w=$(( (end - start) / 1000000 )) 'END { printf "%.2f %.2f\n", w / 1000, $1 + $2 }' "$work/time" >>"$work/$name"
}

for round in $(seq "$runs"); do
    cache=$work/c$round
    timed trend-cold "$cache/trend" "$activemm" trend -C "$repo" --format json "${revs[@]}"
    timed trend-warm "$cache/trend" "$activemm" trend -C "$repo" --format json "${revs[@]}"
    for i in "${!revs[@]}"; do
        timed "scan-cold-$i" "$cache/scan$i" "$activemm" scan --quiet --format json --rev "${revs[$i]}" "$repo"
        timed "scan-warm-$i" "$cache/scan$i" "$activemm" scan --quiet --format json --rev "${revs[$i]}" "$repo"
    done
    rm -rf "$cache"
    echo "round $round of $runs done" >&2
done

# median FILE COLUMN
median() {
    sort -n -k"$2","$2" "$1" | awk -v c="$2" '{ v[NR] = $c } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

printf '%-34s %8s %8s\n' "what" "wall s" "cpu s"
goal_wall=0
goal_cpu=0
for i in "${!revs[@]}"; do
    for kind in cold warm; do
        printf '%-34s %8s %8s\n' "scan $kind ${revs[$i]}" "$(median "$work/scan-$kind-$i" 1)" "$(median "$work/scan-$kind-$i" 2)"
    done
    kind=warm
    [ "$i" -eq 0 ] && kind=cold
    goal_wall=$(awk -v a="$goal_wall" -v b="$(median "$work/scan-$kind-$i" 1)" 'BEGIN { print a + b }')
    goal_cpu=$(awk -v a="$goal_cpu" -v b="$(median "$work/scan-$kind-$i" 2)" 'BEGIN { print a + b }')
done
printf '%-34s %8s %8s\n' "goal: cold first + warm others" "$goal_wall" "$goal_cpu"
printf '%-34s %8s %8s\n' "trend cold (${#revs[@]} revisions)" "$(median "$work/trend-cold" 1)" "$(median "$work/trend-cold" 2)"
printf '%-34s %8s %8s\n' "trend warm (${#revs[@]} revisions)" "$(median "$work/trend-warm" 1)" "$(median "$work/trend-warm" 2)"
