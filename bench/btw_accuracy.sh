#!/bin/sh
# btw_accuracy.sh: how well the default (sampled) betweenness finds the
# exact top 20 brokers: the overlap of the two top-20 lists for each seed,
# and the stated guarantee (sources, epsilon, certain top ranks) of the
# default run.  Exact betweenness is computed once (11 s at 100k events).
#   sh bench/btw_accuracy.sh build/bench/ev100000.tsv [SEED...]
set -eu
DIPNET=${DIPNET:-./dipnet}
file=$1
shift
[ $# -gt 0 ] || set -- 42 1 2 3 4 5 6 7 8
tmp=$(mktemp -d /tmp/dipnet-btw-XXXXXX)
trap 'rm -rf "$tmp"' EXIT
top() { cut -d, -f2 | tail -n +2 | sort; }
"$DIPNET" report -q -n 20 --format csv --by betweenness --measures betweenness \
    --exact "$file" | top > "$tmp/exact"
for s in "$@"; do
    "$DIPNET" report -q -n 20 --format csv --by betweenness \
        --measures betweenness --seed "$s" "$file" | top > "$tmp/est"
    g=$("$DIPNET" report -q -n 1 --format json --measures betweenness \
        --seed "$s" "$file" | python3 -c 'import json,sys; m=json.load(sys.stdin)["network"]; print("sources %d, epsilon %.4g, top %d of %d certain" % (m["betweenness_sources"], m["betweenness_epsilon"], m["top_certain"], m["top_k"]))')
    echo "seed $s: top-20 overlap $(comm -12 "$tmp/exact" "$tmp/est" | wc -l)/20; $g"
done
