#!/usr/bin/env python3
"""Counts the German-looking string literals (three letters or more) in C
files, comments left out, as content words, function words (a form of
data/lexicon/closedclass.tsv that is no noun, adjective or adverb, an
auxiliary or modal form, a name particle) or other (no German word: column
and class names of the lexicon files, messages' module names, English
words, suffixes).  Issue #17: which German words the C code still spells.

usage: scripts/german_literals.py [-v] FILE.c ...   (run from the project root)
"""
import collections
import re
import sys

AUX = """ist sind war waren sei seien wäre wären gewesen bin bist wird wurde
wurden werde werden würde würden worden geworden hat habe haben hatte hatten
hätte hätten gehabt kann können konnte konnten muss müssen musste soll sollen
sollte sollten will wollen wollte wollten darf dürfen durfte mag möchte
möchten mögen doch jedoch anderem anderen nahe zweimal dreimal van ten ter
dos del della ibn ben bin""".split()

OTHER = set("""extract extractor lexicon cues tokenizer dates word role form link
class name defl visit return meeting summit agreement recognition relations
founding member plan neg nonevent travel receive participate host speech guest
group institution german state english aliases adjective capital place title
office affiliation person from pos particle confidence except region head
gender lang use kind aeiouy nrsm nmrs nmr NVX ent pron poss attr ung heit keit
schaft tion ität ismus ment nis tum chen ungen ungs sion gie ern oren enten
anten innen isten aten glieder ant chef chefs ege egen egin glied aren ären eur
oge ogen and are been but for from had has have his its said that the their
they this were which with German English unknown""".split())


def strip_comments(src):
    """The source without comments, string and character literals kept."""
    out, i, n = [], 0, len(src)
    while i < n:
        if src.startswith("/*", i):
            j = src.find("*/", i + 2)
            i = n if j < 0 else j + 2
            out.append(" ")
        elif src.startswith("//", i):
            j = src.find("\n", i)
            i = n if j < 0 else j
        elif src[i] in "\"'":
            q, j = src[i], i + 1
            while j < n and src[j] != q:
                j += 2 if src[j] == "\\" else 1
            out.append(src[i:j + 1])
            i = j + 1
        else:
            out.append(src[i])
            i += 1
    return "".join(out)


def function_words(path):
    """Lower-case forms of closedclass.tsv that are grammar, not content."""
    words = set(AUX)
    with open(path, encoding="utf-8") as f:
        for line in f:
            cells = line.rstrip("\n").split("\t")
            if line.startswith("#") or cells[0] == "form" or len(cells) < 2:
                continue
            if cells[1] not in ("ADJ", "NOUN", "ADV"):
                words.add(cells[0].lower())
    return words


def main(argv):
    verbose = "-v" in argv
    files = [a for a in argv if a != "-v"]
    func = function_words("data/lexicon/closedclass.tsv")
    total, per = collections.Counter(), collections.defaultdict(list)
    for fn in files:
        with open(fn, encoding="utf-8") as f:
            src = strip_comments(f.read())
        for m in re.finditer(r'"([A-Za-zÄÖÜäöüß]{3,})"', src):
            w = m.group(1)
            kind = "other" if w in OTHER else "function" if w.lower() in func else "content"
            total[kind] += 1
            per[(fn, kind)].append(w)
    print("total %d: content %d, function %d, other %d"
          % (sum(total.values()), total["content"], total["function"], total["other"]))
    if verbose:
        for (fn, kind), ws in sorted(per.items()):
            print("%s %s %d: %s" % (fn, kind, len(ws), " ".join(ws)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
