#!/bin/sh
# Records the class-data-sharing archive bin/activemm starts with: the classes a
# training scan and a training check load (a check of the fixture series on a
# throw-away git repository of its fixture tree), dumped into one static archive,
# since a dynamic archive can only hold the classes of a single run.
# usage: src/build/cds-archive.sh TARGET_DIR PROJECT_DIR   (run by `./mvnw package`)
set -eu
target=$1
project=$2
jar="$target/activemm.jar"
work="$target/cds-training"
rm -rf "$work" "$target/activemm.jsa"
mkdir -p "$work"
export ACTIVEMM_CACHE_DIR="$work/cache"
java_opts="-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:off"

# scan and check exit 1 on these fixtures (sites to change, a series not ready): that is expected
train() {
    list=$1
    shift
    status=0
    java $java_opts -XX:DumpLoadedClassList="$list" -jar "$jar" "$@" >/dev/null || status=$?
    [ "$status" -le 1 ] || { echo "cds-archive: training run failed ($status): $*" >&2; exit 1; }
}

train "$work/scan.classlist" scan --format=sarif --quiet --notes "$project/kernel-fixtures/linux-4.19-shape"
lists="$work/scan.classlist"
if command -v git >/dev/null 2>&1; then
    cp -R "$project/kernel-fixtures/linux-6.5-shape" "$work/repo"
    git -C "$work/repo" init -q
    git -C "$work/repo" add -A
    git -C "$work/repo" -c user.name=cds -c user.email=cds@example.invalid -c commit.gpgsign=false commit -q -m base
    train "$work/check.classlist" check --format=json "$work/repo" "$project/kernel-fixtures/series/linux-6.5-shape/good"
    lists="$lists $work/check.classlist"
else
    echo "cds-archive: no git, so the archive holds the scan's classes only" >&2
fi
# a class listed twice (both runs load it) crashes the dump: keep the first line of each
# shellcheck disable=SC2086
awk '!seen[$0]++' $lists >"$work/classes.list"
java -Xshare:dump -XX:+UseSerialGC -XX:SharedClassListFile="$work/classes.list" \
    -XX:SharedArchiveFile="$target/activemm.jsa" -Xlog:cds=off -cp "$jar" >"$work/dump.log" 2>&1 \
    || { echo "cds-archive: the dump failed, see $work/dump.log" >&2; exit 1; }
rm -rf "$work/repo" "$work/cache"
