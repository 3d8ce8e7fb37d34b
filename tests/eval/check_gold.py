#!/usr/bin/env python3
"""Check the format of the development gold set (tests/eval/).

usage: check_gold.py [--shared DIR] [-q]

Checks docs.tsv (documents allowed for development only, dates), every
gold/<doc>.gold.tsv (header, ten cells per row, kinds, relations from
DESIGN.md, ISO dates, spans, need, line numbers inside the document) and
aliases.tsv (two cells, no alias that the shared aliases map elsewhere).
Line numbers and the corpus keys need ../shared; without it those checks are
skipped (said once). Warnings (evidence line does not mention either actor)
do not fail. Exit 1 when there is an error.
"""
import argparse
import csv
import datetime
import hashlib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HEADER = ["source", "source_kind", "relation", "target", "target_kind",
          "start", "end", "place", "need", "line"]
KINDS = {"person", "institution", "state", "group"}
RELATIONS = {"visit", "meeting", "agreement", "recognition", "relations",
             "founding", "affiliation"}
NEEDS = {"required", "optional"}
# README.md: the only 10kGNAD rows that may be used for development
GNAD_DEV_ROWS = {223, 349, 369, 579, 665, 682, 811, 868}
WIKINEWS_DEV_SPLITS = {"dev", "test"}
SETS = {"work", "locked"}
# the 39 documents annotated before the locked test was fixed (2026-12-06);
# they were developed on, so they are never locked
FIRST_DOCS = 39


def locked_by_rule(doc):
    """The locked-test rule, fixed before any new text was read."""
    return hashlib.sha256(doc.encode()).hexdigest()[0] in "01234"


DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")

errors = 0
warnings = 0


def err(where, msg):
    global errors
    errors += 1
    print("check_gold: %s: error: %s" % (where, msg))


def warn(where, msg, quiet):
    global warnings
    warnings += 1
    if not quiet:
        print("check_gold: %s: warning: %s" % (where, msg))


def data_lines(path):
    """Yields (lineno, cells) for the non-comment, non-blank lines of a TSV."""
    with open(path, encoding="utf-8") as f:
        for n, l in enumerate(f, 1):
            l = l.rstrip("\n")
            if not l.strip() or l.startswith("#"):
                continue
            yield n, l.split("\t")


def parse_date(s):
    """Returns a sortable tuple, or None when malformed or impossible."""
    m = DATE_RE.match(s)
    if not m:
        return None
    y, mo, d = int(m.group(1)), m.group(2), m.group(3)
    try:
        datetime.date(y, int(mo) if mo else 1, int(d) if d else 1)
    except ValueError:
        return None
    return (y, int(mo) if mo else 0, int(d) if d else 0)


def fold(s):
    s = s.replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def mentions(line_text, name):
    """True when some word of name (or a 5-letter stem of it) is on the line."""
    text = fold(line_text)
    for alt in name.split("|"):
        for w in re.findall(r"\w+", fold(alt)):
            if (len(w) >= 3 or any(ch.isdigit() for ch in w)) and (w in text or (len(w) > 6 and w[:5] in text)):
                return True
    return False


def load_texts(shared, docs):
    wn = {d["key"]: d for d in docs if d["corpus"] == "wikinews"}
    gn = {}
    for d in docs:
        if d["corpus"] == "10kgnad" and d["key"].isdigit():
            gn[int(d["key"])] = d
    texts, meta = {}, {}
    with open(os.path.join(shared, "corpus", "wikinews-de.jsonl"), encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            d = wn.get(str(r["wikinews_id"]))
            if d:
                texts[d["doc"]] = r["text"]
                meta[d["doc"]] = r
    with open(os.path.join(shared, "corpus", "10kgnad-test.csv"), encoding="utf-8", newline="") as f:
        for i, row in enumerate(csv.reader(f, delimiter=";", quotechar="'")):
            d = gn.get(i)
            if d:
                texts[d["doc"]] = row[1]
                meta[d["doc"]] = {"label": row[0]}
    return texts, meta


def check_manifest(path):
    docs = []
    rows = list(data_lines(path))
    if not rows or rows[0][1] != ["doc", "corpus", "key", "date", "title", "set"]:
        err(path, "header must be doc, corpus, key, date, title, set")
        return docs
    seen = set()
    for i, (n, c) in enumerate(rows[1:]):
        where = "%s:%d" % (path, n)
        if len(c) != 6:
            err(where, "%d cells, want 6" % len(c))
            continue
        d = dict(zip(rows[0][1], c))
        if d["set"] not in SETS:
            err(where, "set %r is not work or locked" % d["set"])
        elif i < FIRST_DOCS and d["set"] != "work":
            err(where, "the first %d documents were developed on: set must be work" % FIRST_DOCS)
        elif i >= FIRST_DOCS and (d["set"] == "locked") != locked_by_rule(d["doc"]):
            err(where, "set %s contradicts the locked-test rule" % d["set"])
        if d["doc"] in seen:
            err(where, "document %s listed twice" % d["doc"])
        seen.add(d["doc"])
        if d["corpus"] == "wikinews":
            if d["doc"] != "wn" + d["key"]:
                err(where, "wikinews doc id must be wn<key>")
            if not parse_date(d["date"]) or len(d["date"]) != 10:
                err(where, "wikinews document needs its YYYY-MM-DD date")
        elif d["corpus"] == "10kgnad":
            if d["doc"] != "gnad" + d["key"]:
                err(where, "10kgnad doc id must be gnad<row>")
            if not d["key"].isdigit() or int(d["key"]) not in GNAD_DEV_ROWS:
                err(where, "10kgnad row %s is not a development row" % d["key"])
            if d["date"]:
                err(where, "10kgnad rows have no date")
        else:
            err(where, "unknown corpus %r" % d["corpus"])
        docs.append(d)
    return docs


def check_gold(path, doc, text, quiet):
    rows = list(data_lines(path))
    if not rows:
        err(path, "empty")
        return 0
    if rows[0][1] != HEADER:
        err("%s:%d" % (path, rows[0][0]), "header must be: " + " ".join(HEADER))
        return 0
    lines = text.split("\n") if text is not None else None
    required = 0
    for n, c in rows[1:]:
        where = "%s:%d" % (path, n)
        if len(c) != len(HEADER):
            err(where, "%d cells, want %d" % (len(c), len(HEADER)))
            continue
        r = dict(zip(HEADER, c))
        for col in ("source", "target"):
            v = r[col]
            if not v or any(not a or a != a.strip() for a in v.split("|")):
                err(where, "%s %r: empty name or stray spaces" % (col, v))
        for col in ("source_kind", "target_kind"):
            if r[col] not in KINDS:
                err(where, "%s %r is not one of %s" % (col, r[col], ", ".join(sorted(KINDS))))
        if r["relation"] not in RELATIONS:
            err(where, "relation %r is not one of %s" % (r["relation"], ", ".join(sorted(RELATIONS))))
        s = parse_date(r["start"]) if r["start"] else None
        if r["start"] and s is None:
            err(where, "start %r is not an ISO date (YYYY, YYYY-MM, YYYY-MM-DD)" % r["start"])
        if r["end"]:
            e = parse_date(r["end"])
            if e is None:
                err(where, "end %r is not an ISO date" % r["end"])
            elif not r["start"]:
                err(where, "end without start")
            elif s is not None and e <= s:
                err(where, "end %s is not after start %s" % (r["end"], r["start"]))
        if r["relation"] == "affiliation" and (r["start"] or r["end"]) and r["need"] == "required":
            err(where, "required affiliations are undated")
        if r["need"] not in NEEDS:
            err(where, "need %r is not required or optional" % r["need"])
        elif r["need"] == "required":
            required += 1
        if not r["line"].isdigit() or int(r["line"]) < 1:
            err(where, "line %r is not a positive number" % r["line"])
        elif lines is not None:
            ln = int(r["line"])
            if ln > len(lines):
                err(where, "line %d is past the end of %s (%d lines)" % (ln, doc, len(lines)))
            elif not lines[ln - 1].strip():
                err(where, "line %d of %s is blank" % (ln, doc))
            elif not (mentions(lines[ln - 1], r["source"]) or mentions(lines[ln - 1], r["target"])):
                warn(where, "line %d does not mention %s or %s" % (ln, r["source"], r["target"]), quiet)
        if r["source"] == r["target"]:
            err(where, "source and target are the same actor")
    return required


def check_aliases(path, shared):
    rows = list(data_lines(path))
    if not rows or rows[0][1] != ["canonical", "alias"]:
        err(path, "header must be canonical, alias")
        return
    shared_map = {}
    sp = os.path.join(shared, "gold", "aliases.tsv") if shared else None
    if sp and os.path.exists(sp):
        for _, c in list(data_lines(sp))[1:]:
            if len(c) == 2:
                shared_map[fold(c[1])] = fold(c[0])
    mine = {}
    for n, c in rows[1:]:
        where = "%s:%d" % (path, n)
        if len(c) != 2 or not c[0] or not c[1]:
            err(where, "want two non-empty cells")
            continue
        a, canon = fold(c[1]), fold(c[0])
        if a in mine and mine[a] != canon:
            err(where, "alias %r already maps to another name" % c[1])
        if a in shared_map and shared_map[a] != canon:
            err(where, "alias %r is mapped elsewhere by the shared aliases" % c[1])
        mine[a] = canon


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    ap.add_argument("-q", action="store_true", help="do not print warnings")
    ap.add_argument("--only", nargs="+", metavar="DOC",
                    help="check only these documents' gold files (while annotating)")
    a = ap.parse_args()
    shared = os.path.abspath(a.shared) if os.path.isdir(a.shared) else None

    docs = check_manifest(os.path.join(HERE, "docs.tsv"))
    texts, meta = {}, {}
    if shared:
        texts, meta = load_texts(shared, docs)
        for d in docs:
            m = meta.get(d["doc"])
            if m is None:
                err("docs.tsv", "%s: %s key %s not found in the corpus" % (d["doc"], d["corpus"], d["key"]))
            elif d["corpus"] == "wikinews":
                if m["split"] not in WIKINEWS_DEV_SPLITS:
                    err("docs.tsv", "%s: split %s is reserved for evaluation" % (d["doc"], m["split"]))
                if m["date"] != d["date"]:
                    err("docs.tsv", "%s: date %s, corpus says %s" % (d["doc"], d["date"], m["date"]))
    else:
        print("check_gold: ../shared not found: corpus keys and line numbers not checked")

    gold_dir = os.path.join(HERE, "gold")
    listed = {d["doc"] for d in docs}
    if a.only:
        unknown = set(a.only) - listed
        for u in sorted(unknown):
            err("docs.tsv", "%s is not listed" % u)
        docs = [d for d in docs if d["doc"] in set(a.only)]
    for f in sorted(os.listdir(gold_dir)):
        if f.endswith(".gold.tsv") and f[:-len(".gold.tsv")] not in listed:
            err(os.path.join(gold_dir, f), "not listed in docs.tsv")
    total = 0
    for d in docs:
        p = os.path.join(gold_dir, d["doc"] + ".gold.tsv")
        if not os.path.exists(p):
            err("docs.tsv", "%s has no gold file" % d["doc"])
            continue
        total += check_gold(p, d["doc"], texts.get(d["doc"]) if shared else None, a.q)
    check_aliases(os.path.join(HERE, "aliases.tsv"), shared)
    print("check_gold: %d documents, %d required rows, %d errors, %d warnings"
          % (len(docs), total, errors, warnings))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
