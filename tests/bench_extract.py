#!/usr/bin/env python3
"""Extraction throughput: writes every text of ../shared/corpus/wikinews-de.jsonl
to a temporary directory and times one `dipnet extract` run over all of them
(one process, one core: lexicon and word list loaded once).  Prints MB/s.
Skips cleanly when ../shared is absent.

usage: bench_extract.py [--shared DIR] [--dipnet PATH] [--runs N]
"""
import argparse, json, os, subprocess, sys, tempfile, time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--dipnet", default=os.path.join(ROOT, "dipnet"))
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    corpus = os.path.join(a.shared, "corpus", "wikinews-de.jsonl")
    if not os.path.exists(corpus):
        print("bench-extract: skipped (%s not found)" % corpus)
        return 0
    with tempfile.TemporaryDirectory(prefix="dipnet-bench-") as tmp:
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
        out = os.path.join(tmp, "events.tsv")
        best = None
        for _ in range(a.runs):
            t0 = time.perf_counter()
            rc = subprocess.run([a.dipnet, "extract", "-o", out] + files,
                                stderr=subprocess.DEVNULL).returncode
            dt = time.perf_counter() - t0
            if rc != 0:
                print("bench-extract: dipnet extract failed (exit %d)" % rc)
                return 1
            best = dt if best is None else min(best, dt)
        with open(out, encoding="utf-8") as f:
            rows = sum(1 for l in f if l.strip() and not l.startswith("#")) - 1
        print("bench-extract: %d texts, %.2f MB in %.3f s (best of %d, incl. start-up) = %.2f MB/s; %d events"
              % (len(files), total / 1e6, best, a.runs, total / 1e6 / best, rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
