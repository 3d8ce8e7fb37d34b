/* frame_speech: a speech before a body or in a state: an attendance of
 * the body's session or a visit of the state. */
#include "extract/frame_speech.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "extract/evdates.h"
#include "extract/participant.h"
#include "extract/voice.h"
#include "util/diag.h"

int speech_before(extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb, size_t a, size_t b,
                  int32_t tid)
{
    int32_t body = -1;
    for (size_t k = c->m0; k < c->m1 && body < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= a && m->b < b && usable(m) && m->prep == P_VOR && !m->place
            && x->act[m->actor].kind == EV_KIND_INSTITUTION)
            body = m->actor;
    }
    if (body < 0) return DN_OK;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, c->lo, c->hi, c->m0, c->m1, &dl, 0);
    for (size_t k = va; k < vb; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = emit(x, m->actor, body, EV_REL_MEETING, &dl, 1, NULL, c->s, 0.75, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

int frame_speech(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                 int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (q < 0 || x->men[q].type != MT_ENTITY) return DN_OK;
    int32_t who = x->men[q].actor;
    if (x->act[who].kind != EV_KIND_PERSON || state_of(x, who) < 0) return DN_OK;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->prep != P_IN || !m->place) continue;
        /* the place must belong to the verb, not to a noun before it ("die
         * Lage in Kabul sei ruhig, sagte er") */
        if (m->b + 6 < t->tok || m->b > t->tok + 8 || place_of_noun(x, c->s, m, 0)) continue;
        int32_t ds = state_of(x, m->actor);
        if (ds < 0 || ds == state_of(x, who)) return DN_OK;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
        return emit(x, who, ds, EV_REL_VISIT, &dl, 1, m->place, c->s, T->conf, tid);
    }
    return DN_OK;
}
