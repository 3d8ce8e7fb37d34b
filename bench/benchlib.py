"""Shared parts of the NetworkX and python-igraph benchmark scripts.

Both do the same work as `dipnet report`: read the event TSV, aggregate the
events into an undirected graph weighted by the number of events per pair
(affiliations left out), compute the asked-for measures, print the top N
by degree as CSV.  Phase times go to stderr as one JSON line.
"""
import argparse
import json
import sys
import time

MEASURES = ("degree", "strength", "pagerank", "eigenvector", "betweenness")


def parse_args(tool):
    ap = argparse.ArgumentParser(description=f"{tool} benchmark (same work as dipnet report)")
    ap.add_argument("file")
    ap.add_argument("--measures", default="degree,strength,pagerank,eigenvector")
    ap.add_argument("--samples", type=int, default=0,
                    help="betweenness from K sampled sources (0: exact)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("-n", "--top", type=int, default=20, help="0: all actors")
    a = ap.parse_args()
    a.measures = [m for m in a.measures.split(",") if m]
    for m in a.measures:
        if m not in MEASURES:
            ap.error(f"unknown measure {m}")
    return a


def read_events(path, add, add_node):
    """Calls add(source, target) for every non-affiliation event row, and
    add_node(name) for both actors of an affiliation (they are nodes, like
    in dipnet, but their tie is left out of the centrality work).

    Only the first five cells are split off: the rest of the row is not
    needed.  Names are unique across kinds in the generated files; the key
    is the name."""
    with open(path, encoding="utf-8") as f:
        header = None
        for line in f:
            if line.startswith("#"):
                continue
            if header is None:
                header = line.rstrip("\n").split("\t")
                if header[:5] != ["source", "source_kind", "relation", "target",
                                  "target_kind"]:
                    sys.exit(f"{path}: not an event TSV")
                continue
            p = line.split("\t", 5)
            if len(p) < 6:
                continue
            if p[2] == "affiliation":
                add_node(p[0])
                add_node(p[3])
                continue
            add(p[0], p[3])


class Timer:
    def __init__(self):
        self.t0 = time.perf_counter()
        self.last = self.t0
        self.phases = {}

    def lap(self, name):
        now = time.perf_counter()
        self.phases[name] = round(now - self.last, 3)
        self.last = now

    def dump(self, tool, extra=None):
        d = {"tool": tool, "total": round(time.perf_counter() - self.t0, 3)}
        d.update(self.phases)
        if extra:
            d.update(extra)
        print(json.dumps(d), file=sys.stderr)


def write_top(names, values, measures, top, note=None):
    """Top actors by degree (ties by name) as CSV on stdout."""
    deg = values["degree"]
    order = sorted(range(len(names)), key=lambda i: (-deg[i], names[i]))
    if top:
        order = order[:top]
    out = sys.stdout
    if note:
        out.write(f"# {note}\n")
    out.write("rank,actor," + ",".join(measures) + "\n")
    for r, i in enumerate(order, 1):
        cells = []
        for m in measures:
            v = values[m][i]
            cells.append(str(v) if isinstance(v, int) else f"{v:.10g}")
        name = names[i]
        if any(c in name for c in ',"\n'):
            name = '"' + name.replace('"', '""') + '"'
        out.write(f"{r},{name}," + ",".join(cells) + "\n")
