#!/usr/bin/env python3
"""Measure `dipnet extract` on the second blind test set (tests/blind2/).

usage: eval_blind2.py [--shared DIR] [--dipnet PATH] [-v] [--keep DIR]
                      [--no-date] [--check]

HELD BACK FOR THE FINAL MEASUREMENT ONLY. Read tests/blind2/README.md first:
never read this set's texts, gold files or misses (-v, --keep) to develop
rules, and do not run it to tune the extractor.

This is tests/blind/eval_blind.py pointed at tests/blind2/: the module is
imported and its directory (HERE) is replaced, so both blind sets are run,
checked and scored by the same code (itself built on tests/eval/eval.py and
../shared/tools/score_events.py). Options and output are those of
eval_blind.py; only the message prefixes name this set.
"""
import importlib.util
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
BLIND1 = os.path.join(os.path.dirname(HERE), "blind", "eval_blind.py")


class _Renamer:
    """Wraps a text stream so that the first set's message prefixes name this one."""

    PREFIXES = (("check-blind:", "check-blind2:"), ("eval-blind:", "eval-blind2:"),
                ("blind set:", "blind set 2:"))

    def __init__(self, stream):
        self._stream = stream

    def write(self, s):
        for old, new in self.PREFIXES:
            s = s.replace(old, new)
        return self._stream.write(s)

    def __getattr__(self, name):
        return getattr(self._stream, name)


def main():
    spec = importlib.util.spec_from_file_location("eval_blind", BLIND1)
    eb = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(eb)
    eb.HERE = HERE  # texts/, gold/, docs.tsv and aliases.tsv are read from here
    sys.stdout = _Renamer(sys.stdout)
    try:
        return eb.main()
    finally:
        sys.stdout.flush()
        sys.stdout = sys.stdout._stream


if __name__ == "__main__":
    sys.exit(main())
