/* frame_meeting: the meeting frame ("A traf B", "Gespräche mit A, B
 * und C", "B wurde von A empfangen", "die Außenminister beider Länder
 * trafen sich"), the participation frame ("nahm am Treffen teil", "An dem
 * Gespräch nahmen auch X teil") and the host frame ("Gastgeber X").  A
 * meeting abroad also makes the guest a visitor of the host's state. */
#include "extract/frame_meeting.h"

#include <stdlib.h>
#include <string.h>

#include "extract/candidate.h"
#include "extract/clauses.h"
#include "extract/evdates.h"
#include "extract/frame_ceremony.h"
#include "extract/frame_speech.h"
#include "extract/frame_summit.h"
#include "extract/mention_words.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/triggers.h"
#include "extract/voice.h"
#include "util/diag.h"

/* The partners of a meeting trigger as frame_meeting finds them. */
typedef struct {
    int32_t part[32];         /* the partners' actors */
    int np;
    const char *place;        /* the place an in-phrase names, or NULL */
    int place_dateline;       /* ... the dateline's, kept only when no other */
    int with, between;        /* partners named with "mit", "zwischen" */
    int gen_first;            /* part[0] is the noun's genitive or von: the one
                                 whose meeting it is ("Treffen des X mit Y") */
    size_t a, b;              /* tokens where the partners are looked for */
} meet_t;

static int clause_has_class(extractor_impl_t *x, size_t a, size_t b, tr_class_t cls);

/* The state a meeting takes place in ("in Jordanien", "in Peking"), from
 * the trigger's scope, else its clause; -1 when not said.  The dateline's
 * place only when the clause names no other ("Panama-Stadt (dpa) - A und
 * B hatten sich 2013 in Johannesburg begrüßt"). */
static int32_t meeting_host(extractor_impl_t *x, const sctx_t *c, size_t a, size_t b,
                            size_t ca, size_t cb, const char **place)
{
    for (int pass = 0; pass < 3; pass++) {
        size_t lo = pass ? ca : a, hi = pass ? cb : b;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b < lo || m->b >= hi || m->actor < 0 || m->type != MT_ENTITY) continue;
            if (m->dateline && pass < 2) continue;
            /* "traf X, nachdem sie in Sotschi ...": another clause's place */
            if (m->prep != P_IN || m->hidden) continue;
            if (!m->place && x->act[m->actor].kind != EV_KIND_STATE) continue;
            if (place_is_topic(x, m->b, lo)) continue;
            if (m->place && !*place) *place = m->place;
            return state_of(x, m->actor);
        }
    }
    return -1;
}

/* "über den Handelsstreit mit den USA", "die Beziehungen zu/mit X": a
 * mit-phrase after a noun of conflict or relations belongs to that noun. */
static int relation_noun_before(const extractor_impl_t *x, size_t b, size_t lo)
{
    size_t k = b;
    /* "mit" and its article */
    while (k > lo && (TK(x, k - 1)->type == TOK_WORD) && !(TK(x, k - 1)->flags & TOK_CAP)) {
        k--;
        if (tok_word(x, k, "mit") || tok_word(x, k, "zwischen")) break;
    }
    if (k <= lo || !(tok_word(x, k, "mit") || tok_word(x, k, "zwischen"))) return 0;
    const text_tok_t *n = TK(x, k - 1);
    if (n->type != TOK_WORD || !(n->flags & TOK_CAP)) return 0;
    char buf[64];
    size_t len = n->len < sizeof buf - 1 ? n->len : sizeof buf - 1;
    for (size_t q = 0; q < len; q++) {
        unsigned char ch = (unsigned char)x->doc.s[n->off + q];
        buf[q] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    }
    return cues_match(&x->cues, buf, len, CUE_RELNOUN, 0);
}

/* A form of "sprechen" (sprach, spricht, gesprochen): a meeting only
 * with "mit". */
static int speak_verb(const extractor_impl_t *x, const char *w)
{
    return cues_match(&x->cues, w, strlen(w), CUE_SPEAKVERB, 0);
}

/* "A und B wurden in Neu-Delhi empfangen", no host named: the guests
 * visited the state of the place. */
static int received_guests(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, double conf,
                           int32_t tid)
{
    int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (sq < 0) return DN_OK;
    const char *place = NULL;
    int32_t host = meeting_host(x, c, ca, cb, ca, cb, &place);
    if (host < 0) return DN_OK;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
    size_t e = list_end(x, (size_t)sq, c->m1);
    for (size_t k = (size_t)sq; k < e; k++) {
        if (!usable(&x->men[k])) continue;
        int rc = visit_host(x, x->men[k].actor, host, &dl, place, c->s, conf - 0.15, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* A chaired meeting: its participants (the subject's list, those "mit"
 * or "zwischen") meet the chair, not each other; from abroad they visit
 * the state it is held in. */
static int chaired_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                           int chair, int32_t tid)
{
    int32_t ch = x->men[chair].actor;
    int32_t who[32];
    int n = 0;
    int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (sq >= 0 && sq != chair) {
        size_t e = list_end(x, (size_t)sq, c->m1);
        for (size_t k = (size_t)sq; k < e && n < 32; k++)
            if (usable(&x->men[k]) && (int)k != chair) who[n++] = x->men[k].actor;
    }
    int32_t mit_list = -1;
    for (size_t k = c->m0; k < c->m1 && n < 32; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || (int)k == chair) continue;
        /* "die Zusammenarbeit zwischen A und B": the noun's, not the talks' */
        if ((m->prep == P_MIT || m->prep == P_ZWISCHEN) && relation_noun_before(x, m->b, ca)) continue;
        if (m->prep == P_MIT || m->prep == P_ZWISCHEN || (m->prep == P_OTHER && m->b > 0 && tok_word(x, m->b - 1, "neben"))) {
            who[n++] = m->actor;
            mit_list = m->list;
        } else if (m->prep == P_NONE && mit_list >= 0 && m->list == mit_list) {
            /* "mit den Parteiführern A, B und C": the whole list */
            who[n++] = m->actor;
        }
    }
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
    const char *place = NULL;
    int32_t host = meeting_host(x, c, ca, cb, ca, cb, &place);
    double conf = x->lx.trig[t->tr].conf - 0.1;
    /* "Das Treffen unter dem Vorsitz von X": the text's gathering, whose
     * later participants ("nahmen teil") meet X */
    if (t->noun && x->act[ch].kind == EV_KIND_PERSON) {
        set_host(x, ch);
        if (host >= 0) { x->sum_host = host; x->sum_place = place; }
        if (dl.n && !x->sum_a.year) { x->sum_a = dl.a[0]; x->sum_b = dl.b[0]; }
    }
    for (int i = 0; i < n; i++) {
        if (who[i] == ch) continue;
        int rc = emit(x, who[i], ch, EV_REL_MEETING, &dl, 1, place, c->s, conf, tid);
        if (!rc && host >= 0) rc = visit_host(x, who[i], host, &dl, place, c->s, conf - 0.1, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* 1 when "vor" at i is followed by the audience of a summit ("vor den
 * Delegierten", "vor den Gipfelteilnehmern", "vor dem Plenum"). */
static int summit_audience(const extractor_impl_t *x, size_t i, size_t cb)
{
    if (!tok_word(x, i, "vor")) return 0;
    for (size_t j = i + 1; j < cb && j <= i + 3; j++)
        if (tok_cue(x, j, CUE_AUDIENCE)) return 1;
    return 0;
}

/* "A, B und C sprachen vor den Delegierten": at the text's summit, the
 * speakers take part in it.  1 when the clause was such a speech. */
static int summit_speakers(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                           int32_t tid, int *rc)
{
    *rc = DN_OK;
    if (t->noun || !x->have_summit || t->tok + 1 >= cb || !summit_audience(x, t->tok + 1, cb)) return 0;
    int q = subject_in(x, c->m0, c->m1, ca, t->tok, 1);
    if (q < 0) return 1;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0) && x->sum_a.year) dl_add(&dl, x->sum_a, x->sum_b);
    size_t e = list_end(x, (size_t)q, c->m1);
    for (size_t k = (size_t)q; k < e && !*rc; k++)
        if (usable(&x->men[k]) && x->act[x->men[k].actor].kind == EV_KIND_PERSON)
            *rc = summit_attend(x, c, x->men[k].actor, x->lx.trig[t->tr].conf - 0.1, tid, &dl);
    return 1;
}

/* "die indisch-pakistanischen Gespräche in Lahore", "Treffen der
 * deutsch-russischen Regierungskommission": the two states of a bilateral
 * adjective near noun trigger t meet; the guest of a place in one of them
 * has visited it.  *done is set when such an adjective was found. */
static int bilateral_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                             const meet_t *g, double conf, int32_t tid, int *done)
{
    size_t p = t->tok;
    size_t a = g->a, b = g->b;
    for (size_t i = p > ca + 6 ? p - 6 : ca; i < p + 5 && i < cb; i++) {
        int32_t sa, sb;
        if (i == p || !mention_bilateral(x, i, &sa, &sb)) continue;
        int32_t da = dactor_lex(x, sa), db = dactor_lex(x, sb);
        *done = 1;
        if (da < 0 || db < 0) return DN_ENOMEM;
        dlist_t dl0;
        memset(&dl0, 0, sizeof dl0);
        if (!dates_in(x, c->s, a, b, c->m0, c->m1, &dl0, 0)) dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl0, 0);
        const char *pl = NULL;
        int32_t host = meeting_host(x, c, a, b, ca, cb, &pl);
        int rc = emit(x, da, db, EV_REL_MEETING, &dl0, 1, pl, c->s, conf - 0.1, tid);
        if (!rc && host == da) rc = emit(x, db, da, EV_REL_VISIT, &dl0, 1, pl, c->s, conf - 0.15, tid);
        if (!rc && host == db) rc = emit(x, da, db, EV_REL_VISIT, &dl0, 1, pl, c->s, conf - 0.15, tid);
        return rc;
    }
    return DN_OK;
}

/* 1 when a verb or auxiliary stands in (a, b): "Mit einem Staatsbankett
 * hat Präsident X ...": the name after the verb is the clause's subject,
 * not the noun's partner. */
static int verb_between(const extractor_impl_t *x, size_t a, size_t b)
{
    /* no parse: no verb known (a text whose first sentence asked here
     * before the parse once read unset tags and crashed) */
    return a < b && clause_verb_in(x, a + 1, b) == 1;
}

/* The partners after mit / zwischen, or genitive lists after a noun, and
 * the place an in-phrase names, into g. */
static void meeting_partners(extractor_impl_t *x, const sctx_t *c, const trig_t *t, meet_t *g)
{
    size_t p = t->tok;
    size_t a = g->a, b = g->b;
    g->with = g->between = g->gen_first = g->place_dateline = 0;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < a || m->b >= b || !usable(m)) continue;
        if (x->act[m->actor].kind == EV_KIND_PERSON && x->act[m->actor].kin) continue;
        if ((m->prep == P_MIT || m->prep == P_ZWISCHEN) && relation_noun_before(x, m->b, a)) continue;
        /* "begrüßte den Gast gemeinsam mit Draghi": a companion of the
         * subject, no one met (the companion rules give his meeting) */
        if (m->prep == P_MIT && companion(x, m, c->lo) == 1) continue;
        if (m->prep == P_MIT || m->prep == P_ZWISCHEN) {
            if (m->prep == P_ZWISCHEN) g->between = 1;
            g->with = 1;
            if (g->np < 32) g->part[g->np++] = m->actor;
        } else if (m->prep == P_IN && m->place) {
            if (!g->place || g->place_dateline) {
                g->place = m->place;
                g->place_dateline = m->dateline;
            }
        } else if (t->noun && !g->with
                   && ((g->np == 0 && m->b <= p + 4 && (m->prep == P_GEN || m->prep == P_VON || m->prep == P_NONE)
                        && !(m->prep == P_NONE && verb_between(x, p, m->b)))
                       || (g->np > 0 && k > c->m0 && m->list == x->men[k - 1].list))) {
            if (g->np == 0 && m->b > p && (m->prep == P_GEN || m->prep == P_VON)) g->gen_first = 1;
            if (g->np < 32) g->part[g->np++] = m->actor;
        } else if (t->noun && m->prep == P_IN && !m->place && x->act[m->actor].kind == EV_KIND_INSTITUTION
                   && g->np > 0) {
            /* "Treffen ... im Bundestag": the host body takes part */
            if (g->np < 32) g->part[g->np++] = m->actor;
        }
    }
}

/* The accusative object of a verb of meeting: "X traf Y", "X empfing Y",
 * "traf A, B und C" (the whole list), into g's partners. */
static void object_partners(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                            meet_t *g, int32_t owner)
{
    size_t p = t->tok;
    /* accusative object: "X traf Y", "X empfing Y" */
    int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
    /* after the verb first ("besuchte Wien und traf dort Kurz"),
     * before it only in a verb-final clause */
    for (int pass = 0; pass < 2 && g->np == 0; pass++) {
        /* before the verb the nearest first ("hatte Moldau besucht
         * und dort Recean getroffen") */
        for (size_t j = 0; j < c->m1 - c->m0; j++) {
            size_t k = pass == 0 ? c->m0 + j : c->m1 - 1 - j;
            const mention_t *m = &x->men[k];
            if ((int)k == sq || m->b < ca || m->b >= cb || !usable(m)) continue;
            if (pass == 0 ? m->b < p : m->b > p) continue;
            /* "begrüßte den Gast zu Beginn der Sitzung von Senat und
             * Repräsentantenhaus": a phrase's noun is no object */
            if (pass == 1 && gram_pp_conjunct(x, m->b)) continue;
            /* a co-subject is no object ("A und B wurden empfangen"), nor
             * a member of the subject's group ("die Gäste wurden
             * empfangen", "das Kaiserpaar") */
            if (sq >= 0 && m->list == x->men[sq].list && (m->type == MT_ENTITY || (m->group && m->b == x->men[sq].b)))
                continue;
            /* "Wiens Bürgermeister X empfing": an attribute of the subject */
            if (sq >= 0 && m->e == x->men[sq].b && m->type != MT_PRON) continue;
            if (m->prep == P_NONE && m->actor != owner) {
                /* "traf A, B und C": the whole list is met */
                size_t f = k;
                while (f > c->m0 && x->men[f - 1].list == m->list && x->men[f - 1].b >= ca) f--;
                size_t e = list_end(x, f, c->m1);
                for (size_t q = f; q < e && g->np < 32; q++)
                    if (usable(&x->men[q]) && x->men[q].actor != owner) g->part[g->np++] = x->men[q].actor;
                break;
            }
        }
    }
}

/* "Die USA und Russland haben in Genf verhandelt": states that hold talks
 * in a city of another state do so through their delegations, which
 * visit it (a verb of talks only: "Deutschland begrüßte das in Pretoria
 * unterzeichnete Abkommen" is no presence). */
static int states_negotiating_abroad(extractor_impl_t *x, const sctx_t *c, const lx_trigger_t *T, int32_t owner,
                                     int32_t host, const meet_t *g, const dlist_t *dl, double conf, int32_t tid)
{
    if (T->cls != TR_MEETING || !g->place || x->act[owner].kind != EV_KIND_STATE) return DN_OK;
    int rc = owner == host ? DN_OK : emit(x, owner, host, EV_REL_VISIT, dl, 1, g->place, c->s, conf - 0.2, tid);
    for (int k = 0; k < g->np && !rc; k++)
        if (x->act[g->part[k]].kind == EV_KIND_STATE && g->part[k] != host)
            rc = emit(x, g->part[k], host, EV_REL_VISIT, dl, 1, g->place, c->s, conf - 0.2, tid);
    return rc;
}

/* 1 when a mention without a preposition follows verb p in its clause
 * [.., cb), past the subject list ending at mention e: the verb's object
 * ("A und B treffen X"). */
static int object_after(const extractor_impl_t *x, const sctx_t *c, size_t p, size_t e, size_t cb)
{
    for (size_t k = e; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= cb) break;
        if (m->b > p && usable(m) && m->prep == P_NONE && m->type == MT_ENTITY) return 1;
    }
    return 0;
}

/* "A und B hatten sich in Johannesburg begrüßt": a reception verb with
 * "sich" is mutual - no host, no guest. */
static int reflexive_in(const extractor_impl_t *x, size_t ca, size_t cb)
{
    for (size_t i = ca; i < cb; i++)
        if (tok_word(x, i, "sich")) return 1;
    return 0;
}

/* 1 when a is one of the partners of g ("Netanjahu empfing die beiden":
 * the visit of one of them, told just before, dates the reception). */
static int guest_of(const meet_t *g, int32_t a)
{
    for (int k = 0; k < g->np; k++)
        if (g->part[k] == a) return 1;
    return 0;
}

/* 1 when the visit told in the sentence before dates the talks of this
 * clause, which name no date: "Dort kam er mit X zusammen", "Anschließend
 * traf er Y" (the owner's visit, no place of its own or the visit's), or
 * "X empfing die beiden" (the guests' visit to the host's state). */
static int visit_dates_talks(const extractor_impl_t *x, const sctx_t *c, const lx_trigger_t *T, size_t ca,
                             size_t cb, int32_t owner, const meet_t *g, int32_t host)
{
    const cand_t *cv = x->ctx_visit >= 0 && (size_t)x->ctx_visit < x->ncand ? &x->cand[x->ctx_visit] : NULL;
    if (!cv || cv->sent + 1 < c->s || cv->sent >= c->s) return 0;
    if (cv->src == owner) return host == cv->dst || (host < 0 && in_range_cue(x, ca, cb, CUE_THERE));
    return T->cls == TR_RECEIVE && guest_of(g, cv->src) && (host < 0 || host == cv->dst)
           && (state_of(x, owner) < 0 || state_of(x, owner) == cv->dst);
}

/* The first token of a mention of actor a in [ca, cb) of the sentence;
 * ca when none. */
static size_t partner_at(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, int32_t a)
{
    for (size_t k = c->m0; k < c->m1; k++)
        if (x->men[k].actor == a && x->men[k].b >= ca && x->men[k].b < cb) return x->men[k].b;
    return ca;
}

/* The meetings of a clause that names two dates or more, each with a city
 * of its own ("im Januar in Davos und im Mai in Sofia"): the owner meets
 * each partner on each date, at that date's city, and whoever is abroad
 * there visits its state.  1 when so (the rows are made), 0 when the
 * clause is not such, else an error. */
static int dated_places(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, int32_t owner,
                        const meet_t *g, int agent_host, double conf, int32_t tid)
{
    dlist_t all;
    memset(&all, 0, sizeof all);
    size_t pl[8], dt[8];
    int n = dates_with_places(x, c->s, ca, cb, c->m0, c->m1, &all, pl, dt, 8);
    if (n < 2) return 0;
    for (int k = 0; k < n; k++) {
        dlist_t one;
        memset(&one, 0, sizeof one);
        dl_add(&one, all.a[k], all.b[k]);
        const mention_t *pm = &x->men[pl[k]];
        int32_t host = state_of(x, pm->actor);
        int rc = agent_host || host < 0 ? DN_OK : visit_host(x, owner, host, &one, pm->place, c->s, conf - 0.15, tid);
        for (int q = 0; q < g->np && !rc; q++) {
            /* a partner named after one of the dates is met on that one
             * ("in Moskau mit A ... und tags darauf in Washington mit B") */
            size_t at = partner_at(x, c, ca, cb, g->part[q]);
            if (at > dt[0] && (at < dt[k] || (k + 1 < n && at >= dt[k + 1]))) continue;
            rc = emit(x, owner, g->part[q], EV_REL_MEETING, &one, 1, pm->place, c->s, conf, tid);
            if (!rc && host >= 0) rc = visit_host(x, g->part[q], host, &one, pm->place, c->s, conf - 0.15, tid);
        }
        if (rc) return rc;
    }
    return 1;
}

/* Subjects listed together meet each other ("A und B trafen sich"), into
 * g; hosts or guests of a reception do not ("A und B wurden in Delhi
 * empfangen"), nor do subjects who meet an object ("A, B und C treffen X
 * und Y"); the list's attributes ("Genscher (FDP) und ...") and
 * possessives are no members. */
static void co_subjects(const extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                        size_t sq, meet_t *g)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    size_t e = list_end(x, sq, c->m1);
    if (g->with || t->noun || (T->cls == TR_RECEIVE && !reflexive_in(x, ca, cb)) || object_after(x, c, t->tok, e, cb))
        return;
    for (size_t k = sq + 1; k < e && g->np < 32; k++)
        if (usable(&x->men[k])) g->part[g->np++] = x->men[k].actor;
}

/* A meeting with an owner (the possessive, the subject, the passive's
 * von-agent, or the visitor of the sentence before) and its partners: the
 * owner meets each; a guest received abroad has visited the host's state. */
static int owned_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                         meet_t *g, dlist_t *dl, double conf, int32_t tid)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    size_t a = g->a, b = g->b;
    int32_t owner = -1;
    int from_ctx = 0, agent_host = 0;
    /* the owner: possessive, subject of the clause, or the visitor of
     * the visit the sentence is about ("während dessen Gespräche") */
    int q = possessive_before(x, p, c->m0, c->m1);
    if (q >= 0) owner = x->men[q].actor;
    /* "ein Treffen des X mit Y", "nach dem Treffen von X mit Y sagte Z":
     * the noun's genitive meets the "mit", not the clause's subject */
    if (owner < 0 && t->noun && g->with && g->gen_first && g->np >= 2) {
        owner = g->part[0];
        memmove(g->part, g->part + 1, (size_t)(g->np - 1) * sizeof *g->part);
        g->np--;
    }
    size_t subj_k = 0, subj_e = 0;   /* the subject's list, for the passive */
    if (owner < 0) {
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        if (sq >= 0) {
            owner = x->men[sq].actor;
            subj_k = (size_t)sq;
            subj_e = list_end(x, (size_t)sq, c->m1);
            co_subjects(x, c, t, ca, cb, (size_t)sq, g);
        }
    }
    if (!t->noun && !g->with && g->np == 0 && passive_clause(x, p, ca)) {
        /* passive: "Y wurde von X empfangen": X is the host, the
         * subject the guest */
        for (size_t k = c->m0; k < c->m1; k++)
            if (x->men[k].b >= ca && x->men[k].b < cb && usable(&x->men[k]) && x->men[k].prep == P_VON
                && x->men[k].actor != owner) {
                if (owner >= 0) g->part[g->np++] = owner;
                /* "A und B werden von X begrüßt": every subject is received */
                for (size_t j = subj_k + 1; j < subj_e && g->np < 32; j++)
                    if (usable(&x->men[j]) && x->men[j].actor != x->men[k].actor) g->part[g->np++] = x->men[j].actor;
                owner = x->men[k].actor;
                agent_host = T->cls == TR_RECEIVE;
                break;
            }
    }
    if (owner < 0 && x->ctx_visit >= 0 && (size_t)x->ctx_visit < x->ncand) {
        const cand_t *v = &x->cand[x->ctx_visit];
        if (v->sent + 1 >= c->s) {
            owner = v->src;
            from_ctx = 1;
            conf -= 0.05;
        }
    }
    if (!t->noun && !g->with && owner >= 0 && g->np == 0) {
        /* "Y, die/den er traf": the relative pronoun is the object,
         * its antecedent the one met */
        int ro = relative_object(x, c->m0, c->m1, p);
        if (ro >= 0 && x->men[ro].actor != owner) g->part[g->np++] = x->men[ro].actor;
    }
    if (!t->noun && !g->with && owner >= 0 && g->np == 0)
        object_partners(x, c, t, ca, cb, g, owner);
    if (owner < 0 && g->np >= 2 && (g->between || !g->with)) {
        /* "ein Treffen zwischen A und B" (not "mit A und B", whose
         * other side is unknown) */
        owner = g->part[0];
        memmove(g->part, g->part + 1, (size_t)(g->np - 1) * sizeof *g->part);
        g->np--;
    }
    if (g->np == 0 && T->cls == TR_RECEIVE && passive_clause(x, p, ca))
        return received_guests(x, c, ca, cb, conf, tid);
    static const char *const MIT[] = { "mit", NULL };
    if (owner >= 0 && g->np == 0 && x->act[owner].kind == EV_KIND_PERSON
        && (T->cls == TR_RECEIVE || (T->cls == TR_MEETING && !t->noun && in_range_word(x, p, cb, MIT)))) {
        /* "hat die Spitzen der nordischen Länder empfangen", "beriet mit
         * Staatschefs der Region": the guests may be named next ("Zu dem
         * Treffen waren A und B gereist", "An dem Treffen nahmen A und B
         * teil") */
        x->open_host = owner;
        x->open_host_sent = c->s;
        dlist_t od = *dl;
        if (!od.n) dates_in(x, c->s, ca, cb, c->m0, c->m1, &od, 0);
        memset(&x->open_host_a, 0, sizeof x->open_host_a);
        x->open_host_b = x->open_host_a;
        if (od.n) { x->open_host_a = od.a[0]; x->open_host_b = od.b[0]; }
        const char *opl = NULL;
        x->open_host_where = meeting_host(x, c, a, b, ca, cb, &opl);
        /* "beriet in Prag mit Staatschefs der Region": he was there */
        if (x->open_host_where >= 0 && T->cls == TR_MEETING) {
            int rc = visit_host(x, owner, x->open_host_where, &od, opl, c->s, conf - 0.15, tid);
            if (rc) return rc;
        }
    }
    if (owner < 0 || g->np == 0) return DN_OK;
    /* "... stattete X Kasachstan einen Besuch ab. In Astana führte sie
     * Gespräche mit Y": the visit just told dates its talks */
    int32_t host = meeting_host(x, c, a, b, ca, cb, &g->place);
    if (!dates_in(x, c->s, a, b, c->m0, c->m1, dl, 0) && !dates_in(x, c->s, ca, cb, c->m0, c->m1, dl, 0)
        && (from_ctx || visit_dates_talks(x, c, T, ca, cb, owner, g, host))) {
        const cand_t *v = &x->cand[x->ctx_visit];
        dl_add(dl, v->start, v->end);
    }
    /* "hatten sich im Januar in Davos und im Mai in Sofia getroffen":
     * each date with its own city, one meeting and visit each */
    if (!t->noun) {
        int rc = dated_places(x, c, ca, cb, owner, g, agent_host, conf, tid);
        if (rc) return rc < 0 ? rc : DN_OK;
    }
    /* "traf in Jordanien König Abdullah II.": a partner with a
     * state's office whose state the text does not say is of the
     * host state */
    if (host >= 0 && owner >= 0 && state_of(x, owner) >= 0 && state_of(x, owner) != host)
        for (int k = 0; k < g->np; k++) {
            dactor_t *d = &x->act[g->part[k]];
            if (d->kind == EV_KIND_PERSON && d->lex < 0 && d->state < 0 && d->office)
                d->host_state = host;
        }
    if (host >= 0) {
        /* a host receives at home: "reist nach einem Besuch in Moskau
         * weiter und wird von Tokajew empfangen" does not take Tokajew
         * to Moscow */
        int rc = agent_host ? DN_OK : visit_host(x, owner, host, dl, g->place, c->s, conf - 0.15, tid);
        if (!rc) rc = states_negotiating_abroad(x, c, T, owner, host, g, dl, conf, tid);
        if (rc) return rc;
    }
    for (int k = 0; k < g->np; k++) {
        int rc = emit(x, owner, g->part[k], EV_REL_MEETING, dl, 1, g->place, c->s, conf, tid);
        if (rc) return rc;
        if (host >= 0 && (rc = visit_host(x, g->part[k], host, dl, g->place, c->s, conf - 0.15, tid)))
            return rc;
        /* a guest received by a host abroad has visited the host's
         * state; not one met "mit" another verb of the clause ("wurde
         * empfangen und führte Gespräche mit X") */
        if (T->cls == TR_RECEIVE && !g->with && !reflexive_in(x, ca, cb)) {
            int32_t hs = state_of(x, owner), gs = state_of(x, g->part[k]);
            if (host < 0 && at_summit(x, dl)) hs = x->sum_host;
            if (hs >= 0 && gs >= 0 && hs != gs && hs != host)
                rc = emit(x, g->part[k], hs, EV_REL_VISIT, dl, 1, g->place, c->s, conf - 0.2, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* "Zu dem Treffen waren A und B gereist", "zum Gipfel angereist": the
 * meeting noun t is where the clause's travellers go. */
static int travel_to_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca)
{
    size_t p = t->tok;
    if (!t->noun || p < ca + 1) return 0;
    int zu = (p >= ca + 2 && (tok_word(x, p - 1, "dem") || tok_word(x, p - 1, "der"))
              && tok_word(x, p - 2, "zu"))
             || tok_word(x, p - 1, "zum") || tok_word(x, p - 1, "zur");
    return zu && clause_has_class(x, ca, c->hi, TR_TRAVEL);
}

/* Travellers to a meeting are its guests, not partners of each other:
 * they meet the host who received the guests the sentence before did
 * not name, if any. */
static int guests_of_open_host(extractor_impl_t *x, const sctx_t *c, size_t ca, const dlist_t *dl, double conf,
                               int32_t tid)
{
    if (x->open_host < 0 || x->open_host_sent + 1 < c->s) return DN_OK;
    int sq = subject_in(x, c->m0, c->m1, ca, c->hi, 1);
    if (sq < 0) return DN_OK;
    dlist_t d = *dl;
    if (!d.n && x->open_host_a.year) dl_add(&d, x->open_host_a, x->open_host_b);
    /* the list runs past the noun's scope (hidden there), as the travel
     * verb's subject does */
    for (size_t k = list_start(x, (size_t)sq, c->m0), e = list_end(x, (size_t)sq, c->m1); k < e; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || m->actor == x->open_host) continue;
        int rc = emit(x, x->open_host, m->actor, EV_REL_MEETING, &d, 1, NULL, c->s, conf - 0.15, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* The clause of noun t tells who takes part in it: a verb of taking part
 * in its clause, or, for "An den Beratungen ... nahmen A, B, C ... teil",
 * in the rest of the sentence (the particle after the whole list). */
static int takes_part_in(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb)
{
    if (clause_has_class(x, ca, cb, TR_PARTICIPATE)) return 1;
    size_t p = t->tok;
    int an = p >= 2 && tok_word(x, p - 2, "an")
             && (tok_word(x, p - 1, "den") || tok_word(x, p - 1, "dem") || tok_word(x, p - 1, "der"));
    return an && clause_has_class(x, cb, c->hi, TR_PARTICIPATE);
}

/* A meeting noun with its participants listed (or the clause's subjects
 * meeting): each pair of the two sides meets; those from abroad visit the
 * host state; talks abroad with no partner are a visit there. */
static int listed_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                          meet_t *g, dlist_t *dl, double conf, int32_t tid)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    size_t a = g->a, b = g->b;
    /* "bei einem Treffen der NATO-Außenminister sagte Rice": the subject
     * met the body named in the genitive */
    if (g->np == 1) {
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        /* also "beim Empfang durch König X sprach Y": the receiving host
         * and the clause's subject */
        if (sq >= 0 && x->men[sq].actor != g->part[0] && x->act[x->men[sq].actor].kind == EV_KIND_PERSON
            && (x->act[g->part[0]].kind != EV_KIND_PERSON || T->cls == TR_RECEIVE)
            && list_end(x, (size_t)sq, c->m1) == (size_t)sq + 1) {
            g->part[1] = x->men[sq].actor;
            g->np = 2;
        }
    }
    /* "Staatsbesuch von X in der Schweiz; Empfang durch Bundespräsidentin
     * Y in Bern": with no subject, the one received is the visitor just
     * told, on the visit's days */
    int from_visit = 0;
    if (g->np == 1 && T->cls == TR_RECEIVE && t->noun && subject_in(x, c->m0, c->m1, ca, cb, 1) < 0
        && x->ctx_visit >= 0 && (size_t)x->ctx_visit < x->ncand && x->cand[x->ctx_visit].sent + 1 >= c->s
        && x->cand[x->ctx_visit].src != g->part[0] && x->act[g->part[0]].kind == EV_KIND_PERSON) {
        g->part[1] = x->cand[x->ctx_visit].src;
        g->np = 2;
        from_visit = 1;
    }
    /* "A und B haben ihr Treffen ... genutzt", "A und B haben sich nach
     * Gesprächen geeinigt": the subjects meet */
    if (g->np < 2) {
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        if (sq >= 0) {
            size_t e = list_end(x, (size_t)sq, c->m1);
            g->np = 0;
            for (size_t k = (size_t)sq; k < e && g->np < 32; k++)
                if (usable(&x->men[k])) g->part[g->np++] = x->men[k].actor;
        }
    }
    /* "war zu Gesprächen in Teheran": talks abroad, with no partner
     * named, are a visit there */
    if (g->np == 1 && t->noun && !g->with && p > ca && tok_word(x, p - 1, "zu")) {
        const char *pl = NULL;
        int32_t host = meeting_host(x, c, a, b, a, b, &pl);
        int32_t st = state_of(x, g->part[0]);
        if (host >= 0 && st != host && x->act[g->part[0]].kind != EV_KIND_STATE
            && (st >= 0 || x->act[g->part[0]].titled)) {
            if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, dl, 0)) memset(dl, 0, sizeof *dl);
            return emit(x, g->part[0], host, EV_REL_VISIT, dl, 1, pl, c->s, conf - 0.15, tid);
        }
    }
    if (!g->with && travel_to_meeting(x, c, t, ca)) return guests_of_open_host(x, c, ca, dl, conf, tid);
    /* a noun with its participants listed: pair the two sides */
    if (g->np < 2) return DN_OK;
    /* "Zu dem Treffen waren A, B und C nach Washington gereist": those
     * who travel to a meeting are its guests, not partners of each other */

    if (!dates_in(x, c->s, a, b, c->m0, c->m1, dl, 0) && !dates_in(x, c->s, ca, p, c->m0, c->m1, dl, 1) && from_visit)
        dl_add(dl, x->cand[x->ctx_visit].start, x->cand[x->ctx_visit].end);
    int32_t st0 = state_of(x, g->part[0]);
    int two_sides = 0;
    for (int k = 1; k < g->np; k++)
        if (state_of(x, g->part[k]) >= 0 && st0 >= 0 && state_of(x, g->part[k]) != st0) two_sides = 1;
    /* "An einem Treffen nahmen A und B teil": those who take part, all
     * of one side as far as the text says, are no pair of partners; nor
     * are more than three, those at the text's summit ("An den Beratungen
     * nahmen A, B, C und D teil") or at a meeting told before ("An dem
     * Treffen nahmen A und B teil"): they attend it, never a clique
     * (frame_participate) */
    if (t->noun && takes_part_in(x, c, t, ca, cb)
        && (!two_sides || g->np > 3 || x->have_summit || tok_word(x, p - 1, "dem") || tok_word(x, p - 1, "den")))
        return DN_OK;
    for (int i = 0; i < g->np; i++)
        for (int j = i + 1; j < g->np; j++) {
            int32_t si = state_of(x, g->part[i]), sj = state_of(x, g->part[j]);
            if (two_sides && si == sj) continue;
            if (!two_sides && g->np > 3) continue;
            int rc = emit(x, g->part[i], g->part[j], EV_REL_MEETING, dl, 1, g->place, c->s, conf - 0.1, tid);
            if (rc) return rc;
        }
    int32_t host = meeting_host(x, c, a, b, ca, cb, &g->place);
    for (int i = 0; i < g->np && host >= 0; i++) {
        int rc = visit_host(x, g->part[i], host, dl, g->place, c->s, conf - 0.2, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "die Außenminister beider Länder", "beide Seiten", "Delegationen
 * beider Regierungen" in [a, b): the text's two sides act together. */
static int both_sides(const extractor_impl_t *x, size_t a, size_t b)
{
    if (x->side[0] < 0 || x->side[1] < 0) return 0;
    for (size_t i = a; i + 1 < b; i++)
        if ((tok_word(x, i, "beider") || tok_word(x, i, "beide")) && tok_cue(x, i + 1, CUE_SIDES)) return 1;
    return 0;
}

/* The text's two sides met: a meeting of the two states, and where the
 * clause places it in one of them, a visit of the other. */
static int sides_met(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, double conf, int32_t tid)
{
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
    const char *place = NULL;
    int32_t host = meeting_host(x, c, ca, cb, ca, cb, &place);
    int rc = emit(x, x->side[0], x->side[1], EV_REL_MEETING, &dl, 1, place, c->s, conf, tid);
    for (int k = 0; k < 2 && !rc && host >= 0; k++)
        if (host == x->side[1 - k]) rc = emit(x, x->side[k], host, EV_REL_VISIT, &dl, 1, place, c->s, conf - 0.05, tid);
    return rc;
}

/* "gab zu Ehren von X ein Staatsbankett", "ein Essen zu Ehren des
 * Gastes": the subject hosts the one honoured, whom the clause's meal or
 * banquet meets.  1 when the clause says so (*rc: DN_OK or DN_ENOMEM). */
static int honoured_guest(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, double conf, int32_t tid,
                          int *rc)
{
    size_t h = cb;
    for (size_t i = ca; i + 1 < cb && h == cb; i++)
        if (tok_word(x, i, "zu") && tok_word_cs(x, i + 1, "Ehren")) h = i + 2;
    if (h == cb) return 0;
    int32_t guest = -1;
    for (size_t k = c->m0; k < c->m1 && guest < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= h && m->b <= h + 2 && m->actor >= 0 && (m->type == MT_ENTITY || m->type == MT_PRON))
            guest = m->actor;
    }
    int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (guest < 0 || sq < 0 || x->men[sq].actor == guest) return 0;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
    *rc = emit(x, x->men[sq].actor, guest, EV_REL_MEETING, &dl, 1, NULL, c->s, conf, tid);
    return 1;
}

int frame_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                  size_t ca, size_t cb, int32_t tid)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    double conf = T->conf;
    int src;
    if (summit_speakers(x, c, t, ca, cb, tid, &src)) return src;
    int chair = chair_mention(x, c, ca, cb);
    if (chair >= 0) return chaired_meeting(x, c, t, ca, cb, chair, tid);
    if (t->noun && anaphoric(x, p, ca)) {
        /* "dessen reguläre Treffen": a habitual meeting of something else */
        return DN_OK;
    }
    int hrc = DN_OK;
    if (t->noun && honoured_guest(x, c, ca, cb, conf, tid, &hrc)) return hrc;
    meet_t g;
    g.place = NULL;
    g.np = 0;
    g.a = t->noun ? p : ca;
    g.b = t->noun ? scope_b : cb;
    if (t->noun) {
        int done = 0;
        int rc = bilateral_meeting(x, c, t, ca, cb, &g, conf, tid, &done);
        if (done) return rc;
    }
    meeting_partners(x, c, t, &g);
    /* "trafen sich die Außenminister beider Länder in Berlin": no subject
     * of its own, the text's two sides */
    if (!t->noun && g.np == 0 && !g.with && subject_in(x, c->m0, c->m1, ca, cb, 1) < 0 && both_sides(x, ca, cb))
        return sides_met(x, c, ca, cb, conf - 0.1, tid);
    /* "Deutschland begrüßte das Abkommen zwischen A und B": a thing
     * welcomed is no one received */
    if (!t->noun && T->cls == TR_RECEIVE && thing_object(x, c, p, cb)) return DN_OK;
    /* "Die Sanktionen treffen Russland hart": the subject before the verb
     * is a thing, no actor */
    if (!t->noun && g.np == 0 && !g.with && thing_subject(x, c, p, ca)) return DN_OK;
    /* "sprach mit X" is a talk; "sprach sich für ... aus", "sprach von
     * einem Versagen" are not */
    if (!t->noun && speak_verb(x, T->word) && (!g.with || tok_word(x, p + 1, "sich"))) {
        /* "sprach vor dem Kongress": a speech before the body */
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        return sq >= 0 ? speech_before(x, c, (size_t)sq, (size_t)sq + 1, ca, cb, tid) : DN_OK;
    }
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (g.with || !t->noun) return owned_meeting(x, c, t, ca, cb, &g, &dl, conf, tid);
    return listed_meeting(x, c, t, ca, cb, &g, &dl, conf, tid);
}

/* 1 when a trigger of class cls (a verb) stands in [a, b). */
static int clause_has_class(extractor_impl_t *x, size_t a, size_t b, tr_class_t cls)
{
    for (size_t i = a; i < b; i++) {
        int noun = 0;
        int32_t tr = trigger_at(x, i, &noun);
        if (tr >= 0 && !noun && x->lx.trig[tr].cls == cls) return 1;
        /* the particle of "nahmen ... teil" and its joined forms */
        if (cls == TR_PARTICIPATE && x->doc.toks[i].type == TOK_WORD && x->doc.toks[i].len >= 4
            && cues_match(&x->cues, x->doc.s + x->doc.toks[i].off, x->doc.toks[i].len, CUE_TAKEPART, 0))
            return 1;
    }
    return 0;
}

/* A meeting noun (Treffen, Gespräch, Abendessen, Empfang) at token i. */
static int meeting_noun_at(extractor_impl_t *x, size_t i)
{
    int noun = 0;
    int32_t tr = trigger_at(x, i, &noun);
    if (tr < 0 || !noun) return 0;
    int cls = x->lx.trig[tr].cls;
    return cls == TR_MEETING || cls == TR_RECEIVE;
}

/* Token i is a participle that makes the "von" phrase before it the
 * organiser ("von Macron ausgerichteten", "veranstalteten",
 * "organisierten", "einberufenen"). */
static int organised_by(const extractor_impl_t *x, size_t i)
{
    if (i >= x->doc.ntok || x->doc.toks[i].type != TOK_WORD) return 0;
    return cues_match(&x->cues, x->doc.s + x->doc.toks[i].off, x->doc.toks[i].len, CUE_ORGANISED, 0);
}

/* A meeting noun among the few words before token e (the comma of a
 * relative clause), in the same clause: "zu einem Arbeitsessen in die
 * Hofburg zurück, an dem ...". */
static int meeting_noun_before(extractor_impl_t *x, size_t e, size_t lo)
{
    for (size_t q = e; q-- > lo && q + 8 > e;) {
        if (x->doc.toks[q].type == TOK_PUNCT) return 0;
        if (meeting_noun_at(x, q)) return 1;
    }
    return 0;
}

/* The people who take part, named in [a, b): the subject's list, and
 * those "gemeinsam mit" it; at most max into out. */
static int participants(extractor_impl_t *x, const sctx_t *c, size_t a, size_t b, int32_t host,
                        int32_t *out, int max)
{
    int n = 0;
    int sq = subject_in(x, c->m0, c->m1, a, b, 1);
    if (sq >= 0) {
        size_t e = list_end(x, (size_t)sq, c->m1);
        for (size_t k = (size_t)sq; k < e && n < max; k++)
            if (usable(&x->men[k]) && x->men[k].actor != host) out[n++] = x->men[k].actor;
    }
    for (size_t k = c->m0; k < c->m1 && n < max; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < a || m->b >= b || !usable(m) || m->prep != P_MIT || m->actor == host) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        /* "gemeinsam mit A, B und C" */
        size_t h = m->b;
        for (size_t q = k; q > c->m0 && x->men[q - 1].list == m->list; q--) h = x->men[q - 1].b;
        if (h >= 2 && tok_cue(x, h - 2, CUE_JOINTLY) && tok_word(x, h - 1, "mit")) out[n++] = m->actor;
    }
    return n;
}

/* Adds the two parties of meeting cd to hosts[0..nh) unless there (at
 * most 8); returns the new count. */
static int add_parties(int32_t *hosts, int nh, const cand_t *cd)
{
    int32_t two[2] = { cd->src, cd->dst };
    for (int j = 0; j < 2 && nh < 8; j++) {
        int seen = 0;
        for (int h = 0; h < nh; h++) seen |= hosts[h] == two[j];
        if (!seen) hosts[nh++] = two[j];
    }
    return nh;
}

/* One past the last candidate of relation rel not dropped, 0 when none. */
static size_t last_cand(const extractor_impl_t *x, ev_relation_t rel)
{
    size_t q = x->ncand;
    while (q > 0 && (x->cand[q - 1].dropped || x->cand[q - 1].rel != rel)) q--;
    return q;
}

/* 1 when the clause [ca, cb) names a meeting with a definite article
 * ("An dem Gespräch", "an diesem Treffen"): a meeting told before. */
static int refers_back(extractor_impl_t *x, size_t ca, size_t cb)
{
    static const char *const DEF[] = { "dem", "den", "am", "diesem", "diesen", NULL };
    for (size_t q = ca + 1; q < cb; q++)
        if (meeting_noun_at(x, q) && in_range_word(x, q - 1, q, DEF)) return 1;
    return 0;
}

/* "An dem Gespräch nahmen auch X und Y teil": a meeting noun with a
 * definite article and no partner of its own refers back to the meeting
 * told last, in this sentence or the one before.  Its parties go to
 * hosts (at most 8; returns how many), its place to *pl, its dates to
 * dl and the state a visit of the same sentence went to (or -1) to
 * *where. */
static int earlier_meeting(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, int32_t *hosts,
                           const char **pl, dlist_t *dl, int32_t *where)
{
    if (!refers_back(x, ca, cb)) return 0;
    size_t q = last_cand(x, EV_REL_MEETING);
    if (q == 0 || x->cand[q - 1].sent + 1 < c->s) return 0;
    uint32_t s = x->cand[q - 1].sent;
    int nh = 0;
    *pl = x->cand[q - 1].place;
    dl_add(dl, x->cand[q - 1].start, x->cand[q - 1].end);
    *where = -1;
    for (size_t i = q; i-- > 0 && x->cand[i].sent == s;) {
        const cand_t *cd = &x->cand[i];
        if (cd->dropped) continue;
        if (cd->rel == EV_REL_VISIT && *where < 0) *where = cd->dst;
        if (cd->rel == EV_REL_MEETING) nh = add_parties(hosts, nh, cd);
    }
    return nh;
}

/* "auf niederländischer Seite" in [a, b): the state of that side (a doc
 * actor), -1 when none, -2 when memory ran out. */
static int32_t side_named(extractor_impl_t *x, size_t a, size_t b)
{
    for (size_t i = a; i + 2 < b; i++) {
        if (!tok_word(x, i, "auf") || !tok_cue(x, i + 2, CUE_SIDE)) continue;
        int32_t d = mention_adj_state(x, i + 1);
        if (d != -1) return d;
    }
    return -1;
}

/* The hosts of a meeting trigger t takes part in, named in its clause
 * [ca, cb) (at most 8 into hosts; returns how many): the "mit" after a
 * meeting noun, the organiser, the person whose ceremony it is, or those
 * the sentence already has meeting (a relative clause's antecedent). */
static int participation_hosts(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                               int32_t *hosts)
{
    int nh = 0;
    for (size_t q = ca; q < cb && !nh; q++) {
        if (!meeting_noun_at(x, q)) continue;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b > q && m->b <= q + 4 && usable(m) && m->prep == P_MIT) { hosts[nh++] = m->actor; break; }
        }
    }
    /* "an der von Macron ausgerichteten Gedenkfeier": the organiser */
    for (size_t k = c->m0; k < c->m1 && !nh; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->prep != P_VON) continue;
        if (organised_by(x, m->e)) hosts[nh++] = m->actor;
    }
    /* "An einem Gespräch, zu dem X in den Kabinettssaal geladen hatte,
     * nahmen A und B teil": the subject of the relative clause that
     * organised the meeting */
    for (size_t q = ca; q + 3 < cb && !nh; q++) {
        if (!meeting_noun_at(x, q) || !tok_punct(x, q + 1, ',') || !tok_word(x, q + 2, "zu")
            || !(tok_word(x, q + 3, "dem") || tok_word(x, q + 3, "der")))
            continue;
        int32_t who = -1;
        for (size_t k = c->m0; k < c->m1 && who < 0; k++) {
            const mention_t *m = &x->men[k];
            /* right after "zu dem" the word rules read a preposition */
            if (m->b > q + 3 && m->b < q + 8 && usable(m) && (m->prep == P_NONE || m->b == q + 4)
                && x->act[m->actor].kind == EV_KIND_PERSON)
                who = m->actor;
        }
        for (size_t i = q + 4; i < cb && i < q + 20 && who >= 0 && !tok_punct(x, i, ','); i++)
            if (organised_by(x, i)) { hosts[nh++] = who; break; }
    }
    /* "nahm an der Inthronisierung von Kaiser X teil": the person whose
     * ceremony it is */
    for (size_t k = c->m0; k < c->m1 && !nh; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca + 4 || m->b >= cb || !usable(m) || m->prep != P_VON) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON || !tok_word(x, m->b - 1, "von")) continue;
        size_t n = m->b - 2;
        if ((TK(x, n)->flags & TOK_CAP) && TK(x, n)->type == TOK_WORD && tok_word(x, n - 2, "an")
            && (tok_word(x, n - 1, "der") || tok_word(x, n - 1, "dem") || tok_word(x, n - 1, "den")))
            hosts[nh++] = m->actor;
    }
    const clause_t *gc = gram_clause(x, t->tok);
    if (!nh && gc && gc->type == CLAUSE_REL && gc->intro >= 3 && tok_word(x, (size_t)gc->intro - 1, "an")
        && tok_punct(x, (size_t)gc->intro - 2, ',') && meeting_noun_before(x, (size_t)gc->intro - 2, c->lo)) {
        for (size_t q = x->ncand; q-- > 0 && nh < 8;) {
            const cand_t *cd = &x->cand[q];
            if (cd->sent != c->s) break;
            if (!cd->dropped && cd->rel == EV_REL_MEETING) nh = add_parties(hosts, nh, cd);
        }
    }
    /* "nahm am Weltwirtschaftsforum teil", "an der Sitzung der NATO": a
     * body taken part in is met, an event noun before it aside */
    for (size_t k = c->m0; k < c->m1 && !nh; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || (m->prep != P_AN && m->prep != P_GEN)) continue;
        /* a body; taking part in a group ("an der Östlichen
         * Partnerschaft") is membership */
        if (x->act[m->actor].kind != EV_KIND_INSTITUTION) continue;
        if (m->prep == P_AN || (m->b >= 2 && meeting_noun_at(x, m->b - 2))) hosts[nh++] = m->actor;
    }
    return nh;
}

/* "auf niederländischer Seite auch Ministerin X": the participants who
 * have no state of their own (a title's default aside) are the side's
 * state's, whatever the text's main state said. */
static int side_affiliations(extractor_impl_t *x, const sctx_t *c, const int32_t *who, int nw, int32_t side)
{
    for (int i = 0; i < nw && side >= 0; i++) {
        dactor_t *d = &x->act[who[i]];
        if (d->kind != EV_KIND_PERSON || (d->state >= 0 && !d->state_deflt) || d->lex >= 0) continue;
        d->state = side;
        d->state_deflt = 0;
        dlist_t none;
        memset(&none, 0, sizeof none);
        int rc = emit(x, who[i], side, EV_REL_AFFILIATION, &none, 1, NULL, c->s, 0.7, -1);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "An der Zeremonie nahmen A (Frankreich) und B (Polen) teil", "Der
 * Unterzeichnung wohnten A und B bei", right after an agreement was told:
 * the signing brought the two sides together, so those of different
 * states among the participants meet, on its day and at its place. */
static int signing_ceremony(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                            int32_t tid)
{
    size_t q = last_cand(x, EV_REL_AGREEMENT);
    if (q == 0 || x->cand[q - 1].sent + 1 < c->s) return DN_OK;
    const cand_t *ag = &x->cand[q - 1];
    int32_t who[32];
    int nw = participants(x, c, ca, cb, -1, who, 32);
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0)) dl_add(&dl, ag->start, ag->end);
    double conf = x->lx.trig[t->tr].conf - 0.2;
    /* the signing's place: the city its sentence names with "in" */
    int32_t where = -1;
    const char *pl = ag->place;
    const text_sent_t *se = &x->doc.sents[ag->sent];
    for (size_t k = x->nmen; k-- > 0 && where < 0;) {
        const mention_t *m = &x->men[k];
        if (m->b < se->tok) break;
        if (m->b < se->tok + se->ntok && m->prep == P_IN && m->place) {
            where = state_of(x, m->actor);
            pl = m->place;
        }
    }
    for (int i = 0; i < nw; i++) {
        int rc = where >= 0 ? visit_host(x, who[i], where, &dl, pl, c->s, conf, tid) : DN_OK;
        if (rc) return rc;
        for (int j = i + 1; j < nw; j++) {
            int32_t si = state_of(x, who[i]), sj = state_of(x, who[j]);
            if (si < 0 || sj < 0 || si == sj) continue;
            rc = emit(x, who[i], who[j], EV_REL_MEETING, &dl, 1, pl, c->s, conf, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* "beriet X mit Staatschefs der Region. An dem Treffen nahmen A und B
 * teil": the meeting the clause refers back to had a host whose guests
 * the text had not named (x->open_host, the sentence before); into
 * hosts[0] with its date, and where it was (the state the host was
 * visiting, else his own) into *where.  1 when so. */
static int open_meeting(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, int32_t *hosts, dlist_t *dl,
                        int32_t *where)
{
    if (x->open_host < 0 || x->open_host_sent + 1 != c->s || !refers_back(x, ca, cb)) return 0;
    hosts[0] = x->open_host;
    if (x->open_host_a.year) dl_add(dl, x->open_host_a, x->open_host_b);
    /* where the host is: his clause's place, else the state of the
     * visit he is on, else his own */
    *where = x->open_host_where;
    for (size_t q = x->ncand; q-- > 0 && *where < 0;)
        if (!x->cand[q].dropped && x->cand[q].rel == EV_REL_VISIT && x->cand[q].src == x->open_host)
            *where = x->cand[q].dst;
    if (*where < 0) *where = state_of(x, x->open_host);
    return 1;
}

/* "nahm an einem Treffen mit X teil", "ein Abendessen, an dem auch Y
 * teilnahm": with no summit, taking part in a meeting is meeting its
 * host (the "mit" after the noun), or those the sentence already has
 * meeting (the relative clause's antecedent), or the parties of the
 * meeting told just before ("An dem Gespräch nahmen auch X teil"). */
/* "Am Abend flog er nach Paris weiter. Im Élysée-Palast empfing ihn
 * Macron zu einem Abendessen, an dem auch Scholz teilnahm": the state a
 * host of the meeting was visiting in this sentence or the one before
 * (its city into *pl), where those taking part were too; -1 when none. */
static int32_t hosts_trip(const extractor_impl_t *x, const sctx_t *c, const int32_t *hosts, int nh,
                          const char **pl)
{
    for (size_t q = x->ncand; q-- > 0;) {
        const cand_t *cd = &x->cand[q];
        if (cd->sent + 1 < c->s) break;
        if (cd->dropped || cd->rel != EV_REL_VISIT) continue;
        for (int h = 0; h < nh; h++)
            if (cd->src == hosts[h]) {
                *pl = cd->place;
                return cd->dst;
            }
    }
    return -1;
}

static int participate_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca,
                               size_t cb, int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int32_t hosts[8];
    int nh = participation_hosts(x, c, t, ca, cb, hosts);
    const clause_t *gc = gram_clause(x, t->tok);
    const char *pl = NULL;
    int32_t where = -1;
    int back = 0;
    /* the meeting referred back to keeps its day, unless the clause says one */
    dlist_t back_dl;
    memset(&back_dl, 0, sizeof back_dl);
    if (!nh) back = nh = earlier_meeting(x, c, ca, cb, hosts, &pl, &back_dl, &where);
    if (!nh) back = nh = open_meeting(x, c, ca, cb, hosts, &back_dl, &where);
    /* "nahmen A, der Präsident B, C und D teil.": the list the commas
     * cut reaches the particle closing the sentence */
    size_t r = c->hi;
    while (r > cb && TK(x, r - 1)->type == TOK_PUNCT) r--;
    if (r > cb && TK(x, r - 1)->len == 4 && tok_cue(x, r - 1, CUE_TAKEPART)) cb = r - 1;
    if (!nh) {
        size_t before = x->ncand;
        int rc = signing_ceremony(x, c, t, ca, cb, tid);
        if (rc || x->ncand > before || !ceremony_noun_in(x, ca, cb)) return rc;
        return ceremony_guests(x, c, t, ca, cb, tid);
    }
    int32_t who[32];
    int nw = participants(x, c, gc && gc->type == CLAUSE_REL ? gc->tok : ca, cb, hosts[0], who, 32);
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0) && back) dl = back_dl;
    if (!back) where = meeting_host(x, c, ca, cb, ca, cb, &pl);
    if (where < 0) where = hosts_trip(x, c, hosts, nh, &pl);
    int32_t side = side_named(x, c->lo, cb);
    if (side == -2) return DN_ENOMEM;
    int rc = side_affiliations(x, c, who, nw, side);
    if (rc) return rc;
    for (int i = 0; i < nw; i++) {
        for (int h = 0; h < nh; h++) {
            if (who[i] == hosts[h]) continue;
            int32_t sw = state_of(x, who[i]), sh = state_of(x, hosts[h]);
            if (sw < 0) sw = side;
            /* the host's own side at the table meets no one new */
            if (sw >= 0 && sw == sh) continue;
            rc = emit(x, who[i], hosts[h], EV_REL_MEETING, &dl, 1, pl, c->s, T->conf - 0.1, tid);
            if (rc) return rc;
        }
        /* "nahmen in Paris ... teil": present in the place's state */
        rc = where >= 0 ? visit_host(x, who[i], where, &dl, pl, c->s, T->conf - 0.2, tid) : DN_OK;
        if (rc) return rc;
    }
    return DN_OK;
}

int frame_participate(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca,
                      size_t cb, int32_t tid)
{
    /* "verfolgten die Unterzeichnung": watching is attending a ceremony
     * only */
    if (tok_cue(x, t->tok, CUE_WATCH) && !ceremony_noun_in(x, t->tok + 1, cb)) return DN_OK;
    if (!x->have_summit) return participate_meeting(x, c, t, ca, cb, tid);
    /* "verfolgten A, der ... nannte, B und C": the attendees after a
     * relative clause still belong to the main clause (its nested
     * clauses' mentions are hidden) */
    const clause_t *gc = gram_clause(x, t->tok);
    if (gc && gc->type == CLAUSE_MAIN && gc->end > cb) cb = gc->end;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0) && x->sum_a.year) dl_add(&dl, x->sum_a, x->sum_b);
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        /* "Guterres, der an dem Treffen teilnahm": the relative clause's
         * antecedent takes part */
        if ((int32_t)k != x->forced_subj && (m->b < ca || m->b >= cb)) continue;
        if (!usable(m) || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind == EV_KIND_STATE) continue;
        int rc = summit_attend(x, c, m->actor, T->conf, tid, &dl);
        if (rc) return rc;
    }
    return DN_OK;
}

void frame_host(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t cb)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= t->tok || m->b > t->tok + 8 || m->b >= cb || !usable(m)) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        set_host(x, m->actor);
        return;
    }
    /* "Raúl Castro, der als Gastgeber die Feier leitete", "Castro
     * empfing als Gastgeber": the relative clause's antecedent, or the
     * subject of the clause that calls its subject the host */
    int32_t k = relative_subject(x, c->m0, c->m1, t->tok);
    /* "zum Gipfel ..., das Präsident X als Gastgeber eröffnete": the
     * subject of the noun's own relative clause */
    const clause_t *gc = gram_clause(x, t->tok);
    size_t lo = gc && (gc->type == CLAUSE_REL || gc->type == CLAUSE_SUB) && gc->tok > c->lo ? gc->tok : c->lo;
    if (k < 0 && ((t->tok > 0 && tok_word(x, t->tok - 1, "als")) || copula_in(x, lo, cb)))
        k = subject_in(x, c->m0, c->m1, lo, cb, 1);
    if (k >= 0 && usable(&x->men[k]) && x->act[x->men[k].actor].kind == EV_KIND_PERSON)
        set_host(x, x->men[k].actor);
}
