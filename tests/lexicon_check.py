#!/usr/bin/env python3
"""Validate dipnet's lexicon files (data/lexicon/*.tsv).

Usage: python3 tests/lexicon_check.py [DIR]      (DIR defaults to data/lexicon)

Checks the five files whose format is fixed (states, places, institutions,
titles, holders) cell by cell and against each other, and checks every other
*.tsv file in DIR for the generic rules (header, cell count, no blank lines).
Every problem is printed as FILE:LINE: message; the last line is a summary
"N passed, M failed" over the named checks.  Exit status 0 when nothing
failed, 1 otherwise, 2 on a usage error.
"""

import datetime
import os
import re
import sys
from collections import OrderedDict, defaultdict

HEADERS = OrderedDict([
    ("states.tsv", ["state", "iso3", "english", "aliases", "adjective", "capital"]),
    ("former_states.tsv", ["state", "iso3", "english", "aliases", "adjective", "until", "parts"]),
    ("places.tsv", ["place", "state", "aliases"]),
    ("institutions.tsv", ["institution", "kind", "state", "aliases"]),
    ("titles.tsv", ["title", "office", "affiliation", "state"]),
    ("holders.tsv", ["person", "office", "state", "from", "to", "aliases"]),
])

# Columns that must not be empty, per file.
REQUIRED = {
    "states.tsv": {"state", "iso3", "english", "capital"},
    "former_states.tsv": {"state", "iso3", "english", "until"},
    # a place with no state is a continent or world region (places.tsv's
    # header): no state's place, never visited
    "places.tsv": {"place"},
    "institutions.tsv": {"institution", "kind"},
    "titles.tsv": {"title", "office"},
    "holders.tsv": {"person", "office", "from"},
}

# Columns holding several values separated by '|'.
MULTI = {"aliases", "adjective"}

INSTITUTION_KINDS = {"institution", "group"}
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
ISO3_RE = re.compile(r"^[A-Z]{3}$")


class Row:
    """One data row: its file, 1-based line number and cells by column."""

    def __init__(self, fname, line, cells):
        self.fname = fname
        self.line = line
        self.cells = cells

    def __getitem__(self, col):
        return self.cells[col]

    def values(self, col):
        """The items of a multi-valued cell (empty list for an empty cell)."""
        cell = self.cells[col]
        return cell.split("|") if cell else []


class Checker:
    """Collects errors per named check, so the summary can count checks."""

    def __init__(self):
        self.checks = OrderedDict()
        self.current = None

    def check(self, name):
        self.current = name
        self.checks.setdefault(name, 0)

    def error(self, fname, line, msg):
        self.checks[self.current] += 1
        print("%s:%d: %s" % (fname, line, msg))


def read_table(ck, path, fname, expected):
    """Read one TSV file; returns (header, rows) or (None, []) on failure.

    Comment lines start with '#'; the first other line is the header.
    Structural errors (blank lines, wrong cell count, stray spaces) are
    reported under the check '<file>: structure'.
    """
    ck.check("%s: structure" % fname)
    try:
        with open(path, encoding="utf-8", newline="") as f:
            text = f.read()
    except UnicodeDecodeError as e:
        ck.error(fname, 1, "not valid UTF-8 (%s)" % e.reason)
        return None, []
    except OSError as e:
        ck.error(fname, 1, "cannot read: %s" % e.strerror)
        return None, []
    if text and not text.endswith("\n"):
        ck.error(fname, text.count("\n") + 1, "last line has no newline")
    header = None
    rows = []
    for i, raw in enumerate(text.split("\n")[:-1] if text.endswith("\n")
                            else text.split("\n"), start=1):
        if raw.endswith("\r"):
            ck.error(fname, i, "carriage return (use Unix line ends)")
            raw = raw[:-1]
        if raw.startswith("#"):
            continue
        if raw.strip() == "":
            ck.error(fname, i, "blank line (use '#' for spacing comments)")
            continue
        cells = raw.split("\t")
        if header is None:
            header = cells
            if expected is not None and cells != expected:
                ck.error(fname, i, "header must be exactly: %s (got: %s)"
                         % ("<TAB>".join(expected), "<TAB>".join(cells)))
                return None, []
            if len(set(cells)) != len(cells) or "" in cells:
                ck.error(fname, i, "header has empty or repeated column names")
                return None, []
            continue
        if len(cells) != len(header):
            ck.error(fname, i, "%d cells, header has %d"
                     % (len(cells), len(header)))
            continue
        ok = True
        for col, cell in zip(header, cells):
            if cell != cell.strip():
                ck.error(fname, i, "column %s: leading or trailing space in %r"
                         % (col, cell))
                ok = False
            if "  " in cell:
                ck.error(fname, i, "column %s: double space in %r" % (col, cell))
                ok = False
        if ok:
            rows.append(Row(fname, i, dict(zip(header, cells))))
    if header is None:
        ck.error(fname, 1, "no header line")
        return None, []
    return header, rows


def check_cells(ck, fname, rows):
    """Required cells are filled; multi-valued cells have no empty items."""
    ck.check("%s: required cells and lists" % fname)
    required = REQUIRED.get(fname, set())
    for r in rows:
        for col, cell in r.cells.items():
            if col in required and cell == "":
                ck.error(fname, r.line, "column %s must not be empty" % col)
            if (col in MULTI or (fname == "titles.tsv" and col == "state")
                    or (fname == "former_states.tsv" and col == "parts")) and cell:
                items = cell.split("|")
                if any(x.strip() != x or x == "" for x in items):
                    ck.error(fname, r.line, "column %s: empty or padded item in %r"
                             % (col, cell))
                seen = set()
                for x in items:
                    if x in seen:
                        ck.error(fname, r.line, "column %s: %r listed twice"
                                 % (col, x))
                    seen.add(x)
            elif "|" in cell:
                ck.error(fname, r.line, "column %s holds one value, found '|'"
                         % col)


def parse_date(s):
    """Return (year, month or None, day or None), or None when invalid."""
    m = DATE_RE.match(s)
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None:
        try:
            datetime.date(y, mo, d)
        except ValueError:
            return None
    return (y, mo, d)


def date_le(a, b):
    """a <= b compared at the precision both dates have."""
    n = min(len(a), len(b))
    return a[:n] <= b[:n]


def main(argv):
    if len(argv) > 2 or (len(argv) == 2 and argv[1] in ("-h", "--help")):
        print(__doc__.strip())
        return 2 if len(argv) > 2 else 0
    d = argv[1] if len(argv) == 2 else "data/lexicon"
    if not os.path.isdir(d):
        print("lexicon_check: %s: not a directory" % d, file=sys.stderr)
        return 2

    ck = Checker()
    tables = {}
    ck.check("files present")
    for fname, hdr in HEADERS.items():
        path = os.path.join(d, fname)
        if not os.path.exists(path):
            ck.error(fname, 0, "file missing")
            tables[fname] = []
            continue
        _, rows = read_table(ck, path, fname, hdr)
        tables[fname] = rows
        check_cells(ck, fname, rows)
    for fname in sorted(os.listdir(d)):
        if fname.endswith(".tsv") and fname not in HEADERS:
            read_table(ck, os.path.join(d, fname), fname, None)

    states = tables["states.tsv"]
    places = tables["places.tsv"]
    insts = tables["institutions.tsv"]
    titles = tables["titles.tsv"]
    holders = tables["holders.tsv"]

    # --- states -----------------------------------------------------------
    ck.check("states.tsv: iso3 codes")
    iso_seen = {}
    for r in states:
        if not ISO3_RE.match(r["iso3"]):
            ck.error(r.fname, r.line, "iso3 %r is not 3 uppercase letters"
                     % r["iso3"])
        elif r["iso3"] in iso_seen:
            ck.error(r.fname, r.line, "iso3 %s already used on line %d"
                     % (r["iso3"], iso_seen[r["iso3"]]))
        else:
            iso_seen[r["iso3"]] = r.line

    ck.check("states.tsv: english names and adjectives unique")
    eng_seen = {}
    adj_seen = {}
    for r in states:
        k = r["english"].casefold()
        if k in eng_seen:
            ck.error(r.fname, r.line, "english name %r also on line %d"
                     % (r["english"], eng_seen[k]))
        eng_seen.setdefault(k, r.line)
        for a in r.values("adjective"):
            if a != a.lower() and not a.startswith("US-"):
                ck.error(r.fname, r.line, "adjective %r should be lower case" % a)
            if a in adj_seen:
                ck.error(r.fname, r.line, "adjective %r also for %s (line %d)"
                         % (a, adj_seen[a][0], adj_seen[a][1]))
            adj_seen.setdefault(a, (r["state"], r.line))

    state_names = {r["state"] for r in states}

    # --- former states: new names, their parts are states of today ---------
    ck.check("former_states.tsv: codes, names, days and parts")
    for r in tables["former_states.tsv"]:
        if r["state"] in state_names:
            ck.error(r.fname, r.line, "%r is also in states.tsv" % r["state"])
        if not ISO3_RE.match(r["iso3"]) or r["iso3"] in iso_seen:
            ck.error(r.fname, r.line, "iso3 %r is malformed or already used" % r["iso3"])
        iso_seen.setdefault(r["iso3"], r.line)
        if r["english"].casefold() in eng_seen:
            ck.error(r.fname, r.line, "english name %r already used" % r["english"])
        for a in r.values("adjective"):
            if a in adj_seen:
                ck.error(r.fname, r.line, "adjective %r also for %s" % (a, adj_seen[a][0]))
        if parse_date(r["until"]) is None:
            ck.error(r.fname, r.line, "until %r is no date" % r["until"])
        for part in r.values("parts"):
            name, _, day = part.partition(":")
            if name not in state_names:
                ck.error(r.fname, r.line, "part %r is not in states.tsv" % name)
            if day and parse_date(day) is None:
                ck.error(r.fname, r.line, "part %r: %r is no date" % (name, day))
    state_names |= {r["state"] for r in tables["former_states.tsv"]}

    # --- every state named anywhere exists --------------------------------
    ck.check("state references exist")
    for fname in ("places.tsv", "institutions.tsv", "titles.tsv", "holders.tsv"):
        for r in tables[fname]:
            # titles.tsv: the default state, then other states using the title
            for s in (r["state"].split("|") if fname == "titles.tsv" else [r["state"]]):
                if s and s not in state_names:
                    ck.error(fname, r.line, "state %r is not in states.tsv" % s)

    # --- capitals are places of their state --------------------------------
    ck.check("capitals are in places.tsv")
    place_state = {}
    for r in places:
        place_state.setdefault(r["place"], r["state"])
    if places:
        for r in states:
            cap = r["capital"]
            if cap == r["state"]:
                continue  # a city-state: the state row stands for its capital
            if cap not in place_state:
                ck.error(r.fname, r.line, "capital %r is not in places.tsv" % cap)
            elif place_state[cap] != r["state"]:
                ck.error(r.fname, r.line, "capital %r belongs to %s in places.tsv"
                         % (cap, place_state[cap]))

    # --- institutions -----------------------------------------------------
    ck.check("institutions.tsv: kinds")
    for r in insts:
        if r["kind"] not in INSTITUTION_KINDS:
            ck.error(r.fname, r.line, "kind %r must be one of %s"
                     % (r["kind"], ", ".join(sorted(INSTITUTION_KINDS))))
    inst_names = {r["institution"] for r in insts}

    # --- titles -----------------------------------------------------------
    ck.check("titles.tsv: titles unique, affiliations known")
    title_seen = {}
    for r in titles:
        if r["title"] in title_seen:
            ck.error(r.fname, r.line, "title %r already on line %d"
                     % (r["title"], title_seen[r["title"]]))
        title_seen.setdefault(r["title"], r.line)
        aff = r["affiliation"]
        if aff and aff != "=state" and aff not in inst_names:
            ck.error(r.fname, r.line, "affiliation %r is neither =state nor an "
                     "institution in institutions.tsv" % aff)
    offices = defaultdict(set)  # office -> fixed states of its titles
    for r in titles:
        offices[r["office"]].update(r["state"].split("|"))

    # --- holders ----------------------------------------------------------
    ck.check("holders.tsv: offices exist")
    for r in holders:
        o = r["office"]
        if o not in offices:
            ck.error(r.fname, r.line, "office %r is not an office in titles.tsv" % o)
            continue
        fixed = {s for s in offices[o] if s}
        if fixed and "" not in offices[o] and r["state"] not in fixed:
            ck.error(r.fname, r.line, "office %r belongs to %s, row says %r"
                     % (o, "/".join(sorted(fixed)), r["state"]))

    ck.check("holders.tsv: dates")
    terms = defaultdict(list)
    for r in holders:
        ok = True
        for col in ("from", "to"):
            v = r[col]
            if v and parse_date(v) is None:
                ck.error(r.fname, r.line, "%s %r is not a valid date "
                         "(YYYY, YYYY-MM or YYYY-MM-DD)" % (col, v))
                ok = False
        if ok and r["from"] and r["to"] and not date_le(r["from"], r["to"]):
            ck.error(r.fname, r.line, "from %s is after to %s"
                     % (r["from"], r["to"]))
            ok = False
        if ok and r["from"]:
            terms[(r["office"], r["state"])].append(r)

    ck.check("holders.tsv: terms of one office do not overlap")
    for (office, state), rs in terms.items():
        rs.sort(key=lambda x: x["from"])
        for a, b in zip(rs, rs[1:]):
            # b must start no earlier than a ends (same-day handover allowed).
            if not a["to"] or not date_le(a["to"], b["from"]):
                ck.error(b.fname, b.line, "%s (%s) from %s overlaps %s (line %d, "
                         "to %s)" % (office, state or "-", b["from"], a["person"],
                                     a.line, a["to"] or "open"))

    ck.check("holders.tsv: a person keeps the same aliases")
    person_aliases = {}
    for r in holders:
        al = set(r.values("aliases"))
        p = r["person"]
        if p in person_aliases and person_aliases[p][0] != al:
            ck.error(r.fname, r.line, "aliases of %r differ from line %d"
                     % (p, person_aliases[p][1]))
        person_aliases.setdefault(p, (al, r.line))

    # --- names across files -------------------------------------------------
    ck.check("canonical names unique across files")
    canon = {}  # casefolded name -> (canonical, file, line)
    for fname, col in (("states.tsv", "state"), ("places.tsv", "place"),
                       ("institutions.tsv", "institution"),
                       ("holders.tsv", "person")):
        for r in tables[fname]:
            name = r[col]
            k = name.casefold()
            if k in canon:
                c = canon[k]
                if fname == "holders.tsv" and c[1] == fname and c[0] == name:
                    continue  # one person, several terms
                ck.error(fname, r.line, "canonical name %r already defined at "
                         "%s:%d" % (name, c[1], c[2]))
                continue
            canon[k] = (name, fname, r.line)

    ck.check("aliases map to one canonical name")
    alias_of = {}
    for fname, col in (("states.tsv", "state"), ("places.tsv", "place"),
                       ("institutions.tsv", "institution"),
                       ("holders.tsv", "person")):
        for r in tables[fname]:
            for a in r.values("aliases"):
                k = a.casefold()
                if a == r[col]:
                    ck.error(fname, r.line, "alias %r repeats the canonical name"
                             % a)
                    continue
                if k in canon and canon[k][0] != r[col]:
                    c = canon[k]
                    ck.error(fname, r.line, "alias %r of %r is the canonical "
                             "name at %s:%d" % (a, r[col], c[1], c[2]))
                    continue
                if k in alias_of and alias_of[k][0] != r[col]:
                    o = alias_of[k]
                    ck.error(fname, r.line, "alias %r of %r also names %r "
                             "(%s:%d)" % (a, r[col], o[0], o[1], o[2]))
                    continue
                alias_of.setdefault(k, (r[col], fname, r.line))

    ck.check("titles are not actor names")
    for r in titles:
        k = r["title"].casefold()
        if k in canon:
            c = canon[k]
            # a body whose name is another body's member's title (the
            # German chamber "Bundesrat", the Swiss councillor "Bundesrat
            # X"): the extractor reads the title only before a name
            if (c[1] == "institutions.tsv" and " " not in k
                    and r["affiliation"] and r["affiliation"].casefold() != k):
                continue
            ck.error(r.fname, r.line, "title %r is also the actor name at %s:%d"
                     % (r["title"], c[1], c[2]))
        elif k in alias_of:
            o = alias_of[k]
            ck.error(r.fname, r.line, "title %r is also an alias of %r (%s:%d)"
                     % (r["title"], o[0], o[1], o[2]))

    failed = sum(1 for n in ck.checks.values() if n)
    passed = len(ck.checks) - failed
    nrows = sum(len(t) for t in tables.values())
    print("lexicon: %d rows in %d files; %d passed, %d failed"
          % (nrows, len(HEADERS), passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
