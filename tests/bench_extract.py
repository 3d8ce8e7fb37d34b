#!/usr/bin/env python3
"""Extraction throughput: writes every text of ../shared/corpus/wikinews-de.jsonl
to a temporary directory and times `dipnet extract` over all of them (one
process, one core: lexicon and word list loaded once).  Prints the median
MB/s with its range and the load average before and after.  With --vs OTHER
(another dipnet binary, e.g. a build of an earlier commit) the two run in
pairs, back to back, alternating which goes first, and the ratio of CPU
times is given per pair (median and range): on a shared machine only such
paired ratios compare two builds.  Skips cleanly when ../shared is absent.

usage: bench_extract.py [--shared DIR] [--dipnet PATH] [--vs PATH] [--runs N]
"""
import argparse, json, os, resource, statistics, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def write_corpus(corpus, tmp):
    """The corpus's texts as files in tmp; returns (paths, total bytes)."""
    files, total = [], 0
    with open(corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            data = r["text"].encode("utf-8")
            p = os.path.join(tmp, "wn%s.txt" % r["wikinews_id"])
            with open(p, "wb") as g:
                g.write(data)
            files.append(p)
            total += len(data)
    return files, total


def run_once(dipnet, files, out):
    """One extraction: (wall seconds, CPU seconds of the child) or None on failure."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    rc = subprocess.run([dipnet, "extract", "-o", out] + files, stderr=subprocess.DEVNULL).returncode
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if rc != 0:
        print("bench-extract: %s extract failed (exit %d)" % (dipnet, rc))
        return None
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def spread(xs, fmt):
    return (fmt + " (" + fmt + "-" + fmt + ")") % (statistics.median(xs), min(xs), max(xs))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--dipnet", default=os.path.join(ROOT, "dipnet"))
    ap.add_argument("--vs", metavar="PATH", help="another dipnet binary to pair against")
    ap.add_argument("--runs", type=int, default=5)
    a = ap.parse_args()
    corpus = os.path.join(a.shared, "corpus", "wikinews-de.jsonl")
    if not os.path.exists(corpus):
        print("bench-extract: skipped (%s not found)" % corpus)
        return 0
    load0 = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="dipnet-bench-") as tmp:
        files, total = write_corpus(corpus, tmp)
        out = os.path.join(tmp, "events.tsv")
        mine, other, ratios = [], [], []
        for k in range(a.runs):
            order = [a.dipnet] if not a.vs else ([a.dipnet, a.vs] if k % 2 == 0 else [a.vs, a.dipnet])
            got = {}
            for b in order:
                r = run_once(b, files, out if b == a.dipnet else out + ".vs")
                if r is None:
                    return 1
                got[b] = r
            mine.append(got[a.dipnet])
            if a.vs:
                other.append(got[a.vs])
                ratios.append(got[a.dipnet][1] / got[a.vs][1])
        with open(out, encoding="utf-8") as f:
            rows = sum(1 for l in f if l.strip() and not l.startswith("#")) - 1
    load1 = os.getloadavg()[0]
    mbs = [total / 1e6 / w for w, _ in mine]
    print("bench-extract: %d texts, %.2f MB, %d events; %d runs (incl. start-up); load average %.1f -> %.1f"
          % (len(files), total / 1e6, rows, a.runs, load0, load1))
    print("  %s: %s MB/s wall, %s s CPU" % (a.dipnet, spread(mbs, "%.2f"), spread([c for _, c in mine], "%.3f")))
    if a.vs:
        print("  %s: %s MB/s wall, %s s CPU" % (a.vs, spread([total / 1e6 / w for w, _ in other], "%.2f"),
                                               spread([c for _, c in other], "%.3f")))
        print("  CPU time ratio (this / other), per pair: %s" % spread(ratios, "%.2f"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
