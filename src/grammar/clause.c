#include "grammar/clause.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

#define MAXANA 48
#define NONE32 UINT32_MAX
#define PM(p) (1u << (p))

/* Groups of parts of speech used by the rules. */
#define PM_VERBAL (PM(MORPH_VERB) | PM(MORPH_AUX) | PM(MORPH_MODAL))
#define PM_DET (PM(MORPH_ART_DEF) | PM(MORPH_ART_INDEF) | PM(MORPH_PRON_POSS) | \
                PM(MORPH_PRON_DEM) | PM(MORPH_PRON_INDEF) | PM(MORPH_PRON_REL) | \
                PM(MORPH_PRON_INTER))
#define PM_NOMINAL (PM(MORPH_NOUN) | PM(MORPH_PROPN))
#define PM_CLOSED (PM_DET | PM(MORPH_PREP) | PM(MORPH_PREPART) | \
                   PM(MORPH_CONJ_COORD) | PM(MORPH_CONJ_SUB) | PM(MORPH_CONJ_INF) | \
                   PM(MORPH_CONJ_COMP) | PM(MORPH_PRON_PERS) | PM(MORPH_PRON_REFL) | \
                   PM(MORPH_ADV) | PM(MORPH_PART) | PM(MORPH_PART_ZU) | PM(MORPH_NUM))

void clause_result_init(clause_result_t *r)
{
    memset(r, 0, sizeof *r);
    morphcache_init(&r->cache);
    rolecache_init(&r->roles);
}

void clause_result_destroy(clause_result_t *r)
{
    free(r->toks);
    free(r->cl);
    free(r->verbs);
    free(r->objs);
    free(r->pps);
    free(r->next_own);
    free(r->stack);
    free(r->posmask);
    free(r->nps);
    morphcache_destroy(&r->cache);
    rolecache_destroy(&r->roles);
    memset(r, 0, sizeof *r);
}

/* Grows *p (of elements of size sz) to hold at least n; keeps memory. */
static int grow(void **p, size_t *cap, size_t n, size_t sz)
{
    if (n <= *cap) return 0;
    size_t c = *cap ? *cap : 16;
    while (c < n) c *= 2;
    void *q = realloc(*p, c * sz);
    if (!q) return -1;
    *p = q;
    *cap = c;
    return 0;
}

/* The per-token arrays share one capacity. */
static int grow_tokens(clause_result_t *r, size_t n)
{
    if (n <= r->tokcap) return 0;
    size_t c = r->tokcap ? r->tokcap : 64;
    while (c < n) c *= 2;
    void *a = realloc(r->toks, c * sizeof *r->toks);
    if (!a) return -1;
    r->toks = a;
    a = realloc(r->next_own, c * sizeof *r->next_own);
    if (!a) return -1;
    r->next_own = a;
    /* a token can open at most two clauses (a comma opens one at the next
     * word), so the stack never holds more than twice the tokens */
    a = realloc(r->stack, 2 * c * sizeof *r->stack);
    if (!a) return -1;
    r->stack = a;
    a = realloc(r->posmask, c * sizeof *r->posmask);
    if (!a) return -1;
    r->posmask = a;
    r->tokcap = c;
    return 0;
}

typedef struct {
    const morph_t *m;
    const gram_roles_t *g;
    const text_doc_t *d;
    clause_result_t *r;
    uint32_t base, n;       /* sentence tokens */
    uint32_t open[9];       /* open clauses by opening mark (OPEN_*) */
    uint32_t last_fin;      /* the last finite-capable verb + 1, 0 none */
} ctx_t;

/* Opening marks of bracketed and quoted clauses. */
enum { OPEN_NONE, OPEN_PAREN, OPEN_BRACKET, OPEN_DASH, OPEN_LOW99, OPEN_HIGH66,
       OPEN_RAQUO, OPEN_LAQUO, OPEN_STRAIGHT };

static int is_dash(const text_tok_t *t)
{
    return t->type == TOK_PUNCT &&
           (t->cp == 0x2013 || t->cp == 0x2014 || (t->cp == '-' && (t->flags & TOK_SPACE)));
}

/* The kind of clause a mark opens (0: none) ... */
static int opens(const text_tok_t *t, int *type)
{
    if (t->type != TOK_PUNCT) return 0;
    *type = CLAUSE_PARENTH;
    if (t->cp == '(') return OPEN_PAREN;
    if (t->cp == '[') return OPEN_BRACKET;
    if (is_dash(t)) return OPEN_DASH;
    *type = CLAUSE_QUOTE;
    switch (t->cp) {
    case 0x201E: return OPEN_LOW99;     /* „ ... “ (German) */
    case 0x201C: return OPEN_HIGH66;    /* “ ... ” (English) */
    case 0xBB: return OPEN_RAQUO;       /* » ... « */
    case 0xAB: return OPEN_LAQUO;       /* « ... » */
    case '"': return OPEN_STRAIGHT;
    }
    return 0;
}

/* ... and the kinds a mark closes. */
static unsigned closes(const text_tok_t *t)
{
    if (t->type != TOK_PUNCT) return 0;
    if (t->cp == ')') return 1u << OPEN_PAREN;
    if (t->cp == ']') return 1u << OPEN_BRACKET;
    if (is_dash(t)) return 1u << OPEN_DASH;
    switch (t->cp) {
    case 0x201C: return 1u << OPEN_LOW99;
    case 0x201D: return 1u << OPEN_LOW99 | 1u << OPEN_HIGH66;
    case 0xAB: return 1u << OPEN_RAQUO;
    case 0xBB: return 1u << OPEN_LAQUO;
    case '"': return 1u << OPEN_STRAIGHT;
    }
    return 0;
}

static const text_tok_t *T(const ctx_t *c, uint32_t i)
{
    return &c->d->toks[c->base + i];
}

/* A token that ends a clause segment: , ; : and the brackets, dashes and
 * quotation marks (punctuation, not words). */
static int is_boundary(const ctx_t *c, uint32_t i)
{
    if (i >= c->n) return 1;
    const text_tok_t *t = T(c, i);
    if (t->type != TOK_PUNCT) return 0;
    switch (t->cp) {
    case ',': case ';': case ':': case '(': case ')': case '[': case ']':
    case '"': case 0x201E: case 0x201C: case 0x201D: case 0xAB: case 0xBB:
    case 0x2013: case 0x2014: case '.': case '!': case '?':
        return 1;
    case '-':
        return (t->flags & TOK_SPACE) != 0;
    }
    return 0;
}

/* The analyses of token i (both readings at a sentence start), through
 * the result's cache; *a is valid until the next lookup. */
static size_t lookup(const ctx_t *c, uint32_t i, const morph_ana_t **a)
{
    const text_tok_t *t = T(c, i);
    const char *w = text_tok_str(c->d, t);
    int both = (t->flags & TOK_SENT) || i == 0;
    const text_doc_t *d = c->d;
    int32_t id = d->word_id ? d->word_id[c->base + i] : -1;
    return morphcache_lookup_id(&c->r->cache, c->m, d->word_space, id, w,
                                t->len, both, MAXANA, a);
}

/* ------------------------------------------------------------- tagging */

static int after_comma(const ctx_t *c, uint32_t i)
{
    return i == 0 || is_boundary(c, i - 1);
}

/* The next token can start a noun phrase: a capitalised word, an adjective
 * or a number. */
static int np_next(const ctx_t *c, uint32_t i)
{
    if (i + 1 >= c->n) return 0;
    const text_tok_t *t = T(c, i + 1);
    if (t->type == TOK_NUM) return 1;
    if (t->type != TOK_WORD) return 0;
    uint32_t pm = c->r->posmask[i + 1];
    if ((t->flags & TOK_CAP) && !(t->flags & TOK_SENT)) return 1;
    return (pm & (PM(MORPH_ADJ) | PM_NOMINAL)) && !(pm & PM_VERBAL);
}

static int verbal_inf_next(const ctx_t *c, uint32_t i)
{
    if (i + 1 >= c->n || T(c, i + 1)->type != TOK_WORD) return 0;
    if (T(c, i + 1)->flags & TOK_CAP) return 0;
    const morph_ana_t *a;
    size_t n = lookup(c, i + 1, &a);
    for (size_t k = 0; k < n; k++)
        if ((PM(a[k].pos) & PM_VERBAL) && (a[k].feats & MORPH_INF)) return 1;
    return 0;
}

/* "Als Zeugen verfolgten die Unterzeichnung A und B", "Als erster Kanzler
 * besuchte er Israel": a phrase after "als" and then a finite verb with
 * the clause going on after it is the verb-second prefield, "als" the
 * comparison's; the conjunction's clause ends with its verbs ("Als
 * Merkel kam, ...", "Als er 2005 gewählt wurde, ..."). */
static int als_prefield(const ctx_t *c, uint32_t i)
{
    for (uint32_t j = i + 1; j < c->n && j <= i + 6; j++) {
        const text_tok_t *t = T(c, j);
        if (t->type == TOK_PUNCT) return 0;
        if (t->type != TOK_WORD || (t->flags & TOK_CAP) || !(c->r->posmask[j] & PM_VERBAL)) continue;
        if (j == i + 1 || is_boundary(c, j + 1)) return 0;
        const text_tok_t *n = T(c, j + 1);
        uint32_t pn = c->r->posmask[j + 1];
        if (n->type == TOK_WORD && !(n->flags & TOK_CAP) && (pn & (PM_VERBAL | PM(MORPH_CONJ_COORD)))) return 0;
        return 1;
    }
    return 0;
}

/* ", den US-Präsident A und B bei ihrem Gipfeltreffen vereinbart hatten":
 * the words after i up to the next boundary end in a run of verbs with
 * at least one word before it, and have no verb before that run - a
 * verb-last clause, so the article-like word at i is a relative pronoun
 * (", den Präsidenten Frankreichs, und ..." has no verb; ", die Minister
 * trafen sich in Genf" has its verb second). */
static int verb_last_segment(const ctx_t *c, uint32_t i)
{
    uint32_t k = i + 1, run = 0, words = 0;
    for (; k < c->n && !is_boundary(c, k) && k < i + 40; k++) {
        const text_tok_t *t = T(c, k);
        int verbal = t->type == TOK_WORD && !(t->flags & TOK_CAP) && (c->r->posmask[k] & PM_VERBAL);
        if (verbal) run++;
        else if (run) return 0;
        else words++;
    }
    return k < c->n && is_boundary(c, k) && run && words >= 2;
}

/* Picks one part of speech for word token i from its candidates pm. */
static int choose(const ctx_t *c, uint32_t i, uint32_t pm)
{
    const text_tok_t *t = T(c, i);
    int initial = (t->flags & TOK_SENT) || i == 0;
    int cap = (t->flags & TOK_CAP) != 0;
    int comma = after_comma(c, i);
    uint32_t prev = i ? c->r->posmask[i - 1] : 0;
    if (!pm) {
        /* Capitalised and unknown: a name (or an unknown compound noun). */
        if (cap) return MORPH_PROPN;
        return np_next(c, i) ? MORPH_ADJ : MORPH_ADV;
    }
    if (cap && !initial && (pm & PM(MORPH_NOUN))) return MORPH_NOUN;
    if (pm & PM(MORPH_PRON_REL)) {
        int prep_before = i >= 2 && (prev & (PM(MORPH_PREP) | PM(MORPH_PREPART))) &&
                          after_comma(c, i - 1);
        if ((comma && i > 0) || prep_before) {
            if (!(pm & PM(MORPH_ART_DEF)) || !np_next(c, i) || (comma && i > 0 && verb_last_segment(c, i)))
                return MORPH_PRON_REL;
        }
    }
    if (pm & PM(MORPH_ART_DEF)) {
        if (np_next(c, i) || !(pm & PM(MORPH_PRON_DEM))) return MORPH_ART_DEF;
        return MORPH_PRON_DEM;
    }
    if ((pm & PM(MORPH_PART_ZU)) && verbal_inf_next(c, i)) return MORPH_PART_ZU;
    if (pm & (PM(MORPH_CONJ_SUB) | PM(MORPH_CONJ_INF))) {
        int conj = (pm & PM(MORPH_CONJ_SUB)) ? MORPH_CONJ_SUB : MORPH_CONJ_INF;
        uint32_t other = pm & ~(PM(MORPH_CONJ_SUB) | PM(MORPH_CONJ_INF));
        uint32_t next = i + 1 < c->n ? c->r->posmask[i + 1] : 0;
        int next_num = i + 1 < c->n && T(c, i + 1)->type == TOK_NUM;
        int next_det = next_num ||
                       ((next & PM_DET) && !(next & PM(MORPH_PRON_PERS)));
        if (!other) return conj;
        if (comma) {
            /* "Während dieses Besuchs", "seit 1992": a preposition */
            if ((other & PM(MORPH_PREP)) && (next_det || np_next(c, i)))
                ;
            /* "Da traf er ...": an adverb in the verb-second prefield */
            else if (i == 0 && (other & PM(MORPH_ADV)) && (next & PM_VERBAL))
                ;
            else if ((other & PM(MORPH_CONJ_COMP)) && als_prefield(c, i))
                ;
            else
                return conj;
        }
        pm = other;
    }
    if ((pm & PM(MORPH_PTKVZ)) && (i + 1 >= c->n || is_boundary(c, i + 1) ||
                                   (c->r->posmask[i + 1] & PM(MORPH_CONJ_COORD))))
        return MORPH_PTKVZ;
    pm &= ~PM(MORPH_PTKVZ);
    if (!pm) return MORPH_ADV;
    if ((pm & PM(MORPH_PRON_POSS)) && np_next(c, i)) return MORPH_PRON_POSS;
    /* "mit sieben offiziellen Besuchen": a number word before a phrase */
    if ((pm & PM(MORPH_NUM)) && np_next(c, i)) return MORPH_NUM;
    if ((pm & PM(MORPH_ART_INDEF))) return MORPH_ART_INDEF;
    /* "als erste deutsche Regierungschefin": after an article or an
     * adjective and before a capitalised word, a word that may be an
     * adjective is one, not a verb ("deutsche" of "deutschen") */
    if ((pm & PM(MORPH_ADJ)) && (pm & PM_VERBAL) && i > 0 && i + 1 < c->n && !cap
        && T(c, i + 1)->type == TOK_WORD && (T(c, i + 1)->flags & TOK_CAP)) {
        int before = c->r->toks[i - 1].pos;
        if (before == MORPH_ART_DEF || before == MORPH_ART_INDEF || before == MORPH_PRON_POSS || before == MORPH_ADJ)
            return MORPH_ADJ;
    }
    /* Fixed preferences for what context did not decide. */
    static const uint8_t order[] = {
        MORPH_PREPART, MORPH_PREP, MORPH_CONJ_COORD, MORPH_PRON_PERS,
        MORPH_PRON_REFL, MORPH_PRON_DEM, MORPH_PRON_INDEF, MORPH_PRON_INTER,
        MORPH_PRON_REL, MORPH_PART_ZU, MORPH_PART,
        MORPH_CONJ_COMP, MORPH_AUX, MORPH_MODAL, MORPH_VERB, MORPH_PRON_POSS, MORPH_NUM,
        MORPH_ADV, MORPH_ADJ, MORPH_NOUN
    };
    /* a sentence-initial capitalised word that is a noun and no function
     * word is a noun ("Treffen fanden statt"); else the lower-case reading */
    if (initial && cap && (pm & PM(MORPH_NOUN)) && !(pm & PM_CLOSED))
        return MORPH_NOUN;
    if (pm & PM(MORPH_CONJ_COMP)) {
        if (!comma && (pm & PM(MORPH_ADV))) return MORPH_CONJ_COMP;
    }
    for (size_t k = 0; k < sizeof order; k++)
        if (pm & PM(order[k])) return order[k];
    return MORPH_NOUN;
}

/* Starts loading what the sentence's words will be looked up in (their
 * kept analyses, or the lexicon's slots for words not kept), so that the
 * cache misses overlap rather than follow one another. */
static void prefetch_words(const ctx_t *c)
{
    const text_doc_t *d = c->d;
    if (!d->word_id) return;
    for (uint32_t i = 0; i < c->n; i++) {
        const text_tok_t *t = T(c, i);
        if (t->type != TOK_WORD) continue;
        int both = (t->flags & TOK_SENT) || i == 0;
        morphcache_prefetch_id(&c->r->cache, c->m, d->word_space, d->word_id[c->base + i],
                               text_tok_str(d, t), t->len, both);
    }
}

static void tag_tokens(ctx_t *c)
{
    clause_result_t *r = c->r;
    const morph_ana_t *a;
    prefetch_words(c);
    for (uint32_t i = 0; i < c->n; i++) {
        r->work++;
        uint32_t pm = 0;
        if (T(c, i)->type == TOK_WORD) {
            size_t n = lookup(c, i, &a);
            for (size_t k = 0; k < n; k++) pm |= PM(a[k].pos);
        }
        r->posmask[i] = pm;
    }
    for (uint32_t i = 0; i < c->n; i++) {
        r->work++;
        clause_tok_t *ct = &r->toks[i];
        memset(ct, 0, sizeof *ct);
        const text_tok_t *t = T(c, i);
        if (t->type == TOK_PUNCT) { ct->pos = MORPH_PUNCT; continue; }
        if (t->type == TOK_NUM) { ct->pos = MORPH_NUM; continue; }
        int pos = choose(c, i, r->posmask[i]);
        ct->pos = (uint8_t)pos;
        size_t n = lookup(c, i, &a);
        for (size_t k = 0; k < n; k++) {
            if (a[k].pos != pos) continue;
            if (!ct->lemma) {
                ct->lemma = a[k].lemma;
                ct->sep = a[k].sep;
            }
            /* the same lemma's analyses merge; another lemma (rare) only
             * when the first has none of these features */
            /* the lexicon stores each string once: the same lemma is
             * mostly the same pointer, and strcmp (a cold read) is left
             * for the rest */
            if (a[k].lemma == ct->lemma || strcmp(a[k].lemma, ct->lemma) == 0)
                ct->feats |= a[k].feats;
        }
        ct->known = ct->lemma != NULL;
    }
}

/* ------------------------------------------------------------- clauses */

/* The roles of a lemma: one from the lexicon's string pool through the
 * result's cache (the pool stores each string once), any other (a joined
 * separable verb in a clause) looked up. */
static unsigned role_of(const ctx_t *c, const char *lemma)
{
    if (!lemma) return 0;
    const morph_t *m = c->m;
    if (m->str && lemma >= m->str && lemma < m->str + m->strbytes)
        return rolecache_get(&c->r->roles, c->g, lemma);
    return gram_roles_get(c->g, lemma, strlen(lemma));
}

static unsigned tok_role(const ctx_t *c, uint32_t i)
{
    const clause_tok_t *ct = &c->r->toks[i];
    if (ct->lemma) return role_of(c, ct->lemma);
    return 0;
}

static int is_verbal(const ctx_t *c, uint32_t i)
{
    return (PM(c->r->toks[i].pos) & PM_VERBAL) != 0;
}

static int has_finite(const ctx_t *c, uint32_t i)
{
    return is_verbal(c, i) && (c->r->toks[i].feats & MORPH_FINITE);
}

/* 1 when a finite-capable verb follows i in the sentence: ", an der ...
 * teilnahm" is a relative clause, ", an der ... teil." the end of the
 * main clause (a preposition and an article, no verb after them). */
static int finite_ahead(const ctx_t *c, uint32_t i)
{
    return c->last_fin > i;
}

static int open_clause(ctx_t *c, size_t *depth, int type, uint32_t at,
                       int32_t intro)
{
    clause_result_t *r = c->r;
    if (grow((void **)&r->cl, &r->clcap, r->ncl + 1, sizeof *r->cl)) return -1;
    clause_t *k = &r->cl[r->ncl];
    memset(k, 0, sizeof *k);
    k->type = (uint8_t)type;
    k->tok = c->base + at;
    k->end = c->base + at;
    k->parent = *depth ? (int32_t)r->stack[*depth - 1] : -1;
    k->depth = (uint32_t)*depth;
    k->intro = intro >= 0 ? (int32_t)(c->base + (uint32_t)intro) : -1;
    k->fin = k->particle = k->verb = -1;
    k->own_first = k->own_last = NONE32;
    r->stack[(*depth)++] = (uint32_t)r->ncl;
    r->ncl++;
    return 0;
}

static void own(ctx_t *c, uint32_t cl, uint32_t i)
{
    clause_result_t *r = c->r;
    clause_t *k = &r->cl[cl];
    r->toks[i].clause = cl;
    r->next_own[i] = NONE32;
    if (k->own_last == NONE32) k->own_first = i;
    else r->next_own[k->own_last] = i;
    k->own_last = i;
    /* the clause and its ancestors cover the token */
    if (k->end < c->base + i + 1) k->end = c->base + i + 1;
}

static void close_top(ctx_t *c, size_t *depth)
{
    clause_result_t *r = c->r;
    uint32_t top = r->stack[--(*depth)];
    if (r->cl[top].open_kind) c->open[r->cl[top].open_kind]--;
    if (*depth) {
        clause_t *p = &r->cl[r->stack[*depth - 1]];
        if (p->end < r->cl[top].end) p->end = r->cl[top].end;
    }
}

/* A subordinate or relative clause can end at a comma once its verb-last
 * verb has been seen: the word before the comma is a verb. */
static int closable(const ctx_t *c, uint32_t cl)
{
    const clause_t *k = &c->r->cl[cl];
    return k->own_last != NONE32 && is_verbal(c, k->own_last);
}

/* [j, k) is a preposition, an optional article and one capitalised word,
 * and the finite-capable word at k is written small: "am Sonntag wurde",
 * "in der Hauptstadt traf" (not "in Berlin lebende", whose word at k is no
 * finite verb by its ending alone, which has_finite checks). */
static int pp_then_verb(const ctx_t *c, uint32_t j, uint32_t k)
{
    const text_tok_t *w = T(c, k - 1);
    if (w->type != TOK_WORD || !(w->flags & TOK_CAP)) return 0;
    if (k == j + 3 && !(PM(c->r->toks[j + 1].pos) & (PM(MORPH_ART_DEF) | PM(MORPH_ART_INDEF)))) return 0;
    const text_tok_t *v = T(c, k);
    return v->type == TOK_WORD && !(v->flags & TOK_CAP);
}

/* "Merkel hatte Mali, Niger und Äthiopien bereist": a word at k that may
 * be the participle or infinitive the auxiliary of clause cl still waits
 * for, closing the clause, ends cl's enumeration; it is no new clause's
 * finite verb. */
static int awaited_verb(const ctx_t *c, const clause_t *cl, uint32_t k)
{
    uint32_t f = (uint32_t)cl->fin - c->base;
    if (c->r->toks[f].pos != MORPH_AUX && c->r->toks[f].pos != MORPH_MODAL) return 0;
    if (!(c->r->toks[k].feats & (MORPH_PART2 | MORPH_INF)) || !is_boundary(c, k + 1)) return 0;
    for (uint32_t q = f + 1; q < k; q++)
        if (is_verbal(c, q)) return 0;
    return 1;
}

/* The full stop at token k ends an ordinal or initial inside a name
 * ("Paul II. bereiste", "John F. Kennedy"): a short word in capitals
 * before it and a word after it. */
static int name_period(const ctx_t *c, uint32_t k)
{
    if (T(c, k)->type != TOK_PUNCT || T(c, k)->cp != '.' || k == 0 || k + 1 >= c->n) return 0;
    const text_tok_t *w = T(c, k - 1);
    if (w->type != TOK_WORD || w->len > 4 || T(c, k + 1)->type != TOK_WORD) return 0;
    const char *s = text_tok_str(c->d, w);
    for (size_t q = 0; q < w->len; q++)
        if (s[q] < 'A' || s[q] > 'Z') return 0;
    return 1;
}

/* 1 when tokens [j, k) are capitalised words and the full stops of
 * ordinals or initials: a name. */
static int name_run(const ctx_t *c, uint32_t j, uint32_t k)
{
    for (uint32_t q = j; q < k; q++) {
        const text_tok_t *t = T(c, q);
        if (t->type == TOK_PUNCT ? !name_period(c, q) : !(t->flags & TOK_CAP)) return 0;
    }
    return 1;
}

/* The segment after a comma at i is a new verb-second clause: it has a
 * finite verb after at least one other word, and does not start with a
 * conjunction.  Scans to the next boundary (each segment once). */
static int v2_segment(ctx_t *c, uint32_t i, const clause_t *cl)
{
    uint32_t j = i + 1;
    /* "; 1997 war ...": a year may stand first */
    if (j >= c->n || (T(c, j)->type != TOK_WORD && T(c, j)->type != TOK_NUM)) return 0;
    if (PM(c->r->toks[j].pos) & (PM(MORPH_CONJ_COORD) | PM(MORPH_CONJ_COMP)))
        return 0;
    /* ", am Sonntag wurde er ...": a short prepositional phrase may stand
     * first, a word of time or place and the verb right after it */
    int pp = (PM(c->r->toks[j].pos) & (PM(MORPH_PREP) | PM(MORPH_PREPART))) != 0;
    for (uint32_t k = j + 1; k < c->n && (!is_boundary(c, k) || name_period(c, k)); k++) {
        c->r->work++;
        if (has_finite(c, k)) {
            if (awaited_verb(c, cl, k)) return 0;
            /* ", Johannes Paul II. bereiste ...": a name of up to six
             * words may stand first */
            return pp ? k >= j + 2 && k <= j + 3 && pp_then_verb(c, j, k)
                      : k <= j + 3 || (k <= j + 6 && name_run(c, j, k));
        }
    }
    return 0;
}

/* The segment after a comma at i is a zu-infinitive clause ("nach Peking
 * zu reisen", "teilzunehmen") with no finite verb.  Scans to the next
 * boundary (each segment once). */
static int zuinf_segment(ctx_t *c, uint32_t i)
{
    int found = 0;
    for (uint32_t k = i + 1; k < c->n && !is_boundary(c, k); k++) {
        c->r->work++;
        const clause_tok_t *ct = &c->r->toks[k];
        if (ct->pos == MORPH_PART_ZU ||
            ((PM(ct->pos) & PM_VERBAL) && (ct->feats & MORPH_ZUINF)))
            found = 1;
        else if (has_finite(c, k) && !(ct->feats & MORPH_INF))
            return 0;
    }
    return found;
}

/* ", zwei Tage nachdem ...", ", kurz bevor ...": up to three words of a
 * number, noun or adverb at j, then a subordinating conjunction; returns
 * how many come before the conjunction (0: no such lead). */
static uint32_t sub_lead(const ctx_t *c, uint32_t j)
{
    for (uint32_t k = 0; k < 3 && j + k + 1 < c->n; k++) {
        int p = c->r->toks[j + k].pos;
        if (T(c, j + k)->type != TOK_WORD) return 0;
        if (p != MORPH_NUM && p != MORPH_NOUN && p != MORPH_ADV && p != MORPH_ADJ) return 0;
        if (c->r->toks[j + k + 1].pos == MORPH_CONJ_SUB) return k + 1;
    }
    return 0;
}

static int segment(ctx_t *c)
{
    clause_result_t *r = c->r;
    size_t depth = 0;
    r->ncl = 0;
    c->last_fin = 0;
    /* finite forms, and verb forms the lexicon lists without features
     * (joined particle verbs: "teilnahm"), but no participles */
    for (uint32_t i = 0; i < c->n; i++)
        if (has_finite(c, i) || (is_verbal(c, i) && !(r->toks[i].feats & (MORPH_PART1 | MORPH_PART2))))
            c->last_fin = i + 1;
    /* a lone dash before the clause's verb is a pause, not an aside:
     * "Manila (AFP) – Die Regierung hat ... unterzeichnet" (the clause
     * after the dateline is the main one); after the verb it opens an
     * appended remark ("... öffnete die Pforte – zehn Tage vor X in Rom") */
    uint32_t last_dash = 0;
    for (uint32_t i = 0; i < c->n; i++)
        if (is_dash(T(c, i))) last_dash = i + 1;
    if (open_clause(c, &depth, CLAUSE_MAIN, 0, -1)) return -1;
    for (uint32_t i = 0; i < c->n; i++) {
        r->work++;
        const text_tok_t *t = T(c, i);
        uint32_t top = r->stack[depth - 1];
        if (t->type == TOK_PUNCT) {
            uint32_t cp = t->cp;
            /* a closing mark pops to the clause it closes; counters tell
             * whether one is open, so no search is wasted */
            unsigned cl = closes(t);
            int kind = 0;
            for (int q = 1; q <= OPEN_STRAIGHT; q++)
                if ((cl & (1u << q)) && c->open[q]) kind = q;
            if (kind) {
                while (r->cl[r->stack[depth - 1]].open_kind != kind)
                    close_top(c, &depth);
                own(c, r->stack[depth - 1], i);
                close_top(c, &depth);
                continue;
            }
            int type;
            int ok = opens(t, &type);
            if (ok == OPEN_DASH && i + 1 >= last_dash && r->cl[top].fin < 0) ok = 0;
            if (ok) {
                if (open_clause(c, &depth, type, i, -1)) return -1;
                r->cl[r->stack[depth - 1]].open_kind = (uint8_t)ok;
                c->open[ok]++;
                own(c, r->stack[depth - 1], i);
                continue;
            }
            if (cp == ',' || cp == ';' || cp == ':') {
                /* a finished verb-last clause ends here */
                while (depth > 1 &&
                       (r->cl[top].type == CLAUSE_SUB || r->cl[top].type == CLAUSE_REL ||
                        (cp != ',' && r->cl[top].type == CLAUSE_REPORTED)) &&
                       (cp != ',' || closable(c, top))) {
                    close_top(c, &depth);
                    top = r->stack[depth - 1];
                    if (cp == ',') break;
                }
                own(c, top, i);
                uint32_t j = i + 1;
                if (j < c->n && (T(c, j)->type == TOK_WORD || T(c, j)->type == TOK_NUM)) {
                    int p = r->toks[j].pos;
                    int rel = p == MORPH_PRON_REL ||
                              ((p == MORPH_PREP || p == MORPH_PREPART) && j + 1 < c->n &&
                               r->toks[j + 1].pos == MORPH_PRON_REL && finite_ahead(c, j + 2));
                    /* ", zwei Tage nachdem", ", kurz bevor": a measure
                     * or adverb before the conjunction belongs to it */
                    uint32_t lead = sub_lead(c, j);
                    if (lead) {
                        if (open_clause(c, &depth, CLAUSE_SUB, j, (int32_t)(j + lead))) return -1;
                        continue;
                    }
                    if (p == MORPH_CONJ_SUB || p == MORPH_CONJ_INF || rel) {
                        if (open_clause(c, &depth, rel ? CLAUSE_REL : CLAUSE_SUB, j,
                                        (int32_t)(rel && p != MORPH_PRON_REL ? j + 1 : j)))
                            return -1;
                        continue;
                    }
                    if (cp == ',' && zuinf_segment(c, i)) {
                        if (open_clause(c, &depth, CLAUSE_SUB, j, -1)) return -1;
                        continue;
                    }
                    clause_t *k = &r->cl[top];
                    int main_like = k->type == CLAUSE_MAIN || k->type == CLAUSE_QUOTE ||
                                    k->type == CLAUSE_REPORTED || k->type == CLAUSE_PARENTH;
                    if (main_like && k->fin >= 0 && v2_segment(c, i, k)) {
                        int say = (role_of(c, r->toks[(uint32_t)k->fin - c->base].lemma) & ROLE_SAY) ||
                                  cp == ':';
                        if (!say && k->type == CLAUSE_MAIN && depth > 0) {
                            /* coordinated main clause: a sibling */
                            close_top(c, &depth);
                        }
                        if (open_clause(c, &depth, say ? CLAUSE_REPORTED : CLAUSE_MAIN, j, -1))
                            return -1;
                    }
                }
                continue;
            }
            own(c, top, i);
            continue;
        }
        /* a conjunction at the start of the sentence or of a bracketed
         * or quoted clause opens a subordinate clause inside it */
        const clause_t *k = &r->cl[top];
        if ((r->toks[i].pos == MORPH_CONJ_SUB || r->toks[i].pos == MORPH_CONJ_INF) &&
            k->intro != (int32_t)(c->base + i) &&
            (k->own_last == NONE32 ||
             (T(c, k->own_last)->type == TOK_PUNCT && k->own_last + 1 == i &&
              k->own_first == k->own_last))) {
            if (open_clause(c, &depth, CLAUSE_SUB, i, (int32_t)i)) return -1;
            top = r->stack[depth - 1];
        }
        own(c, top, i);
        /* the first finite-capable verb of a main-like clause is its
         * verb-second verb; remembered for the comma rule above */
        clause_t *kk = &r->cl[top];
        if (kk->fin < 0 && kk->type != CLAUSE_SUB && kk->type != CLAUSE_REL &&
            has_finite(c, i))
            kk->fin = (int32_t)(c->base + i);
    }
    while (depth) close_top(c, &depth);
    return 0;
}

/* ------------------------------------------------------- noun phrases */

static uint32_t np_cells(const ctx_t *c, uint32_t i)
{
    const clause_tok_t *ct = &c->r->toks[i];
    if (!ct->known || ct->pos == MORPH_PROPN || ct->pos == MORPH_NUM) return MORPH_CELLS;
    uint32_t cells = ct->feats & MORPH_CELLS;
    return cells ? cells : MORPH_CELLS;
}

static uint8_t cases_of(uint32_t cells)
{
    uint8_t k = 0;
    for (int cs = 0; cs < 4; cs++)
        if (cells & MORPH_CASE_MASK(cs)) k |= (uint8_t)(1u << cs);
    return k;
}

/* Chunks the own tokens of clause cl into noun phrases and prepositional
 * phrases (appended to r->nps with a marker in cases bit 7 for those inside
 * a PP, and to r->pps). */
static int chunk(ctx_t *c, uint32_t cl, size_t *np0)
{
    clause_result_t *r = c->r;
    clause_t *k = &r->cl[cl];
    *np0 = 0;
    size_t nnp = 0;
    k->pps = (uint32_t)r->npps;
    uint32_t i = k->own_first;
    int32_t pending_prep = -1;
    uint32_t prep_cells = MORPH_CELLS;
    while (i != NONE32) {
        r->work++;
        const clause_tok_t *ct = &r->toks[i];
        uint32_t pm = PM(ct->pos);
        if (pm & (PM(MORPH_PREP) | PM(MORPH_PREPART))) {
            pending_prep = (int32_t)i;
            prep_cells = ct->feats & MORPH_CELLS ? ct->feats & MORPH_CELLS : MORPH_CELLS;
            i = r->next_own[i];
            continue;
        }
        int starts = (pm & (PM_DET | PM_NOMINAL | PM(MORPH_ADJ) | PM(MORPH_NUM) |
                            PM(MORPH_PRON_PERS) | PM(MORPH_PRON_REFL))) != 0;
        if (ct->pos == MORPH_ADJ && (ct->feats & MORPH_ADJ_PRED)) starts = 0;
        if (!starts) {
            pending_prep = -1;
            i = r->next_own[i];
            continue;
        }
        uint32_t first = i, last = i;
        uint32_t cells = np_cells(c, i) & prep_cells;
        if (ct->pos == MORPH_PREPART) cells &= ct->feats;
        int head = (pm & (PM_NOMINAL | PM(MORPH_PRON_PERS) | PM(MORPH_PRON_REFL))) != 0;
        int standalone = (pm & (PM(MORPH_PRON_PERS) | PM(MORPH_PRON_REFL))) != 0;
        uint32_t j = r->next_own[i];
        /* consecutive own tokens only: a nested clause breaks the phrase */
        while (!standalone && j != NONE32 && j == last + 1) {
            const clause_tok_t *cj = &r->toks[j];
            uint32_t pj = PM(cj->pos);
            /* dates and ordinals: "am 7. und 8. Februar", "20.-22. November" */
            if (cj->pos == MORPH_PUNCT && !head &&
                ((T(c, j)->cp == '.' && r->toks[last].pos == MORPH_NUM) ||
                 ((T(c, j)->cp == '-' || T(c, j)->cp == 0x2013) && j + 1 < c->n &&
                  r->toks[j + 1].pos == MORPH_NUM))) {
                r->work++;
                last = j;
                j = r->next_own[j];
                continue;
            }
            if (pj & PM_NOMINAL) head = 1;
            else if (head) break;
            else if (!(pj & (PM(MORPH_ADJ) | PM(MORPH_NUM) | PM(MORPH_ADV)))) break;
            r->work++;
            uint32_t cc = np_cells(c, j);
            if (cells & cc) cells &= cc;
            last = j;
            j = r->next_own[j];
        }
        if (!head && (pm & PM_DET) && first == last && ct->pos != MORPH_ART_DEF &&
            ct->pos != MORPH_ART_INDEF)
            head = 1;   /* a pronoun alone: "die", "dies", "alle" */
        if (head) {
            if (grow((void **)&r->nps, &r->npcap, nnp + 1, sizeof *r->nps)) return -1;
            clause_np_t *np = &r->nps[nnp++];
            np->np.tok = c->base + first;
            np->np.ntok = last - first + 1;
            np->cases = cases_of(cells);
            if (pending_prep >= 0) {
                np->cases |= 0x80;
                if (grow((void **)&r->pps, &r->ppcap, r->npps + 1, sizeof *r->pps)) return -1;
                clause_pp_t *pp = &r->pps[r->npps++];
                pp->prep = c->base + (uint32_t)pending_prep;
                pp->np = np->np;
            }
        }
        pending_prep = -1;
        prep_cells = MORPH_CELLS;
        i = j;
    }
    k->npps = (uint32_t)(r->npps - k->pps);
    *np0 = nnp;
    return 0;
}

/* --------------------------------------------------------- verbs */

static clause_mood_t mood_of(uint32_t f)
{
    uint32_t ind = (f | (f >> 6)) & 0x3F;
    uint32_t k1 = (f >> 12) & 0x3F, k2 = (f >> 18) & 0x3F;
    if (k2 & ~ind) return MOOD_SUBJ2;
    if (k1 & ~ind) return MOOD_SUBJ1;
    return MOOD_INDICATIVE;
}

/* Copies a[0..na) as the clause's lemma ("" when it does not fit). */
static void set_lemma(clause_t *k, const char *a, size_t na)
{
    if (na >= sizeof k->lemma) { k->lemma[0] = '\0'; return; }
    memcpy(k->lemma, a, na);
    k->lemma[na] = '\0';
}

int clause_neg_attributive(const clause_result_t *r, size_t i)
{
    if (i < r->base || i + 2 >= (size_t)r->base + r->ntok) return 0;
    const clause_tok_t *a = &r->toks[i + 1 - r->base], *n = &r->toks[i + 2 - r->base];
    return a->pos == MORPH_ADJ && !(a->feats & MORPH_ADJ_PRED) && n->pos == MORPH_NOUN;
}

/* The clause's flags from its own words and its parent: negation,
 * readiness, a condition ("falls"), reported speech. */
static void clause_flags(ctx_t *c, clause_t *k)
{
    clause_result_t *r = c->r;
    for (uint32_t i = k->own_first; i != NONE32; i = r->next_own[i]) {
        r->work++;
        unsigned role = tok_role(c, i);
        if ((role & ROLE_NEG) && !clause_neg_attributive(r, (size_t)r->base + i)) k->flags |= CLAUSE_F_NEG;
        if ((role & ROLE_READY) && r->toks[i].pos != MORPH_PREP) k->flags |= CLAUSE_F_READY;
    }
    if (k->lemma[0] && (role_of(c, k->lemma) & ROLE_READY)) k->flags |= CLAUSE_F_READY;
    /* "falls er nach Moskau reist": a condition tells no act */
    if (k->type == CLAUSE_SUB && k->intro >= 0 && (tok_role(c, (uint32_t)k->intro - c->base) & ROLE_COND))
        k->flags |= CLAUSE_F_COND;
    /* quoted, and dependent on a verb of saying or a readiness word */
    if (k->parent >= 0) {
        const clause_t *p = &r->cl[k->parent];
        if ((p->flags & CLAUSE_F_REPORTED) && k->type != CLAUSE_PARENTH)
            k->flags |= CLAUSE_F_REPORTED;
        if (k->type == CLAUSE_SUB && k->fin >= 0 && p->lemma[0] &&
            (role_of(c, p->lemma) & ROLE_SAY))
            k->flags |= CLAUSE_F_REPORTED;
        if ((k->flags & CLAUSE_F_ZUINF) && (p->flags & CLAUSE_F_READY))
            k->flags |= CLAUSE_F_READY;
    }
    if (k->type == CLAUSE_QUOTE || k->type == CLAUSE_REPORTED) k->flags |= CLAUSE_F_REPORTED;
}

/* 1 when phrase np is a stretch of time measured from another one
 * ("Eine Woche später traf X ...", "Drei Tage lang"): an adverbial, no
 * subject. */
static int time_adverbial(const ctx_t *c, const clause_np_t *np)
{
    const clause_result_t *r = c->r;
    uint32_t head = np->np.tok + np->np.ntok - 1 - c->base;
    if (!(tok_role(c, head) & ROLE_TIME) || head + 1 >= r->ntok) return 0;
    uint8_t pos = r->toks[head + 1].pos;
    return pos == MORPH_ADV || pos == MORPH_ADJ;
}

/* The phrases of clause cl: its subject (v2: verb-second), the agent of
 * a passive, the accusative and dative objects.  0, or -1 out of memory. */
static int clause_phrases(ctx_t *c, uint32_t cl, int v2)
{
    clause_result_t *r = c->r;
    clause_t *k = &r->cl[cl];
    size_t nnp;
    if (chunk(c, cl, &nnp)) return -1;
    k->subj.ntok = k->agent.ntok = 0;
    if (k->voice == VOICE_PASSIVE || k->voice == VOICE_STATAL) {
        for (uint32_t p = k->pps; p < k->pps + k->npps; p++)
            if (tok_role(c, r->pps[p].prep - c->base) & ROLE_AGENT) {
                k->agent = r->pps[p].np;
                break;
            }
    }
    int32_t subj = -1;
    /* a zu-infinitive has no subject of its own */
    size_t nsubj = k->fin >= 0 ? nnp : 0;
    uint32_t fin_abs = k->fin >= 0 ? (uint32_t)k->fin : NONE32;
    if (k->type == CLAUSE_REL && k->intro >= 0 &&
        r->toks[(uint32_t)k->intro - c->base].pos == MORPH_PRON_REL &&
        (r->toks[(uint32_t)k->intro - c->base].feats & MORPH_CASE_MASK(MORPH_NOM)) &&
        (uint32_t)k->intro == k->tok) {
        k->subj.tok = (uint32_t)k->intro;
        k->subj.ntok = 1;
    } else {
        /* verb-second: the phrase right before the verb, else the first
         * after it; verb-last: the first */
        for (size_t q = 0; q < nsubj; q++) {
            const clause_np_t *np = &r->nps[q];
            if ((np->cases & 0x80) || !(np->cases & (1u << MORPH_NOM))) continue;
            if (time_adverbial(c, np)) continue;
            if (v2 && fin_abs != NONE32 && np->np.tok < fin_abs) {
                subj = (int32_t)q;     /* the last one before the verb */
                continue;
            }
            if (subj < 0) subj = (int32_t)q;
            break;
        }
        if (subj >= 0) k->subj = r->nps[subj].np;
    }
    k->objs = (uint32_t)r->nobjs;
    for (size_t q = 0; q < nnp; q++) {
        r->work++;
        const clause_np_t *np = &r->nps[q];
        if ((np->cases & 0x80) || (int32_t)q == subj) continue;
        if (k->subj.ntok && np->np.tok == k->subj.tok) continue;
        if (!(np->cases & ((1u << MORPH_ACC) | (1u << MORPH_DAT)))) continue;
        if (grow((void **)&r->objs, &r->objcap, r->nobjs + 1, sizeof *r->objs)) return -1;
        r->objs[r->nobjs++] = *np;
    }
    k->nobjs = (uint32_t)(r->nobjs - k->objs);
    return 0;
}

/* Analyses clause cl: its finite and other verbs, lemma and separated
 * particle, voice, tense and mood, flags, and phrases.  0, or -1 out of
 * memory. */
static int analyse(ctx_t *c, uint32_t cl)
{
    clause_result_t *r = c->r;
    clause_t *k = &r->cl[cl];
    int v2 = k->type != CLAUSE_SUB && k->type != CLAUSE_REL;
    /* finite verb: verb-second = the first finite-capable verb, verb-last =
     * the last one */
    int32_t fin = -1;
    uint32_t last_word = NONE32;
    uint32_t prev = NONE32;
    for (uint32_t i = k->own_first; i != NONE32; prev = i, i = r->next_own[i]) {
        r->work++;
        if (T(c, i)->type == TOK_WORD) last_word = i;
        /* "zu reisen" is an infinitive, whatever else "reisen" can be */
        if (prev != NONE32 && r->toks[prev].pos == MORPH_PART_ZU) continue;
        if (has_finite(c, i) && (fin < 0 || !v2)) {
            /* in a verb-last clause a participle before the auxiliary is
             * not finite: keep the last */
            fin = (int32_t)i;
        }
    }
    k->fin = fin >= 0 ? (int32_t)(c->base + (uint32_t)fin) : -1;
    /* the verbal complex: the other verb tokens */
    k->verbs = (uint32_t)r->nverbs;
    int32_t content = -1, werden_nonfin = 0, inf = 0, part2 = 0, modal = 0;
    for (uint32_t i = k->own_first; i != NONE32; i = r->next_own[i]) {
        r->work++;
        const clause_tok_t *ct = &r->toks[i];
        if (!(PM(ct->pos) & PM_VERBAL) || (int32_t)i == fin) continue;
        if (grow((void **)&r->verbs, &r->verbcap, r->nverbs + 1, sizeof *r->verbs)) return -1;
        r->verbs[r->nverbs++] = c->base + i;
        unsigned role = role_of(c, ct->lemma);
        if (ct->pos == MORPH_MODAL) modal = 1;
        if ((role & ROLE_WERDEN) && (ct->feats & (MORPH_PART2 | MORPH_INF))) {
            werden_nonfin = 1;
            if (ct->feats & MORPH_INF) inf = 1;
            continue;
        }
        if (ct->pos == MORPH_VERB) {
            if (ct->feats & MORPH_PART2) part2 = 1;
            if (ct->feats & (MORPH_INF | MORPH_ZUINF)) inf = 1;
            content = (int32_t)i;
        } else if (content < 0 && ct->pos != MORPH_MODAL) {
            content = (int32_t)i;
        }
        if (ct->feats & MORPH_ZUINF) k->flags |= CLAUSE_F_ZUINF;
    }
    k->nverbs = (uint32_t)(r->nverbs - k->verbs);
    const clause_tok_t *ft = fin >= 0 ? &r->toks[fin] : NULL;
    unsigned frole = ft ? role_of(c, ft->lemma) : 0;
    if (ft && ft->pos == MORPH_MODAL) modal = 1;
    if (content < 0 && fin >= 0) content = fin;
    k->verb = content >= 0 ? (int32_t)(c->base + (uint32_t)content) : -1;
    const clause_tok_t *vt = content >= 0 ? &r->toks[content] : NULL;
    if (vt && vt->lemma) set_lemma(k, vt->lemma, strlen(vt->lemma));
    /* the separated particle closes a verb-second clause whose finite verb
     * is the content verb: "traf ... zusammen" */
    if (v2 && fin >= 0 && content == fin && ft->pos == MORPH_VERB && ft->lemma &&
        last_word != NONE32 && r->toks[last_word].pos == MORPH_PTKVZ) {
        const text_tok_t *pt = T(c, last_word);
        char joined[64];
        size_t pl = pt->len, ll = strlen(ft->lemma);
        if (pl + ll < sizeof joined) {
            memcpy(joined, text_tok_str(c->d, pt), pl);
            memcpy(joined + pl, ft->lemma, ll);
            joined[pl + ll] = '\0';
            if (morph_has(c->m, joined, pl + ll, MORPH_VERB, MORPH_INF)) {
                k->particle = (int32_t)(c->base + last_word);
                set_lemma(k, joined, pl + ll);
            }
        }
    }
    /* zu-infinitive: "zu" + infinitive */
    for (uint32_t i = k->own_first; i != NONE32; i = r->next_own[i]) {
        r->work++;
        if (r->toks[i].pos == MORPH_PART_ZU) k->flags |= CLAUSE_F_ZUINF;
    }
    /* voice and tense */
    k->voice = VOICE_ACTIVE;
    k->mood = MOOD_INDICATIVE;
    k->tense = TENSE_NONE;
    if (ft) {
        uint32_t ff = ft->feats;
        k->mood = (uint8_t)mood_of(ff);
        int past = (ff & MORPH_FIN_TM(MORPH_PAST)) && !(ff & MORPH_FIN_TM(MORPH_PRES));
        if (k->mood == MOOD_SUBJ2) past = 0;
        int fin_werden = (frole & ROLE_WERDEN) != 0;
        if ((fin_werden || werden_nonfin) && part2) k->voice = VOICE_PASSIVE;
        if (fin_werden && inf && !(part2 && !werden_nonfin))
            /* würde + infinitive is the conditional, not a future */
            k->tense = k->mood == MOOD_SUBJ2 ? TENSE_PRESENT : TENSE_FUTURE;
        else if ((frole & ROLE_PERFECT) && part2 && !werden_nonfin && (frole & ROLE_STATAL) &&
                 vt && !(role_of(c, vt->lemma) & ROLE_SEINVERB) &&
                 !(vt->sep && vt->lemma &&
                   (gram_roles_get(c->g, vt->lemma + vt->sep, strlen(vt->lemma + vt->sep)) &
                    ROLE_SEINVERB))) {
            /* sein + participle of a verb whose perfect takes haben */
            k->voice = VOICE_STATAL;
            k->tense = past ? TENSE_PAST : TENSE_PRESENT;
        } else if ((frole & ROLE_PERFECT) && (part2 || werden_nonfin) && !inf)
            k->tense = past || k->mood == MOOD_SUBJ2 ? TENSE_PLUPERFECT : TENSE_PERFECT;
        else
            k->tense = past ? TENSE_PAST : TENSE_PRESENT;
        if (k->mood == MOOD_SUBJ2) k->flags |= CLAUSE_F_COND;
        if (k->mood == MOOD_SUBJ1) k->flags |= CLAUSE_F_REPORTED;
    }
    if (modal) k->flags |= CLAUSE_F_MODAL;
    /* negation and readiness anywhere in the clause's own words */
    clause_flags(c, k);

    /* phrases: subject, objects, agent */
    return clause_phrases(c, cl, v2);
}

int clause_parse(const morph_t *m, const gram_roles_t *g, const text_doc_t *d,
                 size_t sent, clause_result_t *out)
{
    const text_sent_t *s = &d->sents[sent];
    ctx_t c = { m, g, d, out, s->tok, s->ntok, { 0 }, 0 };
    out->deferred = 0;   /* this parse replaces any deferred one */
    out->dok = 0;
    out->base = s->tok;
    out->ntok = s->ntok;
    out->ncl = out->nverbs = out->nobjs = out->npps = 0;
    out->work = 0;
    if (grow_tokens(out, (size_t)s->ntok + 1)) return diag_nomem("clause");
    tag_tokens(&c);
    if (segment(&c)) return diag_nomem("clause");
    for (uint32_t k = 0; k < out->ncl; k++)
        if (analyse(&c, k)) return diag_nomem("clause");
    out->dok = 1;
    return DN_OK;
}

void clause_defer(const morph_t *m, const gram_roles_t *g, const text_doc_t *d,
                  size_t sent, clause_result_t *out)
{
    out->dm = m;
    out->dg = g;
    out->dd = d;
    out->dsent = sent;
    out->deferred = 1;
    out->dok = 0;
}

int clause_ready(clause_result_t *out)
{
    if (out->deferred) {
        /* a document tokenised again since has fewer sentences: nothing */
        if (out->dsent >= out->dd->nsent) {
            out->deferred = 0;
            out->dok = 0;
        } else {
            (void)clause_parse(out->dm, out->dg, out->dd, out->dsent, out);
        }
    }
    return out->dok;
}

const char *clause_type_name(int type)
{
    static const char *const n[] = { "MAIN", "SUB", "REL", "PARENTH", "QUOTE",
                                     "REPORTED" };
    return type >= 0 && type < 6 ? n[type] : "?";
}

const char *clause_tense_name(int tense)
{
    static const char *const n[] = { "NONE", "PRESENT", "PAST", "PERFECT",
                                     "PLUPERFECT", "FUTURE" };
    return tense >= 0 && tense < 6 ? n[tense] : "?";
}

const char *clause_voice_name(int voice)
{
    static const char *const n[] = { "ACTIVE", "PASSIVE", "STATAL" };
    return voice >= 0 && voice < 3 ? n[voice] : "?";
}

const char *clause_mood_name(int mood)
{
    static const char *const n[] = { "INDICATIVE", "SUBJ1", "SUBJ2" };
    return mood >= 0 && mood < 3 ? n[mood] : "?";
}
