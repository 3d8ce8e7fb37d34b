"""Compares two event files as networks: the ties (by actor label), their
weights, per-relation counts and visit directions, after dipnet's actor
identity (`dipnet export --format csv-edges`).  Prints the differences;
exit 1 when there are any.
    python3 tests/gdelt_sql_compare.py DIPNET A.tsv B.tsv"""
import csv
import subprocess
import sys

RELS = ["visit", "meeting", "agreement", "recognition", "relations",
        "founding", "affiliation", "other"]


def ties(dipnet, path):
    out = subprocess.run([dipnet, "export", "--format", "csv-edges", "-q",
                          path], capture_output=True, text=True, check=True)
    got = {}
    for r in csv.DictReader(out.stdout.splitlines()):
        a, b = r["source_label"], r["target_label"]
        ab, ba = int(r["visits_source_target"]), int(r["visits_target_source"])
        if a > b:
            a, b, ab, ba = b, a, ba, ab
        got[(a, b)] = (int(r["Weight"]),) + tuple(int(r[k]) for k in RELS) + (ab, ba)
    return got


def main():
    dipnet, x, y = sys.argv[1:4]
    tx, ty = ties(dipnet, x), ties(dipnet, y)
    wx = sum(v[0] for v in tx.values())
    wy = sum(v[0] for v in ty.values())
    print(f"{len(tx)} ties, {wx} events  vs  {len(ty)} ties, {wy} events")
    bad = 0
    for k in sorted(set(tx) | set(ty)):
        if tx.get(k) != ty.get(k):
            print(f"differs: {k}: {tx.get(k)} vs {ty.get(k)}")
            bad += 1
    sys.exit(1 if bad or not tx else 0)


main()
