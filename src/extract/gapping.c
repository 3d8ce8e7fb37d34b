/* gapping: the verbless part after a comma ("..., im Februar 2007 sein
 * Nachfolger B") that reuses the verb of the clause before it.  Only
 * visits are repeated: "traf am Sonntag A, am Montag B" names whom one
 * met, not who met. */
#include "extract/gapping.h"

#include <string.h>

#include "extract/candidate.h"
#include "extract/clauses.h"
#include "extract/evdates.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "util/diag.h"

/* 1 when token i is a verb, auxiliary or modal by the grammar layer: a
 * part with a verb of its own is a clause, not a gap. */
static int verbal_tok(const extractor_impl_t *x, size_t i)
{
    int pos = clause_tok(&x->cr, i)->pos;
    return pos == MORPH_VERB || pos == MORPH_AUX || pos == MORPH_MODAL;
}

size_t gapped_part(extractor_impl_t *x, const sctx_t *c, size_t v, size_t cb)
{
    if (!x->have_grammar || !extract_clauses(x)) return 0;
    size_t q = 0;
    for (size_t i = v + 1; i < cb; i++) {
        if (tok_punct(x, i, ',')) q = i;
        else if (q && verbal_tok(x, i)) return 0;
    }
    if (!q || q + 2 >= cb) return 0;
    int person = 0;
    for (size_t k = c->m0; k < c->m1 && !person; k++) {
        const mention_t *m = &x->men[k];
        person = m->b > q && m->b < cb && m->type == MT_ENTITY && m->actor >= 0 && m->prep == P_NONE
                 && x->act[m->actor].kind == EV_KIND_PERSON;
    }
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!person || !dates_in(x, c->s, q + 1, cb, c->m0, c->m1, &dl, 0)) return 0;
    for (size_t i = v + 1; i < q; i++)   /* one comma only: no list of clauses */
        if (tok_punct(x, i, ',')) return 0;
    return q;
}

int repeat_for_gapped(extractor_impl_t *x, const sctx_t *c, int32_t tid, size_t gap)
{
    size_t hi = gap + 1;
    while (hi < c->hi && !tok_punct(x, hi, ',') && !tok_punct(x, hi, '.') && !tok_punct(x, hi, ';')) hi++;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, gap + 1, hi, c->m0, c->m1, &dl, 0)) return DN_OK;
    /* the count of candidates before the loop: the copies it adds are not
     * copied again */
    size_t n = x->ncand;
    int32_t src = -1;
    for (size_t q = 0; q < n; q++)
        if (x->cand[q].trig == tid && !x->cand[q].dropped) { src = x->cand[q].src; break; }
    if (src < 0) return DN_OK;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= gap || m->b >= hi || m->type != MT_ENTITY || m->actor < 0 || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON || m->actor == src) continue;
        for (size_t q = 0; q < n; q++) {
            const cand_t *cd = &x->cand[q];
            /* a journey's other traveller; "traf am Sonntag A, am Montag
             * B" names whom one met, not who met */
            if (cd->trig != tid || cd->dropped || cd->src != src || cd->rel != EV_REL_VISIT) continue;
            if (cd->dst == m->actor || state_of(x, m->actor) == cd->dst) continue;
            int rc = emit(x, m->actor, cd->dst, cd->rel, &dl, 1, cd->place, c->s, cd->conf - 0.05, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}
