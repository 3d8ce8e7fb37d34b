#!/usr/bin/env python3
"""Measure `dipnet extract` on the blind test set (tests/blind/).

usage: eval_blind.py [--shared DIR] [--dipnet PATH] [-v] [--keep DIR]
                     [--no-date] [--check]

The blind set measures how well the extractor generalises to texts it was not
developed on. READ tests/blind/README.md BEFORE USING -v: its misses must
never be turned into rules.

For every document in tests/blind/docs.tsv, tests/blind/texts/<doc>.txt is
run through `dipnet extract` (with --date from docs.tsv unless --no-date) and
scored against tests/blind/gold/<doc>.gold.tsv by ../shared/tools/
score_events.py, with the shared aliases plus tests/blind/aliases.tsv.
Printed: per-document and micro-averaged core (visit+meeting) and affiliation
precision/recall/F1, micro-averages per text style, and core date accuracy.

The scoring helpers are imported from tests/eval/eval.py (the development
evaluation), so both sets are scored the same way. This is a measurement: it
exits 0 whatever the scores, and skips with a message when ../shared is
absent. --check validates the gold files' format instead (exit 1 on errors;
uses tests/eval/check_gold.py) and counts the required rows per relation.
"""
import argparse
import importlib.util
import os
import signal
import sys
import tempfile
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
DEV = os.path.join(ROOT, "tests", "eval")


def load_module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_text(doc):
    with open(os.path.join(HERE, "texts", doc + ".txt"), encoding="utf-8") as f:
        return f.read()


def check(shared, ev):
    """Validates gold files, docs.tsv and aliases.tsv; returns the exit code."""
    cg = load_module("check_gold", os.path.join(DEV, "check_gold.py"))
    docs = ev.read_manifest(os.path.join(HERE, "docs.tsv"))
    need = Counter()
    total = 0
    for d in docs:
        doc = d["doc"]
        if not os.path.exists(os.path.join(HERE, "texts", doc + ".txt")):
            cg.err("docs.tsv", "%s has no text" % doc)
            continue
        if d.get("date") and cg.parse_date(d["date"]) is None:
            cg.err("docs.tsv", "%s: date %r is not an ISO date" % (doc, d["date"]))
        gold = os.path.join(HERE, "gold", doc + ".gold.tsv")
        if not os.path.exists(gold):
            cg.err("docs.tsv", "%s has no gold file" % doc)
            continue
        total += cg.check_gold(gold, doc, read_text(doc), False)
        for _, cells in list(cg.data_lines(gold))[1:]:
            r = dict(zip(cg.HEADER, cells))
            if r.get("need") == "required":
                need[r.get("relation", "")] += 1
    listed = {d["doc"] for d in docs}
    for f in sorted(os.listdir(os.path.join(HERE, "gold"))):
        if f.endswith(".gold.tsv") and f[:-len(".gold.tsv")] not in listed:
            cg.err(os.path.join("gold", f), "not listed in docs.tsv")
    cg.check_aliases(os.path.join(HERE, "aliases.tsv"), shared)
    print("check-blind: %d documents, %d required rows (%s), %d errors, %d warnings"
          % (len(docs), total, ", ".join("%s %d" % kv for kv in sorted(need.items())),
             cg.errors, cg.warnings))
    return 1 if cg.errors else 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"),
                    help="the shared material (default: ../shared next to the project)")
    ap.add_argument("--dipnet", default="./dipnet", help="the dipnet binary (default ./dipnet)")
    ap.add_argument("-v", action="store_true",
                    help="list misses and spurious rows (read README.md first)")
    ap.add_argument("--keep", metavar="DIR", help="keep the predictions in DIR")
    ap.add_argument("--no-date", action="store_true",
                    help="do not pass the document date: the extractor must find it in the dateline")
    ap.add_argument("--check", action="store_true", help="validate the gold files and exit")
    a = ap.parse_args()
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    ev = load_module("dev_eval", os.path.join(DEV, "eval.py"))
    shared = os.path.abspath(a.shared)
    if a.check:
        return check(shared if os.path.isdir(shared) else None, ev)
    if not os.path.isdir(shared):
        print("eval-blind: skipped: ../shared not found (the scorer lives there)")
        return 0
    dipnet = ev.resolve_dipnet(a.dipnet)

    se = ev.load_scorer(shared)
    docs = ev.read_manifest(os.path.join(HERE, "docs.tsv"))
    results = []
    with tempfile.TemporaryDirectory(prefix="dipnet-blind-") as tmp:
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
        alias_file = os.path.join(tmp, "aliases.tsv")
        ev.merge_aliases([os.path.join(shared, "gold", "aliases.tsv"),
                          os.path.join(HERE, "aliases.tsv")], alias_file, se.norm)
        names = se.Names(alias_file)
        for d in docs:
            doc = d["doc"]
            r = ev.evaluate(se, names, doc, os.path.join(HERE, "gold", doc + ".gold.tsv"),
                            os.path.join(HERE, "texts", doc + ".txt"),
                            "" if a.no_date else d.get("date", ""),
                            dipnet, tmp, a.v, a.keep)
            r["style"] = d.get("style", "")
            results.append(r)

    def micro(rs, key):
        return [sum(r[key][i] for r in rs) for i in range(3)]

    print("%-6s %-8s %-27s  %-27s" % ("doc", "style", "core (visit+meeting)", "affiliation"))
    print("%-6s %-8s %-27s  %-27s" % ("", "", "P    R    F1   hit/gold pred",
                                      "P    R    F1   hit/gold pred"))
    for r in results:
        print("%-6s %-8s %s  %s%s" % (r["doc"], r["style"], ev.fmt_cell(se, r["core"]),
                                      ev.fmt_cell(se, r["affil"]),
                                      "  FAILED: " + r["err"] if r["err"] else ""))
    styles = []
    for r in results:
        if r["style"] not in styles:
            styles.append(r["style"])
    for s in styles:
        rs = [r for r in results if r["style"] == s]
        print("%-6s %-8s %s  %s" % ("micro", s, ev.fmt_cell(se, micro(rs, "core")),
                                    ev.fmt_cell(se, micro(rs, "affil"))))
    mc, ma = micro(results, "core"), micro(results, "affil")
    print("%-6s %-8s %s  %s" % ("micro", "all", ev.fmt_cell(se, mc), ev.fmt_cell(se, ma)))
    dates = [x for r in results for x in r["dates"]]
    failed = [r for r in results if r["err"]]
    print("\nblind set: %d documents, %d failed%s; core F1 %.2f (micro), affil F1 %.2f (micro), "
          "core dates right %d/%d (%.2f)"
          % (len(results), len(failed), ", no --date" if a.no_date else "",
             ev.prf(se, mc)[2], ev.prf(se, ma)[2], sum(dates), len(dates),
             sum(dates) / len(dates) if dates else 0.0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
