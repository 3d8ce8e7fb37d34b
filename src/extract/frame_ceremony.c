/* frame_ceremony: those present at a ceremony meet its host; those from
 * abroad have come to the state it is held in. */
#include "extract/frame_ceremony.h"

#include <string.h>

#include "extract/candidate.h"
#include "extract/evdates.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/triggers.h"
#include "extract/voice.h"
#include "util/diag.h"

/* How many sentences back a ceremony told without a place may take the
 * place of the event told before it. */
#define CEREMONY_BACK 4
#define CEREMONY_MAX 16

int ceremony_noun_in(const extractor_impl_t *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++) {
        const text_tok_t *t = TK(x, i);
        if (t->type == TOK_WORD && (t->flags & TOK_CAP) && tok_cue(x, i, CUE_CEREMONY)) return 1;
    }
    return 0;
}

/* 1 when mention m names where something happens: a city or a state after
 * "in"/"auf", not the topic of a noun ("die Lage in Syrien"). */
static int venue_mention(const extractor_impl_t *x, const mention_t *m, size_t lo)
{
    if (m->actor < 0 || m->type != MT_ENTITY || (m->prep != P_IN && m->prep != P_AUF)) return 0;
    if (!m->place && x->act[m->actor].kind != EV_KIND_STATE) return 0;
    return !place_is_topic(x, m->b, lo);
}

/* The state the ceremony of clause [ca, cb) is held in, its city into
 * *pl: the clause's venue; else the last city named with "in" in the
 * sentences just before (the ceremony belongs to the event told there);
 * else the dateline's.  -1 when none. */
static int32_t ceremony_place(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, const char **pl)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= ca && m->b < cb && !m->hidden && venue_mention(x, m, c->lo)) {
            *pl = m->place;
            return state_of(x, m->actor);
        }
    }
    size_t first = c->s > CEREMONY_BACK ? c->s - CEREMONY_BACK : 0;
    size_t lo = x->doc.sents[first].tok;
    for (size_t k = c->m0; k-- > 0;) {
        const mention_t *m = &x->men[k];
        if (m->b < lo) break;
        /* not the seat of a body ("das Repräsentantenhaus in Tobruk") */
        int seat = k > 0 && x->men[k - 1].e + 1 == m->b && x->men[k - 1].actor >= 0
                   && x->act[x->men[k - 1].actor].kind == EV_KIND_INSTITUTION;
        if (m->place && !m->dateline && !seat && venue_mention(x, m, lo)) {
            *pl = m->place;
            return state_of(x, m->actor);
        }
    }
    *pl = x->scene_place;
    return x->scene >= 0 ? state_of(x, x->scene) : -1;
}

/* The attendees of clause [ca, cb): its persons without a preposition,
 * and states named for their officials ("die Außenminister Italiens und
 * Spaniens"), into who[] (at most max); open[i] is 1 when the i-th holds
 * a national office of no said state ("Präsident A" in a text on A's
 * country).  Returns how many. */
static int attendees(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, int32_t *who,
                     uint8_t *open, int max)
{
    int n = 0;
    for (size_t k = c->m0; k < c->m1 && n < max; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->type != MT_ENTITY || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON && x->act[m->actor].kind != EV_KIND_STATE) continue;
        int seen = 0;
        for (int i = 0; i < n; i++) seen |= who[i] == m->actor;
        if (seen) continue;
        open[n] = m->open_state == 2 && state_of(x, m->actor) < 0;
        who[n++] = m->actor;
    }
    return n;
}

/* The host among the attendees: the first of the ceremony's state, else
 * the first holding a national office of no said state; -1 when none. */
static int ceremony_host(const extractor_impl_t *x, const int32_t *who, const uint8_t *open, int n,
                         int32_t where)
{
    for (int i = 0; i < n; i++)
        if (x->act[who[i]].kind == EV_KIND_PERSON && state_of(x, who[i]) == where) return i;
    for (int i = 0; i < n; i++)
        if (open[i]) return i;
    return -1;
}

int ceremony_guests(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                    int32_t tid)
{
    int32_t who[CEREMONY_MAX];
    uint8_t open[CEREMONY_MAX];
    int n = attendees(x, c, ca, cb, who, open, CEREMONY_MAX);
    if (!n) return DN_OK;
    const char *pl = NULL;
    int32_t where = ceremony_place(x, c, ca, cb, &pl);
    if (where < 0) return DN_OK;
    int h = ceremony_host(x, who, open, n, where);
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0) && x->sole_ok) dl_add(&dl, x->sole_a, x->sole_b);
    double conf = x->lx.trig[t->tr].conf - 0.15;
    for (int i = 0; i < n; i++) {
        if (i == h) continue;
        int32_t si = state_of(x, who[i]);
        /* a state attending through its officials has come (visit_host
         * counts no state's visit, so it is added here) */
        if (x->act[who[i]].kind == EV_KIND_STATE) {
            int rc = si != where ? emit(x, who[i], where, EV_REL_VISIT, &dl, 1, pl, c->s, conf - 0.15, tid) : DN_OK;
            if (rc) return rc;
            continue;
        }
        /* the host's compatriots are his side, not his guests */
        if (h >= 0 && (si < 0 || si != where)) {
            int rc = emit(x, who[i], who[h], EV_REL_MEETING, &dl, 1, pl, c->s, conf, tid);
            if (rc) return rc;
        }
        int rc = visit_host(x, who[i], where, &dl, pl, c->s, conf - 0.1, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* The dates of candidate cd as a date list (none when it has none). */
static dlist_t cand_dates(const cand_t *cd)
{
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (cd->start.year) dl_add(&dl, cd->start, cd->end);
    return dl;
}

/* The mention of the person named host in sentence c by "Gastgeber
 * war/ist X"; -1 when none. */
static int32_t copula_host(extractor_impl_t *x, const sctx_t *c)
{
    for (size_t i = c->lo; i + 2 < c->hi; i++) {
        int noun = 0;
        int32_t tr = trigger_at(x, i, &noun);
        if (tr < 0 || !noun || x->lx.trig[tr].cls != TR_HOST) continue;
        if (!(tok_word(x, i + 1, "war") || tok_word(x, i + 1, "ist"))) continue;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b <= i + 1 || m->b > i + 6) continue;
            if (usable(m) && m->type == MT_ENTITY && m->prep == P_NONE
                && x->act[m->actor].kind == EV_KIND_PERSON)
                return (int32_t)k;
            break;
        }
    }
    return -1;
}

int host_of_told_meeting(extractor_impl_t *x, const sctx_t *c)
{
    int32_t hm = copula_host(x, c);
    if (hm < 0) return DN_OK;
    int32_t host = x->men[hm].actor;
    /* the guests came to the state his title names ("Kubas Staatschef
     * X"); a state guessed for a title that names none ("König X") tells
     * no place */
    int32_t hs = x->men[hm].affil >= 0 ? state_of(x, x->men[hm].affil) : -1;
    size_t n = x->ncand;
    for (size_t q = n; q-- > 0;) {
        cand_t cd = x->cand[q];
        if (cd.sent + 1 < c->s) break;
        if (cd.dropped || cd.rel != EV_REL_MEETING || cd.src == host || cd.dst == host) continue;
        dlist_t dl = cand_dates(&cd);
        int32_t two[2] = { cd.src, cd.dst };
        for (int j = 0; j < 2; j++) {
            int32_t p = two[j], ps = state_of(x, p);
            /* the host's compatriots are his side, not his guests; a body
             * (the summit's organiser) is no guest */
            if (x->act[p].kind != EV_KIND_PERSON || (hs >= 0 && ps == hs)) continue;
            int rc = emit(x, p, host, EV_REL_MEETING, &dl, 1, cd.place, c->s, cd.conf - 0.1, cd.trig);
            if (!rc && hs >= 0) rc = visit_host(x, p, hs, &dl, cd.place, c->s, cd.conf - 0.15, cd.trig);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* The token of a ceremony noun after "zur"/"zum" in sentence c, 0 when
 * none. */
static size_t ceremony_goal(const extractor_impl_t *x, const sctx_t *c)
{
    for (size_t i = c->lo + 1; i < c->hi; i++)
        if ((tok_word(x, i - 1, "zur") || tok_word(x, i - 1, "zum")) && ceremony_noun_in(x, i, i + 1)) return i;
    return 0;
}

/* The person the ceremony noun at token g is held for: a person in the
 * genitive or after "von" right after it ("zur Amtseinführung Lulas", "der
 * Vereidigung von X"), else the subject of the sentence before when a
 * person of state st; -1 when none. */
static int32_t ceremony_person(const extractor_impl_t *x, const sctx_t *c, size_t g, int32_t st)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= g || m->b > g + 4 || m->actor < 0 || m->type != MT_ENTITY) continue;
        if ((m->prep == P_GEN || m->prep == P_VON) && x->act[m->actor].kind == EV_KIND_PERSON) return m->actor;
        break;
    }
    if (c->s == 0 || st < 0) return -1;
    const text_sent_t *pr = &x->doc.sents[c->s - 1];
    size_t pm0 = c->m0;
    while (pm0 > 0 && x->men[pm0 - 1].b >= pr->tok) pm0--;
    int k = subject_in(x, pm0, c->m0, pr->tok, pr->tok + pr->ntok, 1);
    if (k < 0 || x->act[x->men[k].actor].kind != EV_KIND_PERSON || state_of(x, x->men[k].actor) != st) return -1;
    return x->men[k].actor;
}

int ceremony_trip_host(extractor_impl_t *x, const sctx_t *c)
{
    size_t g = ceremony_goal(x, c);
    if (!g) return DN_OK;
    size_t n = x->ncand;
    for (size_t q = n; q-- > 0;) {
        cand_t cd = x->cand[q];
        if (cd.sent != c->s) break;
        if (cd.dropped || cd.rel != EV_REL_VISIT || x->act[cd.src].kind != EV_KIND_PERSON) continue;
        int32_t host = ceremony_person(x, c, g, cd.dst);
        if (host < 0 || host == cd.src) continue;
        dlist_t dl = cand_dates(&cd);
        int rc = emit(x, cd.src, host, EV_REL_MEETING, &dl, 1, cd.place, c->s, cd.conf - 0.1, cd.trig);
        if (rc) return rc;
    }
    return DN_OK;
}
