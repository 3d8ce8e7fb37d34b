"""morph_feats.py: the feature bits of build/grammar/morph.bin (their
meaning is in src/grammar/morph.h), shared by morph_build.py and
morph_wordlist.py.  Python 3 standard library only."""

CASES = {'nom': 0, 'gen': 1, 'dat': 2, 'acc': 3}
NUMS = {'sg': (0, 1, 2), 'pl': (3,)}
GENDERS = {'m': 0, 'f': 1, 'n': 2}
DICT_CASE = {'NOM': 0, 'GEN': 1, 'DAT': 2, 'AKK': 3}
# finite forms: tense-mood x person-number, 6 bits per tense-mood
TENSE = {'PRÄ': 0, 'PRT': 1, 'KJ1': 2, 'KJ2': 3}
PN = {('S', '1'): 0, ('S', '2'): 1, ('S', '3'): 2,
      ('P', '1'): 3, ('P', '2'): 4, ('P', '3'): 5}
INF, ZUINF, PART2, PART1 = 1 << 24, 1 << 25, 1 << 26, 1 << 27
ADJ_PRED = 1 << 20


def finite_bit(tense, num, per):
    """The bit of a finite form: tense-mood key of TENSE, 'S'/'P', '1'-'3'."""
    return 1 << (TENSE[tense] * 6 + PN[(num, per)])
