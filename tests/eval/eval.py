#!/usr/bin/env python3
"""Measure `dipnet extract` against the development gold set.

usage: eval.py [--shared DIR] [--dipnet PATH] [-v] [--markdown] [--keep DIR]
               [--set work|locked|both]

For every document in tests/eval/docs.tsv the text is taken from the shared
corpora (never stored in the project), written verbatim to a temporary
<doc>.txt, run through `dipnet extract`, and the prediction is scored against
tests/eval/gold/<doc>.gold.tsv with ../shared/tools/score_events.py (imported,
not copied) and the shared aliases plus tests/eval/aliases.tsv.

The documents form two sets (docs.tsv, column `set`): the working set,
printed document by document, and the locked test, printed only as totals:
its misses, spurious rows and predictions are never shown or kept (-v and
--keep apply to the working set only), so rules cannot be fitted to it.
A document whose gold file does not exist yet is counted as not annotated
and left out.

This is a measurement, not a test: it exits 0 whatever the scores are, and
when ../shared is absent it says so and exits 0. A document whose extraction
fails scores zero and is reported; only a broken script exits non-zero.
"""
import argparse
import csv
import importlib.util
import json
import os
import signal
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
SEED = "000_229655faa014bd8c"
CORE = ("visit", "meeting")
AFFIL = ("affiliation",)
TIMEOUT = 300  # seconds per document; generous, this is not a benchmark


def load_scorer(shared):
    path = os.path.join(shared, "tools", "score_events.py")
    spec = importlib.util.spec_from_file_location("score_events", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_manifest(path):
    docs = []
    with open(path, encoding="utf-8") as f:
        lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
    header = lines[0].split("\t")
    for l in lines[1:]:
        cells = l.split("\t")
        cells += [""] * (len(header) - len(cells))
        docs.append(dict(zip(header, cells)))
    return docs


def load_texts(shared, docs):
    """Returns {doc: text} for the manifest's documents, read from the corpora."""
    want_wn = {d["key"]: d["doc"] for d in docs if d["corpus"] == "wikinews"}
    want_gn = {int(d["key"]): d["doc"] for d in docs if d["corpus"] == "10kgnad"}
    texts = {}
    if want_wn:
        with open(os.path.join(shared, "corpus", "wikinews-de.jsonl"), encoding="utf-8") as f:
            for line in f:
                r = json.loads(line)
                if str(r["wikinews_id"]) in want_wn:
                    texts[want_wn[str(r["wikinews_id"])]] = r["text"]
    if want_gn:
        with open(os.path.join(shared, "corpus", "10kgnad-test.csv"), encoding="utf-8", newline="") as f:
            for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
                if i in want_gn:
                    texts[want_gn[i]] = row[1]
    return texts


def merge_aliases(paths, out, norm=None):
    """Writes one alias file holding the rows of all `paths`.

    The scorer maps each alias one step to its canonical name, so a chain
    (A <- B, B <- C) or a pair written both ways (ESA <- Europäische
    Weltraumorganisation and back) would leave names of one actor unequal.
    With `norm` (the scorer's normaliser) the rows are closed into classes
    of names that denote one actor, and every name is written as an alias
    of its class's first canonical name."""
    rows = []
    for p in paths:
        if not os.path.exists(p):
            continue
        with open(p, encoding="utf-8") as f:
            lines = [l.rstrip("\n") for l in f if l.strip() and not l.startswith("#")]
        rows += [tuple(r.split("\t")[:2]) for r in lines[1:]]
    with open(out, "w", encoding="utf-8") as w:
        w.write("canonical\talias\n")
        if norm is None:
            for c, a in rows:
                w.write("%s\t%s\n" % (c, a))
            return
        parent, first = {}, {}

        def find(k):
            while parent.setdefault(k, k) != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k
        for c, a in rows:
            first.setdefault(norm(c), c)
            first.setdefault(norm(a), a)
            rc, ra = find(norm(c)), find(norm(a))
            if rc != ra:
                parent[ra] = rc
        for k, name in first.items():
            root = first[find(k)]
            if k != find(k):
                w.write("%s\t%s\n" % (root, name))


def run_extract(dipnet, txt, date, pred):
    """Runs dipnet extract; returns None on success or a one-line reason."""
    cmd = [dipnet, "extract"]
    if date:
        cmd += ["--date", date]
    cmd += ["-o", pred, txt]
    try:
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=TIMEOUT)
    except FileNotFoundError:
        return "no such program: " + dipnet
    except PermissionError:
        return "not executable: " + dipnet
    except subprocess.TimeoutExpired:
        return "timeout after %ds" % TIMEOUT
    if p.returncode != 0:
        msg = p.stderr.decode("utf-8", "replace").replace(os.path.dirname(txt) + os.sep, "")
        msg = msg.strip().splitlines()
        return "exit %d: %s" % (p.returncode, msg[0] if msg else "(no message)")
    if not os.path.exists(pred):
        return "exit 0 but no output file"
    return None


def resolve_dipnet(dipnet):
    """A path (not a name to look up in PATH) made absolute, relative to the
    project root when it does not exist here; shared with the other
    evaluation scripts."""
    if os.sep in dipnet:
        if (not os.path.isabs(dipnet) and not os.path.exists(dipnet)
                and os.path.exists(os.path.join(ROOT, dipnet))):
            dipnet = os.path.join(ROOT, dipnet)
        dipnet = os.path.abspath(dipnet)
    return dipnet


def counts(by_rel, rels):
    return [sum(by_rel[r][i] for r in rels) for i in range(3)]


def evaluate(se, names, doc, gold_path, txt, date, dipnet, tmp, verbose, keep):
    pred = os.path.join(keep or tmp, doc + ".pred.tsv")
    if os.path.exists(pred):
        os.remove(pred)
    err = run_extract(dipnet, txt, date, pred)
    gold = se.read_rows(gold_path)
    predrows = se.read_rows(pred) if err is None else []
    if verbose:
        print("--- %s%s" % (doc, "  (extract failed: %s)" % err if err else ""))
    by_rel, dates = se.score(gold, predrows, names, verbose)
    return {"doc": doc, "err": err,
            "core": counts(by_rel, CORE), "affil": counts(by_rel, AFFIL),
            "dates": dates}


def prf(se, c):
    return se.prf(c[0], c[1], c[2])


def shown(se, c):
    """P, R, F1 as strings; '-' where the document gives nothing to measure
    (no required gold rows: no recall; nothing predicted either: no
    precision) rather than the scorer's vacuous 1.00."""
    p, r, f = prf(se, c)
    if c[1] == 0:
        return ("-" if c[2] == 0 else "%.2f" % p), "-", "-"
    return "%.2f" % p, "%.2f" % r, "%.2f" % f


def fmt_cell(se, c):
    p, r, f = shown(se, c)
    return "%-4s %-4s %-4s %3d/%-3d %3d" % (p, r, f, c[0], c[1], c[2])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"),
                    help="the shared material (default: ../shared next to the project)")
    ap.add_argument("--dipnet", default="./dipnet", help="the dipnet binary (default ./dipnet)")
    ap.add_argument("-v", action="store_true", help="list misses and spurious rows per document")
    ap.add_argument("--markdown", action="store_true", help="print the table in Markdown")
    ap.add_argument("--keep", metavar="DIR", help="keep texts and predictions in DIR (working set only)")
    ap.add_argument("--set", choices=("work", "locked", "both"), default="both",
                    help="which set to score (default both; the locked one as totals only)")
    a = ap.parse_args()
    if hasattr(signal, "SIGPIPE"):  # `eval.py | head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)

    shared = os.path.abspath(a.shared)
    if not os.path.isdir(shared):
        print("eval: skipped: ../shared not found")
        return 0
    dipnet = resolve_dipnet(a.dipnet)

    se = load_scorer(shared)
    docs = read_manifest(os.path.join(HERE, "docs.tsv"))
    texts = load_texts(shared, docs)

    results, locked = [], []
    missing = {"work": 0, "locked": 0}
    with tempfile.TemporaryDirectory(prefix="dipnet-eval-") as tmp:
        if a.keep:
            os.makedirs(a.keep, exist_ok=True)
        alias_file = os.path.join(tmp, "aliases.tsv")
        merge_aliases([os.path.join(shared, "gold", "aliases.tsv"),
                       os.path.join(HERE, "aliases.tsv")], alias_file, se.norm)
        names = se.Names(alias_file)
        lockdir = os.path.join(tmp, "locked")
        os.makedirs(lockdir)
        for d in docs:
            doc, dset = d["doc"], d.get("set", "work")
            if a.set != "both" and dset != a.set:
                continue
            gold = os.path.join(HERE, "gold", doc + ".gold.tsv")
            if not os.path.exists(gold):
                missing[dset] += 1
                continue
            if doc not in texts:
                raise SystemExit("eval: %s: %s %s not found in the corpus" % (doc, d["corpus"], d["key"]))
            is_locked = dset == "locked"
            workdir = lockdir if is_locked else (a.keep or tmp)
            txt = os.path.join(workdir, doc + ".txt")
            with open(txt, "w", encoding="utf-8", newline="") as f:
                f.write(texts[doc])
            r = evaluate(se, names, doc, gold, txt, d.get("date", ""), dipnet,
                         lockdir if is_locked else tmp, a.v and not is_locked,
                         None if is_locked else a.keep)
            (locked if is_locked else results).append(r)
        seed = evaluate(se, names, "seed", os.path.join(shared, "gold", SEED + ".gold.tsv"),
                        os.path.join(shared, "seed", SEED + ".txt"), "", dipnet, tmp, a.v, a.keep)

    micro_core = [sum(r["core"][i] for r in results) for i in range(3)]
    micro_aff = [sum(r["affil"][i] for r in results) for i in range(3)]
    all_dates = [x for r in results for x in r["dates"]]

    def macro(key):
        # documents without required gold rows of the class have no recall to
        # average; they are left out of the macro-average
        vals = [prf(se, r[key]) for r in results if r[key][1] > 0]
        if not vals:
            return (0.0, 0.0, 0.0), 0
        return tuple(sum(v[i] for v in vals) / len(vals) for i in range(3)), len(vals)

    mc, nmc = macro("core")
    ma, nma = macro("affil")
    failed = [r for r in results if r["err"]]

    if a.markdown:
        print("| document | core P | core R | core F1 | core hit/gold (pred) "
              "| affil P | affil R | affil F1 | affil hit/gold (pred) |")
        print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")

        def mrow(name, c, af, note=""):
            p, r, f = shown(se, c)
            ap_, ar, af1 = shown(se, af)
            print("| %s%s | %s | %s | %s | %d/%d (%d) | %s | %s | %s | %d/%d (%d) |"
                  % (name, note, p, r, f, c[0], c[1], c[2], ap_, ar, af1, af[0], af[1], af[2]))
        for r in results:
            mrow(r["doc"], r["core"], r["affil"], " (failed)" if r["err"] else "")
        mrow("**micro**", micro_core, micro_aff)
        print("| **macro** | %.2f | %.2f | %.2f | %d docs | %.2f | %.2f | %.2f | %d docs |"
              % (mc[0], mc[1], mc[2], nmc, ma[0], ma[1], ma[2], nma))
        mrow("seed (../shared/gold)", seed["core"], seed["affil"], " (failed)" if seed["err"] else "")
    else:
        head = "%-10s  %-27s  %-27s  %s" % ("document", "core (visit+meeting)", "affiliation", "")
        sub = "%-10s  %-27s  %-27s" % ("", "P    R    F1   hit/gold pred", "P    R    F1   hit/gold pred")
        print(head.rstrip())
        print(sub)
        for r in results:
            print("%-10s  %s  %s%s" % (r["doc"], fmt_cell(se, r["core"]), fmt_cell(se, r["affil"]),
                                       "  FAILED: " + r["err"] if r["err"] else ""))
        print("%-10s  %s  %s" % ("micro", fmt_cell(se, micro_core), fmt_cell(se, micro_aff)))
        print("%-10s  %.2f %.2f %.2f (%d docs)       %.2f %.2f %.2f (%d docs)"
              % ("macro", mc[0], mc[1], mc[2], nmc, ma[0], ma[1], ma[2], nma))
        print("%-10s  %s  %s%s" % ("seed", fmt_cell(se, seed["core"]), fmt_cell(se, seed["affil"]),
                                   "  FAILED: " + seed["err"] if seed["err"] else ""))
    d = sum(all_dates) / len(all_dates) if all_dates else 0.0
    print("\nworking set: %d documents (%d not annotated yet), %d failed; core F1 %.2f (micro), "
          "affil F1 %.2f (micro), core dates right %d/%d (%.2f)"
          % (len(results), missing["work"], len(failed),
             prf(se, micro_core)[2], prf(se, micro_aff)[2], sum(all_dates), len(all_dates), d))
    if locked or missing["locked"]:
        print_locked(se, locked, missing["locked"], a.markdown)
    return 0


def print_locked(se, locked, missing, markdown, label="locked test"):
    """Totals of the locked test only: nothing per document."""
    core = [sum(r["core"][i] for r in locked) for i in range(3)]
    aff = [sum(r["affil"][i] for r in locked) for i in range(3)]
    free = [r for r in locked if r["core"][1] == 0]
    invented = sum(r["core"][2] - r["core"][0] for r in free)
    dates = [x for r in locked for x in r["dates"]]
    cp, cr, cf = prf(se, core)
    ap_, ar, af = prf(se, aff)
    failed = sum(1 for r in locked if r["err"])
    if markdown:
        print("\n| %s | core P | core R | core F1 | affil P | affil R | affil F1 |" % label)
        print("|---|---:|---:|---:|---:|---:|---:|")
        print("| %d documents | %.2f | %.2f | %.2f | %.2f | %.2f | %.2f |"
              % (len(locked), cp, cr, cf, ap_, ar, af))
    print("%s: %d documents (%d not annotated yet), %d failed; core P %.2f R %.2f F1 %.2f "
          "(%d/%d, %d predicted); affil P %.2f R %.2f F1 %.2f (%d/%d, %d predicted); "
          "%d documents without core events: %d invented core rows; core dates right %d/%d"
          % (label, len(locked), missing, failed, cp, cr, cf, core[0], core[1], core[2],
             ap_, ar, af, aff[0], aff[1], aff[2], len(free), invented, sum(dates), len(dates)))


if __name__ == "__main__":
    sys.exit(main())
