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

/* The one comma after the verb at v, up to the clause end cb, with no
 * verb, auxiliary or modal after it: a part that leaves the verb out.  0
 * when there is none, or several commas (a list of clauses). */
static size_t verbless_part(extractor_impl_t *x, size_t v, size_t cb)
{
    if (!x->have_grammar || !extract_clauses(x)) return 0;
    size_t q = 0;
    for (size_t i = v + 1; i < cb; i++) {
        if (tok_punct(x, i, ',')) {
            if (q) return 0;
            q = i;
        } else if (q && verbal_tok(x, i)) {
            return 0;
        }
    }
    return q;
}

size_t gapped_part(extractor_impl_t *x, const sctx_t *c, size_t v, size_t cb)
{
    size_t q = verbless_part(x, v, cb);
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
    return q;
}

int repeat_for_gapped(extractor_impl_t *x, const sctx_t *c, int32_t tid, size_t c0, size_t gap)
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
    for (size_t q = c0; q < n; q++)
        if (x->cand[q].trig == tid && !x->cand[q].dropped) { src = x->cand[q].src; break; }
    if (src < 0) return DN_OK;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= gap || m->b >= hi || m->type != MT_ENTITY || m->actor < 0 || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON || m->actor == src) continue;
        for (size_t q = c0; q < n; q++) {
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

size_t gapped_meeting(extractor_impl_t *x, const sctx_t *c, size_t v, size_t cb)
{
    size_t q = verbless_part(x, v, cb);
    if (!q) return 0;
    /* the part's first actor is a city ("in Karachi"), a person "mit"
     * follows */
    int city = 0, partner = 0;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= q || m->b >= cb || m->actor < 0 || m->type != MT_ENTITY) continue;
        if (!city && !partner) {
            if (m->prep != P_IN || !m->place) return 0;
            city = 1;
        } else if (m->prep == P_MIT && x->act[m->actor].kind == EV_KIND_PERSON) {
            partner = 1;
        }
    }
    return city && partner ? q : 0;
}

int repeat_meeting_for_gapped(extractor_impl_t *x, const sctx_t *c, int32_t tid, size_t c0, size_t gap,
                              size_t cb)
{
    int32_t src = -1;
    double conf = 0.5;
    for (size_t q = c0; q < x->ncand; q++)
        if (x->cand[q].trig == tid && !x->cand[q].dropped && x->cand[q].rel == EV_REL_MEETING) {
            src = x->cand[q].src;
            conf = x->cand[q].conf;
            break;
        }
    if (src < 0) return DN_OK;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, gap + 1, cb, c->m0, c->m1, &dl, 0);
    const char *place = NULL;
    int32_t host = -1;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= gap || m->b >= cb || m->actor < 0 || m->type != MT_ENTITY) continue;
        if (!place && m->prep == P_IN && m->place) {
            place = m->place;
            host = state_of(x, m->actor);
            continue;
        }
        if (m->prep != P_MIT && !(m->prep == P_NONE && k > c->m0 && x->men[k - 1].list == m->list))
            continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON || m->actor == src) continue;
        int rc = emit(x, src, m->actor, EV_REL_MEETING, &dl, 1, place, c->s, conf - 0.05, tid);
        if (rc) return rc;
    }
    return host >= 0 ? visit_host(x, src, host, &dl, place, c->s, conf - 0.1, tid) : DN_OK;
}

