/* frame_affil: the affiliation frame: a person belongs to the state or
 * body of the office a title or the lexicon gives. */
#include "extract/frame_affil.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "util/diag.h"

int held_office(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    /* the article's day, else the sentence's first date */
    ev_date_t d = x->ref;
    if (!d.year && x->sent_date0[s] < x->sent_date0[s + 1]) d = x->dates.v[x->sent_date0[s]].start;
    if (!d.year) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        /* "der amerikanische Präsident" unnamed: the text names no one */
        if (m->actor < 0 || m->type != MT_ENTITY || m->role) continue;
        dactor_t *a = &x->act[m->actor];
        if (a->kind != EV_KIND_PERSON || a->lex < 0 || a->held_done) continue;
        a->held_done = 1;
        int32_t st = lexicon_person_state_at(&x->lx, a->lex, ev_date_first_day(d), ev_date_last_day(d));
        if (st < 0) continue;
        int32_t ds = dactor_lex(x, st);
        if (ds < 0) return DN_ENOMEM;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        size_t before = x->ncand;
        int rc = emit(x, m->actor, ds, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        if (rc) return rc;
        for (size_t q = before; q < x->ncand; q++) x->cand[q].held = 1;
    }
    return DN_OK;
}
