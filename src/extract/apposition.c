#include "extract/apposition.h"

#include <string.h>

#include "extract/orgname.h"
#include "util/diag.h"

/* A role noun and its organisation are at most this far apart from the
 * name ("Ratsmitglied", "stellvertretender Kurator des ..."). */
enum { MAX_ROLE_WORDS = 4, MAX_BACK = 16 };


static int is_person(const extractor_impl_t *x, const mention_t *m)
{
    return m->type == MT_ENTITY && m->actor >= 0 && !m->role
           && x->act[m->actor].kind == EV_KIND_PERSON;
}

/* An organisation actor a person can belong to (not a place, not a
 * person). */
static int is_body(const extractor_impl_t *x, int32_t a)
{
    return a >= 0 && x->act[a].kind != EV_KIND_PERSON;
}

/* The mention that starts at token i, or NULL. */
static const mention_t *mention_at(const extractor_impl_t *x, size_t m0, size_t m1, size_t i)
{
    if (x->men_sorted) {
        /* the sentence's mentions in token order (apposition_link checked):
         * the first starting at i by binary search, not a pass over all of
         * them for every person */
        size_t lo = m0, hi = m1;
        while (lo < hi) {
            size_t mid = lo + (hi - lo) / 2;
            if (x->men[mid].b < i) lo = mid + 1;
            else hi = mid;
        }
        return lo < m1 && x->men[lo].b == i ? &x->men[lo] : NULL;
    }
    for (size_t k = m0; k < m1; k++)
        if (x->men[k].b == i) return &x->men[k];
    return NULL;
}

/* The words that introduce the organisation of a role: "des", "der",
 * "von", "vom", "von der", "beim", "bei der".  Returns the number of
 * tokens, 0 when none. */
static size_t org_preposition(const extractor_impl_t *x, size_t i)
{
    if (tok_word(x, i, "des") || tok_word(x, i, "der") || tok_word(x, i, "vom") || tok_word(x, i, "beim"))
        return 1;
    if ((tok_word(x, i, "von") || tok_word(x, i, "bei"))
        && (tok_word(x, i + 1, "der") || tok_word(x, i + 1, "den") || tok_word(x, i + 1, "dem")))
        return 2;
    return tok_word(x, i, "von") ? 1 : 0;
}

/* A noun for a kind of body that a name follows: "Partei", "die
 * Oppositionsbewegung", "Gewerkschaft". */
static int class_noun(const extractor_impl_t *x, size_t i)
{
    return (TK(x, i)->flags & TOK_CAP) && tok_cue(x, i, CUE_CLASSNOUN);
}

/* The body named at token i (before lim): a listed one's mention, or an
 * organisation read from its shape.  *end gets the token after it; -1 when
 * none, -2 when memory runs out. */
static int32_t body_at(extractor_impl_t *x, size_t m0, size_t m1, size_t i, size_t lim, size_t *end)
{
    const mention_t *m = mention_at(x, m0, m1, i);
    if (m && m->actor >= 0) {
        if (!is_body(x, m->actor) || m->place) return -1;
        *end = m->e;
        return m->actor;
    }
    if (m) return -1;
    /* "der sozialistischen Partei Pasok": a class noun before the name */
    size_t j = i;
    while (j < i + 2 && j < lim && TK(x, j)->type == TOK_WORD && !(TK(x, j)->flags & TOK_CAP)) j++;
    if (j + 1 < lim && class_noun(x, j)) {
        const mention_t *n = mention_at(x, m0, m1, j + 1);
        if (n && n->actor >= 0 && is_body(x, n->actor) && !n->place && x->act[n->actor].kind != EV_KIND_STATE) {
            *end = n->e;
            return n->actor;
        }
    }
    /* a body a title chain took in ("Generaldirektor des IWF") */
    int32_t a = mention_lex_body(x, i, lim, end);
    if (a != -1) return a;
    return orgname_actor(x, i, lim, 2, end);
}

/* "Name, [der] Ratsmitglied der X", "Name, Innenminister Belgiens": the
 * body of the role after the comma. */
static int32_t body_after(extractor_impl_t *x, size_t m0, size_t m1, const mention_t *pm, size_t lim)
{
    size_t i = pm->e;
    if (!tok_punct(x, i, ',')) return -1;
    i++;
    /* "X, jetzt Vorsitzender der Partei Pasok": an adverb of time first */
    if (tok_cue(x, i, CUE_CURRENTLY)) i++;
    else if (tok_word(x, i, "seit") && i + 1 < lim && TK(x, i + 1)->type == TOK_NUM)
        i += 2;
    if (tok_word(x, i, "der") || tok_word(x, i, "die") || tok_word(x, i, "ein") || tok_word(x, i, "eine"))
        i++;
    /* a title the mention finder read: "der Innenminister Belgiens" */
    const mention_t *r = mention_at(x, m0, m1, i);
    if (r && r->role && is_body(x, r->actor)) return r->actor;
    for (size_t k = i; k < lim && k < i + MAX_ROLE_WORDS; k++) {
        if (TK(x, k)->type != TOK_WORD) return -1;
        if (!mention_role_noun(x, k)) continue;
        size_t np = org_preposition(x, k + 1);
        if (!np) return -1;
        size_t end;
        return body_at(x, m0, m1, k + 1 + np, lim, &end);
    }
    return -1;
}

/* "Der Direktor der X, Name": the body of a role before the name. */
static int32_t body_before(extractor_impl_t *x, size_t m0, size_t m1, const mention_t *pm, size_t lo)
{
    /* the name's first token: a title chain the mention finder joined to
     * it ("Sprecher des X, Name") is read here too */
    size_t nb = pm->head > pm->b && tok_punct(x, pm->head - 1, ',') ? pm->head : pm->b;
    if (nb < lo + 2 || !tok_punct(x, nb - 1, ',')) return -1;
    size_t comma = nb - 1;
    for (size_t k = comma; k-- > lo && comma - k <= MAX_BACK;) {
        if (tok_punct(x, k, ',') || tok_punct(x, k, '.')) return -1;
        if (!mention_role_noun(x, k)) continue;
        size_t np = org_preposition(x, k + 1);
        if (!np) continue;
        size_t end;
        int32_t a = body_at(x, m0, m1, k + 1 + np, comma, &end);
        return a >= 0 && end == comma ? a : (a == -2 ? -2 : -1);
    }
    return -1;
}

/* "Name von der X", "Name vom X": the body after the name. */
static int32_t body_von(extractor_impl_t *x, size_t m0, size_t m1, const mention_t *pm, size_t lim)
{
    size_t i = pm->e;
    if (!(tok_word(x, i, "von") || tok_word(x, i, "vom"))) return -1;
    size_t np = org_preposition(x, i);
    size_t end;
    return body_at(x, m0, m1, i + np, lim, &end);
}

/* "DFB-Präsident Theo Zwanziger": an acronym before the title's hyphen. */
static int32_t body_prefix(extractor_impl_t *x, const mention_t *pm)
{
    if (pm->affil >= 0) return -1;
    int h = mention_prefix_org(x, pm->b);
    if (!h) return -1;
    int32_t a = dactor_named(x, x->doc.s + TK(x, pm->b)->off, (size_t)h, EV_KIND_INSTITUTION);
    return a < 0 ? -2 : a;
}

static void give(extractor_impl_t *x, mention_t *pm, int32_t body)
{
    if (body < 0 || body == pm->affil || body == pm->affil2) return;
    /* "Sprecher der norwegischen Umweltbehörde": the title chain gave the
     * state of the adjective; the body named is what the person serves */
    if (pm->affil >= 0 && x->act[pm->affil].kind == EV_KIND_STATE && x->act[body].kind != EV_KIND_STATE
        && !pm->deflt) {
        /* ... and a body the lexicon does not list is of that state */
        if (x->act[body].state < 0 && x->act[body].lex < 0) x->act[body].state = pm->affil;
        pm->affil = body;
    } else if (pm->affil < 0) pm->affil = body;
    else if (pm->affil2 < 0) pm->affil2 = body;
    /* the person serves the body's state */
    dactor_t *p = pm->actor >= 0 ? &x->act[pm->actor] : NULL;
    if (p && p->kind == EV_KIND_PERSON && p->state < 0 && p->lex < 0 && x->act[body].state >= 0)
        p->state = x->act[body].state;
}

int apposition_link(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    const text_sent_t *se = &x->doc.sents[s];
    size_t lo = se->tok, lim = se->tok + se->ntok;
    x->men_sorted = 1;
    for (size_t k = m0 + 1; k < m1; k++)
        if (x->men[k].b < x->men[k - 1].b) x->men_sorted = 0;
    for (size_t k = m0; k < m1; k++) {
        mention_t *pm = &x->men[k];
        if (!is_person(x, pm)) continue;
        int32_t found[4] = {
            body_after(x, m0, m1, pm, lim),
            body_before(x, m0, m1, pm, lo),
            body_von(x, m0, m1, pm, lim),
            pm->b == pm->head ? -1 : body_prefix(x, pm),
        };
        for (int f = 0; f < 4; f++) {
            if (found[f] == -2) return DN_ENOMEM;
            give(x, pm, found[f]);
        }
    }
    return DN_OK;
}
