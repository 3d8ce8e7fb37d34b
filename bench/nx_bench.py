#!/usr/bin/env python3
"""NetworkX side of `make bench`: the work of `dipnet report` with NetworkX.

    nx_bench.py FILE [--measures LIST] [--samples K] [--seed S] [-n N]

PageRank and eigenvector use weight = number of events (NetworkX's SciPy
implementations, its fastest); betweenness uses distance = 1/weight,
unnormalised, each unordered pair once; with --samples K it is NetworkX's
own estimate from K random sources (scaled by n/K).
"""
import sys

import networkx as nx

from benchlib import Timer, parse_args, read_events, write_top


def main():
    a = parse_args("NetworkX")
    t = Timer()
    counts = {}
    get = counts.get

    def add(s, d):
        key = (s, d) if s < d else (d, s)
        counts[key] = get(key, 0) + 1

    lone = set()
    read_events(a.file, add, lone.add)
    t.lap("read")
    g = nx.Graph()
    g.add_edges_from((u, v, {"weight": w, "dist": 1.0 / w})
                     for (u, v), w in counts.items())
    g.add_nodes_from(lone)
    del counts, lone
    names = list(g.nodes())
    t.lap("build")
    vals = {}
    for m in a.measures:
        if m == "degree":
            d = dict(g.degree())
            vals[m] = [d[n] for n in names]
        elif m == "strength":
            d = dict(g.degree(weight="weight"))
            vals[m] = [d[n] for n in names]
        elif m == "pagerank":
            d = nx.pagerank(g, alpha=0.85, weight="weight")
            vals[m] = [d[n] for n in names]
        elif m == "eigenvector":
            d = nx.eigenvector_centrality_numpy(g, weight="weight")
            mx = max(d.values()) or 1.0
            vals[m] = [d[n] / mx for n in names]
        elif m == "betweenness":
            k = a.samples if 0 < a.samples < len(names) else None
            d = nx.betweenness_centrality(g, k=k, normalized=False,
                                          weight="dist", seed=a.seed)
            vals[m] = [d[n] for n in names]
        t.lap(m)
    if "degree" not in vals:
        d = dict(g.degree())
        vals["degree"] = [d[n] for n in names]
    note = None
    if "betweenness" in a.measures:
        note = (f"betweenness estimated from {a.samples} sampled sources"
                if 0 < a.samples < len(names) else "betweenness exact")
    write_top(names, vals, a.measures, a.top, note)
    t.lap("output")
    t.dump("networkx", {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
