# Shared by the bench scripts: run_once, median and summarize, and the
# GNU time they use for CPU time and peak RSS. Sourcing it sets gnu_time,
# stats_file and cache_root (removed on exit by its trap; a script that sets
# its own trap removes them too) and cache_mode (cold: every run gets a fresh
# ACTIVEMM_CACHE_DIR; warm: one shared directory; given: ACTIVEMM_CACHE_DIR as
# the caller set it).

# GNU time gives the peak RSS; install it when missing, and say so.
gnu_time=/usr/bin/time
if [ ! -x "$gnu_time" ]; then
    echo "note: /usr/bin/time (GNU time) is missing; installing it with apt-get for the peak RSS" >&2
    if ! { apt-get install -y -qq time >/dev/null 2>&1 || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1; }; }; then
        echo "note: could not install GNU time; peak RSS will not be reported" >&2
        gnu_time=
    fi
fi

stats_file=$(mktemp)
cache_root=$(mktemp -d)
trap 'rm -rf "$stats_file" "$cache_root"' EXIT
# cold: a fresh cache directory per run; warm: one shared directory
cache_mode=cold

# run_once CMD...: prints "WALL CPU" in seconds (CPU is user + system, the
# figure that stays put when other jobs share the cores; it needs GNU time)
# and leaves the peak RSS in KiB as the first field of $stats_file.
# Exit status 1 is "found something" for both tools; anything above is a failure.
run_once() {
    local start end status=0
    if [ "$cache_mode" = cold ]; then
        export ACTIVEMM_CACHE_DIR
        ACTIVEMM_CACHE_DIR=$(mktemp -d -p "$cache_root")
    elif [ "$cache_mode" = warm ]; then
        export ACTIVEMM_CACHE_DIR=$cache_root/warm
    fi
    start=$(date +%s%N)
    if [ -n "$gnu_time" ]; then
        "$gnu_time" -o "$stats_file" -f "%M %U %S" "$@" >/dev/null 2>/dev/null || status=$?
    else
        echo "" >"$stats_file"
        "$@" >/dev/null 2>/dev/null || status=$?
    fi
    end=$(date +%s%N)
    if [ "$status" -gt 1 ]; then
        echo "$0: failed (exit $status): $*" >&2
        exit 3
    fi
    # GNU time puts "Command exited with non-zero status 1" before its figures: keep the last line only
    tail -n 1 "$stats_file" | awk -v ns=$((end - start)) '{ printf "%.3f %s %s\n", ns / 1e9, ($2 == "" ? "nan" : $2 + $3), $1 }'
}

median() {
    sort -n | awk '{ t[NR] = $1 } END { print (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2 }'
}

# summarize "WALL CPU RSS"...: prints "WALL CPU PEAK_RSS_KIB" (medians, peak).
summarize() {
    printf '%s\n' "$@" | awk '{ print $1 }' | median | tr '\n' ' '
    printf '%s\n' "$@" | awk '{ print $2 }' | median | tr '\n' ' '
    printf '%s\n' "$@" | awk '{ print $3 }' | sort -n | tail -1
}

