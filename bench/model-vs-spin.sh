#!/usr/bin/env bash
# Times the Java checker and SPIN on the same (arch, scheme, strategy) and prints the ratio and state
# counts, then times the Java checker on every (arch, scheme, strategy) at 4 CPUs.
# usage: bench/model-vs-spin.sh [ARCH] [SCHEME] [STRATEGY] [CPUS] [EFI]
#        (default: x86 seed piggyback 3 irqs-off)
# Needs a built jar (./mvnw -q package -DskipTests), spin and gcc.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
arch=${1:-x86} scheme=${2:-seed} strategy=${3:-piggyback} cpus=${4:-3} efi=${5:-irqs-off}
for tool in spin gcc java; do
    command -v "$tool" >/dev/null || { echo "model-vs-spin: $tool is not installed" >&2; exit 3; }
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
now() { date +%s.%N; }
pair=(--arch "$arch" --scheme "$scheme" --strategy "$strategy" --cpus "$cpus" --efi "$efi")

# Java: the checker's own timing excludes JVM start-up; the wall time includes it. The Java checker
# stores one state per CPU permutation (symmetry reduction); SPIN stores every permutation.
t0=$(now)
set +e
"$here/bin/activemm" model check "${pair[@]}" --format json >"$work/java.json"
set -e
t1=$(now)
java_states=$(grep -o '"states_explored" : [0-9]*' "$work/java.json" | tail -1 | grep -o '[0-9]*$')
java_search=$(grep -o '"seconds" : [0-9.E-]*' "$work/java.json" | grep -o '[0-9.E-]*$')
java_safe=$(grep -o '"safe" : [a-z]*' "$work/java.json" | head -1 | grep -o '[a-z]*$')

"$here/bin/activemm" model export --format promela "${pair[@]}" --output "$work/model.pml"
cd "$work"
t2=$(now)
spin -a model.pml >/dev/null
gcc -O2 -DBFS -DSAFETY -o pan pan.c
t3=$(now)
./pan >pan.out
t4=$(now)
spin_states=$(grep -o '[0-9]* states, stored' pan.out | grep -o '^[0-9]*')
spin_errors=$(grep -o 'errors: [0-9]*' pan.out | grep -o '[0-9]*$')

awk -v a="$arch" -v s="$scheme/$strategy" -v c="$cpus" -v e="$efi" \
    -v t0="$t0" -v t1="$t1" -v t2="$t2" -v t3="$t3" -v t4="$t4" \
    -v js="$java_search" -v jst="$java_states" -v jsafe="$java_safe" -v sst="$spin_states" -v serr="$spin_errors" 'BEGIN {
    jw = t1 - t0; sc = t3 - t2; sv = t4 - t3
    printf "%s %s, %d CPUs, EFI %s\n", a, s, c, e
    printf "java : %s, %d states, search %.3f s, wall %.3f s (with JVM start-up)\n", (jsafe == "true" ? "safe" : "unsafe"), jst, js, jw
    printf "spin : %s, %d states, verify %.3f s, spin -a + gcc %.3f s\n", (serr == 0 ? "safe" : "unsafe"), sst, sv, sc
    printf "ratio: spin verify / java search = %.2f; spin total / java wall = %.2f\n", (js > 0 ? sv / js : 0), (jw > 0 ? (sv + sc) / jw : 0)
}'

# Every (arch, scheme, strategy) at 4 CPUs with the same EFI switch, in one JVM.
t5=$(now)
set +e
"$here/bin/activemm" model check --cpus 4 --efi "$efi" --format json >"$work/all.json"
set -e
t6=$(now)
pairs=$(grep -c '"arch" :' "$work/all.json")
all_states=$(grep -o '"states_explored" : [0-9]*' "$work/all.json" | tail -1 | grep -o '[0-9]*$')
all_search=$(grep -o '"seconds" : [0-9.E-]*' "$work/all.json" | grep -o '[0-9.E-]*$')
awk -v p="$pairs" -v st="$all_states" -v s="$all_search" -v t5="$t5" -v t6="$t6" -v e="$efi" 'BEGIN {
    printf "all  : %d pairs at 4 CPUs, EFI %s: %d states, search %.3f s, wall %.3f s (with JVM start-up)\n", p, e, st, s, t6 - t5
}'
