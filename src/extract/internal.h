/* internal: the data structures shared by the extractor's modules (mention
 * finding, frame rules, deduplication).  Not part of the public API. */
#ifndef EXTRACT_INTERNAL_H
#define EXTRACT_INTERNAL_H

#include <stddef.h>
#include <stdint.h>

#include "extract/actindex.h"
#include "extract/cues.h"
#include "extract/firstnames.h"
#include "extract/lexicon.h"
#include "extract/wordlist.h"
#include "grammar/clause.h"
#include "grammar/morph.h"
#include "grammar/roles.h"
#include "io/event.h"
#include "text/date.h"
#include "text/token.h"
#include "util/buf.h"
#include "util/pairindex.h"
#include "util/strtab.h"

/* Prepositions (and the genitive article) governing a mention. */
typedef enum {
    P_NONE, P_GEN, P_VON, P_MIT, P_IN, P_NACH, P_BEI, P_ZWISCHEN, P_AUS,
    P_ZU, P_AN, P_AUF, P_FUER, P_OTHER, P_VOR
} prep_t;

/* A person's grammatical gender as the text shows it ("Ministerin X",
 * "Frau X" / "Minister X", "Herr X"): pronouns do not cross it. */
enum { GENDER_UNKNOWN = 0, GENDER_MASC = 1, GENDER_FEM = 2 };

/* One token's lex_match result for the limit it was asked with (lim 0:
 * none yet); lex_match is asked the same many times per token. */
struct lxm_memo {
    uint32_t lim;
    int16_t type;
    uint8_t alias;
    uint8_t len;
    int32_t ref;
};

/* A document actor: lexicon actor or a person first named in this text. */
typedef struct {
    const char *name;      /* display name (lexicon- or doc-owned) */
    ev_kind_t kind;
    int32_t lex;           /* lexicon actor, -1 */
    int32_t state;         /* doc actor of its state (persons: of the office), -1 */
    const char *surname;   /* persons: surname (doc-owned), NULL */
    const char *first;     /* persons: first name or initial ("" none) */
    const char *office;    /* persons: office of the last title given, NULL */
    const char *title;     /* persons: the word of that title (lexicon-owned), NULL */
    int32_t office_body;   /* persons: lexicon body of that office ("SPD-Chef": SPD), -1 */
    int titled;            /* persons: introduced by a title, honorific or person noun */
    int state_deflt;       /* persons: state only from a title's default ("Vizekanzler" -> Deutschland);
                              2: from another state using the title, the text naming that one */
    int32_t deflt_title;   /* persons: the lexicon title that gave that default, -1 */
    int held_done;         /* persons: the office the lexicon says they held was looked up */
    int kin;               /* persons: introduced as someone's relative ("seine Frau X") */
    int32_t host_state;    /* persons: met in this state with an office of no said state, -1 */
    int fled;              /* persons: a sentence of the text says they fled or live in exile */
    uint8_t gender;        /* persons: GENDER_* from a title or honorific before the name */
    uint8_t intl;          /* persons: an office of a body of no state (UN, AU): foreign everywhere */
    uint8_t party_state;   /* persons: state known only from a national party ("(ÖVP)") */
    uint8_t placename;     /* taken for a person's name, but the text's dateline
                              says it is a place the lexicon lacks ("Mar del
                              Plata (dpa) -"): no party to any event */
    uint32_t mark;         /* a pass's stamp (extractor.mark_gen): seen in this pass */
    int nmention;
    uint32_t last_sent;    /* sentence of the last mention */
} dactor_t;

typedef enum { MT_ENTITY, MT_PRON, MT_POSS, MT_ATTR } mtype_t;

typedef struct {
    uint32_t b, e;         /* token span incl. title chain [b, e) */
    uint32_t head;         /* token of the name / entity */
    int32_t actor;         /* doc actor, -1 unresolved pronoun */
    uint8_t type;          /* mtype_t */
    uint8_t prep;          /* prep_t */
    uint8_t role;          /* a title without a name */
    uint8_t member;        /* "Vertreter/Mitglieder des X": stands for X */
    const char *place;     /* a place name when the mention was a city */
    int32_t pdate, npdate; /* dates in parentheses right after it */
    int32_t list;          /* enumeration id */
    int32_t affil;         /* doc actor of the office (persons), -1 */
    int32_t affil2;        /* a party named with "von der", -1 */
    uint8_t affil2_named;  /* affil2 is named in the person's own word
                              ("FDP-Politiker"): the person's, whatever state */
    int32_t origin;        /* "X aus <Staat>" without an office: the state, -1 */
    uint8_t deflt;         /* affil comes from the title's default state ("Vizekanzler" -> Deutschland) */
    uint8_t open_state;    /* a title of a state's office, the state not said:
                              2 a national office, 1 one a region may have too */
    uint32_t pclose;       /* token of the ")" closing its parentheses */
    uint32_t tail;         /* end of the mention with its attachments */
    uint8_t dateline;      /* the place of the text's dateline ("Wien (APA) -") */
    uint8_t group;         /* one member of "die beiden", "die vier": the
                              members share the span and a list */
    uint8_t hidden;        /* in a clause nested in the trigger's (a relative
                              or subordinate clause): no role in its event */
    uint8_t aus_affil;     /* affil from "aus <Staat>" after a title ("Amtskollege
                              X aus Chile"): the list's others take theirs too */
    uint8_t aside;         /* inside a relative clause between two members
                              of a list ("A, der den Vorsitz innehat, B und
                              C"): the list runs on over it */
} mention_t;

/* A candidate event before deduplication. */
typedef struct {
    int32_t src, dst;      /* doc actors */
    ev_relation_t rel;
    ev_date_t start, end;
    const char *place;
    uint32_t sent;         /* sentence index */
    double conf;
    int32_t trig;          /* trigger instance id */
    int32_t many;          /* one of several events told at once ("die beiden
                              Besuche"): the copies share this id and stay
                              distinct rows; -1 otherwise */
    int dropped;
    uint8_t held;          /* an affiliation only from the lexicon's terms: kept
                              when the text gives the person no other */
    uint8_t past;          /* told in the pluperfect: before the article's
                              time, so its date is not the article's */
    uint8_t receive;       /* told by a verb or noun of reception
                              ("begrüßte", "Empfang"), not of talks */
    uint8_t summit;        /* a summit guest's meeting with the host state,
                              told before the text named a host or organiser */
} cand_t;

typedef struct extractor {
    lexicon_t lx;
    wordlist_t wl;
    firstnames_t fn;             /* first names of many cultures (optional) */
    cues_t cues;                 /* cues.tsv: the content words the rules react to */
    /* the grammar layer (src/grammar/): absent (have_grammar 0) when the
     * morphological lexicon was not built; the rules then fall back to
     * their word windows */
    morph_t morph;
    gram_roles_t roles;
    clause_result_t cr;          /* clauses of the sentence the rules are on */
    int have_grammar, cr_ok;
    int trace;                   /* DIPNET_TRACE set: asked once, not of
                                    the environment at every sentence */
    ev_date_t sole_a, sole_b;    /* the rules' sentence's only date (sole_ok) */
    int sole_header;             /* sole_a/b is a paragraph's heading date */
    int sole_follow;             /* ... the day of the sentence before, which
                                    this one ties itself to ("dazu") */
    size_t para_sent, para_first;  /* header_date's last sentence and the
                                      first sentence of its paragraph */
    int sole_ok;
    size_t sole_s;               /* the sentence sole_* tell of (sole_date's last) */
    int cur_past;                /* the trigger being read is in a
                                    pluperfect clause (cand_t.past) */
    int cur_receive;             /* ... is one of reception (cand_t.receive) */
    int32_t forced_subj;         /* mention that is the subject of the
                                    trigger being read (a relative clause's
                                    antecedent), -1 */
    /* per document, reused */
    buf_t text;
    text_doc_t doc;
    text_dates_t dates;
    int32_t *tkey, *talt;        /* token keys (stem id, stem of word minus s) */
    strtab_t surf;               /* surface forms seen, with their keys: */
    int32_t *surf_key, *surf_alt;/* stemming once per distinct word */
    size_t capsurf;
    int8_t *tcommon;             /* wordlist_common per token: -1 not yet */
    int32_t *tsurf;              /* surface id per word token (-1: punctuation, truncated) */
    int32_t *surf_cf, *surf_cx; /* per surface id: its cues.tsv word id with
                                    A-Z lowered (CM_FOLD) and as written
                                    (CM_EXACT), -1 */
    struct lxm_memo *lxm_memo;   /* lex_match per token (mention_lex.c) */
    int32_t *tcf, *tcx;          /* the same per token (where tsurf >= 0):
                                    read by token, they save tok_cue a
                                    dependent load from the big tables */
    int32_t *surf_ct;            /* per surface id: compound_title (mention_lex.c) */
    int32_t *surf_gh;            /* per surface id: german_head (orgname.c) */
    int32_t *surf_tr;            /* per surface id, twice (not at / at a
                                    sentence start): ttrig's value, -2 not yet */
    uint8_t *surf_fn;            /* per surface id: bit0 lexicon_first_name known,
                                    bit1 its value (tok_common_name), bit2
                                    known_first_name known, bit3 its value,
                                    bit4 small_word_listed known, bit5 its value */
    uint64_t (*surf_cue)[2 * CUE_WORDS]; /* per surface id: the cue roles matched
                                    by part of the word (CM_SUFFIX ...) that
                                    tok_cue has asked ([0, CUE_WORDS)), and
                                    their answers (the rest) */
    uint8_t *surf_wl;            /* per surface id: bit0 common known, bit1 common,
                                    bit2 listed known, bit3 listed (word list),
                                    bit4 compound_common known, bit5 its value,
                                    bit6 the form with a small first letter
                                    looked up, bit7 it is listed */
    int32_t *ttrig;              /* trigger per token: -2 not yet looked up, -1 none;
                                    bit 30 set: a noun */
    size_t ntkey;
    dactor_t *act; size_t nact, capact;
    int32_t *lex2doc; size_t nlex2doc;   /* lexicon actor -> doc actor */
    strtab_t dnames;             /* doc-owned strings */
    strtab_t namesakes;          /* surname_namesakes' surnames (cleared per use) */
    int32_t *dname_actor;        /* dnames id -> doc actor of that name (dactor_named), -1 */
    size_t ndna, capdna;         /* entries set / allocated */
    mention_t *men; size_t nmen, capmen;
    cand_t *cand; size_t ncand, capcand;
    uint32_t *sent_date0;        /* per sentence: first date index */
    size_t capsd;
    int32_t last_person;         /* doc actor, for pronouns */
    uint32_t last_person_sent;
    uint32_t cur_sent;
    size_t sent_m0;              /* first mention of the sentence being scanned */
    int32_t sent_person;         /* its first named person so far, -1 */
    int32_t sent_subject;        /* its first person without a preposition so far, -1 */
    int32_t sent_subj_any;       /* the same, a resolved "er"/"sie" included, -1 */
    int32_t prev_person;         /* last_person before that sentence */
    uint32_t prev_person_sent;
    int32_t ctx_visit;           /* candidate index of the last visit */
    int32_t open_host;           /* who received guests the text did not
                                    name ("empfing die Spitzen der ..."), -1 */
    size_t open_host_sent;       /* ... in this sentence */
    ev_date_t open_host_a, open_host_b;   /* ... on this date (year 0: none) */
    int32_t open_host_where;     /* ... in this state (its clause's place), -1 */
    int32_t scene;               /* the dateline's place (its actor), -1 */
    int scene_many;              /* datelines of several places: no scene */
    int32_t cred_recv;           /* who took credentials earlier in the text, -1;
                                    -2 credentials named, their taker not */
    uint32_t mark_gen;           /* stamp of the current pass over actors (dactor_t.mark) */
    const char *scene_place;     /* its place name, or NULL */
    int32_t sum_org, sum_host, sum_hostp; /* the summit the text is about: organiser, host state, host person */
    size_t sum_cand0;            /* the first candidate told of that summit */
    const char *sum_place;
    ev_date_t sum_a, sum_b;
    int have_summit;
    int32_t ntrig_inst;
    int32_t nmany;         /* cand_t.many ids given in this document */
    ev_date_t ref;
    int32_t side[2];             /* the two states the text is about */
    int32_t dominant;            /* the one state a text is mostly about, -1 */
    int bilateral_text;          /* side[] also named together by a
                                    bilateral adjective: 1/0; -1 not yet
                                    looked for */
    buf_t lw;                    /* scratch: lower-case word */
    buf_t ev;                    /* scratch: evidence */
    int oom;                     /* an allocation failed where -1 also means
                                    "no actor": reported at the end of a run */
    /* indexes that keep extraction linear in the text (no rule compares
     * every pair of mentions, candidates or actors) */
    pairindex_t rowidx;          /* dedup.c: (relation, pair) -> rows */
    actindex_t aix;              /* actindex.c: persons by name words */
    uint64_t work;               /* inner-loop steps of the indexed places
                                    (extractor_work, for tests) */
    uint64_t doc_gen;            /* documents begun: per-document caches
                                    below are valid while their gen equals it */
    /* rules.c: dates in parentheses after a mention (date_is_paren_of_mention) */
    uint32_t *pmark; size_t cappmark; uint32_t pstamp;
    size_t pm_m0, pm_m1; uint64_t pm_gen;
    int dates_sorted; uint64_t ds_gen;
    /* rules.c: per token of sentence tc_sent (from its token tc_lo),
     * running counts of the word classes blocked() asks about, and the
     * next trigger token */
    uint32_t *tcnt; int32_t *tnext; size_t captc; uint64_t tc_gen;
    size_t tc_sent, tc_lo;
    int men_sorted;              /* apposition.c: the sentence's mentions
                                    are in token order (binary search) */
} extractor_impl_t;

/* mention.c: finds the actor mentions of sentence s (appends to x->men). */
int mention_scan(extractor_impl_t *x, size_t s);
/* 1 when token i is a bilateral adjective ("indisch-pakistanischen",
 * "deutsch-russische"): *sa, *sb get the two lexicon states. */
int mention_bilateral(extractor_impl_t *x, size_t i, int32_t *sa, int32_t *sb);
/* doc actor for lexicon actor a (adds it on first use); -1 on ENOMEM. */
int32_t dactor_lex(extractor_impl_t *x, int32_t a);
/* doc actor named s[0..n) of this kind, not from the lexicon (an
 * organisation read from its shape); the same name gives the same actor.
 * -1 on ENOMEM (x->oom set). */
int32_t dactor_named(extractor_impl_t *x, const char *s, size_t n, ev_kind_t kind);
/* 1 when token i is a noun for a role a person holds: a title
 * ("Direktor", "Informationsminister") or a person noun ("Ratsmitglied",
 * "Vertreter"). */
int mention_role_noun(extractor_impl_t *x, size_t i);
/* "DFB-Präsident": the length of an acronym the lexicon does not know
 * before a role after the hyphen of token i; 0 when none. */
int mention_prefix_org(extractor_impl_t *x, size_t i);
/* The doc actor of a state or institution the lexicon names at token i
 * (*end: the token after it); -1 when none, -2 when memory runs out. */
int32_t mention_lex_body(extractor_impl_t *x, size_t i, size_t lim, size_t *end);
/* 1 when a state, region or place the lexicon knows starts at token i. */
int mention_place_at(extractor_impl_t *x, size_t i);
/* triggers.c: 1 when token i is an event noun of triggers.tsv, compounds
 * included ("Asienreise", "Staatsbesuch"). */
int rules_event_noun(extractor_impl_t *x, size_t i);
/* triggers.c: 1 when token i's stem is a word of triggers.tsv of a part of
 * speech its spelling fits: a noun row for a capitalised word inside a
 * sentence ("Sitz" is not the verb sitzen), a verb row for a lower-case one. */
int rules_trigger_word(const extractor_impl_t *x, size_t i);
/* mention_lex.c: the state (a doc actor) of the adjective at token i
 * ("niederländischer"), -1 when token i is none, -2 when memory ran out. */
int32_t mention_adj_state(extractor_impl_t *x, size_t i);
/* mention_title.c: the gender (GENDER_*) a person's mention shows by the
 * title or honorific before its head.  Declared here because push_mention
 * (dactor.c) asks it, and the title module already builds on dactor. */
int mention_gender(extractor_impl_t *x, const mention_t *m);
/* rules.c: applies the frame rules to sentence s with mentions [m0, m1). */
int rules_apply(extractor_impl_t *x, size_t s, size_t m0, size_t m1,
                size_t d0, size_t d1);
/* candidate.c: adds a candidate event to x->cand (a meeting of an actor
 * with its own state is none); returns DN_OK or DN_ENOMEM. */
int cand_add(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel,
             ev_date_t a, ev_date_t b, const char *place, size_t sent,
             double conf, int32_t trig);

/* token helpers */
/* Token i of the document. */
static inline const text_tok_t *TK(const extractor_impl_t *x, size_t i) { return &x->doc.toks[i]; }
/* 1 when token i is the word w (ASCII letters compared without case):
 * the token is lowered, w is not, so w is written in small letters
 * ("zur", "delegation"; test_architecture checks). */
static inline int tok_word(const extractor_impl_t *x, size_t i, const char *w)
{
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = &x->doc.toks[i];
    if (t->type != TOK_WORD) return 0;
    /* no strlen(w): the rules ask lists of words for every token, and
     * most differ in the first letter */
    const char *s = x->doc.s + t->off;
    size_t n = t->len;
    for (size_t k = 0; k < n; k++) {
        unsigned char a = (unsigned char)s[k];
        if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
        unsigned char c = (unsigned char)w[k];
        if (a != c || !c) return 0;               /* also where w ends first */
    }
    return w[n] == '\0';
}
/* 1 when token i is the punctuation character cp. */
static inline int tok_punct(const extractor_impl_t *x, size_t i, uint32_t cp)
{
    return i < x->doc.ntok && x->doc.toks[i].type == TOK_PUNCT && x->doc.toks[i].cp == cp;
}
/* 1 when token i is exactly the word w (case-sensitive, UTF-8). */
static inline int tok_word_cs(const extractor_impl_t *x, size_t i, const char *w)
{
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = &x->doc.toks[i];
    if (t->type != TOK_WORD) return 0;
    const char *s = x->doc.s + t->off;
    size_t n = t->len;
    for (size_t k = 0; k < n; k++)
        if (s[k] != w[k] || !w[k]) return 0;      /* also where w ends first */
    return w[n] == '\0';
}
int tok_key_is(const extractor_impl_t *x, size_t i, int32_t key);
/* tok_cue for the roles matched by part of the word (CM_SUFFIX ...), and
 * for truncated tokens (mention_words.c). */
int tok_cue_part(const extractor_impl_t *x, size_t i, cue_role_t r);
/* 1 when token i is a word of cues.tsv role r, matched as the role says
 * (cues.h); the whole-word roles through the per-surface ids computed
 * once per distinct word.  Inline: the rules ask it millions of times a
 * run, nearly always with a constant role, whose way of matching the
 * compiler then knows. */
static inline int tok_cue(const extractor_impl_t *x, size_t i, cue_role_t r)
{
    if (i >= x->doc.ntok || x->doc.toks[i].type != TOK_WORD) return 0;
    if (x->tsurf[i] >= 0) {
        cue_match_t m = cues_role_match(r);
        if (m == CM_FOLD) return cues_id_has(&x->cues, x->tcf[i], r);
        if (m == CM_EXACT) return cues_id_has(&x->cues, x->tcx[i], r);
    }
    return tok_cue_part(x, i, r);
}
/* wordlist_common of token i, cached per document and per distinct word. */
int tok_common(extractor_impl_t *x, size_t i);
/* wordlist_has of token i as written, cached per distinct word. */
int tok_listed(extractor_impl_t *x, size_t i);

#endif
