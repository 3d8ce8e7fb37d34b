/* participant: small questions the frames ask about a mention or the
 * actor it stands for. */
#include "extract/participant.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/mention_words.h"
#include "util/diag.h"

int count_before(const extractor_impl_t *x, size_t p, size_t lo)
{
    size_t i = p;
    for (int k = 0; k < 3 && i > lo; k++) {
        i--;
        int n = number_word(x, i);
        if (n) return n;
        const text_tok_t *t = TK(x, i);
        if (t->type == TOK_NUM && t->len <= 2) {
            int v = atoi(x->doc.s + t->off);
            if (v >= 1 && v <= 30) return v;
        }
        if (t->type != TOK_WORD || (t->flags & TOK_CAP)) break;
    }
    return 1;
}

int anaphoric(const extractor_impl_t *x, size_t p, size_t lo)
{
    /* "während dessen Gespräche": dessen refers to the event before, the
     * talks are new */
    for (size_t i = p, k = 0; k < 3 && i > lo; k++) {
        i--;
        if (tok_cue(x, i, CUE_SAMEREF)) {
            if (i > lo && (tok_word(x, i, "dessen") || tok_word(x, i, "deren")) && (tok_word(x, i - 1, "während") || tok_word(x, i - 1, "bei")
                           || tok_word(x, i - 1, "nach")))
                return 0;
            return 1;
        }
        if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP)) break;
    }
    return 0;
}

int possessive_before(const extractor_impl_t *x, size_t p, size_t m0, size_t m1)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type == MT_POSS && m->b < p && m->b + 4 >= p) return (int)k;
    }
    return -1;
}

int32_t state_of(const extractor_impl_t *x, int32_t a)
{
    if (a < 0) return -1;
    if (x->act[a].kind == EV_KIND_STATE) return a;
    return x->act[a].state;
}

int32_t other_side(const extractor_impl_t *x, int32_t a)
{
    int32_t st = state_of(x, a);
    if (st < 0 || x->side[0] < 0 || x->side[1] < 0) return -1;
    if (st == x->side[0]) return x->side[1];
    if (st == x->side[1]) return x->side[0];
    return -1;
}

int political(const extractor_impl_t *x, int32_t a)
{
    const dactor_t *d = &x->act[a];
    return d->kind != EV_KIND_PERSON || d->lex >= 0 || d->office || d->state >= 0 || d->titled;
}

int usable(const mention_t *m)
{
    return m->actor >= 0 && !m->hidden && (m->type == MT_ENTITY || m->type == MT_PRON);
}

int foreign_party(const extractor_impl_t *x, int32_t a)
{
    const dactor_t *d = &x->act[a];
    if (d->kind != EV_KIND_GROUP || d->state < 0 || d->state == a) return 0;
    return x->act[d->state].nmention == 0;
}

/* 1 when the place mention m hangs on the noun before its preposition
 * ("kritisierte die Regierung in Warschau", "die Lage in Kabul"): a place
 * of that noun, not of the speaker.  A date noun before it ("am Montag
 * in Warschau") is an adverbial like the place, and so is the token
 * noun_ok (the event noun itself: "Konferenz in Genf"; 0: none). */
int place_of_noun(extractor_impl_t *x, size_t s, const mention_t *m, size_t noun_ok)
{
    size_t p = m->b;
    while (p > 0 && m->b - p < 3 && !(tok_word(x, p - 1, "in") || tok_word(x, p - 1, "im")
                                       || tok_word(x, p - 1, "auf")))
        p--;
    if (p < 2) return 0;
    size_t n = p - 2;
    if (noun_ok && n == noun_ok) return 0;
    const text_tok_t *t = TK(x, n);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP) || (t->flags & TOK_SENT) || !tok_common(x, n)) return 0;
    for (size_t d = x->sent_date0[s]; d < x->sent_date0[s + 1]; d++)
        if (x->dates.v[d].tok <= n && n < x->dates.v[d].tok + x->dates.v[d].ntok) return 0;
    return 1;
}

int32_t bei_actor(const extractor_impl_t *x, const sctx_t *c, size_t a, size_t b, size_t skip_a, size_t skip_b,
                  int kind)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (k >= skip_a && k < skip_b) continue;
        if (m->b < a || m->b >= b || !usable(m) || m->prep != P_BEI || m->place) continue;
        int mk = (int)x->act[m->actor].kind;
        if (kind < 0 ? mk == EV_KIND_STATE : mk != kind) continue;
        return m->actor;
    }
    return -1;
}

int witness_mention(const extractor_impl_t *x, const mention_t *m)
{
    if (m->b < 2 || m->type != MT_ENTITY || m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON) return 0;
    return tok_cue(x, m->b - 1, CUE_PRESENCE)
           || (tok_cue(x, m->b - 2, CUE_PRESENCE) && (tok_word(x, m->b - 1, "von") || tok_word(x, m->b - 1, "des")));
}

/* "gemeinsam mit", "zusammen mit", "in Begleitung von", "begleitet von"
 * right before mention m (its article may come between), or "in
 * Begleitung" with a genitive ("in Begleitung seines Außenministers X"):
 * 1; 2 for "begleitet von", which names a host at the guest's side as
 * often as a travelling companion ("sprach Putin, begleitet von Fischer"):
 * the companion shares the visits, not the meetings. */
int companion(const extractor_impl_t *x, const mention_t *m, size_t lo)
{
    static const char *const GEN[] = { "des", "der", "seines", "seiner", "ihres", "ihrer", NULL };
    for (size_t i = m->b, k = 0; k < 3 && i > lo + 1; k++) {
        i--;
        /* "gekommen waren neben X und Y auch ..." */
        if (tok_word(x, i, "neben")) return 1;
        if (tok_word(x, i, "mit") || tok_word(x, i, "von") || tok_word(x, i, "vom"))
            return tok_cue(x, i - 1, CUE_COMPANION) ? 1
                   : !tok_word(x, i, "mit") && tok_cue(x, i - 1, CUE_ESCORTED) ? 2 : 0;
        for (const char *const *g = GEN; *g; g++)
            if (tok_word(x, i, *g) && (TK(x, i - 1)->flags & TOK_CAP) && tok_cue(x, i - 1, CUE_COMPANION)) return 1;
        if (TK(x, i)->type != TOK_WORD) return 0;
    }
    return 0;
}
