#!/usr/bin/env python3
"""Writes a seeded synthetic event TSV for the benchmark (DESIGN.md section 2).

    gen_events.py N OUT [--seed S] [--actors A]

N events among about N/10 actors (A overrides).  Actor popularity follows a
power law (weight 1/(rank+10)^0.9 mixed with a uniform share, so that
almost every actor occurs); relations are mostly visits and meetings, with
agreements, relations, recognitions and affiliations (person -> institution;
the centrality work leaves those out).  Names are made from syllables and
unique.  The same N, seed and actor count always give the same file.
"""
import argparse
import bisect
import itertools
import random
import sys

SYL = ("ka ri mo ta le na so vi du be ra lo mi za te ko ha ni pe su "
       "ga li ro ve ma da si to bu fe ja ke la no pa ru se ti vo ze").split()


def word(rng, lo, hi):
    return "".join(rng.choice(SYL) for _ in range(rng.randint(lo, hi))).capitalize()


def make_names(rng, n):
    """n unique (name, kind) pairs; the most popular ranks are often states."""
    kinds = []
    for rank in range(n):
        r = rng.random()
        if rank < 300 and r < 0.5:
            kinds.append("state")
        elif r < 0.70:
            kinds.append("person")
        elif r < 0.90:
            kinds.append("institution")
        else:
            kinds.append("group")
    seen = set()
    out = []
    forms = {
        "state": lambda: rng.choice(["", "Republic of ", "Kingdom of "]) + word(rng, 2, 3),
        "person": lambda: word(rng, 1, 3) + " " + word(rng, 2, 4),
        "institution": lambda: rng.choice(["Ministry of ", "Council of ", "Bank of ",
                                           "Parliament of ", "Court of "]) + word(rng, 2, 3),
        "group": lambda: word(rng, 2, 3) + rng.choice([" Movement", " Front", " Union",
                                                       " Alliance"]),
    }
    for kind in kinds:
        for attempt in itertools.count():
            name = forms[kind]()
            if attempt > 5:
                name += " " + str(attempt)
            if name not in seen:
                break
        seen.add(name)
        out.append((name, kind))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("n", type=int, help="number of events")
    ap.add_argument("out", help="output file")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--actors", type=int, default=0)
    a = ap.parse_args()
    rng = random.Random(a.seed)
    nact = a.actors or max(20, a.n // 10)
    actors = make_names(rng, nact)
    # Power law plus a uniform share (30%) so the tail is reached.
    w = [1.0 / (i + 10) ** 0.9 for i in range(nact)]
    total = sum(w)
    cum = list(itertools.accumulate(x / total * 0.7 + 0.3 / nact for x in w))
    top = cum[-1]
    places = [word(rng, 2, 3) for _ in range(400)]
    verbs = {"visit": "travelled to", "meeting": "met", "agreement": "signed an agreement with",
             "relations": "established relations with", "recognition": "recognised",
             "affiliation": "is a member of"}
    rels = ["visit"] * 35 + ["meeting"] * 47 + ["agreement"] * 10 + \
        ["relations"] * 4 + ["recognition"] * 4
    rnd = rng.random
    with open(a.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(f"# synthetic events: bench/gen_events.py {a.n} --seed {a.seed} "
                f"--actors {nact}\n")
        f.write("source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\t"
                "place\tdoc\tline\tevidence\n")
        buf = []
        for i in range(a.n):
            s = bisect.bisect(cum, rnd() * top)
            t = bisect.bisect(cum, rnd() * top)
            while t == s:
                t = bisect.bisect(cum, rnd() * top)
            s = min(s, nact - 1)
            t = min(t, nact - 1)
            sn, sk = actors[s]
            tn, tk = actors[t]
            if sk == "person" and tk == "institution" and rnd() < 0.3:
                rel = "affiliation"
            else:
                rel = rels[int(rnd() * len(rels))]
            y = 2000 + int(rnd() * 21)
            m = 1 + int(rnd() * 12)
            if rnd() < 0.1:
                date = f"{y}-{m:02d}"
            else:
                date = f"{y}-{m:02d}-{1 + int(rnd() * 28):02d}"
            place = places[int(rnd() * len(places))] if rnd() < 0.3 else ""
            where = f" in {place}" if place else ""
            buf.append(f"{sn}\t{sk}\t{rel}\t{tn}\t{tk}\t{date}\t\t{place}\t"
                       f"news/{i // 8:06d}.txt\t{1 + int(rnd() * 200)}\t"
                       f"{sn} {verbs[rel]} {tn}{where}.\n")
            if len(buf) >= 10000:
                f.write("".join(buf))
                buf.clear()
        f.write("".join(buf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
