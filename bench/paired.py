#!/usr/bin/env python3
"""The driver of `make bench`: dipnet against its peers, measured in pairs.

    paired.py [--pairs N] [--quick] [--doc docs/benchmarks.md]

On a shared machine a single run says little: other work slows one run
and not the next.  So every comparison here is a series of pairs run back
to back in one process, dipnet and the peer alternating which goes first;
each pair gives a ratio (peer / dipnet) of wall time, of CPU time and of
peak memory, and the report gives the median and min-max of each tool and
of the per-pair ratios, with the load average before and after the series.
The growth of dipnet's time from 1M to 3M to 10M events is measured the
same way (the sizes alternating) and summarised as an exponent:
time ~ events^e, e from a least-squares fit of log median time.

CPU time (user + system) and peak resident memory come from the kernel's
rusage of each child (os.wait4), not from a separate tool.

Environment: BENCH_PYTHON (the Python with networkx and igraph,
default /usr/bin/python3).
"""
import argparse
import datetime
import math
import os
import platform
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIR = os.path.join(ROOT, "build", "bench")
CORE = "degree,strength,pagerank,eigenvector"
SEED = 1


def loadavg():
    with open("/proc/loadavg") as f:
        return " ".join(f.read().split()[:3])


def run_once(cmd, out_path):
    """Runs cmd (stdout to out_path); returns (wall s, cpu s, peak MB)."""
    with open(out_path, "w") as out, open(out_path + ".err", "w") as err:
        t0 = time.perf_counter()
        p = subprocess.Popen(cmd, stdout=out, stderr=err, cwd=ROOT)
        _, status, ru = os.wait4(p.pid, 0)
        wall = time.perf_counter() - t0
    p.returncode = os.waitstatus_to_exitcode(status)
    if p.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} failed (exit {p.returncode}); "
                 f"see {out_path}.err")
    return wall, ru.ru_utime + ru.ru_stime, ru.ru_maxrss / 1024.0


def summary(xs):
    return statistics.median(xs), min(xs), max(xs)


def paired(label, a_cmd, b_cmd, pairs, log):
    """pairs runs of a and b alternating (a first in even pairs); returns a
    dict of per-run lists and per-pair ratios b/a."""
    la = loadavg()
    res = {"a": {"wall": [], "cpu": [], "mb": []},
           "b": {"wall": [], "cpu": [], "mb": []},
           "ratio": {"wall": [], "cpu": [], "mb": []}}
    for i in range(pairs):
        order = ("a", "b") if i % 2 == 0 else ("b", "a")
        got = {}
        for who in order:
            cmd = a_cmd if who == "a" else b_cmd
            got[who] = run_once(cmd, os.path.join(DIR, "out", f"{label}-{who}.out"))
        for k, key in enumerate(("wall", "cpu", "mb")):
            res["a"][key].append(got["a"][k])
            res["b"][key].append(got["b"][k])
            res["ratio"][key].append(got["b"][k] / max(got["a"][k], 1e-3))
        log(f"  pair {i + 1}/{pairs}: a {got['a'][0]:.2f}s  b {got['b'][0]:.2f}s"
            f"  ratio {res['ratio']['wall'][-1]:.2f}")
    res["load"] = (la, loadavg())
    return res


def gen(n):
    path = os.path.join(DIR, f"ev{n}.tsv")
    stamp = path + ".stamp"
    want = f"{n} seed={SEED} size={os.path.getsize(os.path.join(ROOT, 'bench', 'gen_events.py'))}"
    if not (os.path.exists(path) and os.path.exists(stamp)
            and open(stamp).read() == want):
        print(f"bench: generating {path}", file=sys.stderr)
        subprocess.run([PY, os.path.join(ROOT, "bench", "gen_events.py"),
                        str(n), path, "--seed", str(SEED)], check=True)
        with open(stamp, "w") as f:
            f.write(want)
    with open(path, "rb") as f:  # into the page cache: every tool reads RAM
        while f.read(1 << 24):
            pass
    return path


def fmt(t):
    med, lo, hi = t
    return f"{med:.2f} ({lo:.2f}–{hi:.2f})"


def fmt_r(t):
    med, lo, hi = t
    return f"{med:.2f}× ({lo:.2f}–{hi:.2f})"


def growth_exponent(sizes, times):
    xs = [math.log(s) for s in sizes]
    ys = [math.log(t) for t in times]
    mx, my = statistics.mean(xs), statistics.mean(ys)
    return (sum((x - mx) * (y - my) for x, y in zip(xs, ys))
            / sum((x - mx) ** 2 for x in xs))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--pairs", type=int, default=5)
    ap.add_argument("--quick", action="store_true",
                    help="100k events only, 3 pairs, no growth series")
    ap.add_argument("--doc", default=os.path.join(ROOT, "docs", "benchmarks.md"))
    ap.add_argument("--selftest", action="store_true",
                    help="check the pairing, the rusage figures and the "
                    "exponent fit on small commands; exit 0 when right")
    a = ap.parse_args()
    if a.selftest:
        return selftest()
    os.makedirs(os.path.join(DIR, "out"), exist_ok=True)
    lines = []

    def log(s):
        print(s, file=sys.stderr, flush=True)

    dipnet = os.path.join(ROOT, "dipnet")
    start = datetime.datetime.utcnow().strftime("%Y-%m-%d %H:%M UTC")
    load0 = loadavg()
    pairs = 3 if a.quick else a.pairs
    sizes = [100000] if a.quick else [100000, 1000000]
    rows = []
    for n in sizes:
        f = gen(n)
        dip = [dipnet, "report", "-n", "20", "--format", "csv",
               "--measures", CORE, f]
        for peer, script in (("python-igraph", "ig_bench.py"),
                             ("NetworkX", "nx_bench.py")):
            cmd = [PY, os.path.join(ROOT, "bench", script), "-n", "20",
                   "--measures", CORE, f]
            log(f"bench: {n} events, core measures, dipnet vs {peer}, "
                f"{pairs} pairs")
            r = paired(f"core-{n}-{peer}", dip, cmd, pairs, log)
            rows.append((n, "core", peer, r))
        # the default report (every measure, betweenness as dipnet chooses)
        # against python-igraph's exact-free core plus sampled betweenness
        # is not like for like: the default report is timed alone, paired
        # with the core report, to show what betweenness adds.
        full = [dipnet, "report", "-n", "20", "--format", "csv", f]
        log(f"bench: {n} events, default report vs core report, {pairs} pairs")
        r = paired(f"default-{n}", dip, full, pairs, log)
        rows.append((n, "default report / core", "dipnet", r))

    # one thread against two, and the pictures, on the biggest file of the
    # series (issue 15 items 5 and 7)
    n = sizes[-1]
    f = gen(n)
    dip = [dipnet, "report", "-n", "20", "--format", "csv", "--measures",
           CORE, f]
    log(f"bench: {n} events, core measures, 2 threads vs 1, {pairs} pairs")
    extra = [(n, "core, 2 threads / 1 thread",
              paired(f"threads-{n}", dip, ["env", "DIPNET_THREADS=1"] + dip,
                     pairs, log))]
    top = os.path.join(DIR, "out", "top1000")
    log(f"bench: {n} events, render --top 1000, PNG vs SVG, {pairs} pairs")
    extra.append((n, "render --top 1000: a PNG, b SVG",
                  paired(f"render-{n}",
                         [dipnet, "render", "--top", "1000", "-o", top + ".png", f],
                         [dipnet, "render", "--top", "1000", "-o", top + ".svg", f],
                         pairs, log)))

    growth = None
    if not a.quick:
        gsizes = [1000000, 3000000, 10000000]
        files = [gen(n) for n in gsizes]
        log(f"bench: growth 1M -> 3M -> 10M, {pairs} rounds")
        la = loadavg()
        per = {n: {"wall": [], "cpu": [], "mb": []} for n in gsizes}
        for i in range(pairs):
            order = list(zip(gsizes, files))
            if i % 2:
                order.reverse()
            for n, f in order:
                w, c, m = run_once([dipnet, "report", "-n", "20", "--format",
                                    "csv", "--measures", CORE, f],
                                   os.path.join(DIR, "out", f"growth-{n}.out"))
                per[n]["wall"].append(w)
                per[n]["cpu"].append(c)
                per[n]["mb"].append(m)
            log(f"  round {i + 1}/{pairs}: " + "  ".join(
                f"{n // 1000000}M {per[n]['wall'][-1]:.2f}s" for n in gsizes))
        growth = (gsizes, per, (la, loadavg()))

    load1 = loadavg()
    doc = report(start, load0, load1, pairs, rows, growth, extra)
    with open(a.doc, "w") as f:
        f.write(doc)
    print(doc)
    log(f"bench: wrote {os.path.relpath(a.doc, ROOT)}")


def selftest():
    """The checks of tests/test_bench.c: order alternates, ratios are per
    pair, peak memory and CPU come from the child, the exponent fit."""
    os.makedirs(os.path.join(DIR, "out"), exist_ok=True)
    trace = os.path.join(DIR, "out", "selftest.trace")
    open(trace, "w").close()
    mark = "import sys; open(sys.argv[1], 'a').write(sys.argv[2])"
    # b holds 64 MB and burns CPU: its memory ratio must show it
    big = ("import sys; open(sys.argv[1], 'a').write(sys.argv[2]); "
           "x = bytearray(64 << 20); x[::4096] = b'y' * len(x[::4096]); "
           "sum(range(3000000))")
    r = paired("selftest", [PY, "-c", mark, trace, "a"],
               [PY, "-c", big, trace, "b"], 4, lambda s: None)
    bad = []
    order = open(trace).read()
    if order != "abbaabba":
        bad.append(f"order {order!r}, want 'abbaabba'")
    if len(r["ratio"]["wall"]) != 4:
        bad.append("not one ratio per pair")
    for i in range(4):
        want = r["b"]["mb"][i] / r["a"]["mb"][i]
        if abs(r["ratio"]["mb"][i] - want) > 1e-9:
            bad.append(f"pair {i}: memory ratio is not b/a of that pair")
    if min(r["b"]["mb"]) < 64:
        bad.append(f"peak memory {min(r['b']['mb']):.0f} MB < the 64 MB held")
    if min(r["ratio"]["mb"]) < 2:
        bad.append("memory ratio below 2 for 64 MB against none")
    if statistics.median(r["b"]["cpu"]) <= statistics.median(r["a"]["cpu"]):
        bad.append("the busy command's CPU time is not above the idle one's")
    e = growth_exponent([1e6, 3e6, 1e7], [1.0, 3.0 ** 1.1, 10.0 ** 1.1])
    if abs(e - 1.1) > 1e-9:
        bad.append(f"exponent {e}, want 1.1")
    for b in bad:
        print(f"selftest: {b}", file=sys.stderr)
    print("selftest: " + ("FAILED" if bad else "ok"))
    return 1 if bad else 0


def machine():
    def sh(c):
        try:
            return subprocess.run(c, shell=True, capture_output=True, text=True,
                                  cwd=ROOT).stdout.strip()
        except OSError:
            return "?"
    cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
    vers = sh(f"{PY} -c 'import networkx, igraph; "
              "print(networkx.__version__, igraph.__version__)'").split()
    return [("CPU", f"{cpu}, {os.cpu_count()} logical CPUs"),
            ("System", platform.platform()),
            ("dipnet", sh("git describe --always --dirty")),
            ("NetworkX / python-igraph", " / ".join(vers))]


def report_extra(extra, pairs):
    """The threads and pictures series: dipnet against itself."""
    out = ["", f"## dipnet against itself ({pairs} pairs each)", "",
           "Threads: command a is the core report as above, b the same with "
           "`DIPNET_THREADS=1` (ratio b / a above 1: two threads are faster). "
           "Pictures: a is `./dipnet render --top 1000 -o top1000.png FILE`, "
           "b the same with `-o top1000.svg` (each column is that picture's "
           "time; the ratio is SVG / PNG).", "",
           "| events | series | a wall s | b wall s | ratio wall b/a "
           "| ratio CPU b/a | a MB | b MB | load before → after |",
           "|---:|---|---:|---:|---:|---:|---:|---:|---|"]
    for n, what, r in extra:
        out.append(
            f"| {n:,} | {what} | {fmt(summary(r['a']['wall']))} | "
            f"{fmt(summary(r['b']['wall']))} | {fmt_r(summary(r['ratio']['wall']))} | "
            f"{fmt_r(summary(r['ratio']['cpu']))} | {summary(r['a']['mb'])[0]:.0f} | "
            f"{summary(r['b']['mb'])[0]:.0f} | {r['load'][0]} → {r['load'][1]} |")
    return out


def report(start, load0, load1, pairs, rows, growth, extra=()):
    out = ["# Benchmarks", "",
           f"Generated by `make bench` (bench/paired.py) on {start}. "
           "Do not edit by hand: rerun `make bench`.", "",
           "Every comparison is a series of pairs run back to back, the two "
           "commands alternating which goes first; the table gives each "
           "tool's median and (min–max) over the series, and the median and "
           "(min–max) of the per-pair ratios peer / dipnet (above 1: dipnet "
           "is faster or smaller).  Wall and CPU (user + system) seconds and "
           "peak resident memory come from the kernel (wait4).  The load "
           "average (1/5/15 min) is printed before and after each series: "
           "above the number of CPUs, other work shared the machine.", "",
           "Files: `bench/gen_events.py N build/bench/evN.tsv --seed 1`. "
           "Commands: `./dipnet report -n 20 --format csv --measures "
           f"{CORE} FILE`; `/usr/bin/python3 bench/ig_bench.py -n 20 "
           f"--measures {CORE} FILE` and the same with `bench/nx_bench.py`.",
           "", "## Machine", "", "| | |", "|---|---|"]
    for k, v in machine():
        out.append(f"| {k} | {v} |")
    out.append(f"| Load average | {load0} at start, {load1} at the end |")
    out += ["", f"## Paired comparisons ({pairs} pairs each)", "",
            "| events | work | peer | dipnet wall s | peer wall s | ratio wall "
            "| ratio CPU | dipnet MB | peer MB | ratio memory | load before → after |",
            "|---:|---|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for n, work, peer, r in rows:
        out.append(
            f"| {n:,} | {work} | {peer} | {fmt(summary(r['a']['wall']))} | "
            f"{fmt(summary(r['b']['wall']))} | {fmt_r(summary(r['ratio']['wall']))} | "
            f"{fmt_r(summary(r['ratio']['cpu']))} | {summary(r['a']['mb'])[0]:.0f} | "
            f"{summary(r['b']['mb'])[0]:.0f} | {fmt_r(summary(r['ratio']['mb']))} | "
            f"{r['load'][0]} → {r['load'][1]} |")
    out.append("")
    out.append("For the row \"default report / core\" the peer is dipnet's "
               "default `report` (every measure, betweenness estimated): its "
               "ratio is what the measures beyond the core cost.")
    if extra:
        out += report_extra(extra, pairs)
    if growth:
        gsizes, per, load = growth
        out += ["", "## Growth (dipnet, core measures)", "",
                f"The sizes alternate ({pairs} rounds, the order reversed every "
                f"other round); load {load[0]} → {load[1]}.", "",
                "| events | wall s | CPU s | peak MB | bytes/event | wall / 1M wall |",
                "|---:|---:|---:|---:|---:|---:|"]
        base = statistics.median(per[gsizes[0]]["wall"])
        for n in gsizes:
            w = statistics.median(per[n]["wall"])
            mb = statistics.median(per[n]["mb"])
            out.append(f"| {n:,} | {fmt(summary(per[n]['wall']))} | "
                       f"{fmt(summary(per[n]['cpu']))} | {mb:.0f} | "
                       f"{mb * 1048576 / n:.0f} | {w / base:.2f}× |")
        ew = growth_exponent(gsizes, [statistics.median(per[n]["wall"]) for n in gsizes])
        ec = growth_exponent(gsizes, [statistics.median(per[n]["cpu"]) for n in gsizes])
        out += ["", f"Growth exponent (time ~ events^e, least squares over "
                f"the medians): wall e = {ew:.3f}, CPU e = {ec:.3f}."]
    return "\n".join(out) + "\n"


PY = os.environ.get("BENCH_PYTHON", "/usr/bin/python3")

if __name__ == "__main__":
    sys.exit(main())
