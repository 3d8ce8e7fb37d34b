#!/usr/bin/env python3
"""Measure `dipnet extract` on the fresh news set (tests/news/).

usage: eval_news.py [--shared DIR] [--dipnet PATH] [-v] [--keep DIR]
                    [--set work|locked|both] [--docs RANGE] [--check]

German diplomatic texts (news, summits, receptions, embassy pages,
roundups, texts with few real events; 440 in eleven batches of 40: nw01-nw40,
nw41-nw80, nw81-nw120, nw121-nw160, nw161-nw200, nw201-nw240, nw241-nw280, nw281-nw320,
nw321-nw360, nw361-nw400, nw401-nw440)
written for this set
by writers who never saw the
extractor, annotated by tests/eval/GUIDELINES.md and checked by a second
annotator.  docs.tsv splits them by a fixed rule into a working
half, printed document by document (-v lists its misses), and a locked half,
printed only as totals: its misses and predictions are never shown or kept.

Scored like the development set (tests/eval/eval.py's helpers and
../shared/tools/score_events.py, aliases: shared + tests/eval + tests/news).
A measurement: exits 0 whatever the scores; skips when ../shared is absent.
--check validates the gold files (exit 1 on errors).
"""
import argparse
import importlib.util
import os
import signal
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEV = os.path.join(ROOT, "tests", "eval")


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def check(shared, ev):
    cg = load_module("check_gold", os.path.join(DEV, "check_gold.py"))
    docs = ev.read_manifest(os.path.join(HERE, "docs.tsv"))
    total = 0
    for d in docs:
        doc = d["doc"]
        if (d["set"] == "locked") != (cg.hashlib.sha256(doc.encode()).hexdigest()[0] in "01234567"):
            cg.err("docs.tsv", "%s: set %s contradicts the locked-test rule" % (doc, d["set"]))
        txt = os.path.join(HERE, "texts", doc + ".txt")
        gold = os.path.join(HERE, "gold", doc + ".gold.tsv")
        if not os.path.exists(txt) or not os.path.exists(gold):
            cg.err("docs.tsv", "%s has no text or no gold file" % doc)
            continue
        with open(txt, encoding="utf-8") as f:
            total += cg.check_gold(gold, doc, f.read(), True)
    cg.check_aliases(os.path.join(HERE, "aliases.tsv"), shared)
    print("check-news: %d documents, %d required rows, %d errors" % (len(docs), total, cg.errors))
    return 1 if cg.errors else 0


def doc_number(doc):
    digits = "".join(c for c in doc if c.isdigit())
    return int(digits) if digits else -1


def in_range(doc, spec):
    """True when doc is named by spec: comma-separated ids and ranges A-B."""
    for part in spec.split(","):
        lo, _, hi = part.strip().partition("-")
        if not hi and doc == lo:
            return True
        if hi and doc_number(lo) <= doc_number(doc) <= doc_number(hi):
            return True
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("--dipnet", default="./dipnet")
    ap.add_argument("-v", action="store_true", help="list the working half's misses and spurious rows")
    ap.add_argument("--keep", metavar="DIR", help="keep the working half's predictions in DIR")
    ap.add_argument("--set", choices=("work", "locked", "both"), default="both")
    ap.add_argument("--docs", metavar="RANGE",
                    help="only these documents: ids and ranges, e.g. nw81-nw120,nw05 (a batch "
                         "measured on its own, as when it was first run)")
    ap.add_argument("--check", action="store_true", help="validate the gold files and exit")
    a = ap.parse_args()
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ev = load_module("dev_eval", os.path.join(DEV, "eval.py"))
    shared = os.path.abspath(a.shared)
    if a.check:
        return check(shared if os.path.isdir(shared) else None, ev)
    if not os.path.isdir(shared):
        print("eval-news: skipped: ../shared not found (the scorer lives there)")
        return 0
    dipnet = ev.resolve_dipnet(a.dipnet)
    se = ev.load_scorer(shared)
    docs = ev.read_manifest(os.path.join(HERE, "docs.tsv"))
    work, locked = [], []
    with tempfile.TemporaryDirectory(prefix="dipnet-news-") as tmp:
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
        alias_file = os.path.join(tmp, "aliases.tsv")
        ev.merge_aliases([os.path.join(shared, "gold", "aliases.tsv"), os.path.join(DEV, "aliases.tsv"),
                          os.path.join(HERE, "aliases.tsv")], alias_file, se.norm)
        names = se.Names(alias_file)
        lockdir = os.path.join(tmp, "locked")
        os.makedirs(lockdir)
        for d in docs:
            is_locked = d["set"] == "locked"
            if a.set != "both" and d["set"] != a.set:
                continue
            if a.docs and not in_range(d["doc"], a.docs):
                continue
            r = ev.evaluate(se, names, d["doc"], os.path.join(HERE, "gold", d["doc"] + ".gold.tsv"),
                            os.path.join(HERE, "texts", d["doc"] + ".txt"), d.get("date", ""), dipnet,
                            lockdir if is_locked else tmp, a.v and not is_locked,
                            None if is_locked else a.keep)
            r["kind"] = d.get("kind", "")
            (locked if is_locked else work).append(r)
    if work:
        print("%-6s %-4s %-27s  %-27s" % ("doc", "kind", "core (visit+meeting)", "affiliation"))
        for r in work:
            print("%-6s %-4s %s  %s%s" % (r["doc"], r["kind"], ev.fmt_cell(se, r["core"]),
                                          ev.fmt_cell(se, r["affil"]),
                                          "  FAILED: " + r["err"] if r["err"] else ""))
        mc = [sum(r["core"][i] for r in work) for i in range(3)]
        ma = [sum(r["affil"][i] for r in work) for i in range(3)]
        print("%-6s %-4s %s  %s" % ("micro", "", ev.fmt_cell(se, mc), ev.fmt_cell(se, ma)))
        print("\nnews, working half: %d documents; core F1 %.2f, affil F1 %.2f (micro)"
              % (len(work), ev.prf(se, mc)[2], ev.prf(se, ma)[2]))
    if locked:
        ev.print_locked(se, locked, 0, False, "news, locked half")
    return 0


if __name__ == "__main__":
    sys.exit(main())
