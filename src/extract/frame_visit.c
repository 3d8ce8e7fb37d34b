/* frame_visit: the visit frame.  The visitor is the noun's owner
 * (genitive, possessive, the clause's subject), the subject of the verb,
 * or the passive's von-agent; the destination the object, an in- or
 * nach-phrase, the state of a place, or with a verb of arrival and none
 * of these the dateline's place.  Each visitor gets its own dates when
 * the text gives them in parentheses. */
#include "extract/frame_visit.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "extract/clauses.h"
#include "extract/evdates.h"
#include "extract/frame_speech.h"
#include "extract/frame_summit.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/triggers.h"
#include "extract/voice.h"
#include "util/diag.h"

/* What visitor_dates finds for all visitors of one trigger alike, found
 * once per trigger rather than once per visitor. */
typedef struct {
    int any_paren;   /* a visitor has dates in parentheses; -1 not yet known */
    int shared;      /* dl holds the visitors' common dates */
    int span_days;   /* days of a "zweitägig" in the clause; -1 not yet known */
    dlist_t dl;
} vdates_t;

/* What frame_visit finds for one trigger, step by step. */
typedef struct {
    size_t va, vb;            /* the visitors: mentions [va, vb) */
    double conf;
    int passive;              /* the visitors are a passive's von-agents */
    int32_t visited;          /* "bei einem Besuch der WHO": the body visited, met too; -1 */
    int32_t dst;              /* the destination: a state, or a person; -1 */
    const char *place;
    int meet_only;            /* a body of no state visited: a meeting only */
    int nach;                 /* the destination is a "nach" phrase */
    size_t obj_k, obj_e;      /* "besuchte Singapur und Malaysia": the object's list of mentions
                                 (obj_e 0: the destination is no object) */
} visit_t;

static int visitor_dates_shared(extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb,
                                size_t scope_a, size_t scope_b, size_t ca, size_t p, dlist_t *dl)
{
    memset(dl, 0, sizeof *dl);
    if (dates_in(x, c->s, scope_a, scope_b, c->m0, c->m1, dl, 0)) return dl->n;
    /* a list in parentheses after the destination: "in Y (1992, 1997)" */
    for (size_t q = c->m0; q < c->m1; q++) {
        const mention_t *m = &x->men[q];
        x->work++;
        if (m->b >= scope_a && m->b < scope_b && (q < va || q >= vb) && m->npdate) {
            mention_dates(x, m, dl);
            return dl->n;
        }
    }
    if (dates_in(x, c->s, ca, p, c->m0, c->m1, dl, 1)) return dl->n;
    return 0;
}

static int visitor_dates(extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb,
                         size_t k, size_t scope_a, size_t scope_b, size_t ca, size_t p, dlist_t *dl,
                         vdates_t *vd)
{
    memset(dl, 0, sizeof *dl);
    if (vd->any_paren < 0) {
        vd->any_paren = 0;
        for (size_t q = va; q < vb && !vd->any_paren; q++) {
            x->work++;
            if (x->men[q].npdate) vd->any_paren = 1;
        }
    }
    if (vd->any_paren) {
        mention_dates(x, &x->men[k], dl);
        return dl->n;
    }
    if (!vd->shared) {
        visitor_dates_shared(x, c, va, vb, scope_a, scope_b, ca, p, &vd->dl);
        vd->shared = 1;
    }
    *dl = vd->dl;
    return dl->n;
}

/* 1 when the verb of token p's clause is "abstatten" ("stattete ... einen
 * Besuch ab", "hat ... einen Besuch abgestattet"), whose dative object is
 * the one visited (grammar layer lemma, particle joined). */
static int paying_visit(const extractor_impl_t *x, size_t p)
{
    const clause_t *cl = gram_clause(x, p);
    return cl && cues_match(&x->cues, cl->lemma, strlen(cl->lemma), CUE_PAY, 0);
}

/* "Gast des Präsidenten X", "Gast von Präsident X": the person or body
 * right after the guest noun is the host; -1 when none. */
static int32_t guest_host(const extractor_impl_t *x, const sctx_t *c, const trig_t *t, const visit_t *v,
                          size_t b)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if ((k >= v->va && k < v->vb) || m->b <= t->tok || m->b > t->tok + 4 || m->b >= b) continue;
        if (!usable(m) || m->place || (m->prep != P_GEN && m->prep != P_VON)) return -1;
        return x->act[m->actor].kind == EV_KIND_STATE ? -1 : m->actor;
    }
    return -1;
}

/* 1 when the verb at p is one of arrival ("war angereist", "traf ...
 * ein"; grammar.tsv role arrive), by its own lemma or its clause's. */
static int arrival_verb(const extractor_impl_t *x, size_t p)
{
    if (!x->have_grammar || !extract_clauses(x)) return 0;
    const char *lm = clause_tok(&x->cr, p)->lemma;
    if (lm && (gram_roles_get(&x->roles, lm, strlen(lm)) & ROLE_ARRIVE)) return 1;
    const clause_t *cl = gram_clause(x, p);
    return cl && cl->fin >= 0 && (size_t)cl->fin == p
           && (gram_roles_get(&x->roles, cl->lemma, strlen(cl->lemma)) & ROLE_ARRIVE);
}

/* One more destination of a list: the state (or place) of mention m is
 * visited by who unless it is who's own or was stamped gen already. */
static int visit_listed(extractor_impl_t *x, const sctx_t *c, int32_t who, const mention_t *m, uint32_t gen,
                        const dlist_t *dl, double conf, int32_t tid)
{
    int32_t st = x->act[m->actor].kind == EV_KIND_STATE || m->place ? state_of(x, m->actor) : -1;
    if (st < 0 || st == state_of(x, who) || x->act[st].mark == gen) return DN_OK;
    x->act[st].mark = gen;
    return emit(x, who, st, EV_REL_VISIT, dl, 1, m->place, c->s, conf - 0.05, tid);
}

/* "hatte Singapur und Malaysia besucht": the states (or their places)
 * listed after the first object [k, e) are visited too. */
static int visit_object_list(extractor_impl_t *x, const sctx_t *c, int32_t who, size_t k, size_t e,
                             const dlist_t *dl, double conf, int32_t tid)
{
    /* each state once: a stamp, not a search, so a long list stays linear */
    uint32_t gen = ++x->mark_gen;
    int32_t first = state_of(x, x->men[k].actor);
    if (first >= 0) x->act[first].mark = gen;
    for (size_t g = k + 1; g < e; g++) {
        const mention_t *m = &x->men[g];
        if (m->list != x->men[k].list || !usable(m) || m->prep != P_NONE) continue;
        int rc = visit_listed(x, c, who, m, gen, dl, conf, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "reiste nach Warschau und nach Prag", "nach Dschidda, wo er X traf,
 * sowie nach Dubai und Doha": every state a verb of motion's "nach"
 * phrases of the clause [ca, cb) name, beyond the first destination d,
 * is visited too (each once: a stamp). */
static int further_destinations(extractor_impl_t *x, const sctx_t *c, int32_t who, int32_t d, size_t ca,
                                size_t cb, const dlist_t *dl, double conf, int32_t tid)
{
    uint32_t gen = ++x->mark_gen;
    int32_t first = state_of(x, d);
    if (first >= 0) x->act[first].mark = gen;
    int32_t list = -1;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m)) continue;
        if (m->prep == P_NACH) list = m->list;
        else if (!(m->prep == P_NONE && m->list == list)) continue;
        int rc = visit_listed(x, c, who, m, gen, dl, conf, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* The number of dates sentence c writes in its tokens [ca, cb): a
 * journey with a date per stop ("am 5. Mai nach Moskau und am 7. Mai nach
 * Athen") is told stop by stop (journey_stops), not as one list. */
static int dates_in_clause(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb)
{
    int n = 0;
    for (size_t d = x->sent_date0[c->s]; d < x->sent_date0[c->s + 1]; d++)
        n += x->dates.v[d].tok >= ca && x->dates.v[d].tok < cb;
    return n;
}

/* "flog anschließend nach Nigeria weiter": onward travel without a date
 * of its own is in the time of the traveller's visit just told. */
static void onward_dates(const extractor_impl_t *x, const sctx_t *c, int32_t who, size_t ca, size_t cb,
                         dlist_t *dl)
{
    if (x->ctx_visit < 0 || (size_t)x->ctx_visit >= x->ncand || !in_range_cue(x, ca, cb, CUE_ONWARD)) return;
    const cand_t *v = &x->cand[x->ctx_visit];
    if (v->src != who || v->sent + 1 < c->s || !v->start.year) return;
    dl_add(dl, v->start, v->end);
}

/* 1 when mention m is the place of "eine Reise durch Frankreich", "die
 * Rundreise durch die Schweiz": "durch" is read as a passive's agent
 * (P_VON) elsewhere, but after a journey's noun it names where one went. */
static int through_place(const extractor_impl_t *x, const mention_t *m)
{
    if (m->prep != P_VON || m->actor < 0 || x->act[m->actor].kind == EV_KIND_PERSON) return 0;
    return (m->b >= 1 && tok_word(x, m->b - 1, "durch"))
           || (m->b >= 2 && tok_word(x, m->b - 2, "durch") && TK(x, m->b - 1)->type == TOK_WORD
               && !(TK(x, m->b - 1)->flags & TOK_CAP));
}

/* 1 when mention m is the goal of a way or journey named by the noun
 * before its "nach" ("auf dem Weg nach X", "auf seiner Reise nach X"). */
static int way_to(extractor_impl_t *x, const mention_t *m)
{
    if (m->prep != P_NACH || m->b < 2 || !tok_word(x, m->b - 1, "nach")) return 0;
    size_t n = m->b - 2;
    return (TK(x, n)->flags & TOK_CAP) && (tok_cue(x, n, CUE_WAYNOUN) || rules_event_noun(x, n));
}

/* A page's list of visits: "Hochrangige Besuche (in Chile): A (2016), B
 * (2013)" - the persons listed after a colon right after the noun -, and
 * "Zu den Besuchen gehörten die von A und B" - the persons after "die
 * von", the noun left out.  The list into v->va, v->vb; 1 when found. */
static int listed_visitors(extractor_impl_t *x, const sctx_t *c, size_t p, size_t scope_b, visit_t *v)
{
    /* the colon closes the noun's scope: looked for up to the sentence end */
    size_t colon = 0;
    for (size_t q = p + 1; q < c->hi && q <= p + 5 && !colon; q++)
        if (tok_punct(x, q, ':')) colon = q;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= p || !usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int after_colon = colon && m->b > colon && m->b <= colon + 3 && m->prep == P_NONE;
        int ellipsis = m->prep == P_VON && m->b >= p + 3 && m->b < scope_b && tok_word(x, m->b - 1, "von")
                       && (tok_word(x, m->b - 2, "die") || tok_word(x, m->b - 2, "der")
                           || tok_word(x, m->b - 2, "den"));
        if (!after_colon && !ellipsis) continue;
        v->va = k;
        v->vb = list_end(x, k, c->m1);
        return 1;
    }
    return 0;
}

/* The visitors of trigger t into v->va, v->vb (a list of mentions): for a
 * noun its genitive, possessive or clause subject; for a verb the
 * passive's von-agent or the subject.  1 when found, 0 when none (or the
 * trigger reports no visit). */
static int visit_visitors(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                          size_t ca, size_t cb, visit_t *v)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int have = 0;
    if (t->noun) {
        if (anaphoric(x, p, ca)) return 0;
        /* "X war Gast des Präsidenten": the genitive is the host */
        for (size_t k = c->m0; k < c->m1 && !T->guest; k++) {
            const mention_t *m = &x->men[k];
            if (m->b <= p || m->b > p + 4 || m->b >= scope_b) continue;
            if (usable(m) && m->prep == P_GEN && !m->member && !m->role
                && x->act[m->actor].kind == EV_KIND_INSTITUTION) {
                /* a body in the genitive is what is visited, not who */
                v->visited = m->actor;
                break;
            }
            if (through_place(x, m)) continue;
            if (usable(m) && (m->prep == P_GEN || m->prep == P_VON || m->prep == P_NONE)) {
                v->va = k; v->vb = list_end(x, k, c->m1); have = 1;
            }
            break;
        }
        if (!have) have = listed_visitors(x, c, p, scope_b, v);
        if (!have) {
            int q = possessive_before(x, p, c->m0, c->m1);
            if (q >= 0 && x->men[q].actor >= 0) { v->va = (size_t)q; v->vb = v->va + 1; have = 1; v->conf -= 0.1; }
        }
        if (!have) {
            /* a genitive name before it: "Nasarbajews Besuch" */
            for (size_t k = c->m0; k < c->m1; k++) {
                const mention_t *m = &x->men[k];
                if (m->e == p && usable(m) && x->act[m->actor].kind == EV_KIND_PERSON) {
                    v->va = k; v->vb = k + 1; have = 1;
                }
            }
        }
        if (!have) {
            int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
            if (q >= 0 && x->act[x->men[q].actor].kind != EV_KIND_STATE) {
                v->va = (size_t)q; v->vb = list_end(x, v->va, c->m1); have = 1; v->conf -= 0.05;
                if (x->men[q].type == MT_PRON) v->conf -= 0.05;
            }
        }
    } else {
        /* "hält sich in X auf": only reflexive "aufhalten" is a stay */
        if (T->particle >= 0) {
            size_t pl;
            const char *ps = lexicon_key_str(&x->lx, T->particle, &pl);
            if (pl == 3 && memcmp(ps, "auf", 3) == 0 && !in_range_word(x, ca, cb, (const char *const[]){ "sich", NULL }))
                return 0;
        }
        /* verbs: passive with a von-agent, else the subject */
        int pass = passive_clause(x, p, ca);
        for (size_t k = c->m0; k < c->m1 && !have && pass; k++) {
            const mention_t *m = &x->men[k];
            if (m->b >= ca && m->b < cb && usable(m) && m->prep == P_VON) {
                v->va = k; v->vb = list_end(x, k, c->m1); have = 1; v->passive = 1;
            }
        }
        if (!have) {
            int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
            /* who travels is a person or a body, not a place */
            if (q >= 0 && !x->men[q].place
                && (T->cls != TR_TRAVEL || x->act[x->men[q].actor].kind != EV_KIND_STATE)) {
                v->va = list_start(x, (size_t)q, c->m0); v->vb = list_end(x, (size_t)q, c->m1); have = 1;
            }
        }
    }
    return have;
}

/* 1 when sentence c names body a as a memorial, museum or place of
 * worship: a noun of cues.tsv role site in its mention or one of the two
 * words before it ("die Holocaust-Gedenkstätte Yad Vashem"). */
static int site_named(const extractor_impl_t *x, const sctx_t *c, int32_t a)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor != a) continue;
        for (size_t i = m->b >= c->lo + 2 ? m->b - 2 : c->lo; i < m->e; i++)
            if (TK(x, i)->type == TOK_WORD && (TK(x, i)->flags & TOK_CAP) && tok_cue(x, i, CUE_SITE)) return 1;
    }
    return 0;
}

/* The destination of the visit into v->dst (a state, or a person visited)
 * and v->place, the body or person visited into v->visited, and
 * v->meet_only when a body of no state was visited (a meeting only).  1
 * to go on, 0 when the visit has no destination to give, -1 out of memory. */
static int visit_destination(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                             size_t ca, size_t cb, visit_t *v)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    v->dst = -1;
    v->place = NULL;
    v->nach = 0;
    size_t da = t->noun ? p : ca, db = t->noun ? scope_b : cb;
    /* "Nach einem Besuch in Moskau reiste X nach Peking": a verb of
     * motion goes where its "nach" after it points */
    for (size_t k = c->m0; k < c->m1 && v->dst < 0 && !t->noun && T->cls == TR_TRAVEL; k++) {
        const mention_t *m = &x->men[k];
        if (k >= v->va && k < v->vb) continue;
        if (m->b <= p || m->b >= db || !usable(m) || m->prep != P_NACH) continue;
        if (x->act[m->actor].kind == EV_KIND_PERSON) continue;
        v->dst = m->actor;
        v->place = m->place;
    }
    /* "Berlin (dpa) – Merkel ist nach Paris gereist": the dateline says
     * where the report comes from; it is the destination only when the
     * clause names no other (dateline_dst, after the object) */
    size_t dateline_k = SIZE_MAX;
    for (size_t k = c->m0; k < c->m1 && v->dst < 0; k++) {
        const mention_t *m = &x->men[k];
        if (k >= v->va && k < v->vb) continue;
        if (m->b < da || m->b >= db || !usable(m)) continue;
        if (m->dateline) { dateline_k = k; continue; }
        /* "Auf dem Weg nach Berlin traf er in Warschau ein": where one was
         * going, not where the verb arrived */
        if (!t->noun && way_to(x, m)) continue;
        /* "fuhr ins Bundeskanzleramt": a building across town, no journey */
        if (T->cls == TR_TRAVEL && m->prep == P_IN && !m->place && x->act[m->actor].kind == EV_KIND_INSTITUTION)
            continue;
        /* "Nach Tina Maze landete ...": one travels to a place, not a person */
        if (((m->prep == P_IN || m->prep == P_NACH) && x->act[m->actor].kind != EV_KIND_PERSON)
            || (t->noun && through_place(x, m))) {
            v->dst = m->actor;
            v->place = m->place;
            v->nach = m->prep == P_NACH;
        }
    }
    if (v->dst < 0 && t->noun && !(x->men[v->va].prep == P_GEN && x->men[v->va].b > p)) {
        /* "hat in Ecuador seine Reise begonnen": a place before the noun,
         * not a journey's goal ("Auf seiner Reise nach Berlin machte er in
         * Warschau Halt") */
        for (size_t k = c->m0; k < c->m1 && v->dst < 0; k++) {
            const mention_t *m = &x->men[k];
            if (k >= v->va && k < v->vb) continue;
            if (m->b < ca || m->b >= p || !usable(m)) continue;
            if (m->dateline) { dateline_k = k; continue; }
            if ((m->prep == P_IN || m->prep == P_NACH) && !way_to(x, m)) { v->dst = m->actor; v->place = m->place; }
        }
    }
    int from_object = 0;
    if (T->cls != TR_TRAVEL) {
        /* the object of the verb, or the subject of the passive; a dative
         * object with "einen Besuch abstatten" (a verb of motion has none:
         * "kam Nadal ein Schritt näher" goes nowhere).  With the v->place
         * already named, a person or body as object is the one v->visited
         * ("hatte Erdoğan in Istanbul besucht": a meeting too). */
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (k >= v->va && k < v->vb) continue;
            /* "stattete der Mongolei einen Besuch ab": a dative "der" */
            int dat = m->prep == P_GEN && t->noun && m->b > ca && m->b < p && tok_word(x, m->b - 1, "der")
                      && paying_visit(x, p);
            if (m->b < ca || m->b >= cb || !usable(m) || (m->prep != P_NONE && !dat) || m->member) continue;
            /* a noun's object is a state, or with "einen Besuch abstatten"
             * the person or body v->visited ("hat Bundespräsident X einen
             * Besuch abgestattet": a visit to X's state and a meeting) */
            if (t->noun && x->act[m->actor].kind != EV_KIND_STATE && !paying_visit(x, p)) continue;
            if (!(v->passive || !t->noun || m->b < p)) continue;
            if (v->dst < 0) {
                v->dst = m->actor;
                v->place = m->place;
                from_object = 1;
                v->obj_k = k;
                v->obj_e = list_end(x, k, c->m1);
            } else if (!t->noun && !v->passive && T->cls == TR_VISIT && v->visited < 0 && !m->place
                       && x->act[m->actor].kind != EV_KIND_STATE) {
                v->visited = m->actor;
            }
            break;
        }
    }
    /* "zugunsten von Chile und Peru, die er im Januar 2018 besuchte": the
     * relative pronoun is the object, its antecedent (a list too) the
     * destination */
    if (v->dst < 0 && !t->noun && T->cls == TR_VISIT) {
        int ro = relative_object(x, c->m0, c->m1, p);
        if (ro >= 0 && x->act[x->men[ro].actor].kind == EV_KIND_STATE) {
            size_t f = (size_t)ro;
            while (f > c->m0 && x->men[f - 1].list == x->men[ro].list) f--;
            v->dst = x->men[f].actor;
            v->place = x->men[f].place;
            from_object = 1;
            v->obj_k = f;
            v->obj_e = (size_t)ro + 1;
        }
    }
    /* "nach einem Besuch bei Präsident Putin in Moskau": the one visited
     * is met, wherever the visit went */
    /* "nach einem Besuch bei Präsident Putin": the one visited */
    int32_t host = bei_actor(x, c, da, db, v->va, v->vb, -1);
    if (host < 0 && T->guest) host = guest_host(x, c, t, v, db);
    if (v->dst < 0 && host >= 0 && x->act[host].kind == EV_KIND_PERSON) v->dst = host;
    else if (host >= 0 && v->visited < 0 && x->act[host].kind != EV_KIND_PERSON) v->visited = host;
    else if (host >= 0 && v->dst >= 0 && x->act[v->dst].kind != EV_KIND_PERSON) v->visited = host;
    if (v->dst < 0 && v->visited >= 0 && state_of(x, v->visited) >= 0) v->dst = state_of(x, v->visited);
    if (v->dst < 0 && t->noun && t->pre_state >= 0) {
        /* "der Hannover-Besuch von US-Präsident Obama" */
        v->dst = dactor_lex(x, t->pre_state);
        if (v->dst < 0) return -1;
        v->place = t->pre_place;
    }
    if (v->dst < 0 && dateline_k != SIZE_MAX) {
        v->dst = x->men[dateline_k].actor;
        v->place = x->men[dateline_k].place;
    }
    /* one travels to a state: "im State Department" is a place in its
     * state; a body v->visited ("besuchte den Kongress") is also met */
    v->meet_only = 0;
    if (v->dst >= 0 && x->act[v->dst].kind != EV_KIND_STATE && x->act[v->dst].kind != EV_KIND_PERSON) {
        int32_t ds = state_of(x, v->dst);
        if (from_object && !v->passive && v->visited < 0 && x->act[v->dst].kind == EV_KIND_INSTITUTION) v->visited = v->dst;
        if (ds < 0 && v->visited < 0) return 0;
        if (ds < 0) v->meet_only = 1;
        v->dst = ds >= 0 ? ds : v->visited;
    }
    /* "besuchte die Gedenkstätte Yad Vashem": a memorial or museum is
     * visited, not met; without a state of its own, no visit either */
    if (v->visited >= 0 && site_named(x, c, v->visited)) {
        if (v->meet_only) return 0;
        v->visited = -1;
    }
    /* a site's name read as a person's ("die Gedenkstätte Yad Vashem"):
     * no one to meet; the visit goes where the clause or dateline says */
    if (v->dst >= 0 && x->act[v->dst].kind == EV_KIND_PERSON && site_named(x, c, v->dst)) {
        v->dst = x->scene >= 0 ? state_of(x, x->scene) : -1;
        v->place = x->scene >= 0 ? x->scene_place : NULL;
        if (v->dst < 0) return 0;
    }
    /* "war eigens angereist": arrived where the report comes from */
    if (v->dst < 0 && !t->noun && x->scene >= 0 && arrival_verb(x, p)) {
        v->dst = state_of(x, x->scene);
        v->place = x->scene_place;
    }
    return 1;
}

/* The visit of visitor k (and the meetings it implies) for trigger t;
 * count: how many visits the noun tells, implicit: the destination is the
 * other side of a bilateral text. */
static int visit_emit_one(extractor_impl_t *x, const sctx_t *c, const trig_t *t, const visit_t *v, size_t k,
                          size_t scope_b, size_t ca, size_t cb, int count, int implicit, vdates_t *vd,
                          int32_t tid)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    const mention_t *m = &x->men[k];
    if (!usable(m) && !(m->type == MT_POSS && m->actor >= 0 && v->vb == v->va + 1)) return DN_OK;
    int32_t d = v->dst;
    double cf = v->conf;
    /* "kam nach Deutschland" is often a migrant's story: a weak verb
     * of motion (confidence below 0.75) needs a traveller in office */
    if (T->cls == TR_TRAVEL && T->conf < 0.75 && m->actor >= 0
        && x->act[m->actor].kind == EV_KIND_PERSON && !x->act[m->actor].office && x->act[m->actor].lex < 0)
        return DN_OK;
    /* a stay of someone who fled is exile */
    if (T->cls == TR_TRAVEL && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON
        && x->act[m->actor].fled)
        return DN_OK;
    if (implicit) {
        d = other_side(x, m->actor);
        cf = v->conf - 0.25;
        if (T->cls == TR_RETURN) cf = v->conf - 0.15;
    }
    dlist_t dl;
    visitor_dates(x, c, v->va, v->vb, k, p, t->noun ? scope_b : cb, ca, p, &dl, vd);
    if (!dl.n) onward_dates(x, c, m->actor, ca, cb, &dl);
    /* "zu einem zweitägigen Besuch": the clause read once per trigger */
    if (dl.n == 1 && dl.a[0].day && !dl.b[0].year) {
        if (vd->span_days < 0) vd->span_days = day_span_days(x, ca, cb);
        day_span_apply(&dl, vd->span_days);
    }
    size_t before = x->ncand;
    int rc = v->meet_only ? emit(x, m->actor, v->visited, EV_REL_MEETING, &dl, 1, v->place, c->s, cf - 0.05, tid)
                       : emit(x, m->actor, d, EV_REL_VISIT, &dl, count, v->place, c->s, cf, tid);
    if (rc) return rc;
    if (v->meet_only || x->ncand == before) return DN_OK;
    if (v->obj_e && (rc = visit_object_list(x, c, m->actor, v->obj_k, v->obj_e, &dl, cf, tid))) return rc;
    /* further "nach" phrases: of a verb of motion, or of a noun whose own
     * destination was one ("die Reise führte ihn nach A, B und zuletzt
     * nach C") */
    if (!implicit && ((T->cls == TR_TRAVEL && !t->noun) || (t->noun && v->nach && dates_in_clause(x, c, ca, cb) <= 1))
        && (rc = further_destinations(x, c, m->actor, d, ca, cb, &dl, cf, tid)))
        return rc;
    /* "waren zum Gipfel nach Astana gekommen": travel to the host state
     * of the text's summit, in its days, is taking part in it */
    if (T->cls == TR_TRAVEL && x->have_summit && d == x->sum_host && summit_time(x, &dl)
        && x->act[m->actor].kind == EV_KIND_PERSON && (rc = summit_attend(x, c, m->actor, cf - 0.1, tid, &dl)))
        return rc;
    if (k == v->va) x->ctx_visit = (int32_t)before;
    if (v->visited >= 0) {
        rc = emit(x, m->actor, v->visited, EV_REL_MEETING, &dl, 1, v->place, c->s, cf - 0.05, tid);
        if (rc) return rc;
    }
    /* a visit to a person is also a meeting with them */
    if (x->act[d].kind == EV_KIND_PERSON) {
        for (size_t q = before; q < x->ncand; q++) x->cand[q].dropped = 1;
        rc = emit(x, m->actor, d, EV_REL_MEETING, &dl, 1, v->place, c->s, cf, tid);
        if (rc) return rc;
        int32_t ds = state_of(x, d);
        if (ds >= 0) rc = emit(x, m->actor, ds, EV_REL_VISIT, &dl, 1, v->place, c->s, cf - 0.1, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* The guests [v->va, v->vb) of the summit the text tells of attend it. */
static int guests_of_summit(extractor_impl_t *x, const sctx_t *c, const visit_t *v, size_t ca, size_t cb,
                            int32_t tid)
{
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0) && x->sum_a.year) dl_add(&dl, x->sum_a, x->sum_b);
    for (size_t k = v->va; k < v->vb; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = summit_attend(x, c, m->actor, v->conf, tid, &dl);
        if (rc) return rc;
    }
    return DN_OK;
}

/* 1 when clause [ca, cb) travels "zur"/"zum" a summit's or meeting's
 * noun ("zur Sitzung", "zum Gipfeltreffen"). */
static int to_a_meeting(extractor_impl_t *x, size_t ca, size_t cb)
{
    for (size_t i = ca; i + 1 < cb; i++) {
        if (!tok_word(x, i, "zur") && !tok_word(x, i, "zum")) continue;
        for (size_t k = i + 1; k < cb && k <= i + 2; k++) {
            int noun = 0;
            int32_t tr = trigger_at(x, k, &noun);
            int cls = tr >= 0 ? (int)x->lx.trig[tr].cls : -1;
            if (noun && (cls == TR_SUMMIT || cls == TR_MEETING)) return 1;
        }
    }
    return 0;
}

/* 1 when a form of "machen" stands in tokens [a, b) of the parsed
 * sentence (grammar layer; without it, 0). */
static int made_in(const extractor_impl_t *x, size_t a, size_t b)
{
    if (!gram_clause(x, a)) return 0;
    for (size_t i = a; i < b; i++) {
        const char *lm = clause_tok(&x->cr, i)->lemma;
        if (lm && strcmp(lm, "machen") == 0) return 1;
    }
    return 0;
}

int frame_visit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                size_t ca, size_t cb, int32_t tid)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    /* "machte Station in Peking" is a stop on a journey; a "Station" in a
     * name or of a railway is not */
    /* the trigger's own word, not the token's: compounds ("Sachverhalt")
     * end in it too */
    if (t->noun && cues_match(&x->cues, T->word, strlen(T->word), CUE_STOPNOUN, 0) && !made_in(x, ca, cb))
        return DN_OK;
    visit_t v = { 0, 0, T->conf, 0, -1, -1, NULL, 0, 0, 0, 0 };
    if (!visit_visitors(x, c, t, scope_b, ca, cb, &v)) return DN_OK;
    int rd = visit_destination(x, c, t, scope_b, ca, cb, &v);
    if (rd < 0) return DN_ENOMEM;
    if (rd == 0) return DN_OK;
    int implicit = v.dst < 0;
    /* "Unter den Gästen waren A, B und C", "Zur Sitzung waren zudem A
     * und B angereist": the guests of the summit the text tells of */
    if (implicit && x->have_summit && (T->guest || (T->cls == TR_TRAVEL && to_a_meeting(x, ca, cb))))
        return guests_of_summit(x, c, &v, ca, cb, tid);
    /* only a word that means a visit abroad implies the other side */
    if (implicit && T->conf < 0.85) return DN_OK;
    int count = t->noun ? count_before(x, p, ca) : 1;
    vdates_t vd;
    vd.any_paren = -1;
    vd.shared = 0;
    vd.span_days = -1;
    for (size_t k = v.va; k < v.vb; k++) {
        int rc = visit_emit_one(x, c, t, &v, k, scope_b, ca, cb, count, implicit, &vd, tid);
        if (rc) return rc;
    }
    if (t->noun) {
        int rc = speech_before(x, c, v.va, v.vb, p, scope_b, tid);
        if (rc) return rc;
    }
    return DN_OK;
}
