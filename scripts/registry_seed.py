#!/usr/bin/env python3
"""Seeds data/lexicon/actors.tsv from the lexicon (states, institutions,
holders).  Run once when the registry was created; since then the registry
is edited by hand and tests/test_identity.c checks that every lexicon name
still resolves to its registry entry.  Usage: registry_seed.py > FILE"""
import re, sys, unicodedata

LEX = 'data/lexicon/'

def rows(name):
    out, header = [], None
    for line in open(LEX + name, encoding='utf-8'):
        line = line.rstrip('\n')
        if not line or line.startswith('#'):
            continue
        cells = line.split('\t')
        if header is None:
            header = cells
            continue
        cells += [''] * (len(header) - len(cells))
        out.append(dict(zip(header, cells)))
    return out

def split(s):
    return [a for a in s.split('|') if a]

def ascii_fold(s):
    s = s.replace('ä', 'ae').replace('ö', 'oe').replace('ü', 'ue').replace('ß', 'ss')
    s = s.replace('Ä', 'Ae').replace('Ö', 'Oe').replace('Ü', 'Ue')
    return s

def strip(s):
    return ''.join(c for c in unicodedata.normalize('NFD', s)
                   if unicodedata.category(c) != 'Mn')

def slug(s):
    s = strip(ascii_fold(s)).lower()
    s = re.sub(r'[^a-z0-9]+', '-', s).strip('-')
    return s

# Wikidata items checked by hand; only those certain are listed, every
# other person or institution gets a readable project id (p:..., i:...).
WIKIDATA = {
    'Barack Obama': 'Q76', 'George W. Bush': 'Q207',
    'George H. W. Bush': 'Q23505', 'Bill Clinton': 'Q1124',
    'Donald Trump': 'Q22686', 'Joe Biden': 'Q6279',
    'Wladimir Putin': 'Q7747', 'Angela Merkel': 'Q567',
    'Vereinte Nationen': 'Q1065', 'Europäische Union': 'Q458',
    'NATO': 'Q7184',
}

# English names of institutions the event datasets name.
INST_EN = {
    'Vereinte Nationen': 'United Nations', 'Europäische Union': 'European Union',
    'UN-Sicherheitsrat': 'United Nations Security Council',
    'UN-Generalversammlung': 'United Nations General Assembly',
    'Europäische Kommission': 'European Commission',
    'Europäisches Parlament': 'European Parliament',
    'Europäischer Rat': 'European Council',
    'Rat der Europäischen Union': 'Council of the European Union',
    'Europarat': 'Council of Europe', 'OSZE': 'OSCE',
    'Afrikanische Union': 'African Union', 'Arabische Liga': 'Arab League',
    'Bundesregierung': 'Government of Germany',
    'Auswärtiges Amt': 'Federal Foreign Office',
    'Bundestag': 'Bundestag', 'Staatsduma': 'State Duma',
    'Internationaler Währungsfonds': 'International Monetary Fund',
    'Weltbank': 'World Bank', 'Welthandelsorganisation': 'World Trade Organization',
    'Schanghaier Organisation für Zusammenarbeit': 'Shanghai Cooperation Organisation',
    'Eurasische Wirtschaftsunion': 'Eurasian Economic Union',
    'Gemeinschaft Unabhängiger Staaten': 'Commonwealth of Independent States',
    'Organisation des Vertrags über kollektive Sicherheit': 'Collective Security Treaty Organization',
}

GOV = re.compile(r'^(Bundesregierung|Regierung |Ministerkabinett|[A-ZÄÖÜ]\w+ (Bundes)?[Rr]egierung$)')

def english_person(de, aliases):
    # Only a name in German transliteration has another English form.
    if not re.search(r'sch|w|j|ch', de.lower()):
        return de
    def plain(a):
        return ascii_fold(strip(a)).lower() in (ascii_fold(de).lower(), strip(de).lower())
    words = len(de.split())
    cands = [a for a in aliases if len(a.split()) == words and not plain(a)]
    for a in cands:
        if 'sch' not in a and 'w' not in a.lower():
            return a
    return de

def main():
    states = rows('states.tsv')
    by_de = {s['state']: s for s in states}
    out = []
    for s in states:
        al = split(s['aliases'])
        out.append((s['iso3'], 'state', s['state'], s['english'], '', al))
    for i in rows('institutions.tsv'):
        de, st = i['institution'], by_de.get(i['state'])
        iso = st['iso3'] if st else ''
        al = split(i['aliases'])
        en = INST_EN.get(de, de)
        if st and GOV.match(de) and de not in INST_EN:
            en = 'Government of %s' % st['english']
        if st and GOV.match(de):
            g = 'Government (%s)' % st['english']
            if g not in al:
                al.append(g)
        ident = WIKIDATA.get(de, 'i:' + slug(de))
        out.append((ident, i['kind'], de, en, iso, al))
    seen = {}
    for h in rows('holders.tsv'):
        de = h['person']
        al = split(h['aliases'])
        if de in seen:
            continue
        seen[de] = 1
        st = by_de.get(h['state'])
        out.append((WIKIDATA.get(de, 'p:' + slug(de)), 'person', de,
                    english_person(de, al), st['iso3'] if st else '', al))
    ids = {}
    print('# actors.tsv — the actor registry: one row per actor (see README.md).')
    print('# id: ISO 3166 alpha-3 for states; a Wikidata Q-number for persons and')
    print('# institutions where it was checked; otherwise a project id p:NAME')
    print('# (person) or i:NAME (institution, group).  german: canonical German')
    print('# name (the name the lexicon uses); english: the English name; state:')
    print('# ISO code of the state a person or body belongs to; aliases: other')
    print('# spellings and transliterations (| separated).  A person\'s offices')
    print('# with dates are the rows of holders.tsv under the same german name.')
    print('id\tkind\tgerman\tenglish\tstate\taliases')
    for ident, kind, de, en, iso, al in out:
        assert ident not in ids, ident
        ids[ident] = 1
        al = [a for a in al if a != de and a != en]
        print('\t'.join([ident, kind, de, en, iso, '|'.join(al)]))

main()
