/* frame_speech: a speech before a body or in a state: an attendance of
 * the body's session or a visit of the state. */
#include "extract/frame_speech.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "extract/clauses.h"
#include "extract/mention_words.h"
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
    /* where: the city the sentence names ("vor der UN-Vollversammlung in
     * New York"), else the body's own state ("vor der Knesset") */
    int32_t where = state_of(x, body);
    const char *place = NULL;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= a && usable(m) && m->prep == P_IN && m->place && !m->dateline) {
            where = state_of(x, m->actor);
            place = m->place;
            break;
        }
    }
    for (size_t k = va; k < vb; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = emit(x, m->actor, body, EV_REL_MEETING, &dl, 1, place, c->s, 0.75, tid);
        /* a speaker from another state has come there */
        if (!rc && where >= 0) rc = visit_host(x, m->actor, where, &dl, place, c->s, 0.7, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* 1 when token i lies in a "bei" mention of the sentence (the one met). */
static int in_bei(const extractor_impl_t *x, const sctx_t *c, size_t i)
{
    for (size_t k = c->m0; k < c->m1; k++)
        if (x->men[k].prep == P_BEI && x->men[k].b <= i && i < x->men[k].e) return 1;
    return 0;
}

/* The copula as a trigger ("war am Montag in Kiew", "waren in Moskau bei
 * Putin gewesen"): being in a place of another state is presence there
 * only with nothing else to be - no participle of another verb ("war in
 * Kiew geboren", "war empfangen worden") and no noun of what one was
 * ("war in Kiew Botschafter").  0: the trigger is no copula; 1: a copula
 * of presence; -1: a copula that tells something else. */
static int copula_presence(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb)
{
    if (!x->have_grammar || !extract_clauses(x)) return 0;
    const char *lm = clause_tok(&x->cr, t->tok)->lemma;
    if (!lm || !(gram_roles_get(&x->roles, lm, strlen(lm)) & ROLE_STATAL)) return 0;
    for (size_t i = ca; i < cb; i++) {
        const clause_tok_t *ct = clause_tok(&x->cr, i);
        if (i != t->tok && (ct->pos == MORPH_VERB || ct->pos == MORPH_MODAL) && ct->lemma
            && !(gram_roles_get(&x->roles, ct->lemma, strlen(ct->lemma)) & ROLE_STATAL))
            return -1;
        if (i > t->tok && is_cap(x, i) && tok_common(x, i) && person_noun(x, i) && !in_bei(x, c, i)) return -1;
    }
    return 1;
}

int frame_speech(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                 int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (q < 0 || x->men[q].type != MT_ENTITY) return DN_OK;
    int32_t who = x->men[q].actor;
    if (x->act[who].kind != EV_KIND_PERSON || state_of(x, who) < 0) return DN_OK;
    int cop = copula_presence(x, c, t, ca, cb), met = 0;
    if (cop < 0) return DN_OK;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->prep != P_IN) continue;
        /* a city; "war im Mai in China": for the copula, a state too */
        if (!m->place && !(cop && x->act[m->actor].kind == EV_KIND_STATE)) continue;
        /* the place must belong to the verb, not to a noun before it ("die
         * Lage in Kabul sei ruhig, sagte er") */
        if (place_of_noun(x, c->s, m, 0)) continue;
        /* a speech's place is near its verb; the copula's anywhere in its
         * clause ("waren zunächst in Kiew und dann in Moskau gewesen") */
        if (!cop && (m->b + 6 < t->tok || m->b > t->tok + 8)) continue;
        int32_t ds = state_of(x, m->actor);
        if (ds < 0 || ds == state_of(x, who)) {
            if (cop) continue;
            return DN_OK;
        }
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
        int rc = emit(x, who, ds, EV_REL_VISIT, &dl, 1, m->place, c->s, T->conf, tid);
        /* "war in Kiew bei Poroschenko": met him there; "in Kiew bei A und
         * am Tag darauf in Moskau bei B": each place its own host, the one
         * named after it (before the next place), else the clause's */
        size_t nb = cb;
        for (size_t n = k + 1; n < c->m1 && nb == cb; n++)
            if (x->men[n].b < cb && x->men[n].prep == P_IN && x->men[n].place) nb = x->men[n].b;
        int32_t host = cop ? bei_actor(x, c, m->e, nb, 0, 0, EV_KIND_PERSON) : -1;
        if (cop && host < 0 && !met) host = bei_actor(x, c, ca, cb, 0, 0, EV_KIND_PERSON);
        if (!rc && host >= 0 && host != who)
            rc = emit(x, who, host, EV_REL_MEETING, &dl, 1, m->place, c->s, T->conf, tid);
        met = 1;
        if (rc || !cop) return rc;
    }
    return DN_OK;
}
