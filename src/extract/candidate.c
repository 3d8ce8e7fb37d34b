/* candidate: the candidate events of a document.  cand_add appends one
 * (x->cand; dedup.c merges them at the document's end); emit turns a
 * frame's finding (two actors, a relation, a list of dates) into
 * candidates after the checks every frame shares: a political side, no
 * kin, abroad for a visit, not ahead of the text's date. */
#include "extract/candidate.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/dactor.h"
#include "extract/evdates.h"
#include "extract/participant.h"
#include "util/diag.h"

/* 1 when one of a and b is a state and the other belongs to it. */
static int own_state(const extractor_impl_t *x, int32_t a, int32_t b)
{
    const dactor_t *da = &x->act[a], *db = &x->act[b];
    if (db->kind == EV_KIND_STATE && da->kind != EV_KIND_STATE) return da->state == b;
    if (da->kind == EV_KIND_STATE && db->kind != EV_KIND_STATE) return db->state == a;
    return 0;
}

/* The former state (former_states.tsv) the state doc actor st was part
 * of on day (YYYYMMDD), else st. */
static int32_t state_on(extractor_impl_t *x, int32_t st, long day)
{
    if (st < 0 || x->act[st].kind != EV_KIND_STATE || x->act[st].lex < 0 || !x->lx.nformers) return st;
    int32_t f = lexicon_former_state(&x->lx, x->act[st].lex, day);
    if (f < 0) return st;
    int32_t doc = dactor_lex(x, f);
    return doc >= 0 ? doc : st;
}

/* The state doc actor st stood within on the event's first day a (the
 * text's date for an undated one): "Moskau" in 1984 is in the Soviet
 * Union. */
static int32_t state_then(extractor_impl_t *x, int32_t st, ev_date_t a)
{
    ev_date_t d = a.year ? a : x->ref;
    return d.year ? state_on(x, st, ev_date_first_day(d)) : st;
}

/* The state a listed office holder src served when st is his state: the
 * former state st was part of on the last day of his last term, else st. */
static int32_t holder_state_then(extractor_impl_t *x, int32_t src, int32_t st)
{
    if (x->act[src].kind != EV_KIND_PERSON || x->act[src].lex < 0) return st;
    long last = x->lx.actors[x->act[src].lex].last_day;
    return last && last != 99991231L ? state_on(x, st, last) : st;
}

int cand_add(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel,
             ev_date_t a, ev_date_t b, const char *place, size_t sent,
             double conf, int32_t trig)
{
    /* a visit goes to the state its place was in then; a state named as
     * an actor is itself ("Russland erkannte im August 1991 Estland an":
     * the republic, not the Soviet Union) */
    if (rel == EV_REL_VISIT && src >= 0 && dst >= 0) {
        dst = state_then(x, dst, a);
        /* a visit goes abroad: not to one's own state, nor within the
         * former state ("Gorbatschow reiste 1989 nach Kiew") */
        if (src == dst || (x->act[dst].kind == EV_KIND_STATE && state_then(x, state_of(x, src), a) == dst))
            return DN_OK;
    }
    /* an office holder whose terms all ended while the state was part of
     * a former one held office there: "Andrej Gromyko", Russland in the
     * lexicon, was the Soviet Union's */
    if (rel == EV_REL_AFFILIATION && src >= 0 && dst >= 0) dst = holder_state_then(x, src, dst);
    /* every frame's meetings: a person or body does not meet its own state
     * (a summit's host, "Präsident Kasachstans", is no guest of Kasachstan) */
    if (rel == EV_REL_MEETING && src >= 0 && dst >= 0 && own_state(x, src, dst)) return DN_OK;
    if ((src >= 0 && x->act[src].placename) || (dst >= 0 && x->act[dst].placename)) return DN_OK;
    if (x->ncand == x->capcand) {
        size_t nc = x->capcand ? x->capcand * 2 : 64;
        cand_t *p = realloc(x->cand, nc * sizeof *p);
        if (!p) return diag_nomem("extract");
        x->cand = p;
        x->capcand = nc;
    }
    cand_t *c = &x->cand[x->ncand++];
    c->src = src;
    c->dst = dst;
    c->rel = rel;
    c->start = a;
    c->end = b;
    c->place = place;
    c->sent = (uint32_t)sent;
    c->conf = conf < 0.05 ? 0.05 : conf > 1 ? 1 : conf;
    c->trig = trig;
    c->past = (uint8_t)x->cur_past;
    c->receive = (uint8_t)x->cur_receive;
    c->many = -1;
    c->dropped = 0;
    c->held = 0;
    c->summit = 0;
    return DN_OK;
}

int emit(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel,
         const dlist_t *dl, int count, const char *place, size_t s, double conf, int32_t trig)
{
    if (src < 0 || dst < 0 || src == dst) return DN_OK;
    dlist_t sole;
    if ((rel == EV_REL_VISIT || rel == EV_REL_MEETING) && dl->n == 0 && count <= 1 && x->sole_ok) {
        memset(&sole, 0, sizeof sole);
        dl_add(&sole, x->sole_a, x->sole_b);
        dl = &sole;
    }
    /* diplomacy: a visit or meeting has a political side (not two
     * footballers who "trafen" each other) */
    if ((rel == EV_REL_VISIT || rel == EV_REL_MEETING) && !political(x, src) && !political(x, dst))
        return DN_OK;
    /* nor a talk with one's wife or son; but a consort who travels along
     * ("gemeinsam mit ihrem Ehemann Prinz Philip") visits */
    if (rel == EV_REL_MEETING && (x->act[src].kin || x->act[dst].kin))
        return DN_OK;
    if ((rel == EV_REL_VISIT || rel == EV_REL_MEETING) && x->ref.year && dl->n) {
        /* reported as ahead of the text's date: planned, not happened */
        int ahead = 1;
        for (int k = 0; k < dl->n; k++)
            if (ev_date_first_day(dl->a[k]) <= ev_date_last_day(x->ref)) ahead = 0;
        if (ahead) return DN_OK;
    }
    ev_date_t z = { 0, 0, 0 };
    int n = dl->n > 0 ? dl->n : 1;
    if (dl->n <= 1 && count > n) n = count;
    if (n > 16) n = 16;
    int32_t many = n > 1 ? x->nmany++ : -1;
    for (int k = 0; k < n; k++) {
        ev_date_t a = dl->n ? dl->a[k < dl->n ? k : dl->n - 1] : z;
        ev_date_t b = dl->n ? dl->b[k < dl->n ? k : dl->n - 1] : z;
        size_t before = x->ncand;
        int rc = cand_add(x, src, dst, rel, a, b, place, s, conf, trig);
        if (rc) return rc;
        if (x->ncand > before) x->cand[before].many = many;
    }
    return DN_OK;
}

int visit_host(extractor_impl_t *x, int32_t who, int32_t host, const dlist_t *dl,
               const char *place, size_t s, double conf, int32_t tid)
{
    int32_t st = state_of(x, who);
    /* an official of the UN or the AU is abroad in every state */
    if ((st < 0 && !x->act[who].intl) || st == host || x->act[who].kind == EV_KIND_STATE) return DN_OK;
    return emit(x, who, host, EV_REL_VISIT, dl, 1, place, s, conf, tid);
}

/* The one city sentence s's mentions name (not the dateline's), with its
 * state; NULL place when it names none or several. */
typedef struct {
    const char *place;
    int32_t state;
    int32_t seat;      /* with no city: the state of the one body of a state
                          it names with "in" ("im Élysée-Palast", "im
                          Kreml"), -1 */
} sent_place_t;

/* For each sentence, its one city (see sent_place_t); ns entries, mstart
 * as run_doc's.  Caller frees; NULL when out of memory. */
static sent_place_t *sentence_places(const extractor_impl_t *x, const size_t *mstart, size_t ns)
{
    sent_place_t *sp = calloc(ns ? ns : 1, sizeof *sp);
    if (!sp) return NULL;
    for (size_t s = 0; s < ns; s++) {
        int many = 0, seats = 0;
        sp[s].seat = -1;
        for (size_t k = mstart[s]; k < mstart[s + 1] && !many; k++) {
            const mention_t *m = &x->men[k];
            if (!m->place && m->actor >= 0 && m->prep == P_IN && x->act[m->actor].kind == EV_KIND_INSTITUTION
                && state_of(x, m->actor) >= 0 && state_of(x, m->actor) != sp[s].seat) {
                sp[s].seat = state_of(x, m->actor);
                seats++;
            }
            if (!m->place || m->actor < 0 || m->dateline || m->place == sp[s].place) continue;
            if (sp[s].place) many = 1;
            sp[s].place = m->place;
            sp[s].state = state_of(x, m->actor);
        }
        if (many) sp[s].place = NULL;
        /* a city or two bodies of different states leave the seat out */
        if (sp[s].place || many || seats != 1) sp[s].seat = -1;
    }
    return sp;
}

int meeting_presence(extractor_impl_t *x, const size_t *mstart, size_t ns)
{
    size_t n0 = x->ncand;
    sent_place_t *sp = sentence_places(x, mstart, ns);
    if (!sp) return diag_nomem("extract");
    int rc = DN_OK;
    for (size_t i = 0; i < n0 && !rc; i++) {
        const cand_t c = x->cand[i];   /* a copy: cand_add may move the array */
        /* a sentence with two cities may place the meeting in either; one
         * without a city, in the body of a state it names ("traf im
         * Élysée-Palast X") */
        if (c.dropped || c.rel != EV_REL_MEETING || c.sent >= ns) continue;
        int seat = !c.place && sp[c.sent].seat >= 0;
        /* ... when the other side is of that state: the host at home (the
         * body's name may be another state's too: "im Bundeskanzleramt") */
        if (seat && state_of(x, c.src) != sp[c.sent].seat && state_of(x, c.dst) != sp[c.sent].seat) seat = 0;
        if (!seat && (!c.place || sp[c.sent].place != c.place || sp[c.sent].state < 0)) continue;
        int32_t host = seat ? sp[c.sent].seat : sp[c.sent].state, side[2] = { c.src, c.dst };
        for (int k = 0; k < 2 && !rc; k++) {
            const dactor_t *d = &x->act[side[k]];
            int32_t st = state_of(x, side[k]);
            /* only who is known to come from elsewhere: a person or body of
             * another state, or a state itself */
            if (d->kind == EV_KIND_STATE ? side[k] == host : (st < 0 || st == host)) continue;
            /* persons come to a seat; a body meeting there does not travel */
            if (seat && d->kind != EV_KIND_PERSON) continue;
            size_t before = x->ncand;
            rc = cand_add(x, side[k], host, EV_REL_VISIT, c.start, c.end, c.place, c.sent, c.conf - 0.15, c.trig);
            if (!rc && x->ncand > before) {
                x->cand[before].past = c.past;
                x->cand[before].many = c.many;
            }
        }
    }
    free(sp);
    return rc;
}

/* Stamps with gen the states sentence s's places lie in (mentions
 * [mstart[s], mstart[s + 1]), the dateline's left out); how many distinct
 * ones. */
static int stamp_place_states(extractor_impl_t *x, const size_t *mstart, size_t s, uint32_t gen)
{
    int n = 0;
    for (size_t k = mstart[s]; k < mstart[s + 1]; k++) {
        const mention_t *m = &x->men[k];
        if (!m->place || m->actor < 0 || m->dateline) continue;
        int32_t ps = state_of(x, m->actor);
        if (ps >= 0 && x->act[ps].mark != gen) {
            x->act[ps].mark = gen;
            n++;
        }
    }
    return n;
}

/* The candidates of sentence s, in document order, as positions of *ord
 * from first[s] to first[s + 1] (a counting sort: the post-passes append
 * out of order).  Caller frees both; 0 or DN_ENOMEM. */
static int cands_by_sentence(const extractor_impl_t *x, size_t ns, size_t **first, size_t **ord)
{
    *first = calloc(ns + 2, sizeof **first);
    *ord = malloc((x->ncand ? x->ncand : 1) * sizeof **ord);
    if (!*first || !*ord) return diag_nomem("extract");
    for (size_t i = 0; i < x->ncand; i++)
        if (x->cand[i].sent < ns) (*first)[x->cand[i].sent + 2]++;
    for (size_t s = 0; s < ns; s++) (*first)[s + 2] += (*first)[s + 1];
    for (size_t i = 0; i < x->ncand; i++)
        if (x->cand[i].sent < ns) (*ord)[(*first)[x->cand[i].sent + 1]++] = i;
    return DN_OK;
}

/* The partners of sentence s's meetings [q0, q1) of ord who are at home
 * among its places: stamped with home; how many states they are of
 * (places stamped with placegen). */
static int home_partners_of(extractor_impl_t *x, const size_t *ord, size_t q0, size_t q1, uint32_t placegen,
                            uint32_t home)
{
    int nhome = 0;
    for (size_t q = q0; q < q1; q++) {
        const cand_t *m = &x->cand[ord[q]];
        if (m->dropped || m->rel != EV_REL_MEETING || m->dst < 0) continue;
        dactor_t *p = &x->act[m->dst];
        int32_t st = p->kind == EV_KIND_PERSON ? state_of(x, m->dst) : -1;
        if (st < 0 || p->mark == home || (x->act[st].mark != placegen && x->act[st].mark != home)) continue;
        p->mark = home;
        /* count their states: two partners of one state are no spread */
        if (x->act[st].mark != home) {
            x->act[st].mark = home;
            nhome++;
        }
    }
    return nhome;
}

int home_partners(extractor_impl_t *x, const size_t *mstart, size_t ns)
{
    size_t *first, *ord;
    int rc = cands_by_sentence(x, ns, &first, &ord);
    for (size_t s = 0; s < ns && !rc; s++) {
        size_t q0 = first[s], q1 = first[s + 1];
        if (q0 == q1) continue;
        uint32_t placegen = ++x->mark_gen;
        if (stamp_place_states(x, mstart, s, placegen) < 2) continue;
        /* only partners of several places at once ("A, B und C" in "X, Y
         * und Z"): partners of two states or more at home among them */
        uint32_t home = ++x->mark_gen;
        if (home_partners_of(x, ord, q0, q1, placegen, home) < 2) continue;
        for (size_t q = q0; q < q1; q++) {
            cand_t *v = &x->cand[ord[q]];
            if (!v->dropped && v->rel == EV_REL_VISIT && x->act[v->src].mark == home) v->dropped = 1;
        }
    }
    free(first);
    free(ord);
    return rc;
}
