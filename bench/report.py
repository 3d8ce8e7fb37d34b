#!/usr/bin/env python3
"""Turns the measurements of bench/run.sh into docs/benchmarks.md.

    report.py --dir build/bench --doc docs/benchmarks.md [--python PY]

Reads DIR/results.tsv (size, tool, variant, wall, user, sys, maxrss_kb,
status), DIR/load.tsv and the tools' outputs in DIR/out/; writes the page
and prints the main table to stdout.
"""
import argparse
import csv
import datetime
import os
import platform
import re
import subprocess
import sys

TARGETS = {"nx_core": 20.0, "ig_core": 4.0, "nx_btw": 40.0, "mbps": 150.0}


def sh(cmd):
    try:
        return subprocess.run(cmd, shell=True, capture_output=True, text=True,
                              timeout=30).stdout.strip()
    except Exception:
        return ""


def machine(py):
    cpu = sh("lscpu | sed -n 's/^Model name: *//p'") or platform.processor()
    ncpu = os.cpu_count()
    mem = ""
    try:
        with open("/proc/meminfo") as f:
            kb = int(f.readline().split()[1])
            mem = f"{kb / 1048576:.1f} GiB"
    except OSError:
        pass
    osr = sh(". /etc/os-release && echo $PRETTY_NAME")
    vers = sh(f"{py} -c 'import sys, networkx, igraph, scipy, numpy; "
              f"print(sys.version.split()[0], networkx.__version__, "
              f"igraph.__version__, scipy.__version__, numpy.__version__)'").split()
    while len(vers) < 5:
        vers.append("?")
    return [
        ("CPU", f"{cpu}, {ncpu} logical CPUs"),
        ("Memory", mem),
        ("System", f"{osr}, Linux {platform.release()}"),
        ("Compiler", sh("cc --version | head -n 1")),
        ("igraph (C)", sh("pkg-config --modversion igraph")),
        ("Graphviz", sh("dot -V 2>&1")),
        ("dipnet", sh("git describe --always --dirty 2>/dev/null") or "?"),
        ("Python", vers[0]),
        ("NetworkX", vers[1]),
        ("python-igraph", vers[2]),
        ("SciPy / NumPy", f"{vers[3]} / {vers[4]}"),
    ]


def load_results(d):
    res = {}
    with open(os.path.join(d, "results.tsv")) as f:
        for row in csv.reader(f, delimiter="\t"):
            if len(row) < 8:
                continue
            size, tool, var, wall, user, sysc, rss, status = row[:8]

            def num(x):
                try:
                    return float(x)
                except ValueError:
                    return None
            res[(int(size), tool, var)] = dict(
                wall=num(wall), cpu=(num(user) or 0) + (num(sysc) or 0),
                rss=num(rss), status=status)
    return res


def load_meta(d):
    meta = {"sizes": {}}
    try:
        with open(os.path.join(d, "load.tsv")) as f:
            for line in f:
                p = line.rstrip("\n").split("\t")
                if p[0] == "size":
                    meta["sizes"][int(p[1])] = {"k": int(p[3]), "bytes": int(p[5])}
                else:
                    meta[p[0]] = p[1]
    except OSError:
        pass
    return meta


def fmt_s(r):
    if not r:
        return "–"
    if r["status"] != "ok":
        return r["status"]
    return f"{r['wall']:.2f}"


def fmt_mb(r):
    if not r or r["rss"] is None or r["status"] != "ok":
        return "–"
    return f"{r['rss'] / 1024:.0f}"


def ratio(a, b, key="wall"):
    """How many times b's value is a's (b / a)."""
    if not a or not b or a["status"] != "ok" or b["status"] != "ok":
        return None
    if not a[key] or b[key] is None:
        return None
    return b[key] / a[key]


def fr(x):
    return "–" if x is None else f"{x:.1f}×"


def read_bc(path):
    """actor -> betweenness from a dipnet CSV report."""
    out = {}
    try:
        with open(path, newline="") as f:
            rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
    except OSError:
        return out
    if not rows:
        return out
    hdr = rows[0]
    try:
        ia, ib = hdr.index("actor"), hdr.index("betweenness")
    except ValueError:
        return out
    for r in rows[1:]:
        try:
            out[r[ia]] = float(r[ib])
        except (ValueError, IndexError):
            pass
    return out


def ranks(vals):
    """Average ranks (1 = largest)."""
    order = sorted(range(len(vals)), key=lambda i: -vals[i])
    rk = [0.0] * len(vals)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and vals[order[j + 1]] == vals[order[i]]:
            j += 1
        for k in range(i, j + 1):
            rk[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return rk


def spearman(x, y):
    n = len(x)
    if n < 2:
        return None
    rx, ry = ranks(x), ranks(y)
    mx, my = sum(rx) / n, sum(ry) / n
    sxy = sum((a - mx) * (b - my) for a, b in zip(rx, ry))
    sxx = sum((a - mx) ** 2 for a in rx)
    syy = sum((b - my) ** 2 for b in ry)
    if not sxx or not syy:
        return None
    return sxy / (sxx * syy) ** 0.5


def accuracy(d, size, ks):
    exact = read_bc(os.path.join(d, "out", f"dipnet-{size}-exact-all.out"))
    rows = []
    if not exact:
        return rows
    top_e = sorted(exact, key=lambda a: -exact[a])[:20]
    for k in ks:
        est = read_bc(os.path.join(d, "out", f"dipnet-{size}-k{k}-all.out"))
        if not est:
            continue
        common = [a for a in exact if a in est]
        top_s = sorted(est, key=lambda a: -est[a])[:20]
        overlap = len(set(top_e) & set(top_s))
        rho_all = spearman([exact[a] for a in common], [est[a] for a in common])
        rho_top = spearman([exact[a] for a in top_e], [est.get(a, 0.0) for a in top_e])
        rows.append((k, overlap, rho_top, rho_all, len(common)))
    return rows


def top_agreement(d, size, variant):
    """Do the tools list the same top-20 actors by degree?"""
    lists = {}
    for tool in ("dipnet", "python-igraph", "networkx"):
        p = os.path.join(d, "out", f"{tool}-{size}-{variant}.out")
        try:
            with open(p, newline="") as f:
                rows = [r for r in csv.reader(f) if r and not r[0].startswith("#")]
        except OSError:
            continue
        if len(rows) < 2 or "actor" not in rows[0]:
            continue
        ia = rows[0].index("actor")
        lists[tool] = [r[ia] for r in rows[1:]]
    if "dipnet" not in lists:
        return None
    return {t: l == lists["dipnet"] for t, l in lists.items() if t != "dipnet"}


def estimate_note(d, size):
    p = os.path.join(d, "out", f"dipnet-{size}-btw.err")
    try:
        with open(p) as f:
            for line in f:
                if "estimate" in line:
                    return line.strip()
    except OSError:
        pass
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dir", default="build/bench")
    ap.add_argument("--doc", default="docs/benchmarks.md")
    ap.add_argument("--python", default=sys.executable)
    a = ap.parse_args()
    res = load_results(a.dir)
    meta = load_meta(a.dir)
    sizes = sorted({k[0] for k in res if k[2] in ("core", "btw")})
    L = []
    w = L.append
    w("# Benchmarks")
    w("")
    w("Generated by `make bench` (bench/run.sh, bench/report.py) on "
      f"{datetime.date.today().isoformat()}.  Do not edit by hand: rerun "
      "`make bench`.")
    w("")
    w("## What is measured")
    w("")
    w("Seeded synthetic event files (`bench/gen_events.py`: power-law actor "
      "popularity, about events/10 actors, visits, meetings, agreements, "
      "relations, recognitions and some affiliations) of 10k, 100k and 1M "
      "events.  Every tool does the same work: read the event TSV, build the "
      "undirected graph weighted by the number of events per pair "
      "(affiliations left out), compute degree, strength, PageRank "
      "(weight) and eigenvector centrality (weight) — **core** — and in a "
      "second run also betweenness with distance = 1/weight — **btw** — and "
      "print the top 20 by degree.  Betweenness is exact on the 10k file "
      "(NetworkX finishes within 120 s there) and estimated from the same "
      "number K of random sources by every tool on the larger files "
      "(NetworkX's own `k=`; dipnet's `igraph_betweenness_subset`; for "
      "python-igraph 0.10.2, which has no subset betweenness, "
      "`bench/ig_bench.py` runs Brandes' accumulation over igraph's "
      "distances with NumPy/SciPy).")
    w("")
    w("Commands (FILE = `build/bench/evN.tsv`):")
    w("")
    w("```")
    w("./dipnet report -n 20 --format csv --measures degree,strength,pagerank,eigenvector FILE")
    w("./dipnet report -n 20 --format csv --measures degree,strength,pagerank,eigenvector,betweenness --samples K FILE   # --exact at 10k")
    w("python3 bench/nx_bench.py -n 20 [--measures ...,betweenness --samples K] FILE")
    w("python3 bench/ig_bench.py -n 20 [--measures ...,betweenness --samples K] FILE")
    w("```")
    w("")
    w("Wall time and peak resident memory come from `/usr/bin/time` "
      "(`%e`, `%M`); CPU = user + system seconds.  A run shorter than 20 s "
      "is repeated (three runs) and the fastest kept, for every tool alike. "
      "The speed-up is the other tool's wall time divided by dipnet's.")
    w("")
    w("## Machine")
    w("")
    w("| | |")
    w("|---|---|")
    for k, v in machine(a.python):
        w(f"| {k} | {v} |")
    if "load_start" in meta:
        w(f"| Load average (1/5/15 min) | {meta.get('load_start')} at start, "
          f"{meta.get('load_end', '?')} at the end |")
    w("")
    w("A load average above the number of CPUs means other work shared the "
      "machine during the run: wall times are then inflated for every tool; "
      "CPU seconds are less affected.")
    w("")
    w("## Results")
    w("")
    w("| events | actors ≈ | K | tool | core s | core CPU s | core MB | btw s | btw MB "
      "| dipnet speed-up core | btw | dipnet memory core |")
    w("|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    table_txt = []
    for n in sizes:
        k = meta["sizes"].get(n, {}).get("k", "?")
        kk = "exact" if k == 0 else k
        dc, db = res.get((n, "dipnet", "core")), res.get((n, "dipnet", "btw"))
        for tool in ("dipnet", "python-igraph", "networkx"):
            c, b = res.get((n, tool, "core")), res.get((n, tool, "btw"))
            if not c and not b:
                continue
            if tool == "dipnet":
                sc = sb = mem = "1×"
            else:
                sc, sb = fr(ratio(dc, c)), fr(ratio(db, b))
                m = ratio(c, dc, "rss")
                mem = "–" if m is None else f"{m:.2f}×"
            cpu = f"{c['cpu']:.2f}" if c and c["status"] == "ok" else "–"
            w(f"| {n:,} | {n // 10:,} | {kk} | {tool} | {fmt_s(c)} | {cpu} | "
              f"{fmt_mb(c)} | {fmt_s(b)} | {fmt_mb(b)} | {sc} | {sb} | {mem} |")
            table_txt.append(f"{n:>8} {tool:<14} core {fmt_s(c):>8} s {fmt_mb(c):>6} MB"
                             f"  btw {fmt_s(b):>8} s {fmt_mb(b):>6} MB  "
                             f"dipnet x{sc} core, x{sb} btw")
    w("")
    w("\"dipnet memory core\" is dipnet's peak memory as a fraction of the "
      "other tool's.")
    w("")
    # dipnet on one thread: NetworkX and python-igraph use one.
    one = [n for n in sizes if res.get((n, "dipnet-1thread", "core"))]
    if one:
        w("### dipnet on one thread")
        w("")
        w("dipnet uses a second thread on big inputs (parsing ahead while the "
          "network fills; PageRank next to eigenvector centrality); NetworkX "
          "and python-igraph use one.  The same core work with "
          "`DIPNET_THREADS=1`:")
        w("")
        w("| events | core s (1 thread) | core s (default) | speed-up vs python-igraph "
          "(1 thread) | vs NetworkX (1 thread) | read s (1 thread) | MB/s (1 thread) |")
        w("|---:|---:|---:|---:|---:|---:|---:|")
        for n in one:
            c1 = res.get((n, "dipnet-1thread", "core"))
            r1 = res.get((n, "dipnet-1thread", "read"))
            dc = res.get((n, "dipnet", "core"))
            ic, nc = res.get((n, "python-igraph", "core")), res.get((n, "networkx", "core"))
            by = meta["sizes"].get(n, {}).get("bytes")
            rate = (f"{by / 1e6 / r1['wall']:.0f}" if r1 and r1["status"] == "ok"
                    and r1["wall"] and by else "–")
            w(f"| {n:,} | {fmt_s(c1)} | {fmt_s(dc)} | {fr(ratio(c1, ic))} | "
              f"{fr(ratio(c1, nc))} | {fmt_s(r1)} | {rate} |")
        w("")
    # Reading speed.
    w("## Reading speed")
    w("")
    w("`./dipnet report -n 1 --format csv --measures degree FILE`: the whole "
      "run — read, intern, aggregate, degree, the top actor.")
    w("")
    w("| events | file MB | wall s | CPU s | MB/s (wall) | MB/s (CPU) | peak MB |")
    w("|---:|---:|---:|---:|---:|---:|---:|")
    mbps = {}
    for n in sizes:
        r = res.get((n, "dipnet", "read"))
        by = meta["sizes"].get(n, {}).get("bytes")
        if not r or r["status"] != "ok" or not by:
            continue
        mb = by / 1e6
        mbps[n] = mb / r["wall"] if r["wall"] else None
        sw = f"{mb / r['wall']:.0f}" if r["wall"] else "–"
        sc = f"{mb / r['cpu']:.0f}" if r["cpu"] else "–"
        w(f"| {n:,} | {mb:.1f} | {r['wall']:.2f} | {r['cpu']:.2f} | {sw} | "
          f"{sc} | {fmt_mb(r)} |")
    w("")
    # Targets.
    big = max(sizes) if sizes else None
    w("## Targets (at 1M events)")
    w("")
    if big:
        dc, db = res.get((big, "dipnet", "core")), res.get((big, "dipnet", "btw"))
        nc, nb = res.get((big, "networkx", "core")), res.get((big, "networkx", "btw"))
        ic, ib = res.get((big, "python-igraph", "core")), res.get((big, "python-igraph", "btw"))
        checks = [
            ("core ≥ 20× faster than NetworkX", ratio(dc, nc), TARGETS["nx_core"]),
            ("core ≥ 4× faster than python-igraph", ratio(dc, ic), TARGETS["ig_core"]),
            ("sampled betweenness ≥ 40× faster than NetworkX (same K)",
             ratio(db, nb), TARGETS["nx_btw"]),
        ]
        w("| target | measured | met |")
        w("|---|---:|---|")
        for name, val, tgt in checks:
            met = "–" if val is None else ("yes" if val >= tgt else "**no**")
            w(f"| {name} | {fr(val)} | {met} |")
        for var in ("core", "btw"):
            d_, i_ = res.get((big, "dipnet", var)), res.get((big, "python-igraph", var))
            m = ratio(i_, d_, "rss")
            met = "–" if m is None else ("yes" if m < 1 else "**no**")
            w(f"| peak memory below python-igraph's ({var}) | "
              f"{fmt_mb(d_)} MB vs {fmt_mb(i_)} MB | {met} |")
        v = mbps.get(big)
        met = "–" if v is None else ("yes" if v >= TARGETS["mbps"] else "**no**")
        w(f"| event file reading ≥ 150 MB/s | "
          f"{'–' if v is None else f'{v:.0f} MB/s'} | {met} |")
        w("")
    # Agreement.
    w("## Do the tools agree?")
    w("")
    for n in sizes:
        for var in ("core", "btw"):
            ag = top_agreement(a.dir, n, var)
            if ag is None:
                continue
            parts = [f"{t}: {'same' if same else 'different'}" for t, same in ag.items()]
            w(f"- {n:,} events, {var}: top-20 actors by degree vs dipnet — "
              + ", ".join(parts))
    w("")
    w("The values themselves differ in the last digits: NetworkX's PageRank "
      "stops at a looser tolerance, and NetworkX compares path lengths "
      "without igraph's epsilon, so its exact betweenness differs slightly "
      "where sums of 1/weight tie.")
    w("")
    # Accuracy.
    acc_size = 100000
    k_acc = meta["sizes"].get(acc_size, {}).get("k")
    rows = accuracy(a.dir, acc_size, [k for k in (k_acc, 256) if k])
    if rows:
        w("## Accuracy of the sampled betweenness (100k events)")
        w("")
        w("dipnet's estimate from K seeded random sources "
          "(`--samples K`) against its exact betweenness (`--exact`):")
        w("")
        w("| K | top-20 overlap | Spearman, exact top 20 | Spearman, all actors |")
        w("|---:|---:|---:|---:|")
        for k, ov, rt, ra, nn in rows:
            f2 = lambda x: "–" if x is None else f"{x:.3f}"
            w(f"| {k} | {ov}/20 | {f2(rt)} | {f2(ra)} ({nn:,} actors) |")
        ex = res.get((acc_size, "dipnet", "exact-all"))
        if ex and ex["status"] == "ok":
            w("")
            w(f"Exact betweenness took {ex['wall']:.1f} s there.")
        note = estimate_note(a.dir, big) if big else None
        if note:
            w("")
            w(f"dipnet says so when it estimates: `{note}`")
        w("")
    # Pictures.
    rend = sorted(k for k in res if k[2].startswith("render-"))
    if rend:
        w("## Pictures of big networks")
        w("")
        w("`./dipnet render --measures degree --top N --layout L -o X.svg FILE` "
          "(one run each; wall seconds including reading the file; stopped "
          "after 30 s; a layout that fails on 200 actors is not tried on "
          "1,000).  \"Layout\" subtracts the reading run of the same file "
          "(`report --measures degree`), leaving selection, layout and SVG "
          "output.")
        w("")
        w("| events | top | layout | wall s | layout s | peak MB | SVG MB |")
        w("|---:|---:|---|---:|---:|---:|---:|")
        order = {"sfdp": 0, "neato": 1, "dot": 2, "default": 3}
        rend.sort(key=lambda k: (k[0], int(k[2].split("-")[1]),
                                 order.get(k[2].split("-", 2)[2], 9)))
        for key in rend:
            n, _, var = key
            _, top, lay = var.split("-", 2)
            r = res[key]
            rd = res.get((n, "dipnet", "read"))
            lay_s = "–"
            if r["status"] == "ok" and rd and rd["status"] == "ok":
                lay_s = f"{max(r['wall'] - rd['wall'], 0):.2f}"
            svg = os.path.join(a.dir, "out", f"render-{n}-{top}-{lay}.svg")
            try:
                smb = f"{os.path.getsize(svg) / 1e6:.1f}" if r["status"] == "ok" else "–"
            except OSError:
                smb = "–"
            w(f"| {n:,} | {top} | {lay} | {fmt_s(r)} | {lay_s} | {fmt_mb(r)} | {smb} |")
        w("")
    os.makedirs(os.path.dirname(a.doc) or ".", exist_ok=True)
    tmp = a.doc + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write("\n".join(L) + "\n")
    os.replace(tmp, a.doc)
    print("\n".join(table_txt))
    return 0


if __name__ == "__main__":
    sys.exit(main())
