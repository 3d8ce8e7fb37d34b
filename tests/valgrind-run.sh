#!/bin/sh
# valgrind-run.sh: the dipnet pipeline under memcheck (make valgrind).
#   tests/valgrind-run.sh "VALGRIND COMMAND" DIPNET OUTDIR SEED_TSV [SEED_TXT]
# Every step runs under memcheck with --quiet and its own log file, so a
# clean step leaves an empty log whatever its exit code: dipnet's own exit 1
# (bad input) cannot be mistaken for memcheck's --error-exitcode=1.  Each
# step states the exit code it must end with; error paths (bad input,
# unwritable output) are checked as well as the happy path.
# Steps the build cannot do yet (no extractor, no DOT output) are listed as
# skipped, with the reason, not silently passed.
set -u
VG=$1 BIN=$2 OUT=$3 SEED=$4 TEXT=${5:-}
n=0 fail=0 skip=0 ran=0

# step NAME WANT_EXIT ARGS...: runs dipnet ARGS under memcheck.
step() {
    name=$1 want=$2
    shift 2
    n=$((n + 1))
    log="$OUT/$n-$name.vg.log"
    $VG --log-file="$log" "$BIN" "$@" >"$OUT/$n-$name.out" 2>"$OUT/$n-$name.err"
    rc=$?
    if [ -s "$log" ]; then
        echo "valgrind: FAIL $name (memcheck errors, $log):"
        sed -n '1,60p' "$log"
        fail=$((fail + 1))
    elif [ "$rc" -ne "$want" ]; then
        echo "valgrind: FAIL $name: exit $rc, want $want:"
        sed -n '1,20p' "$OUT/$n-$name.err"
        fail=$((fail + 1))
    else
        echo "valgrind: ok   $name (exit $rc)"
        ran=$((ran + 1))
    fi
}

skipped() { echo "valgrind: skip $1: $2"; skip=$((skip + 1)); }

# Can this build extract text and write DOT?  (Asked without valgrind.)
has_extract=0
if [ -n "$TEXT" ] && "$BIN" extract "$TEXT" -o "$OUT/probe.tsv" \
        >/dev/null 2>"$OUT/probe.err" && [ -s "$OUT/probe.tsv" ]; then
    has_extract=1
fi
has_dot=1
"$BIN" dot "$SEED" >/dev/null 2>"$OUT/probe.err" ||
    { grep -q "not built in" "$OUT/probe.err" && has_dot=0; }

EV=$SEED
if [ "$has_extract" = 1 ]; then
    step extract 0 extract "$TEXT" -o "$OUT/seed.tsv"
    EV="$OUT/seed.tsv"
else
    skipped extract "this build has no text extractor"
fi

for f in table csv json md; do
    step "report-$f" 0 report --format "$f" -n 0 --measures all "$EV" -o "$OUT/seed.report.$f"
done
step report-stdout 0 report --by betweenness "$EV"
step report-ego 0 report --ego "$(awk -F'\t' '/^#/ {next} h++ {print $1; exit}' "$EV")" "$EV"
step import-gdelt 0 import --from gdelt tests/fixtures/gdelt/mixed.tsv -o "$OUT/gdelt.tsv"
step import-icews 0 import --from icews tests/fixtures/icews/sample.tsv -o "$OUT/icews.tsv"
step report-gdelt 0 report --from gdelt --all tests/fixtures/gdelt/mixed.tsv
step report-html 0 report --format html "$EV" -o "$OUT/seed.report.html"
for f in graphml gexf csv; do
    step "export-$f" 0 export --format "$f" --communities louvain "$EV" -o "$OUT/seed.$f"
done
step timeline 0 timeline --format csv tests/fixtures/fault/dated.tsv
step timeline-svg 0 timeline --format svg tests/fixtures/fault/dated.tsv -o "$OUT/timeline.svg"

if [ "$has_dot" = 1 ]; then
    step dot 0 dot "$EV" -o "$OUT/seed.dot"
    for ext in svg png pdf; do
        step "render-$ext" 0 render "$EV" -o "$OUT/seed.$ext"
    done
    step render-sfdp 0 render --layout sfdp tests/fixtures/karate.tsv -o "$OUT/karate.svg"
else
    skipped "dot, render" "this build has no DOT output"
fi

# Error paths: they must free everything too.
printf 'source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence\nA\tperson\tvisit\tB\tstate\t2015-02-30\t\t\t\t\t\n' >"$OUT/bad.tsv"
step bad-date 1 report "$OUT/bad.tsv" -o "$OUT/bad.out"
step missing-input 3 report "$OUT/does-not-exist.tsv"
step unwritable-output 3 report "$EV" -o /nonexistent/dir/out.txt
step usage 2 report --bogus "$EV"
step ego-unknown 1 report --ego "no such actor" "$EV"
step utf16 1 report tests/fixtures/bad/utf16-bom.tsv
step truncated 1 report tests/fixtures/bad/truncated-download.tsv -o "$OUT/t.out"
step read-error 3 import --from gdelt /proc/self/mem -o "$OUT/r.out"

echo "valgrind: $ran passed, $fail failed, $skip skipped"
[ "$fail" -eq 0 ]
