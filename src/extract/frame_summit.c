/* frame_summit: a summit is an event every attendee takes part in: an
 * attendance of the organising body, and a visit of the host state for
 * those from abroad. */
#include "extract/frame_summit.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "extract/clauses.h"
#include "extract/evdates.h"
#include "extract/mention_words.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/voice.h"
#include "util/diag.h"

int summit_time(const extractor_impl_t *x, const dlist_t *dl)
{
    if (!dl->n || !x->sum_a.year) return 1;
    long sa = ev_date_first_day(x->sum_a), sb = ev_date_last_day(x->sum_b.year ? x->sum_b : x->sum_a);
    for (int k = 0; k < dl->n; k++) {
        long a = ev_date_first_day(dl->a[k]) - 3, b = ev_date_last_day(dl->b[k].year ? dl->b[k] : dl->a[k]) + 3;
        if (a <= sb && sa <= b) return 1;
    }
    return 0;
}

int at_summit(const extractor_impl_t *x, const dlist_t *dl)
{
    if (!x->have_summit || x->sum_host < 0) return 0;
    /* an event of the clause told without a date has the sentence's */
    dlist_t sole;
    if (!dl->n && x->sole_ok) {
        memset(&sole, 0, sizeof sole);
        dl_add(&sole, x->sole_a, x->sole_b);
        dl = &sole;
    }
    /* a dated event at a summit of no known date: not to be told */
    if (dl->n && !x->sum_a.year) return 0;
    return summit_time(x, dl);
}

/* The summit a participant attends: organiser, else host person, else
 * host state. */
static int32_t summit_target(const extractor_impl_t *x)
{
    if (x->sum_org >= 0) return x->sum_org;
    if (x->sum_hostp >= 0) return x->sum_hostp;
    return x->sum_host;
}

int summit_attend(extractor_impl_t *x, const sctx_t *c, int32_t who, double conf, int32_t tid,
                  const dlist_t *dl)
{
    int32_t target = summit_target(x);
    /* the host does not attend his own summit as a guest */
    if (target < 0 || who == target || who == x->sum_hostp) return DN_OK;
    /* a session of one's own state's body ("Sitzung des Bundestages") is
     * no diplomatic meeting */
    int32_t ws = state_of(x, who);
    if (ws >= 0 && x->act[target].kind == EV_KIND_INSTITUTION && x->act[target].state == ws) return DN_OK;
    /* the host state's own leaders host the summit, they are no guests */
    if (ws >= 0 && ws == x->sum_host) return DN_OK;
    size_t before = x->ncand;
    int rc = emit(x, who, target, EV_REL_MEETING, dl, 1, x->sum_place, c->s, conf, tid);
    for (size_t q = before; q < x->ncand && target == x->sum_host; q++) x->cand[q].summit = 1;
    /* an organisation's summit whose host the text does not name is
     * held where the report comes from ("Seattle (dpa) - ... ein Gipfel
     * der APEC") */
    int32_t hs = x->sum_host;
    const char *pl = x->sum_place;
    if (hs < 0 && x->sum_org >= 0 && x->scene >= 0) {
        hs = state_of(x, x->scene);
        pl = x->scene_place;
    }
    if (!rc && hs >= 0) rc = visit_host(x, who, hs, dl, pl, c->s, conf - 0.1, tid);
    return rc;
}

/* 1 when candidate dates a and b may be one day's: equal, or one of
 * them not given. */
static int same_day_or_none(ev_date_t a, ev_date_t b)
{
    return !a.year || !b.year || ev_date_cmp(a, b) == 0;
}

/* A guest who attends the summit's organiser and is welcomed by a leader
 * of the host state the same day has one meeting, with the host or the
 * organiser ("Host|Organiser", never both): the welcome (a reception's
 * candidate, not talks "am Rande") is dropped.
 * Linear: the guests are marked on their actors (mark_gen), a guest's
 * attendance date looked up among the summit's candidates only when a
 * welcome names him. */
static void merge_host_welcome(extractor_impl_t *x, int32_t org)
{
    uint32_t gen = ++x->mark_gen;
    for (size_t q = x->sum_cand0; q < x->ncand; q++) {
        const cand_t *cd = &x->cand[q];
        if (!cd->dropped && cd->rel == EV_REL_MEETING && cd->dst == org) x->act[cd->src].mark = gen;
    }
    for (size_t q = x->sum_cand0; q < x->ncand; q++) {
        cand_t *cd = &x->cand[q];
        if (cd->dropped || !cd->receive || cd->rel != EV_REL_MEETING || cd->dst == org || cd->src == org) continue;
        int32_t g = x->act[cd->src].mark == gen ? cd->src : x->act[cd->dst].mark == gen ? cd->dst : -1;
        int32_t h = g == cd->src ? cd->dst : cd->src;
        if (g < 0 || x->act[h].kind != EV_KIND_PERSON || state_of(x, h) != x->sum_host) continue;
        for (size_t r = x->sum_cand0; r < x->ncand; r++) {
            const cand_t *a = &x->cand[r];
            if (!a->dropped && a->rel == EV_REL_MEETING && a->src == g && a->dst == org
                && same_day_or_none(a->start, cd->start)) {
                cd->dropped = 1;
                break;
            }
        }
    }
}

void summit_retarget(extractor_impl_t *x)
{
    int32_t target = summit_target(x);
    if (target < 0) return;
    /* a summit with neither organiser nor host named, even later ("beim
     * Gipfel in Panama"): being there is a visit, the state is no one met */
    int bare = target == x->sum_host && x->act[target].kind == EV_KIND_STATE;
    /* only this summit's candidates: a chronology's earlier summits were
     * settled when the next one began */
    for (size_t q = x->sum_cand0; q < x->ncand; q++) {
        cand_t *cd = &x->cand[q];
        if (!cd->summit || cd->rel != EV_REL_MEETING || cd->dst != x->sum_host) continue;
        if (bare || cd->src == target || cd->src == x->sum_hostp) cd->dropped = 1;
        else cd->dst = target;
    }
    if (x->sum_org >= 0 && x->sum_host >= 0 && x->act[x->sum_org].kind == EV_KIND_INSTITUTION)
        merge_host_welcome(x, x->sum_org);
}

/* The session of body org: the clause's persons without a preposition
 * meet the body (not their own state's) and visit the host state. */
static int body_session(extractor_impl_t *x, const sctx_t *c, int32_t org, int32_t host, const char *place,
                        const dlist_t *dl, size_t ca, size_t cb, int32_t tid)
{
    if (org < 0 || x->act[org].kind != EV_KIND_INSTITUTION) return DN_OK;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int32_t ws = state_of(x, m->actor);
        if (ws < 0 || ws == x->act[org].state) continue;
        int rc = emit(x, m->actor, org, EV_REL_MEETING, dl, 1, place, c->s, 0.6, tid);
        if (!rc && host >= 0) rc = visit_host(x, m->actor, host, dl, place, c->s, 0.55, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* 1 when state mention m after the summit noun at tok belongs to a topic
 * phrase between them (a preposition of role topic in grammar.tsv):
 * "Konferenz zum Frieden in der Ukraine" is not held there; "Konferenz
 * der Außenminister in Genf", "Gipfel mit dem Kanzler in Berlin" are. */
static int topic_place(extractor_impl_t *x, size_t s, size_t tok, const mention_t *m)
{
    /* a city after a topic is the venue: "Weltgipfel für soziale
     * Entwicklung in Kopenhagen"; a state is the topic's */
    if (m->place || !x->have_grammar || !extract_clauses(x) || !place_of_noun(x, s, m, tok)) return 0;
    for (size_t k = tok + 1; k + 1 < m->b; k++) {
        const char *lm = clause_tok(&x->cr, k)->lemma;
        int pos = clause_tok(&x->cr, k)->pos;
        if ((pos == MORPH_PREP || pos == MORPH_PREPART) && lm
            && (gram_roles_get(&x->roles, lm, strlen(lm)) & ROLE_TOPIC))
            return 1;
    }
    return 0;
}

/* "Am Rande des Gipfels unterzeichneten die Präsidenten A, B und C im
 * Beisein Ds ein Abkommen": a summit noun before the clause's verb sets
 * the scene; the verb's subject list (however many commas it spans) and
 * whoever acts "im Beisein" attend the text's summit. */
static int margin_attendees(extractor_impl_t *x, const sctx_t *c, const trig_t *t, const dlist_t *dl, double conf,
                            int32_t tid)
{
    const clause_t *gc = gram_clause(x, t->tok);
    if (!t->noun || !gc || gc->fin < 0 || (size_t)gc->fin <= t->tok) return DN_OK;
    size_t first = c->m1;
    for (size_t k = c->m0; k < c->m1 && first == c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b > (size_t)gc->fin && m->b < (size_t)gc->fin + 25 && m->type == MT_ENTITY && m->actor >= 0
            && m->prep == P_NONE && x->act[m->actor].kind == EV_KIND_PERSON)
            first = k;
    }
    if (first == c->m1) return DN_OK;
    for (size_t k = list_start(x, first, c->m0), e = list_end(x, first, c->m1); k < e; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = summit_attend(x, c, m->actor, conf, tid, dl);
        if (rc) return rc;
    }
    for (size_t k = first; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (!witness_mention(x, m)) continue;
        int rc = summit_attend(x, c, m->actor, conf, tid, dl);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "im Januar in Davos und im Mai beim Gipfel in Sofia": of several dates
 * each with its city, the summit's is the one of its place. */
static void paired_date(extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb, const char *place, dlist_t *dl)
{
    if (!place) return;
    dlist_t all;
    memset(&all, 0, sizeof all);
    size_t pl[8], dt[8];
    int n = dates_with_places(x, c->s, ca, cb, c->m0, c->m1, &all, pl, dt, 8);
    for (int k = 0; k < n && n >= 2; k++)
        if (x->men[pl[k]].place == place) {
            memset(dl, 0, sizeof *dl);
            dl_add(dl, all.a[k], all.b[k]);
            return;
        }
}

/* "der Gipfel der 20 wichtigsten Industrie- und Schwellenländer (G20)":
 * a body the noun's genitive names in words the lexicon does not know and
 * abbreviates in parentheses is the organiser.  1 when mention m is it. */
static int paren_organiser(const extractor_impl_t *x, const trig_t *t, const mention_t *m)
{
    size_t p = t->tok;
    if (m->b < p + 4 || m->b > p + 14 || !tok_punct(x, m->b - 1, '(') || !tok_punct(x, m->e, ')')) return 0;
    if (!(tok_word(x, p + 1, "der") || tok_word(x, p + 1, "des"))) return 0;
    for (size_t k = p + 2; k + 1 < m->b; k++)
        if (TK(x, k)->type == TOK_PUNCT && !text_tok_is_dash(TK(x, k))) return 0;
    ev_kind_t kd = x->act[m->actor].kind;
    return kd == EV_KIND_INSTITUTION || kd == EV_KIND_GROUP;
}

/* "A und B hatten bei ihrem Gipfeltreffen in Genf vereinbart": a summit
 * the two subjects call theirs ("ihrem", "ihren ersten") is their meeting.
 * The two persons of the clause's subject list into two[]; 1 when so. */
static int pair_of_summit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                          int32_t *two)
{
    static const char *const POSS[] = { "ihrem", "ihren", "ihres", "ihrer", NULL };
    size_t p = t->tok;
    int poss = (p >= 1 && in_range_word(x, p - 1, p, POSS))
               || (p >= 2 && in_range_word(x, p - 2, p - 1, POSS) && is_lower_word(x, p - 1));
    if (!t->noun || !poss) return 0;
    /* the subjects of the noun's own clause ("der Dialog, den A und B bei
     * ihrem Gipfeltreffen vereinbart hatten") */
    const clause_t *gc = gram_clause(x, p);
    if (gc && gc->tok > ca) ca = gc->tok;
    if (gc && gc->end < cb) cb = gc->end;
    int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (sq < 0) return 0;
    int n = 0;
    for (size_t k = list_start(x, (size_t)sq, c->m0), e = list_end(x, (size_t)sq, c->m1); k < e; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        if (n == 2 || (n == 1 && two[0] == m->actor)) return 0;
        two[n++] = m->actor;
    }
    return n == 2;
}

/* "reiste zu einem Gipfeltreffen mit Reynolds nach Dublin", "beim Gipfel
 * mit Putin": a summit with a person named by "mit" right after the noun
 * is the meeting of the clause's subject with that person.  The two into
 * two[]; 1 when so. */
static int partner_of_summit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                             int32_t *two)
{
    if (!t->noun) return 0;
    int32_t partner = -1;
    for (size_t k = c->m0; k < c->m1 && partner < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->b <= t->tok || m->b > t->tok + 3) continue;
        if (!usable(m) || m->prep != P_MIT || x->act[m->actor].kind != EV_KIND_PERSON) return 0;
        partner = m->actor;
    }
    if (partner < 0) return 0;
    int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (sq < 0 || x->act[x->men[sq].actor].kind != EV_KIND_PERSON || x->men[sq].actor == partner) return 0;
    two[0] = x->men[sq].actor;
    two[1] = partner;
    return 1;
}

int frame_summit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                 int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int32_t org = t->pre_inst >= 0 ? dactor_lex(x, t->pre_inst) : -1;
    int32_t host = -1;
    const char *place = NULL;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        /* the parenthesis is a clause of its own, its mention hidden */
        if (org < 0 && m->actor >= 0 && m->type == MT_ENTITY && paren_organiser(x, t, m)) {
            org = m->actor;
            continue;
        }
        if (m->b < ca || m->b >= cb || !usable(m)) continue;
        if (org < 0 && m->b > t->tok && m->b <= t->tok + 3 && m->prep == P_GEN
            && x->act[m->actor].kind != EV_KIND_PERSON && x->act[m->actor].kind != EV_KIND_STATE)
            org = m->actor;
        else if ((m->prep == P_IN || m->prep == P_AUF) && host < 0 && m->b > t->tok
                 && (m->place || x->act[m->actor].kind == EV_KIND_STATE) && !topic_place(x, c->s, t->tok, m)) {
            host = state_of(x, m->actor);
            place = m->place;
        }
    }
    /* "nahm in Warschau an der Konferenz teil", "In Warschau begann der
     * Gipfel": with no place after the noun, the clause's place before it */
    for (size_t k = c->m0; k < c->m1 && host < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= t->tok || !usable(m) || m->hidden) continue;
        if ((m->prep == P_IN || m->prep == P_AUF) && (m->place || x->act[m->actor].kind == EV_KIND_STATE)) {
            host = state_of(x, m->actor);
            place = m->place;
        }
    }
    /* "Das Treffen unter dem Vorsitz des libanesischen Präsidenten X": the
     * chair is the host (a body: the organiser) */
    int chair = chair_mention(x, c, ca, cb);
    if (chair >= 0 && x->act[x->men[chair].actor].kind == EV_KIND_PERSON) set_host(x, x->men[chair].actor);
    else if (chair >= 0) org = x->men[chair].actor;
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
    paired_date(x, c, ca, cb, place, &dl);
    /* "bei einer Sondersitzung des Europäischen Parlaments": a body's
     * session is met by those who appear at it, in this sentence only -
     * it is no summit that later sentences go on about */
    if (cues_match(&x->cues, T->word, strlen(T->word), CUE_SESSION, 0)) return body_session(x, c, org, host, place, &dl, ca, cb, tid);
    day_span(x, ca, cb, &dl);
    int32_t two[2];
    if (org < 0 && (pair_of_summit(x, c, t, ca, cb, two) || partner_of_summit(x, c, t, ca, cb, two))) {
        int rc = emit(x, two[0], two[1], EV_REL_MEETING, &dl, 1, place, c->s, T->conf, tid);
        for (int j = 0; j < 2 && !rc && host >= 0; j++)
            rc = visit_host(x, two[j], host, &dl, place, c->s, T->conf - 0.1, tid);
        return rc;
    }
    if (dl.n && !x->sum_a.year) { x->sum_a = dl.a[0]; x->sum_b = dl.b[0]; }
    if (org >= 0 || host >= 0) {
        /* a chronology's next summit, elsewhere: "Beim Gipfel der ... in
         * Prag" after one in Brüssel is a new one, with its own host */
        if (x->have_summit && host >= 0 && x->sum_host >= 0 && host != x->sum_host) {
            summit_retarget(x);
            x->sum_cand0 = x->ncand;
            x->have_summit = 0;
            x->sum_org = x->sum_hostp = -1;
            memset(&x->sum_a, 0, sizeof x->sum_a);
            x->sum_b = x->sum_a;
            if (dl.n) { x->sum_a = dl.a[0]; x->sum_b = dl.b[0]; }
        }
        if (!x->have_summit || org >= 0) {
            x->have_summit = 1;
            if (org >= 0) x->sum_org = org;
            if (host >= 0) { x->sum_host = host; x->sum_place = place; }
            if (dl.n) { x->sum_a = dl.a[0]; x->sum_b = dl.b[0]; }
        } else if (host >= 0 && x->sum_host < 0) {
            /* the host person was named first ("war X Gastgeber") */
            x->sum_host = host;
            x->sum_place = place;
        }
    }
    if (!x->have_summit) return DN_OK;
    if (!dl.n && x->sum_a.year) dl_add(&dl, x->sum_a, x->sum_b);
    int n = 0;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->actor == org) continue;
        if (m->prep != P_NONE && m->prep != P_MIT) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = summit_attend(x, c, m->actor, T->conf, tid, &dl);
        if (rc) return rc;
        n++;
    }
    return n ? DN_OK : margin_attendees(x, c, t, &dl, T->conf - 0.1, tid);
}

void set_host(extractor_impl_t *x, int32_t who)
{
    x->have_summit = 1;
    x->sum_hostp = who;
    if (x->sum_host < 0) x->sum_host = state_of(x, who);
}
