#!/usr/bin/env python3
"""check_hostile_output.py KIND FILE: is dipnet's output of the hostile-names
network (tests/test_badinput.c, test_hostile_names_every_format) well-formed,
with the names intact?  Exit 0 when it is, else 1 with the reason."""
import csv
import json
import sys
import xml.etree.ElementTree as ET

SCRIPT = "<script>alert(1)</script>"
QUOTED = 'A "quoted", name|pipe'
BACKSLASH = "back\\slash\\"
KAZAKH = "\u049a\u0430\u0437\u0430\u049b\u0441\u0442\u0430\u043d & Co"
NAMES = [SCRIPT, QUOTED, BACKSLASH, KAZAKH]


def texts_of_xml(path):
    root = ET.parse(path).getroot()
    out = set(root.itertext())
    for el in root.iter():
        out.update(el.attrib.values())
    return " ".join(out)


def main(kind, path):
    if kind == "json":
        text = json.dumps(json.load(open(path, encoding="utf-8")), ensure_ascii=False)
        missing = [n for n in NAMES if json.dumps(n, ensure_ascii=False)[1:-1] not in text]
    elif kind == "csv":
        rows = list(csv.reader(open(path, encoding="utf-8", newline="")))
        if any(len(r) != len(rows[0]) for r in rows):
            return "rows of different lengths"
        cells = {c for r in rows for c in r}
        missing = [n for n in NAMES if n not in cells]
    elif kind == "html":
        text = open(path, encoding="utf-8").read()
        if SCRIPT in text:
            return "live <script> from the data"
        missing = [] if "&lt;script&gt;" in text else [SCRIPT]
    elif kind == "xml":
        text = texts_of_xml(path)
        missing = [n for n in NAMES if n not in text]
    else:
        return "unknown kind " + kind
    if missing:
        return "names missing or altered: %r" % missing
    return None


if __name__ == "__main__":
    try:
        why = main(sys.argv[1], sys.argv[2])
    except Exception as e:  # a parse error is the answer
        why = "%s: %s" % (type(e).__name__, e)
    if why:
        print("%s: %s" % (sys.argv[2], why))
        sys.exit(1)
