#!/bin/sh
# run.sh TARGET BUILD_DIR SECONDS: one libFuzzer run of a dipnet fuzz target
# (make fuzz runs every target in turn).
#  - corpus: tests/fuzz/corpus-run/TARGET (scratch, ignored by git) grows
#    from the committed seeds in tests/fuzz/corpus/TARGET and past findings
#    in tests/fuzz/regress/TARGET;
#  - dictionary: tests/fuzz/TARGET.dict when present;
#  - a crash, leak, timeout or broken invariant is saved under
#    BUILD_DIR/findings/TARGET/ and stops the run with exit 1: minimise it
#    (BUILD_DIR/TARGET -minimize_crash=1 FILE), fix the bug and commit the
#    input to tests/fuzz/regress/TARGET/ named after the bug;
#  - the last lines of the log (executions, coverage) are printed and kept
#    in BUILD_DIR/findings/TARGET.log.
set -u
t=$1 b=$2 secs=$3
run=tests/fuzz/corpus-run/$t
mkdir -p "$run" "$b/findings/$t"
set -- -max_total_time="$secs" -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix="$b/findings/$t/" -print_final_stats=1
[ -f "tests/fuzz/$t.dict" ] && set -- "$@" -dict="tests/fuzz/$t.dict"
# FUZZ_KEEP_GOING=1: go on after a finding (fork mode), to collect every
# distinct finding of a target whose known bug would stop it at once
[ "${FUZZ_KEEP_GOING:-0}" = 1 ] && set -- "$@" -fork=1 -ignore_crashes=1 \
    -ignore_timeouts=1 -ignore_ooms=1
case $t in
    fuzz_extract) set -- "$@" -max_len=65536
        # the project's own seed texts are good starting points
        for f in data/*.txt; do [ -f "$f" ] && cp "$f" "$run/"; done ;;
    *) set -- "$@" -max_len=8192 ;;
esac
dirs="$run"
for d in "tests/fuzz/corpus/$t" "tests/fuzz/regress/$t"; do
    [ -d "$d" ] && dirs="$dirs $d"
done
log="$b/findings/$t.log"
echo "fuzz: $t for $secs s (log: $log)"
# shellcheck disable=SC2086
"$b/$t" "$@" $dirs >"$log" 2>&1
rc=$?
grep -E "^#[0-9]+ *(DONE|INITED)|^#[0-9]+: cov|stat::number_of_executed_units|stat::peak_rss_mb|ERROR|SUMMARY|invariant" "$log" | tail -8
if [ "$rc" -ne 0 ]; then
    echo "fuzz: $t FAILED (exit $rc); reproducer(s):"
    ls -1 "$b/findings/$t/"
    exit 1
fi
