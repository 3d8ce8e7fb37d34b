#!/usr/bin/env python3
"""Times Graphviz layouts on synthetic dipnet pictures, to choose the default
layout of `dipnet render` (src/write/render.h).

    python3 tests/browser/bench_layout.py [./dipnet]

For each size it writes a synthetic event TSV (preferential attachment, so a
few hubs and many small actors, like real diplomacy data), draws all actors
with `dot` and with `sfdp` to SVG, and prints wall time (timeout 60 s).
Two densities: sparse (about 2 events per actor) and dense (the top of a
big network, where most of the shown actors are tied to each other)."""
import os
import random
import subprocess
import sys
import tempfile
import time

SIZES = [int(x) for x in os.environ.get("SIZES", "20 40 60 80 120 200 400").split()]
DIPNET = sys.argv[1] if len(sys.argv) > 1 else "./dipnet"
KINDS = ["person", "institution", "state", "group"]
RELS = ["visit", "meeting", "agreement", "meeting", "visit"]


def network(n, events_per_actor, seed):
    rng = random.Random(seed)
    weight = [1.0] * n
    rows = []
    for i in range(int(n * events_per_actor)):
        a = rng.choices(range(n), weights=weight)[0]
        b = rng.choices(range(n), weights=weight)[0]
        if a == b:
            continue
        weight[a] += 1
        weight[b] += 1
        rows.append((a, b, rng.choice(RELS), 1990 + rng.randrange(30)))
    return rows


def write_tsv(rows, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\t"
                "end\tplace\tdoc\tline\tevidence\n")
        for a, b, rel, year in rows:
            f.write(f"Actor {a}\t{KINDS[a % 4]}\t{rel}\tActor {b}\t"
                    f"{KINDS[b % 4]}\t{year}\t\t\tbench\t{a + 1}\tSentence {a} {b}.\n")


def run(tsv, layout, out):
    t = time.monotonic()
    try:
        p = subprocess.run([DIPNET, "render", "--top", "0", "--layout", layout,
                            "-o", out, tsv], capture_output=True, timeout=60)
    except subprocess.TimeoutExpired:
        return None, 0
    if p.returncode:
        sys.stderr.write(p.stderr.decode(errors="replace")[:300])
    return (time.monotonic() - t if p.returncode == 0 else -1), p.returncode


def main():
    with tempfile.TemporaryDirectory() as d:
        print("actors  density  edges    dot      sfdp")
        for dens, epa in (("sparse", 2), ("dense", 12)):
            for n in SIZES:
                rows = network(n, epa, n)
                pairs = {(min(a, b), max(a, b)) for a, b, _, _ in rows}
                tsv = os.path.join(d, f"{dens}{n}.tsv")
                write_tsv(rows, tsv)
                res = []
                for lay in ("dot", "sfdp"):
                    s, rc = run(tsv, lay, os.path.join(d, f"{lay}.svg"))
                    res.append("timeout" if s is None else
                               f"rc={rc}" if s < 0 else f"{s:6.2f}s")
                print(f"{n:6}  {dens:7}  {len(pairs):5}  {res[0]:>8}  {res[1]:>8}",
                      flush=True)


main()
