"""morph_wordlist.py: what Debian's full-form word list adds to the
morphological lexicon (used by morph_build.py).

LanguageTool's verb data on npm has about 8,400 verbs, in the spelling
before the 1996 reform: "beschloß", "mußte", "läßt"; "vereinbaren",
"paraphieren", "innehaben" are missing.  News is written in the reformed
spelling, and a verb the lexicon does not know cannot be a clause's verb, so
"Beide Seiten vereinbarten ..." had none.  The word list
(/usr/share/dict/ngerman, package wngerman) has every inflected form in the
reformed spelling, but no analyses.  Together they give:

  - the reformed spelling of a form written with ß, when the word list has
    it ("mußte" -> "musste"; "schließen" stays: the list has no
    "schliessen"), with the same analyses;
  - verbs made of a separable particle and a known verb ("inne" + "haben"):
    the joined forms ("innehat", "innegehabt", "innezuhaben");
  - regular (weak) verbs the verb data lacks, conjugated by the rules of
    German ("vereinbar-" -> "vereinbarte", "vereinbart"), separable ones
    too ("ein-" "bürger-" -> "eingebürgert");
  - adjectives in -isch the adjective data lacks, most of them of a
    country ("ghanaisch", "äthiopisch"), inflected as a known one in
    -isch is ("politisch").

Nothing is guessed: a derived form is added only when the word list has
it, and a verb only when the list has its infinitive, its past tense and
its participle.  Python 3 standard library only.
"""

from morph_feats import TENSE, PN, INF, ZUINF, PART2, PART1, finite_bit

# prefixes whose verbs form the participle without ge- ("vereinbart")
INSEPARABLE = ('be', 'emp', 'ent', 'er', 'ge', 'miss', 'ver', 'zer')


def read_words(path):
    """The word list's words, one per line, as a set (empty without a path)."""
    if not path:
        return set()
    with open(path, encoding='utf-8', errors='replace') as f:
        return {w.rstrip('\n') for w in f if w.strip()}


def add_reformed_spelling(lx, words):
    """Adds, for each form written with ß, the form with ss when the word
    list (reformed spelling) has it; returns how many forms were added."""
    extra = []
    for form, d in lx.forms.items():
        if 'ß' in form:
            v = form.replace('ß', 'ss')
            if v in words:
                extra.append((v, dict(d)))
    for v, d in extra:
        for (lemma, pos, sep), feats in d.items():
            lx.add(v, lemma, pos, feats, sep)
    return len(extra)


def weak_paradigm(stem, e):
    """form -> feature bits of a weak verb's finite forms; e is '' or 'e'
    (the e after a stem in -t, -d, -chn: "arbeit-e-te")."""
    out = {}

    def put(f, b):
        out[f] = out.get(f, 0) | b
    pres = (stem + 'e', stem + e + 'st', stem + e + 't', stem + 'en', stem + e + 't', stem + 'en')
    past = tuple(stem + e + s for s in ('te', 'test', 'te', 'ten', 'tet', 'ten'))
    subj = tuple(stem + s for s in ('e', 'est', 'e', 'en', 'et', 'en'))
    for (num, per), a, b, c in zip(sorted(PN, key=PN.get), pres, past, subj):
        put(a, finite_bit('PRÄ', num, per))
        put(b, finite_bit('PRT', num, per) | finite_bit('KJ2', num, per))
        put(c, finite_bit('KJ1', num, per))
    return out


def add_weak_verb(lx, words, verb_pos, inf, particle):
    """Adds the weak verb inf (its particle split off when particle is not
    '') if the word list confirms it; returns 1 when it did."""
    rest = inf[len(particle):]
    stem = rest[:-2]
    if len(stem) < 3 or stem.endswith('e'):
        return 0
    joined = particle + stem
    e = 'e' if joined + 'ete' in words and joined + 'te' not in words else ''
    if particle:
        part2 = particle + 'ge' + stem + e + 't'
    elif stem.startswith(INSEPARABLE) or stem.endswith('ier'):
        part2 = stem + e + 't'
    else:
        part2 = 'ge' + stem + e + 't'
    if joined + e + 'te' not in words or part2 not in words:
        return 0
    sep = len(particle.encode())
    lx.add(inf, inf, verb_pos, INF, sep)
    lx.add(part2, inf, verb_pos, PART2, sep)
    if inf + 'd' in words:
        lx.add(inf + 'd', inf, verb_pos, PART1, sep)
    zu = particle + 'zu' + rest if particle else 'zu' + inf
    if particle and zu in words:
        lx.add(zu, inf, verb_pos, ZUINF, sep)
    for form, feats in weak_paradigm(stem, e).items():
        if particle + form in words:
            lx.add(particle + form, inf, verb_pos, feats, sep)
        # the separated stem ("bürgerte ... ein") when no verb has the form
        if particle and form in words and not lx.has_pos(form, verb_pos):
            lx.add(form, inf, verb_pos, feats, sep)
    return 1


def add_particle_verb(lx, words, verb_pos, inf, particle, base):
    """Adds particle + the known verb base (its entry in the verb data) when
    the word list has at least three of the joined forms; returns 1 then."""
    sep = len(particle.encode())
    cand = {}

    def put(f, b):
        cand[particle + f] = cand.get(particle + f, 0) | b
    binf = base.get('INF')
    if not isinstance(binf, str):
        return 0
    for pa in (base.get('PA2') or []):
        put(pa, PART2)
    if isinstance(base.get('PA1'), str):
        put(base['PA1'], PART1)
    cand[particle + 'zu' + binf] = ZUINF
    for tm in TENSE:
        tms = base.get(tm)
        for num, d in (tms.items() if isinstance(tms, dict) else ()):
            for per, f in (d.items() if isinstance(d, dict) else ()):
                if isinstance(f, str) and (num, per) in PN:
                    put(f, finite_bit(tm, num, per))
    found = {f: b for f, b in cand.items() if f in words and f != inf}
    if len(found) < 3:
        return 0
    lx.add(inf, inf, verb_pos, INF, sep)
    for f, b in found.items():
        lx.add(f, inf, verb_pos, b, sep)
    return 1


def add_missing_verbs(lx, words, verbs, particles, verb_pos):
    """Adds the verbs of the word list that the verb data lacks: a
    particle with a known verb, else a weak verb (see the module comment).
    Returns (particle verbs, weak verbs) added."""
    by_inf = {e.get('INF', k): e for k, e in verbs.items() if isinstance(e, dict)}
    parts = sorted(particles, key=len, reverse=True)
    n_part = n_weak = 0
    for w in sorted(words):
        if not w.endswith('en') or not w.isalpha() or not w.islower() or w in by_inf:
            continue
        if lx.has_pos(w, verb_pos):
            continue
        p = next((p for p in parts if w.startswith(p) and len(w) - len(p) >= 4), '')
        if p and w[len(p):] in by_inf:
            n_part += add_particle_verb(lx, words, verb_pos, w, p, by_inf[w[len(p):]])
            continue
        added = add_weak_verb(lx, words, verb_pos, w, p)
        if not added and p:
            added = add_weak_verb(lx, words, verb_pos, w, '')
        n_weak += added
    return n_part, n_weak


ADJ_ENDINGS = ('', 'e', 'en', 'er', 'es', 'em')


def add_isch_adjectives(lx, words, adj_pos, model='politisch'):
    """Adds the word list's adjectives in -isch that the lexicon has no
    adjective reading of, each form with the features the model adjective's
    form of the same ending has; returns how many adjectives were added."""
    feats = {}
    for end in ADJ_ENDINGS:
        for (lemma, pos, _), f in lx.forms.get(model + end, {}).items():
            if pos == adj_pos and lemma == model:
                feats[end] = feats.get(end, 0) | f
    if len(feats) != len(ADJ_ENDINGS):
        return 0
    n = 0
    for w in sorted(words):
        if len(w) < 6 or not w.endswith('isch') or not w.isalpha() or not w.islower():
            continue
        if lx.has_pos(w, adj_pos) or w + 'en' not in words:
            continue
        for end in ADJ_ENDINGS:
            if w + end in words:
                lx.add(w + end, w, adj_pos, feats[end])
        n += 1
    return n
