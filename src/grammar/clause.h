/* clause: the structure of one German sentence — a part of speech for every
 * token, the clauses with their type and nesting, and per clause its verbal
 * complex (finite verb, separated particle, participles and infinitives,
 * voice, tense, mood), flags (modal, conditional, negated, readiness,
 * reported speech) and its subject candidate, objects and prepositional
 * phrases as token ranges.
 *
 * Everything is decided by local rules in a few left-to-right passes, so the
 * work is linear in the sentence length (clause_result_t.work counts it):
 *  - tagging: the morphological analyses of a token (morph.h) and those of
 *    its neighbours pick one part of speech (an article or preposition
 *    before a capitalised word makes it a noun; "zu" before an infinitive is
 *    the infinitive particle; a comma before "der" makes it relative);
 *  - clauses: a stack opened by a subordinating conjunction or a relative
 *    pronoun after a comma (closed at the next comma after its verb),
 *    dashes, brackets and quotation marks, and a comma before a new
 *    verb-second clause (reported speech after a verb of saying);
 *  - per clause: verb-second (main) or verb-last (subordinate) finite verb,
 *    the clause-final particle of a separable verb joined to its lemma when
 *    the lexicon knows the result ("traf ... zusammen" -> zusammentreffen),
 *    werden + participle = passive, werden + infinitive = future, haben /
 *    sein + participle = perfect, sein + participle of a verb that does not
 *    take sein = statal passive; noun phrases by determiner-adjective-noun
 *    chunks with case agreement; the subject is the nominative-capable
 *    phrase before the verb-second verb, else the first one after it.
 * The function words come from the lexicon (part-of-speech tags) and from
 * data/lexicon/grammar.tsv (roles.h). */
#ifndef GRAMMAR_CLAUSE_H
#define GRAMMAR_CLAUSE_H

#include <stddef.h>
#include <stdint.h>

#include "grammar/morph.h"
#include "grammar/morphcache.h"
#include "grammar/rolecache.h"
#include "grammar/roles.h"
#include "text/token.h"

typedef enum {
    CLAUSE_MAIN = 0,      /* verb-second (or verb-first) clause */
    CLAUSE_SUB = 1,       /* introduced by a subordinating conjunction */
    CLAUSE_REL = 2,       /* introduced by a relative pronoun */
    CLAUSE_PARENTH = 3,   /* between dashes or brackets */
    CLAUSE_QUOTE = 4,     /* between quotation marks */
    CLAUSE_REPORTED = 5   /* verb-second clause after a verb of saying:
                             "Er sagte, er sei bereit" */
} clause_type_t;

typedef enum { VOICE_ACTIVE = 0, VOICE_PASSIVE = 1, VOICE_STATAL = 2 } clause_voice_t;

typedef enum {
    TENSE_NONE = 0,      /* no finite verb (zu-infinitive clause) */
    TENSE_PRESENT, TENSE_PAST, TENSE_PERFECT, TENSE_PLUPERFECT, TENSE_FUTURE
} clause_tense_t;

typedef enum {
    MOOD_INDICATIVE = 0, MOOD_SUBJ1 = 1, MOOD_SUBJ2 = 2
} clause_mood_t;

enum {
    CLAUSE_F_MODAL = 1 << 0,      /* wollen, sollen ... + infinitive */
    CLAUSE_F_COND = 1 << 1,       /* Konjunktiv II, würde */
    CLAUSE_F_NEG = 1 << 2,        /* nicht, kein, nie ... in the clause */
    CLAUSE_F_READY = 1 << 3,      /* bereit zu, beabsichtigen, planen ... */
    CLAUSE_F_REPORTED = 1 << 4,   /* quoted, reported, or Konjunktiv I */
    CLAUSE_F_ZUINF = 1 << 5       /* zu-infinitive clause (um ... zu) */
};

/* Token ranges are absolute token indices of the document. */
typedef struct {
    uint32_t tok, ntok;           /* ntok 0: none */
} clause_span_t;

/* The tag of one token. */
typedef struct {
    const char *lemma;    /* in the morph file; NULL for punctuation and
                             unknown words */
    uint32_t feats;       /* of the chosen part of speech (merged) */
    uint32_t clause;      /* innermost clause holding the token */
    uint8_t pos;          /* morph_pos_t */
    uint8_t sep;          /* separable particle bytes of lemma */
    uint8_t known;        /* 1 when the lexicon knows the word */
    uint8_t pad;
} clause_tok_t;

typedef struct {
    clause_span_t np;
    uint8_t cases;        /* possible cases: bit MORPH_NOM .. MORPH_ACC */
} clause_np_t;

typedef struct {
    uint32_t prep;        /* the preposition token */
    clause_span_t np;
} clause_pp_t;

typedef struct {
    uint8_t type;         /* clause_type_t */
    uint8_t voice, tense, mood;
    uint32_t flags;       /* CLAUSE_F_* */
    uint32_t tok, end;    /* token range [tok, end), nested clauses included */
    int32_t parent;       /* index of the enclosing clause, -1 at the top */
    uint32_t depth;
    int32_t intro;        /* conjunction or relative pronoun token, -1 */
    int32_t fin;          /* finite verb token, -1 */
    int32_t particle;     /* separated verb particle token, -1 */
    int32_t verb;         /* the content verb token (participle, infinitive
                             or the finite verb itself), -1 */
    char lemma[64];       /* lemma of the content verb, particle joined:
                             "zusammentreffen"; "" when none */
    clause_span_t subj;   /* subject candidate */
    clause_span_t agent;  /* passive agent (the phrase after von/durch) */
    uint32_t verbs, nverbs;   /* other verb tokens: res->verbs[verbs ..] */
    uint32_t objs, nobjs;     /* res->objs[objs ..] */
    uint32_t pps, npps;       /* res->pps[pps ..] */
    uint32_t own_first;       /* internal: first own token (or UINT32_MAX) */
    uint32_t own_last;
    uint8_t open_kind;        /* internal: the bracket or quote mark that
                                 opened it (0 for none) */
} clause_t;

/* The analysis of one sentence.  Reusable across sentences and documents:
 * memory is kept and grows only for a longer sentence (and the word cache
 * up to its bound).  A result is used with one lexicon only. */
typedef struct {
    uint32_t base, ntok;      /* the sentence's tokens [base, base+ntok) */
    clause_tok_t *toks;       /* ntok tags, toks[i - base] */
    clause_t *cl;
    size_t ncl;
    uint32_t *verbs;
    size_t nverbs;
    clause_np_t *objs;
    size_t nobjs;
    clause_pp_t *pps;
    size_t npps;
    uint64_t work;            /* token visits of the last parse (a measure
                                 of its cost, for tests) */
    /* internal */
    uint32_t *next_own, *stack, *posmask;
    clause_np_t *nps;
    size_t tokcap, clcap, verbcap, objcap, ppcap, npcap;
    morphcache_t cache;       /* the words of earlier parses */
    /* a parse asked for by clause_defer and not yet made */
    const morph_t *dm;
    const gram_roles_t *dg;
    const text_doc_t *dd;
    size_t dsent;
    int deferred;             /* 1 pending, 0 made (dok tells) */
    int dok;                  /* the last parse succeeded */
    rolecache_t roles;        /* the roles of their lemmas */
} clause_result_t;

void clause_result_init(clause_result_t *r);
void clause_result_destroy(clause_result_t *r);

/* Analyses sentence `sent` of d with lexicon m and role words g into out
 * (its previous content is replaced).  Pointers in out (lemmas) point into
 * m and out's own arrays; they stay valid until the next parse or destroy.
 * Returns DN_OK or DN_ENOMEM. */
int clause_parse(const morph_t *m, const gram_roles_t *g, const text_doc_t *d,
                 size_t sent, clause_result_t *out);

/* Notes that sentence `sent` of d is to be parsed (as clause_parse would)
 * when first needed: clause_ready makes the parse.  A sentence whose rules
 * never ask about its clauses (most have no event word) is never parsed.
 * The arguments must stay valid until then. */
void clause_defer(const morph_t *m, const gram_roles_t *g, const text_doc_t *d,
                  size_t sent, clause_result_t *out);

/* Makes the parse clause_defer asked for, once; 1 when out holds that
 * sentence's analysis, 0 when the parse failed (out of memory, reported)
 * or none was asked for since out was initialised.  A clause_parse in
 * between replaces the deferred parse. */
int clause_ready(clause_result_t *out);

/* The tag of absolute token i (which must be in the parsed sentence). */
static inline const clause_tok_t *clause_tok(const clause_result_t *r, size_t i)
{
    return &r->toks[i - r->base];
}

/* 1 when the negation word at absolute token i of the parsed sentence
 * negates the inflected adjective or participle after it, which a noun
 * follows ("zu nicht angekündigten Gesprächen"), not its clause. */
int clause_neg_attributive(const clause_result_t *r, size_t i);

/* Short names for printing and tests: "MAIN", "PASSIVE", "PERFECT" ... */
const char *clause_type_name(int type);
const char *clause_tense_name(int tense);
const char *clause_voice_name(int voice);
const char *clause_mood_name(int mood);

#endif
