#!/usr/bin/env python3
"""python-igraph side of `make bench`: the work of `dipnet report`.

    ig_bench.py FILE [--measures LIST] [--samples K] [--seed S] [-n N]

The graph is built the igraph way: every event an edge, then simplify()
sums the weights.  PageRank (PRPACK) and eigenvector centrality (ARPACK)
use weight = number of events; betweenness uses distance = 1/weight,
unnormalised.  Exact betweenness is igraph's.  python-igraph 0.10.2 (Debian
12) has no subset betweenness, so --samples K runs Brandes' accumulation
from K random sources here: igraph computes each source's distances (C),
NumPy/SciPy count shortest paths and dependencies as two triangular sparse
solves over the shortest-path DAG; the sum is scaled by n/K and halved
(each unordered pair once), like NetworkX's and dipnet's estimates.
"""
import random
import sys

import igraph as ig

from benchlib import Timer, parse_args, read_events, write_top


def sampled_betweenness(g, k, seed):
    import numpy as np
    from scipy.sparse import csc_matrix, identity
    from scipy.sparse.linalg import splu

    n = g.vcount()
    el = np.array(g.get_edgelist(), dtype=np.int64).reshape(-1, 2)
    dist = np.asarray(g.es["dist"], dtype=np.float64)
    # Both directions of every undirected edge.
    tail = np.concatenate([el[:, 0], el[:, 1]])
    head = np.concatenate([el[:, 1], el[:, 0]])
    w = np.concatenate([dist, dist])
    bc = np.zeros(n)
    eps = 1e-10
    sources = random.Random(seed).sample(range(n), k)
    for s in sources:
        d = np.asarray(g.distances(source=s, weights="dist")[0], dtype=np.float64)
        reach = np.isfinite(d)
        order = np.argsort(d[reach], kind="stable")
        verts = np.flatnonzero(reach)[order]          # by distance from s
        m = verts.size
        pos = np.full(n, -1, dtype=np.int64)
        pos[verts] = np.arange(m)
        du = d[tail] + w
        dv = d[head]
        tight = np.isfinite(du) & (np.abs(du - dv) <= eps * np.maximum(dv, 1.0))
        pu = pos[tail[tight]]
        pv = pos[head[tight]]
        one = np.ones(pu.size)
        eye = identity(m, format="csc")
        # sigma: (I - P) sigma = e_s, P[v, u] = 1 for DAG arcs u -> v.
        a = (eye - csc_matrix((one, (pv, pu)), shape=(m, m))).tocsc()
        e = np.zeros(m)
        e[0] = 1.0
        sigma = splu(a, permc_spec="NATURAL", diag_pivot_thresh=0.0).solve(e)
        # delta: (I - Q) delta = Q 1, Q[u, v] = sigma[u] / sigma[v].
        q = csc_matrix((sigma[pu] / sigma[pv], (pu, pv)), shape=(m, m))
        rhs = np.asarray(q.sum(axis=1)).ravel()
        delta = splu((eye - q).tocsc(), permc_spec="NATURAL",
                     diag_pivot_thresh=0.0).solve(rhs)
        delta[0] = 0.0                                   # the source itself
        bc[verts] += delta
    return list(bc * (n / k) / 2.0)


def main():
    a = parse_args("python-igraph")
    t = Timer()
    ids = {}
    src, dst = [], []
    intern = ids.setdefault

    def add(s, d):
        src.append(intern(s, len(ids)))
        dst.append(intern(d, len(ids)))

    read_events(a.file, add, lambda s: intern(s, len(ids)))
    t.lap("read")
    names = [None] * len(ids)
    for name, i in ids.items():
        names[i] = name
    del ids
    g = ig.Graph(n=len(names), edges=list(zip(src, dst)), directed=False)
    del src, dst
    g.es["weight"] = 1
    g.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
    g.es["dist"] = [1.0 / x for x in g.es["weight"]]
    t.lap("build")
    vals = {}
    for m in a.measures:
        if m == "degree":
            vals[m] = g.degree()
        elif m == "strength":
            vals[m] = [int(x) for x in g.strength(weights="weight")]
        elif m == "pagerank":
            vals[m] = g.pagerank(weights="weight", damping=0.85)
        elif m == "eigenvector":
            vals[m] = g.eigenvector_centrality(directed=False, scale=True,
                                               weights="weight")
        elif m == "betweenness":
            if 0 < a.samples < g.vcount():
                vals[m] = sampled_betweenness(g, a.samples, a.seed)
            else:
                vals[m] = g.betweenness(directed=False, weights="dist")
        t.lap(m)
    if "degree" not in vals:
        vals["degree"] = g.degree()
    note = None
    if "betweenness" in a.measures:
        note = (f"betweenness estimated from {a.samples} sampled sources"
                if 0 < a.samples < g.vcount() else "betweenness exact")
    write_top(names, vals, a.measures, a.top, note)
    t.lap("output")
    t.dump("python-igraph", {"nodes": g.vcount(), "edges": g.ecount()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
