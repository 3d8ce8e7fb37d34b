/* lexicon: the reviewable TSV files of data/lexicon loaded into hash tables.
 *
 * Files (format in the README / notes): states.tsv, places.tsv,
 * institutions.tsv, titles.tsv, holders.tsv (written by hand, facts), the
 * optional regions.tsv (federal states, provinces: region, state, aliases,
 * adjective; a region acts as an institution of its state) and the
 * extractor's own triggers.tsv (event words) and honorifics.tsv.  Missing
 * optional files are skipped; states.tsv and triggers.tsv are required.
 *
 * Every name is matched on Snowball German stems of its lower-cased tokens,
 * so inflected forms need no listing: "des Bundestages", "der kasachischen
 * Regierung", "Deutschlands" all reach their entry.  A token key is the
 * interned stem; phrases are indexed by their first key. */
#ifndef EXTRACT_LEXICON_H
#define EXTRACT_LEXICON_H

#include <stddef.h>
#include <stdint.h>

#include "io/event.h"
#include "util/buf.h"
#include "util/strtab.h"

struct sb_stemmer;

typedef enum {
    LX_STATE,      /* ref: actor (a state) */
    LX_ADJ,        /* ref: actor (the state of the adjective) */
    LX_PLACE,      /* ref: place */
    LX_INST,       /* ref: actor (institution or group) */
    LX_TITLE,      /* ref: title */
    LX_PERSON,     /* ref: actor (a person from holders.tsv) */
    LX_HONOR,      /* ref: unused (Herr, Frau, Dr.) */
    LX_REGION,     /* ref: actor (a region of a state: Bayern, Tirol) */
    LX_RADJ        /* ref: actor (the region of the adjective: bayerisch) */
} lx_type_t;

typedef struct {
    const char *name;      /* canonical name (owned by the lexicon) */
    ev_kind_t kind;
    int32_t state;         /* actor index of its state, or -1 */
    int32_t surname;       /* persons: key of the last name token, or -1 */
    const char *first;     /* persons: first name token ("" none) */
    int federal;           /* states: regions.tsv lists regions of it */
    int first_year;        /* persons: the year of their first term in
                              holders.tsv, 0 none */
    long last_day;         /* persons: YYYYMMDD the last of their terms
                              ended, 99991231 when one is open, 0 none */
} lx_actor_t;

typedef struct {
    const char *name;
    int32_t state;         /* actor index */
} lx_place_t;

typedef struct {
    const char *title;
    const char *office;
    int32_t affil;         /* actor index of the institution, or -1 */
    int affil_state;       /* affiliation "=state" */
    int32_t state;         /* fixed state (actor), or -1 */
    int32_t alt[3];        /* other states whose offices bear the title
                              ("Bundespräsident": Österreich, Schweiz), -1 */
} lx_title_t;

typedef struct {
    int32_t person;        /* actor */
    const char *office;
    int32_t state;         /* actor or -1 */
    long from, to;         /* YYYYMMDD first/last day (to 0 = open) */
} lx_term_t;

/* A part of a state that no longer exists (former_states.tsv): until the
 * day `until` (YYYYMMDD, last day), the state `part` - its places, its
 * name - stood for the state `former` ("Moskau" in 1984: the Soviet
 * Union). */
typedef struct {
    int32_t part, former;  /* actor indices */
    long until;
} lx_former_t;

/* Trigger classes (triggers.tsv `class`). */
typedef enum {
    TR_VISIT, TR_RETURN, TR_MEETING, TR_SUMMIT, TR_AGREEMENT, TR_RECOGNITION,
    TR_RELATIONS, TR_FOUNDING, TR_MEMBER, TR_PLAN, TR_NEG, TR_NONEVENT,
    TR_TRAVEL, TR_RECEIVE, TR_PARTICIPATE, TR_HOST, TR_SPEECH, TR_COUNT
} tr_class_t;

typedef struct {
    const char *word;      /* as written in the file */
    int32_t key;
    char pos;              /* 'N' noun (compound heads match), 'V' verb, 'X' other */
    tr_class_t cls;
    uint8_t guest;         /* class guest: a visit whose genitive or "bei" is the
                              host ("Gast des Präsidenten"), not the visitor */
    int32_t particle;      /* key of a separable particle ("ein"), or -1 */
    double conf;
    const char *except;    /* lower-case prefixes that are not this word */
    const char *stem;      /* the key's string */
    size_t stemlen;
} lx_trigger_t;

typedef struct {
    uint32_t keys_off;     /* into kpool */
    uint8_t n;
    uint8_t type;          /* lx_type_t */
    uint8_t from_alias;
    int32_t ref;
    int32_t next;          /* next phrase with the same first key, -1 */
    const char *last;      /* lower-case last word: names inflect only by
                              adding -s, so a match must start with it */
    uint32_t lastlen;
} lx_phrase_t;

/* An organisation-name head (org_heads.tsv). */
typedef struct {
    const char *head;      /* as written (interned) */
    size_t len;
    char gender;           /* 'm' 'f' 'n', 'p' plural, '-' none */
    char lang;             /* 'd' German compound head, 'e' English word, 'f' legal
                              form, 'l' a word joining parts of a name ("für") */
    int cls;               /* a class noun the name follows ("Partei Pasok") */
} lx_orghead_t;

#define KEY_PRE_BITS (1u << 20)

typedef struct lexicon {
    struct sb_stemmer *stemmer;
    strtab_t keys;          /* stems; ids are token keys */
    strtab_t names;         /* canonical names and other strings */
    strtab_t firsts;        /* first names of the office holders */
    lx_actor_t *actors; size_t nactors, capactors;
    lx_place_t *places; size_t nplaces, capplaces;
    lx_title_t *titles; size_t ntitles, captitles;
    lx_term_t *terms; size_t nterms, capterms;
    lx_former_t *formers; size_t nformers, capformers;
    lx_trigger_t *trig; size_t ntrig, captrig;
    lx_phrase_t *phr; size_t nphr, capphr;
    uint32_t *kpool; size_t nk, capk;
    int32_t *head;          /* key -> first phrase, -1 */
    size_t nhead;
    int32_t *trig_head;     /* key -> first trigger with that key (chain via trig_next) */
    int32_t *trig_next;
    int32_t *surname_head;  /* key -> first person actor with that surname */
    int32_t *surname_next;  /* per actor */
    int32_t *inst_head;     /* key -> first institution whose name's head word it is */
    int32_t *inst_next;     /* per actor */
    buf_t scratch;
    strtab_t stem_words;    /* lower-cased words stemmed so far, and */
    strtab_t stem_stems;    /* their stems: stem_words id -> stem_of[id] */
    int32_t *stem_of; size_t capstem;
    lx_orghead_t *orgh; size_t norgh, caporgh;
    uint8_t orgh_end[8192]; /* bit: a hash of the last three bytes of a
                               German head (lexicon_orghead_may_end) */
    int orgh_short;         /* a German head shorter than three bytes */
    /* per kind of head (lang d, e, f, l): bits of the first bytes, and of
     * the lengths (bit 63: 63 bytes or more) */
    uint8_t orgh_first[4][32];
    uint64_t orgh_lens[4];
    int32_t trig_end[4096]; /* lexicon_end3 of a noun trigger's stem (low 12
                               bits) -> the first such trigger, -1 none;
                               chained in index order by trig_end_next */
    int32_t *trig_end_next;
    uint64_t first_len[256]; /* per first byte of a first name (firsts):
                               bits of its lengths, bit 63 for 63 or more */
    uint8_t key_pre[KEY_PRE_BITS / 8]; /* bit: a hash of a key's first 1..8
                               bytes (lexicon_key stems only words whose
                               stem may start so) */
    uint8_t key_full[KEY_PRE_BITS / 8]; /* bit: a hash of a whole key
                               (lexicon_key stems only words of which some
                               start may be one) */
} lexicon_t;

/* Loads the *.tsv files of dir; errors name file:line:col.  Returns DN_OK, DN_EINPUT,
 * DN_EIO or DN_ENOMEM.  lx is caller-allocated; lexicon_destroy frees it. */
int lexicon_load(lexicon_t *lx, const char *dir);
void lexicon_destroy(lexicon_t *lx);

/* The key (interned stem) of a word s[0..n), or -1 when no lexicon entry
 * uses that key.  Case-insensitive; hyphens are kept. */
int32_t lexicon_key(lexicon_t *lx, const char *s, size_t n);

/* The string of a key. */
const char *lexicon_key_str(const lexicon_t *lx, int32_t key, size_t *len);

/* First phrase starting with key k (-1 none); follow lx->phr[i].next. */
static inline int32_t lexicon_first_phrase(const lexicon_t *lx, int32_t k)
{
    return k >= 0 && (size_t)k < lx->nhead ? lx->head[k] : -1;
}

static inline const uint32_t *lexicon_phrase_keys(const lexicon_t *lx, const lx_phrase_t *p)
{
    return lx->kpool + p->keys_off;
}

/* Triggers whose key is k exactly (-1 none); chain via lx->trig_next. */
int32_t lexicon_trigger(const lexicon_t *lx, int32_t k);

/* Copies the lower-case UTF-8 word w[0..n) into out (cap bytes) with ä,
 * ö, ü as a, o, u and ß as ss, as the German stemmer writes its stems (a
 * word the key table lacks can then be compared with stems: the compound
 * "krisengespräch" ends in the stem "gesprach"); returns the length. */
size_t lexicon_fold(const char *w, size_t n, char *out, size_t cap);
/* A noun trigger that the stem s[0..n) ends with (compound head, e.g.
 * "arbeitsbesuch" -> "besuch"), checking the trigger's except prefixes
 * against the lower-case word lw[0..lwn).  -1 when none. */
int32_t lexicon_compound_trigger(const lexicon_t *lx, const char *s, size_t n,
                                 const char *lw, size_t lwn);

/* The person holding `office` (NULL: any) in `state` (-1: any, or the
 * international office) on date d (YYYYMMDD first/last day range).
 * Returns the actor or -1 when none or ambiguous. */
/* The state (actor index) whose office person held on some day of
 * [dfirst, dlast] (YYYYMMDD); -1 when none or when offices of two states
 * overlap it. */
int32_t lexicon_person_state_at(const lexicon_t *lx, int32_t person, long dfirst, long dlast);

int32_t lexicon_holder(const lexicon_t *lx, const char *office, int32_t state,
                       long dfirst, long dlast);

/* 1 when the holder list has any term of office in state. */
int lexicon_office_in_state(const lexicon_t *lx, const char *office, int32_t state);

/* 1 when person p held office (NULL: any office) at some time. */
int lexicon_person_held(const lexicon_t *lx, int32_t person, const char *office);

/* The institution whose name has head-word key `head` and belongs to state
 * (e.g. Senat + Kasachstan -> "Senat der Republik Kasachstan"), or -1. */
int32_t lexicon_inst_by_head(const lexicon_t *lx, int32_t head, int32_t state);

/* 1 when s[0..n) is the first name of a known office holder. */
int lexicon_first_name(const lexicon_t *lx, const char *s, size_t n);

/* The index of an org_heads.tsv kind ('d' German head, 'e' English word,
 * 'f' legal form, 'l' link word) in the filters below, -1 for none. */
static inline int lexicon_orghead_kind(char lang)
{
    return lang == 'd' ? 0 : lang == 'e' ? 1 : lang == 'f' ? 2 : lang == 'l' ? 3 : -1;
}

/* 0 when no head of kind lang starts with byte c; 1 when one may. */
static inline int lexicon_orghead_may_start(const lexicon_t *lx, char lang, unsigned char c)
{
    int k = lexicon_orghead_kind(lang);
    return k >= 0 && ((lx->orgh_first[k][c >> 3] >> (c & 7)) & 1);
}

/* 0 when no head of kind lang is w[0..n) (its first byte or its length
 * fit none); 1 when one may be.  A quick test before comparing the word
 * with every head. */
static inline int lexicon_orghead_may_be(const lexicon_t *lx, char lang, const char *w, size_t n)
{
    int k = lexicon_orghead_kind(lang);
    if (k < 0 || n == 0 || !((lx->orgh_lens[k] >> (n < 63 ? n : 63)) & 1)) return 0;
    return lexicon_orghead_may_start(lx, lang, (unsigned char)w[0]);
}

/* The 16-bit hash of the three bytes before w + n that
 * lexicon_orghead_may_end tests. */
static inline unsigned lexicon_end3(const char *w, size_t n)
{
    unsigned h = (unsigned char)w[n - 3] * 0x9E37u ^ (unsigned char)w[n - 2] * 0x85EBu
                 ^ (unsigned char)w[n - 1];
    return (h ^ (h >> 16)) & 0xFFFFu;
}

/* 0 when no German organisation head (lang de in org_heads.tsv) can end
 * w[0..n) — the hash of its last three bytes is that of none of them; 1
 * when one may.  A quick test before comparing the word with every head. */
static inline int lexicon_orghead_may_end(const lexicon_t *lx, const char *w, size_t n)
{
    if (lx->orgh_short) return 1;
    if (n < 3) return 0;
    unsigned k = lexicon_end3(w, n);
    return (lx->orgh_end[k >> 3] >> (k & 7)) & 1;
}

/* The party or group named exactly name[0..n) (canonical), or -1: the
 * party a member's adjective names ("republikanisch"). */
int32_t lexicon_group_named(const lexicon_t *lx, const char *name, size_t n);

/* The state actor named exactly `name` (canonical), or -1. */
int32_t lexicon_state_named(const lexicon_t *lx, const char *name);
/* The former state (actor index) that state stood within on day (YYYYMMDD,
 * as ev_date_first_day gives), or -1: "Moskau" on 19840205 is in the
 * Soviet Union, on 19920205 in Russia. */
int32_t lexicon_former_state(const lexicon_t *lx, int32_t state, long day);

#endif
