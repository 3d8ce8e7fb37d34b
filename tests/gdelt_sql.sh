#!/bin/sh
# gdelt_sql.sh: runs sql/gdelt_duckdb.sql with the real DuckDB engine over
# the shared GDELT 1.0 sample (read twice, so rows aggregate), and over
# the same rows rewritten in the GDELT 2.0 layout, and checks that the
# aggregated event files make the same network as `dipnet import --from
# gdelt` of the same rows: the same ties, weights (the sum of `count`),
# relation counts and visit directions, with and without gdelt_all.
# Exit 77 (skipped) when ../shared or the DuckDB engine is absent.
#   sh tests/gdelt_sql.sh   (DIPNET names the binary; default ./dipnet)
set -eu
cd "$(dirname "$0")/.."
DIPNET=${DIPNET:-./dipnet}
SAMPLE=${DIPNET_SHARED:-../shared}/events/gdelt1-sample.tsv
if [ ! -r "$SAMPLE" ]; then
    echo "skip: $SAMPLE is absent"
    exit 77
fi
if ! command -v node >/dev/null 2>&1 ||
   ! node -e "require.resolve('@duckdb/node-api', {paths: ['build/duckdb']})" \
        >/dev/null 2>&1; then
    echo "skip: the DuckDB engine is absent (sh scripts/setup.sh duckdb installs it)"
    exit 77
fi
tmp=$(mktemp -d /tmp/dipnet-gdelt-sql-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
mkdir "$tmp/v1" "$tmp/v2"
cp "$SAMPLE" "$tmp/v1/a.tsv"
cp "$SAMPLE" "$tmp/v1/b.tsv"
# GDELT 2.0: an ADM2 code after each ADM1 code, DATEADDED with the time
awk 'BEGIN { FS = OFS = "\t" }
     { if (NF == 57) $58 = ""
       out = ""
       for (i = 1; i <= 58; i++) {
           v = $i
           if (i == 57) v = v "000000"
           out = out (i > 1 ? OFS : "") v
           if (i == 39 || i == 46 || i == 53) out = out OFS "ADM2"
       }
       print out }' "$SAMPLE" > "$tmp/v2/a.tsv"
[ "$(awk -F '\t' 'NF != 61' "$tmp/v2/a.tsv" | wc -l)" = 0 ]
fail=0
for v in v1 v2; do
    for all in false true; do
        flag=""; [ $all = true ] && flag=--all
        # shellcheck disable=SC2086
        "$DIPNET" import --from gdelt $flag "$tmp/$v"/*.tsv > "$tmp/import.tsv"
        node scripts/duckdb/run.mjs sql/gdelt_duckdb.sql \
            "gdelt_files=$tmp/$v/*.tsv" gdelt_all=$all gdelt_period=all \
            > "$tmp/sql.tsv"
        rows=$(grep -vc '^#' "$tmp/import.tsv")
        agg=$(awk -F '\t' 'NR > 1 { n++; s += $12 } END { print n "/" s }' "$tmp/sql.tsv")
        echo "$v gdelt_all=$all: import $((rows - 1)) rows; query rows/events $agg"
        # the query's rows stand for several events each (the file is read
        # twice in v1), and stand for all of them
        [ "${agg#*/}" = $((rows - 1)) ] || { echo "FAIL: event counts differ"; fail=1; }
        if [ $v = v1 ] && [ $((${agg%/*} * 2)) -gt $((rows - 1)) ]; then
            echo "FAIL: rows were not aggregated"; fail=1
        fi
        # the sample event of each row carries its source URL (SOURCEURL
        # is column 58 in GDELT 1.0, 61 in 2.0)
        grep -q 'GDELT [0-9]* http' "$tmp/sql.tsv" || { echo "FAIL: no URL"; fail=1; }
        python3 tests/gdelt_sql_compare.py "$DIPNET" "$tmp/import.tsv" \
            "$tmp/sql.tsv" || fail=1
    done
done
exit $fail
