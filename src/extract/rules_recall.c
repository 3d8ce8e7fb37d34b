/* rules_recall: recall rules that run after the frame rules of a sentence
 * (rules.c) and complete what those found for one participant to every
 * participant the sentence names together with it:
 *
 *  - list sharing: a visit or meeting found for the first member of an
 *    enumeration ("Zum Gipfel kamen A, B und C") holds for each member;
 *  - joint travel: "A reiste gemeinsam mit B nach X": B visits X too;
 *  - joint signing: "unterzeichneten A und B in Madrid einen Vertrag":
 *    the signers meet, and those from abroad visit the host state;
 *  - passive reception with several agents: "Der Gast wurde vom Premier
 *    und von der Bürgermeisterin empfangen": a meeting with each, and the
 *    guest (the subject, else the visitor of the sentence before) visits
 *    their state;
 *  - stops of a journey: "nach Rom zu D" (a meeting with D) and "nach
 *    Prag, wo er mit E zusammentraf" (a visit to Prague's state, a meeting
 *    with E);
 *  - a delegation led by someone: "Eine Delegation unter Leitung von C
 *    besuchte X": C visits X.
 *
 * The rules only add candidates; deduplication merges them with the frame
 * rules' own rows. */
#include <stdlib.h>
#include <string.h>

#include "extract/rules_recall.h"
#include "extract/clauses.h"
#include "extract/triggers.h"
#include "extract/mention_words.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/voice.h"
#include "extract/evdates.h"
#include "extract/frame_summit.h"
#include "util/diag.h"

/* A mention of an actor (participant.h's usable without the hidden flag,
 * which the frames reset before these rules run). */
static int recall_usable(const mention_t *m) { return m->actor >= 0 && (m->type == MT_ENTITY || m->type == MT_PRON); }

/* The trigger class at token i (the frame rules have looked every token of
 * the sentence up), TR_COUNT when none; *noun says whether it is a noun. */
static int trig_class(const extractor_impl_t *x, size_t i, int *noun)
{
    int32_t c = x->ttrig[i];
    if (c < 0) return TR_COUNT;
    if (noun) *noun = (c >> 30) & 1;
    return (int)x->lx.trig[c & ~(1 << 30)].cls;
}

/* A visit or meeting candidate, with the same checks as rules.c's emit. */
static int add(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel, ev_date_t a, ev_date_t b,
               const char *place, size_t s, double conf, int32_t tid)
{
    if (src < 0 || dst < 0 || src == dst) return DN_OK;
    if (!political(x, src) && !political(x, dst)) return DN_OK;
    if (x->act[src].kin || x->act[dst].kin) return DN_OK;
    if (rel == EV_REL_VISIT) {
        int32_t ss = state_of(x, src);
        if (x->act[dst].kind != EV_KIND_STATE || ss < 0 || ss == dst) return DN_OK;
    }
    if (x->ref.year && a.year && ev_date_first_day(a) > ev_date_last_day(x->ref)) return DN_OK;
    return cand_add(x, src, dst, rel, a, b, place, s, conf, tid);
}

/* 1 when the sentence's candidates [c0, c1) hold src -rel- dst (either
 * direction for a meeting). */
static int have(const extractor_impl_t *x, size_t c0, size_t c1, int32_t src, int32_t dst, ev_relation_t rel)
{
    for (size_t q = c0; q < c1; q++) {
        const cand_t *c = &x->cand[q];
        if (c->dropped || c->rel != rel) continue;
        if (c->src == src && c->dst == dst) return 1;
        if (rel == EV_REL_MEETING && c->src == dst && c->dst == src) return 1;
    }
    return 0;
}

/* The first date group of sentence s within tokens [a, b); 0 when none. */
static int first_date(const extractor_impl_t *x, size_t s, size_t a, size_t b, ev_date_t *da, ev_date_t *db)
{
    for (size_t d = x->sent_date0[s]; d < x->sent_date0[s + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        if (dt->tok < a || dt->tok >= b) continue;
        *da = clause_date(x, dt, s);
        *db = dt->end;
        return 1;
    }
    /* a chronology paragraph's heading date, or the day of the sentence
     * this one ties itself to (sole_date) */
    if (x->sole_header || x->sole_follow) { *da = x->sole_a; *db = x->sole_b; return 1; }
    return 0;
}

/* ---------- list sharing ---------- */

/* The companion's copy of candidate cq (a visit, or a summit host met);
 * a companion whose state the text does not say travels from the
 * traveller's, with less confidence. */
static int escort_add(extractor_impl_t *x, int32_t who, const cand_t *cq, size_t s, double conf, int32_t tid)
{
    int unknown = cq->rel == EV_REL_VISIT && state_of(x, who) < 0 && state_of(x, cq->src) >= 0
                  && state_of(x, cq->src) != cq->dst && political(x, who) && !x->act[who].kin;
    if (unknown) return cand_add(x, who, cq->dst, EV_REL_VISIT, cq->start, cq->end, cq->place, s, conf - 0.05, tid);
    return add(x, who, cq->dst, cq->rel, cq->start, cq->end, cq->place, s, conf, tid);
}

/* 1 when mention m names a member of a list: a name, or one of a group
 * ("Die drei verhandelten ..."). */
static int listed_person(const mention_t *m)
{
    return m->type == MT_ENTITY || (m->type == MT_PRON && m->group);
}

static int share_lists(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0)
{
    size_t c1 = x->ncand;
    int32_t tid = -1;
    for (size_t h = m0; h < m1; h++) {
        const mention_t *H = &x->men[h];
        if (!listed_person(H) || !recall_usable(H) || (h > m0 && x->men[h - 1].list == H->list)) continue;
        if (x->act[H->actor].kind != EV_KIND_PERSON) continue;
        /* the other members, persons in the same grammatical role */
        size_t mem[16];
        int nm = 0;
        for (size_t k = h + 1; k < m1 && nm < 16; k++) {
            const mention_t *M = &x->men[k];
            if (M->list != H->list) continue;
            if (listed_person(M) && recall_usable(M) && M->prep == H->prep
                && x->act[M->actor].kind == EV_KIND_PERSON && M->actor != H->actor)
                mem[nm++] = k;
        }
        if (!nm) continue;
        for (size_t q = c0; q < c1; q++) {
            cand_t cq = x->cand[q];   /* a copy: cand_add may move the array */
            if (cq.dropped || cq.src != H->actor) continue;
            if (cq.rel != EV_REL_VISIT && cq.rel != EV_REL_MEETING) continue;
            int inlist = 0;
            for (size_t k = m0; k < m1; k++)
                if (x->men[k].list == H->list && x->men[k].actor == cq.dst) inlist = 1;
            if (inlist) continue;
            for (int r = 0; r < nm; r++) {
                int32_t o = x->men[mem[r]].actor;
                if (have(x, c0, x->ncand, o, cq.dst, cq.rel)) continue;
                if (tid < 0) tid = x->ntrig_inst++;
                /* a member whose state the text does not say travels with
                 * the list's first ("eine eritreische Delegation unter A
                 * und B reiste nach Addis Abeba") */
                int rc = escort_add(x, o, &cq, s, cq.conf - 0.05, tid);
                if (rc) return rc;
            }
        }
    }
    return DN_OK;
}

/* (key, index) pairs sorted by key, then index: the sentence's visits by
 * destination and its mentions by list, looked up by binary search. */
typedef struct {
    int32_t key;
    uint32_t idx;
} kv_t;

static int kv_cmp(const void *pa, const void *pb)
{
    const kv_t *a = pa, *b = pb;
    if (a->key != b->key) return a->key < b->key ? -1 : 1;
    return a->idx < b->idx ? -1 : a->idx > b->idx;
}

/* The first pair with key k and index idx or more. */
static size_t kv_lower(extractor_impl_t *x, const kv_t *v, size_t n, int32_t k, uint32_t idx)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        x->work++;
        if (v[mid].key < k || (v[mid].key == k && v[mid].idx < idx)) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* "besuchte Polen und Litauen", "reiste nach Rom und Mailand": a visit to
 * the first of a list of destinations is a visit to each.  The sentence's
 * visits are read by destination, a list's members by list and the visits
 * already there through a hash, so a long list costs n log n, not n^2. */
static int share_destinations(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0)
{
    size_t c1 = x->ncand;
    int32_t tid = -1;
    kv_t *vis = NULL, *mem = NULL;
    size_t nvis = 0, nmem = 0;
    pairindex_t seen;             /* visits (src, dst) of the sentence */
    pairindex_init(&seen);
    int built = 0, rc = DN_OK;
    for (size_t h = m0; h < m1 && !rc; h++) {
        const mention_t *H = &x->men[h];
        x->work++;
        if (H->type != MT_ENTITY || H->actor < 0 || (h > m0 && x->men[h - 1].list == H->list)) continue;
        if (x->act[H->actor].kind != EV_KIND_STATE && !H->place) continue;
        int32_t hs = state_of(x, H->actor);
        if (!built) {
            built = 1;
            vis = malloc((c1 - c0 + 1) * sizeof *vis);
            mem = malloc((m1 - m0 + 1) * sizeof *mem);
            if (!vis || !mem) { rc = diag_nomem("extract"); break; }
            for (size_t q = c0; q < c1; q++) {
                const cand_t *cq = &x->cand[q];
                x->work++;
                if (cq->dropped || cq->rel != EV_REL_VISIT) continue;
                vis[nvis].key = cq->dst;
                vis[nvis++].idx = (uint32_t)q;
                if (pairindex_add(&seen, EV_REL_VISIT, (uint32_t)cq->src, (uint32_t)cq->dst, 0,
                                  (uint32_t)q) < 0) { rc = diag_nomem("extract"); break; }
            }
            if (rc) break;
            for (size_t k = m0; k < m1; k++) {
                mem[nmem].key = x->men[k].list;
                mem[nmem++].idx = (uint32_t)k;
            }
            qsort(vis, nvis, sizeof *vis, kv_cmp);
            qsort(mem, nmem, sizeof *mem, kv_cmp);
            x->work += nvis + nmem;
        }
        for (size_t v = kv_lower(x, vis, nvis, hs, 0); v < nvis && vis[v].key == hs && !rc; v++) {
            cand_t cq = x->cand[vis[v].idx];
            x->work++;
            if (H->place && cq.place != H->place) continue;
            for (size_t e = kv_lower(x, mem, nmem, H->list, (uint32_t)h + 1);
                 e < nmem && mem[e].key == H->list; e++) {
                size_t k = mem[e].idx;
                const mention_t *M = &x->men[k];
                x->work++;
                if (M->type != MT_ENTITY || M->actor < 0 || M->prep != H->prep) continue;
                if (x->act[M->actor].kind != EV_KIND_STATE && !M->place) continue;
                int32_t ms = state_of(x, M->actor);
                if (ms < 0) continue;
                /* have(): a visit of cq.src to ms among the sentence's */
                int there = 0;
                for (int32_t i = pairindex_first(&seen, EV_REL_VISIT, (uint32_t)cq.src, (uint32_t)ms, 0);
                     i >= 0 && !there; i = pairindex_next(&seen, i))
                    if (!x->cand[seen.val[i]].dropped) there = 1;
                if (there) continue;
                if (tid < 0) tid = x->ntrig_inst++;
                size_t before = x->ncand;
                rc = add(x, cq.src, ms, EV_REL_VISIT, cq.start, cq.end, M->place, s, cq.conf - 0.05, tid);
                if (rc) break;
                for (size_t q = before; q < x->ncand && !rc; q++)
                    if (pairindex_add(&seen, EV_REL_VISIT, (uint32_t)x->cand[q].src, (uint32_t)x->cand[q].dst,
                                      0, (uint32_t)q) < 0)
                        rc = diag_nomem("extract");
                if (rc) break;
            }
        }
    }
    x->work += seen.work;
    pairindex_destroy(&seen);
    free(vis);
    free(mem);
    return rc;
}

/* ---------- im Beisein ---------- */

/* "A und B kamen in Malta im Beisein des Regierungschefs C zusammen": the
 * witness of a meeting between persons meets each of them. */
static int witnessed_meeting(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0)
{
    size_t c1 = x->ncand;
    int32_t tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *w = &x->men[k];
        if (!recall_usable(w) || !witness_mention(x, w)) continue;
        for (size_t q = c0; q < c1; q++) {
            cand_t cq = x->cand[q];
            if (cq.dropped || cq.rel != EV_REL_MEETING || cq.src == w->actor || cq.dst == w->actor) continue;
            if (x->act[cq.src].kind != EV_KIND_PERSON || x->act[cq.dst].kind != EV_KIND_PERSON) continue;
            int32_t two[2] = { cq.src, cq.dst };
            for (int j = 0; j < 2; j++) {
                if (have(x, c0, x->ncand, two[j], w->actor, EV_REL_MEETING)) continue;
                if (tid < 0) tid = x->ntrig_inst++;
                int rc = add(x, two[j], w->actor, EV_REL_MEETING, cq.start, cq.end, cq.place, s, cq.conf - 0.1, tid);
                if (rc) return rc;
            }
        }
    }
    return DN_OK;
}

/* ---------- von X aus ---------- */

/* "war von Pakistan aus nach Peking geflogen": a traveller who set off
 * from a foreign place was there; visited, as the journey's first stop,
 * on the journey's date. */
static int origin_stop(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0)
{
    size_t c1 = x->ncand;
    int32_t tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || m->prep != P_VON) continue;
        if (x->act[m->actor].kind != EV_KIND_STATE || m->e >= x->doc.ntok || !tok_word(x, m->e, "aus")) continue;
        for (size_t q = c0; q < c1; q++) {
            cand_t cq = x->cand[q];
            if (cq.dropped || cq.rel != EV_REL_VISIT || cq.dst == m->actor) continue;
            if (have(x, c0, x->ncand, cq.src, m->actor, EV_REL_VISIT)) continue;
            if (tid < 0) tid = x->ntrig_inst++;
            int rc = add(x, cq.src, m->actor, EV_REL_VISIT, cq.start, cq.end, m->place, s, cq.conf - 0.15, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* ---------- gemeinsam mit ---------- */

static int joint_travel(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo)
{
    size_t c1 = x->ncand;
    int32_t tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        int how = m->type == MT_ENTITY && recall_usable(m) ? companion(x, m, lo) : 0;
        if (!how || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        for (size_t q = c0; q < c1; q++) {
            cand_t cq = x->cand[q];
            /* the visits, and the summit's host or organiser met */
            int summit = how == 1 && cq.rel == EV_REL_MEETING && x->have_summit
                         && (cq.dst == x->sum_org || cq.dst == x->sum_hostp);
            if (cq.dropped || (cq.rel != EV_REL_VISIT && !summit) || cq.src == m->actor || cq.dst == m->actor)
                continue;
            if (have(x, c0, x->ncand, m->actor, cq.dst, cq.rel)) continue;
            if (tid < 0) tid = x->ntrig_inst++;
            int rc = escort_add(x, m->actor, &cq, s, cq.conf - 0.05, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* 1 when token i is a capitalised word of at least 10 bytes of cue role r
 * matched from the start ("Delegation", "Regierungsdelegation" by its
 * end: the delegation role's words are matched as the role says). */
static int cue_noun(const extractor_impl_t *x, size_t i, cue_role_t r)
{
    const text_tok_t *t = TK(x, i);
    return t->type == TOK_WORD && (t->flags & TOK_CAP) && t->len >= 10
           && cues_match(&x->cues, x->doc.s + t->off, t->len, r, 0);
}

/* 1 when the clause of the verb at token verb (between commas or
 * semicolons of [lo, hi)) holds a negation or a word of plans. */
static int verb_clause_denied(const extractor_impl_t *x, size_t verb, size_t lo, size_t hi)
{
    size_t a0 = verb, a1 = verb;
    while (a0 > lo && !tok_punct(x, a0 - 1, ',') && !tok_punct(x, a0 - 1, ';')) a0--;
    while (a1 < hi && !tok_punct(x, a1, ',') && !tok_punct(x, a1, ';')) a1++;
    for (size_t i = a0; i < a1; i++) {
        int noun = 0;
        int cls = trig_class(x, i, &noun);
        if (cls == TR_NEG || cls == TR_PLAN) return 1;
    }
    return 0;
}

/* The one person who travels in candidates [c0, c1), -1 when none or
 * several. */
static int32_t sole_traveller(const extractor_impl_t *x, size_t c0, size_t c1)
{
    int32_t who = -1;
    for (size_t q = c0; q < c1; q++) {
        const cand_t *c = &x->cand[q];
        if (c->dropped || c->rel != EV_REL_VISIT || x->act[c->src].kind != EV_KIND_PERSON) continue;
        if (who >= 0 && who != c->src) return -1;
        who = c->src;
    }
    return who;
}

/* "X wurde von Y nach Warschau begleitet": the escorted one travelled to
 * the state of the sentence's one destination, unless a rule already
 * said so. */
static int escorted_to(extractor_impl_t *x, size_t s, size_t m0, size_t m1, int32_t traveller)
{
    int32_t dst = -1;
    const char *place = NULL;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (!recall_usable(m) || m->prep != P_NACH || x->act[m->actor].kind != EV_KIND_STATE) continue;
        if (dst >= 0 && dst != m->actor) return DN_OK;
        dst = m->actor;
        place = m->place;
    }
    size_t c0 = x->ncand;
    while (c0 > 0 && x->cand[c0 - 1].sent == s) c0--;
    if (dst < 0 || have(x, c0, x->ncand, traveller, dst, EV_REL_VISIT)) return DN_OK;
    const text_sent_t *se = &x->doc.sents[s];
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    first_date(x, s, se->tok, se->tok + se->ntok, &a, &b);
    return add(x, traveller, dst, EV_REL_VISIT, a, b, place, s, 0.7, x->ntrig_inst++);
}

/* "Begleitet wurde er von Minister X", "Auf der Reise begleitete ihn X":
 * the companions visited where the traveller of the last sentences
 * went. */
static int escorts(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t lo, size_t hi)
{
    int verb = 0, passive = 0;
    size_t vt = hi;
    for (size_t i = lo; i < hi; i++) {
        if (tok_cue(x, i, CUE_ESCORTED) && !verb) { verb = 1; vt = i; }
        /* "Begleitet wurde er von X", "Begleitet wird der Präsident von X" */
        if (tok_word(x, i, "wurde") || tok_word(x, i, "wurden") || tok_word(x, i, "wird") || tok_word(x, i, "werden"))
            passive = 1;
    }
    if (!verb || verb_clause_denied(x, vt, lo, hi)) return DN_OK;
    /* "empfing X den Gast Y, der von Z begleitet wurde": the relative
     * clause's antecedent is the one escorted */
    int32_t rk = relative_subject(x, m0, m1, vt);
    int32_t traveller = rk >= 0 && x->act[x->men[rk].actor].kind == EV_KIND_PERSON ? x->men[rk].actor : -1;
    for (size_t k = m0; k < m1 && traveller < 0; k++) {
        const mention_t *m = &x->men[k];
        if (!recall_usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        if (passive ? m->prep == P_NONE : (m->type == MT_PRON && m->prep == P_NONE)) traveller = m->actor;
    }
    size_t c1 = x->ncand, first = c1;
    /* the trip told in the last few sentences (a paragraph on the
     * arrival before "Begleitet wird der Präsident von ...") */
    while (first > 0 && x->cand[first - 1].sent + 4 >= s) first--;
    /* "Begleitet wird der Präsident von X" with a role noun no mention
     * resolved: the one traveller of those sentences */
    if (traveller < 0 && passive) traveller = sole_traveller(x, first, c1);
    if (traveller < 0) return DN_OK;
    int rc0 = escorted_to(x, s, m0, m1, traveller);
    if (rc0) return rc0;
    c1 = x->ncand;
    int32_t tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (!recall_usable(m) || m->type != MT_ENTITY || m->actor == traveller) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        /* "von einer Delegation mit X begleitet": X is one of the escort */
        size_t w = m->b >= 3 && tok_word(x, m->b - 1, "mit") ? m->b - 1
                   : m->b >= 4 && tok_word(x, m->b - 2, "mit") ? m->b - 2 : 0;
        int in_delegation = passive && m->prep == P_MIT && w && cue_noun(x, w - 1, CUE_DELEGATION);
        if (m->prep != (passive ? P_VON : P_NONE) && !in_delegation) continue;
        for (size_t q = first; q < c1; q++) {
            cand_t cq = x->cand[q];
            if (cq.dropped || cq.rel != EV_REL_VISIT || cq.src != traveller) continue;
            if (have(x, first, x->ncand, m->actor, cq.dst, EV_REL_VISIT)) continue;
            if (tid < 0) tid = x->ntrig_inst++;
            int rc = escort_add(x, m->actor, &cq, s, cq.conf - 0.1, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* 1 when the first n bytes of token i hold no capital A-Z: "vertrat" the
 * verb, not a noun or a heading in capitals. */
static int lower_start(const extractor_impl_t *x, size_t i, size_t n)
{
    const text_tok_t *t = TK(x, i);
    for (size_t k = 0; k < n && k < t->len; k++) {
        char c = x->doc.s[t->off + k];
        if (c >= 'A' && c <= 'Z') return 0;
    }
    return 1;
}

/* "X traf an der Spitze einer Delegation in Y ein. (...) Zu der
 * Delegation gehören A und B": the visit (one past its candidate index)
 * of a person told in one of the two sentences before s that names a
 * delegation; 0 when none. */
static size_t told_delegation_visit(const extractor_impl_t *x, size_t s)
{
    size_t back = s > 0 && names_delegation(x, s - 1) ? 1 : s > 1 && names_delegation(x, s - 2) ? 2 : 0;
    for (size_t q = x->ncand; back && q-- > 0;) {
        const cand_t *cd = &x->cand[q];
        if (cd->sent + back < s) break;
        if (!cd->dropped && cd->sent + back == s && cd->rel == EV_REL_VISIT && x->act[cd->src].kind == EV_KIND_PERSON)
            return q + 1;
    }
    return 0;
}

/* "Zu Pelosis Delegation gehören A und B", "Ihrer Delegation gehörten A
 * und B an": the members made the leader's latest visit. */
static int delegation_members(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t lo, size_t hi)
{
    size_t d = hi;
    int verb = 0;
    for (size_t i = lo; i < hi; i++) {
        if (d == hi && cue_noun(x, i, CUE_DELEGATION))
            d = i;
        if (tok_cue(x, i, CUE_BELONG))
            verb = 1;
    }
    if (d == hi || !verb || d == lo) return DN_OK;
    /* the leader: a possessive or a genitive name right before the noun,
     * or a person in the genitive right after it ("Zur Begleitung des
     * Regierungschefs gehören A und B") */
    int32_t leader = -1;
    for (size_t k = m0; k < m1 && leader < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        if (m->e == d && (m->type == MT_POSS || m->type == MT_ENTITY)) leader = m->actor;
        else if (m->b > d && m->b <= d + 2 && m->prep == P_GEN && m->type == MT_ENTITY) leader = m->actor;
    }
    size_t v = 0;
    if (leader < 0 && (tok_word(x, d - 1, "der") || tok_word(x, d - 1, "dieser"))) {
        v = told_delegation_visit(x, s);
        if (v) leader = x->cand[v - 1].src;
    }
    if (leader < 0) return DN_OK;
    if (!v) {
        v = x->ncand;
        while (v > 0 && (x->cand[v - 1].dropped || x->cand[v - 1].rel != EV_REL_VISIT || x->cand[v - 1].src != leader))
            v--;
    }
    if (v == 0) return DN_OK;
    cand_t cq = x->cand[v - 1];
    int32_t tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) || m->type != MT_ENTITY || m->actor == leader || m->b < d) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON || m->prep != P_NONE) continue;
        if (tid < 0) tid = x->ntrig_inst++;
        int rc = cand_add(x, m->actor, cq.dst, EV_REL_VISIT, cq.start, cq.end, cq.place, s, cq.conf - 0.15, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* ---------- joint action ---------- */

/* The state a sentence's event takes place in: the first "in <place or
 * state>"; -1 when not said. */
static int32_t host_in(const extractor_impl_t *x, size_t m0, size_t m1, const char **place)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || m->actor < 0 || m->prep != P_IN) continue;
        if (!m->place && x->act[m->actor].kind != EV_KIND_STATE) continue;
        *place = m->place;
        return state_of(x, m->actor);
    }
    return -1;
}

/* Two politicians of different states acting together meet; those from
 * abroad visit the state it happens in. */
static int together(extractor_impl_t *x, size_t s, size_t c0, int32_t p, int32_t q, int32_t host,
                    const char *place, ev_date_t a, ev_date_t b, int32_t *tid)
{
    int32_t sp = state_of(x, p), sq = state_of(x, q);
    if (p == q || sp < 0 || sq < 0 || sp == sq) return DN_OK;
    if (*tid < 0) *tid = x->ntrig_inst++;
    int rc = DN_OK;
    if (!have(x, c0, x->ncand, p, q, EV_REL_MEETING))
        rc = add(x, p, q, EV_REL_MEETING, a, b, place, s, 0.65, *tid);
    if (!rc && host >= 0 && !have(x, c0, x->ncand, p, host, EV_REL_VISIT))
        rc = add(x, p, host, EV_REL_VISIT, a, b, place, s, 0.6, *tid);
    if (!rc && host >= 0 && !have(x, c0, x->ncand, q, host, EV_REL_VISIT))
        rc = add(x, q, host, EV_REL_VISIT, a, b, place, s, 0.6, *tid);
    return rc;
}

/* "feierte A gemeinsam mit B eine Messe", "A und B haben in Wien
 * miteinander gesprochen": joint action of two named politicians. */
static int joint_action(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    /* a journey together is joint_travel's; planned or denied acts are no events */
    for (size_t i = lo; i < hi; i++) {
        int cls = trig_class(x, i, NULL);
        if (cls == TR_PLAN || cls == TR_NEG || cls == TR_NONEVENT) return DN_OK;
    }
    for (size_t q = c0; q < x->ncand; q++)
        if (!x->cand[q].dropped && (x->cand[q].rel == EV_REL_VISIT || x->cand[q].rel == EV_REL_MEETING))
            return DN_OK;
    int mit = 0;
    for (size_t i = lo; i < hi; i++) {
        /* "miteinander gesprochen", "unter vier Augen zusammengekommen" */
        const text_tok_t *t = TK(x, i);
        if (tok_cue(x, i, CUE_MUTUAL)
            || (t->type == TOK_WORD && !(t->flags & TOK_CAP) && t->len > 10
                && cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_MEETPREFIX, 0)))
            mit = 1;
    }
    const char *place = NULL;
    int32_t host = -1;
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    int32_t tid = -1;
    int32_t sub = -1;
    size_t sk = m1;
    for (size_t k = m0; k < m1 && sk == m1; k++) {
        const mention_t *m = &x->men[k];
        /* the subject, also as a pronoun ("eröffnet er gemeinsam mit X") */
        if ((m->type == MT_ENTITY || (m->type == MT_PRON && !m->group)) && recall_usable(m) && m->prep == P_NONE
            && x->act[m->actor].kind == EV_KIND_PERSON) {
            sub = m->actor;
            sk = k;
        }
    }
    if (sub < 0) return DN_OK;
    host = host_in(x, m0, m1, &place);
    first_date(x, s, lo, hi, &a, &b);
    if (mit) {
        /* the coordinated subjects */
        for (size_t k = sk + 1; k < m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->list != x->men[sk].list) continue;
            if (m->type != MT_ENTITY || !recall_usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
            int rc = together(x, s, c0, sub, m->actor, host, place, a, b, &tid);
            if (rc) return rc;
        }
        return DN_OK;
    }
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || companion(x, m, lo) != 1) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = together(x, s, c0, sub, m->actor, host, place, a, b, &tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* 1 when a past passive auxiliary (wurde, wurden, worden) stands in [a, b). */
static int passive_aux_in(const extractor_impl_t *x, size_t a, size_t b)
{
    for (size_t i = a; i < b; i++)
        if (tok_word(x, i, "wurde") || tok_word(x, i, "wurden") || tok_word(x, i, "worden")) return 1;
    return 0;
}

/* 1 when an event of date a (year 0: undated) is told as news of the
 * report's days - not a chronology's past entry, which happened elsewhere
 * than the dateline: within about a month of the text's date. */
static int near_report(const extractor_impl_t *x, ev_date_t a)
{
    if (!a.year || !x->ref.year) return 1;
    long da = a.year * 372L + (a.month ? a.month : 1) * 31L + (a.day ? a.day : 1);
    long dr = x->ref.year * 372L + (x->ref.month ? x->ref.month : 1) * 31L + (x->ref.day ? x->ref.day : 1);
    return da <= dr && dr - da <= 40;
}

/* ---------- joint signing ---------- */

/* 1 when the signing verb at i tells a signing that happened: in the
 * indicative, not attributive, its clause neither negated nor planned. */
static int signed_here(const extractor_impl_t *x, size_t i, size_t lo, size_t hi)
{
    if (!extract_clauses(x) || verb_clause_denied(x, i, lo, hi)) return 0;
    const clause_t *gc = gram_clause(x, i);
    if (!gc || gc->fin < 0 || gc->mood != MOOD_INDICATIVE) return 0;
    if (gc->flags & (CLAUSE_F_NEG | CLAUSE_F_READY | CLAUSE_F_COND | CLAUSE_F_MODAL)) return 0;
    return gc->tense != TENSE_FUTURE && clause_tok(&x->cr, i)->pos != MORPH_ADJ;
}

static int joint_signing(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    /* the frame rules found the agreement (so it is no plan or negation);
     * a party with no state ("Rebellenführer X") makes none, and then the
     * signing verb's own clause must say it happened */
    int agreed = 0;
    for (size_t q = c0; q < x->ncand; q++)
        if (!x->cand[q].dropped && x->cand[q].rel == EV_REL_AGREEMENT) agreed = 1;
    int verb = 0;
    for (size_t i = lo; i < hi; i++) {
        int noun = 0;
        if (trig_class(x, i, &noun) == TR_AGREEMENT && !noun && (agreed || signed_here(x, i, lo, hi))) verb = 1;
        /* "setzten ihre Unterschriften unter den Vertrag" */
        const clause_t *gc = noun ? gram_clause(x, i) : NULL;
        if (gc && tok_cue(x, i, CUE_SIGNATURE) && cues_match(&x->cues, gc->lemma, strlen(gc->lemma), CUE_SIGNVERB, 0))
            verb = 1;
    }
    if (!verb) return DN_OK;
    /* the signers: the first list of persons without a preposition, or
     * with "von" in a passive clause ("wurde von A und B unterzeichnet") */
    int passive = passive_aux_in(x, lo, hi);
    int32_t who[8];
    int n = 0;
    int32_t list = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || m->prep != (passive ? P_VON : P_NONE)) continue;
        if (list >= 0 && m->list != list) break;
        if (x->act[m->actor].kind != EV_KIND_PERSON) { if (list >= 0) break; continue; }
        list = m->list;
        if (n < 8) who[n++] = m->actor;
    }
    /* "X unterzeichnete mit seinem Kollegen Y ein Abkommen": the partner
     * signs too; "mit seinen Amtskollegen A aus Estland, B aus Lettland und
     * C": each partner of the list, who meet X, not one another */
    int partners = 0;
    int32_t plist = -1;
    for (size_t k = m0; n == 1 + partners && n < 4 && k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type == MT_ENTITY && recall_usable(m) && m->prep == P_MIT && x->act[m->actor].kind == EV_KIND_PERSON
            && m->actor != who[0] && (plist < 0 || m->list == plist)) {
            plist = m->list;
            who[n++] = m->actor;
            partners++;
        }
    }
    if (n < 2 || n > 4) return DN_OK;
    /* "im Beisein von US-Präsident X": the witness meets the signers */
    for (size_t k = m0; k < m1 && n < 8; k++) {
        const mention_t *m = &x->men[k];
        if (recall_usable(m) && witness_mention(x, m)) who[n++] = m->actor;
    }
    int32_t host = -1;
    const char *place = NULL;
    for (size_t k = m0; k < m1 && host < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || m->actor < 0 || m->prep != P_IN) continue;
        /* a city, a state, or a state's seat ("im Weißen Haus") */
        if (!m->place && x->act[m->actor].kind != EV_KIND_STATE
            && !(x->act[m->actor].kind == EV_KIND_INSTITUTION && state_of(x, m->actor) >= 0))
            continue;
        host = state_of(x, m->actor);
        place = m->place;
    }
    /* "Genf (AFP) - ... Anschließend unterzeichneten A und B eine
     * Erklärung": with no place of its own, the signing is where the
     * report comes from */
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    first_date(x, s, lo, hi, &a, &b);
    int from_scene = 0;
    if (host < 0 && x->scene >= 0 && near_report(x, a)) {
        host = state_of(x, x->scene);
        place = x->scene_place;
        from_scene = 1;
    }
    int32_t tid = x->ntrig_inst++;
    for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
            if (state_of(x, who[i]) >= 0 && state_of(x, who[i]) == state_of(x, who[j])) continue;
            if (partners > 1 && i >= 1 && i <= partners && j <= partners) continue;
            if (have(x, c0, x->ncand, who[i], who[j], EV_REL_MEETING)) continue;
            int rc = add(x, who[i], who[j], EV_REL_MEETING, a, b, place, s, 0.7, tid);
            if (rc) return rc;
        }
        /* ... there, only a signer of a known state has come from abroad
         * (the seat's own officials of the EU or the UN have not) */
        if (from_scene && state_of(x, who[i]) < 0) continue;
        if (host >= 0 && !have(x, c0, x->ncand, who[i], host, EV_REL_VISIT)) {
            int rc = add(x, who[i], host, EV_REL_VISIT, a, b, place, s, 0.65, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* ---------- passive reception ---------- */

static int passive_reception(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0,
                             size_t lo, size_t hi)
{
    size_t v = hi;
    for (size_t i = lo; i < hi && v == hi; i++) {
        int noun = 0;
        if (trig_class(x, i, &noun) == TR_RECEIVE && !noun)
            v = i;
    }
    if (v == hi) return DN_OK;
    if (!passive_aux_in(x, lo, v)) return DN_OK;
    /* the guest: the subject before the first agent, else (after "der
     * Gast", "die Besucher") the visitor of this or the last sentence; not
     * a thing welcomed ("der Vorschlag wurde begrüßt") */
    size_t agent = v;
    for (size_t k = m0; k < m1 && agent == v; k++)
        if (x->men[k].b < v && x->men[k].prep == P_VON) agent = x->men[k].b;
    int32_t guest = -1;
    for (size_t k = m0; k < m1 && guest < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= agent || !recall_usable(m) || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) break;
        guest = m->actor;
    }
    int guest_noun = 0;
    for (size_t i = lo; i < agent; i++)
        if (tok_cue(x, i, CUE_GUEST))
            guest_noun = 1;
    if (guest < 0 && guest_noun && x->ctx_visit >= 0 && (size_t)x->ctx_visit < x->ncand
        && x->cand[x->ctx_visit].sent + 1 >= s)
        guest = x->cand[x->ctx_visit].src;
    if (guest < 0) return DN_OK;
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    if (!first_date(x, s, lo, hi, &a, &b) && x->ctx_visit >= 0 && (size_t)x->ctx_visit < x->ncand
        && x->cand[x->ctx_visit].sent + 1 >= s && x->cand[x->ctx_visit].src == guest) {
        a = x->cand[x->ctx_visit].start;
        b = x->cand[x->ctx_visit].end;
    }
    int32_t tid = -1;
    int32_t vlist = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= v || m->type != MT_ENTITY || !recall_usable(m)) continue;
        if (m->prep == P_VON) vlist = m->list;
        else if (vlist < 0 || m->list != vlist) continue;
        int32_t host = m->actor;
        if (host == guest || x->act[host].kind != EV_KIND_PERSON) continue;
        if (tid < 0) tid = x->ntrig_inst++;
        int rc = DN_OK;
        if (!have(x, c0, x->ncand, host, guest, EV_REL_MEETING)) {
            x->cur_receive = 1;      /* a reception (cand_t.receive) */
            rc = add(x, host, guest, EV_REL_MEETING, a, b, NULL, s, 0.75, tid);
            x->cur_receive = 0;
        }
        int32_t hs = state_of(x, host);
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        if (a.year) dl_add(&dl, a, b);
        if (at_summit(x, &dl)) hs = x->sum_host;
        if (!rc && hs >= 0 && !have(x, c0, x->ncand, guest, hs, EV_REL_VISIT))
            rc = add(x, guest, hs, EV_REL_VISIT, a, b, NULL, s, 0.65, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* ---------- credentials ---------- */

/* 1 when token i is a word naming credentials ("Beglaubigungsschreiben",
 * "Akkreditierungsschreiben"). */
static int credentials_word(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP) || t->len < 20) return 0;
    return cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_CREDENTIALS, 0);
}

static int handing_verb(const extractor_impl_t *x, size_t i)
{
    return tok_cue(x, i, CUE_HANDOVER);
}

static int32_t subject_between(const extractor_impl_t *x, size_t m0, size_t m1, size_t a, size_t b, int kind);

/* "Kristersson übergab in Washington die Urkunde an Blinken", "Haavisto
 * übergibt Blinken die Urkunde": a document handed over in person is a
 * meeting of giver and taker, when they serve different states (not
 * "übergab die Amtsgeschäfte an seinen Nachfolger"), and not a note
 * handed to an ambassador (a summons, no talks). */
static int handover(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi, size_t v)
{
    int32_t giver = subject_between(x, m0, m1, lo, v, EV_KIND_PERSON), recv = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (!recall_usable(m) || m->type != MT_ENTITY || m->b < v || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        if (m->prep != P_NONE && m->prep != P_AN) continue;
        if (giver < 0 && m->prep == P_NONE) { giver = m->actor; continue; }
        if (m->actor != giver) { recv = m->actor; break; }
    }
    if (giver < 0 || recv < 0) return DN_OK;
    int32_t gs = state_of(x, giver), rs = state_of(x, recv);
    if (gs < 0 || rs < 0 || gs == rs) return DN_OK;
    const char *off = x->act[recv].office;
    if (off && cues_match(&x->cues, off, strlen(off), CUE_ENVOY, 0)) return DN_OK;
    const char *place = NULL;
    int32_t host = host_in(x, m0, m1, &place);
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    first_date(x, s, lo, hi, &a, &b);
    int32_t tid = -1;
    return together(x, s, c0, giver, recv, host, place, a, b, &tid);
}

/* "X überreichte Präsident Y sein Beglaubigungsschreiben", "überreichte
 * ... an Präsident Y": presenting credentials is a meeting with the head
 * of state who takes them, in that one's state. */
static int credentials(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    size_t v = hi, cw = hi;
    for (size_t i = lo; i < hi; i++) {
        if (v == hi && handing_verb(x, i)) v = i;
        if (cw == hi && credentials_word(x, i)) cw = i;
        /* "überreichten ... ihre Schreiben" after credentials were named */
        if (cw == hi && x->cred_recv != -1 && tok_cue(x, i, CUE_LETTER)) cw = i;
    }
    if (cw < hi && v == hi && x->cred_recv == -1) {
        /* "X hat ... Missionschefs zur Überreichung ihrer
         * Beglaubigungsschreiben empfangen": X takes those that follow */
        x->cred_recv = -2;
        for (size_t k = m0; k < m1 && x->cred_recv < 0; k++) {
            const mention_t *m = &x->men[k];
            if (usable(m) && m->prep == P_NONE && x->act[m->actor].kind == EV_KIND_PERSON)
                x->cred_recv = m->actor;
        }
    }
    if (v < hi && cw == hi) return handover(x, s, m0, m1, c0, lo, hi, v);
    if (v == hi || cw == hi) return DN_OK;
    /* the receiver: after "an"; else the first person after the verb when
     * the givers stand before it; else the second person named */
    size_t pm[16];
    int np = 0;
    int32_t recv = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (!recall_usable(m) || m->type == MT_POSS || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        if (m->prep == P_AN && recv < 0) recv = m->actor;
        else if (m->prep == P_NONE && np < 16) pm[np++] = k;
    }
    int ng = np;
    /* "Danach überreichten A, B und C ihre Schreiben": one list of givers,
     * to whoever took credentials before */
    /* ... all named before "ihre Schreiben": all give */
    int all_give = np > 0 && cw > lo && (tok_word(x, cw - 1, "ihre") || tok_word(x, cw - 1, "ihr")
                                         || tok_word(x, cw - 1, "sein") || tok_word(x, cw - 1, "seine"));
    for (int g = 0; g < np; g++) all_give &= x->men[pm[g]].b < cw;
    if (recv < 0 && x->cred_recv >= 0 && all_give) recv = x->cred_recv;
    if (recv < 0) {
        for (ng = 0; ng < np && x->men[pm[ng]].b < v; ng++) {}
        if (ng == 0 || ng == np) {
            /* all on one side of the verb: the givers are the first list */
            for (ng = 1; ng < np && x->men[pm[ng]].list == x->men[pm[0]].list; ng++) {}
            if (ng == np) ng = 1;
        }
        if (ng >= np) return DN_OK;
        recv = x->men[pm[ng]].actor;
    }
    if (x->cred_recv < 0) x->cred_recv = recv;
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    first_date(x, s, lo, hi, &a, &b);
    int32_t tid = -1, rs = state_of(x, recv);
    for (int g = 0; g < ng; g++) {
        int32_t who = x->men[pm[g]].actor;
        if (who == recv) continue;
        if (tid < 0) tid = x->ntrig_inst++;
        int rc = DN_OK;
        if (!have(x, c0, x->ncand, who, recv, EV_REL_MEETING))
            rc = add(x, who, recv, EV_REL_MEETING, a, b, NULL, s, 0.8, tid);
        if (!rc && rs >= 0 && !have(x, c0, x->ncand, who, rs, EV_REL_VISIT))
            rc = add(x, who, rs, EV_REL_VISIT, a, b, NULL, s, 0.65, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* ---------- stops of a journey ---------- */

/* The first actor of ev_kind_t kind without a preposition in mentions
 * [m0, m1) within tokens [a, b), not a place (a resolved pronoun counts);
 * -1 when none. */
static int32_t subject_between(const extractor_impl_t *x, size_t m0, size_t m1, size_t a, size_t b, int kind)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < a || m->b >= b || !recall_usable(m) || m->prep != P_NONE || m->place) continue;
        if ((int)x->act[m->actor].kind == kind) return m->actor;
    }
    return -1;
}

static int journey_stops(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    /* the traveller: the source of the sentence's first visit */
    int32_t who = -1, vdst = -1;
    ev_date_t va = { 0, 0, 0 }, vb = { 0, 0, 0 };
    for (size_t q = c0; q < x->ncand; q++)
        if (!x->cand[q].dropped && x->cand[q].rel == EV_REL_VISIT
            && x->act[x->cand[q].src].kind == EV_KIND_PERSON) {
            who = x->cand[q].src;
            vdst = x->cand[q].dst;
            va = x->cand[q].start;
            vb = x->cand[q].end;
            break;
        }
    int32_t tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *n = &x->men[k];
        if (n->type != MT_ENTITY || n->actor < 0) continue;
        /* "besuchte Polen, wo er ...": the visit's own destination too */
        if (n->prep != P_NACH && n->prep != P_IN && !(n->prep == P_NONE && n->actor == vdst)) continue;
        int32_t st = state_of(x, n->actor);
        if (st < 0 || (!n->place && x->act[n->actor].kind != EV_KIND_STATE)) continue;
        /* "nach Rom zu D": D is met there */
        if (who >= 0 && n->prep == P_NACH && k + 1 < m1) {
            const mention_t *z = &x->men[k + 1];
            if (z->prep == P_ZU && z->type == MT_ENTITY && recall_usable(z) && z->b <= n->tail + 3
                && x->act[z->actor].kind == EV_KIND_PERSON && !have(x, c0, x->ncand, who, z->actor, EV_REL_MEETING)) {
                if (tid < 0) tid = x->ntrig_inst++;
                int rc = add(x, who, z->actor, EV_REL_MEETING, va, vb, n->place, s, 0.7, tid);
                if (rc) return rc;
            }
        }
        /* "nach Prag, wo er mit E zusammentraf" */
        size_t w = n->tail;
        if (!(tok_punct(x, w, ',') && tok_word(x, w + 1, "wo"))) continue;
        size_t we = w + 2;
        while (we < hi && !tok_punct(x, we, ',') && !tok_punct(x, we, ';') && !tok_punct(x, we, '.')) we++;
        int meet = 0;
        for (size_t i = w + 2; i < we; i++) {
            int noun = 0;
            int cls = trig_class(x, i, &noun);
            if (cls == TR_MEETING || cls == TR_RECEIVE) meet = 1;
            const text_tok_t *t = TK(x, i);
            if (t->type == TOK_WORD && t->len > 9 && cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_MEETPREFIX, 0))
                meet = 1;
        }
        /* "Reisen nach Oslo, wo A mit B zusammentraf": the traveller is
         * the subject of the wo-clause */
        int32_t traveller = who;
        if (traveller < 0 || !meet) {
            int32_t sub = subject_between(x, m0, m1, w + 2, we, EV_KIND_PERSON);
            if (sub >= 0) traveller = sub;
        }
        if (traveller < 0 || (!meet && n->prep != P_NACH)) continue;
        ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
        /* its date: after the stop before it ("und am 7. Mai nach Athen, wo") */
        size_t from = k > m0 ? x->men[k - 1].tail : lo;
        if (!first_date(x, s, from, we, &a, &b) && st == vdst && traveller == who) { a = va; b = vb; }
        /* the sentence's date for a traveller first named here ("Im Juni
         * folgten Reisen nach Oslo, wo A ..."), not for a later stop */
        if (!a.year && traveller != who) first_date(x, s, lo, hi, &a, &b);
        if (tid < 0) tid = x->ntrig_inst++;
        if (!have(x, c0, x->ncand, traveller, st, EV_REL_VISIT)) {
            int rc = add(x, traveller, st, EV_REL_VISIT, a, b, n->place, s, 0.7, tid);
            if (rc) return rc;
        }
        if (!meet) continue;
        for (size_t q = k + 1; q < m1; q++) {
            const mention_t *p = &x->men[q];
            if (p->b >= we) break;
            if (p->type != MT_ENTITY || !recall_usable(p) || p->prep != P_MIT || p->actor == traveller) continue;
            if (have(x, c0, x->ncand, traveller, p->actor, EV_REL_MEETING)) continue;
            int rc = add(x, traveller, p->actor, EV_REL_MEETING, a, b, n->place, s, 0.7, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* ---------- delegations ---------- */

static int led_delegation(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    for (size_t i = lo; i + 1 < hi; i++) {
        if (!(tok_word(x, i, "unter") && tok_cue(x, i + 1, CUE_LEAD))) continue;
        int32_t lead = -1;
        size_t after = hi;
        for (size_t k = m0; k < m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b > i + 1 && m->b <= i + 5 && m->type == MT_ENTITY && recall_usable(m)
                && x->act[m->actor].kind == EV_KIND_PERSON) { lead = m->actor; after = m->tail; break; }
        }
        if (lead < 0) return DN_OK;
        /* a visit, travel or meeting verb after the leader */
        size_t v = hi;
        for (size_t j = after; j < hi && v == hi; j++) {
            int noun = 0;
            int cls = trig_class(x, j, &noun);
            if (!noun && (cls == TR_VISIT || cls == TR_TRAVEL || cls == TR_MEETING)) v = j;
        }
        if (v == hi) return DN_OK;
        ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
        first_date(x, s, lo, hi, &a, &b);
        int32_t tid = x->ntrig_inst++;
        int visited = 0;
        for (size_t k = m0; k < m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b <= v || m->type != MT_ENTITY || !recall_usable(m) || m->actor == lead) continue;
            int rc = DN_OK;
            if (m->prep == P_MIT && x->act[m->actor].kind == EV_KIND_PERSON) {
                /* "traf mit Präsident D zusammen" */
                if (!have(x, c0, x->ncand, lead, m->actor, EV_REL_MEETING))
                    rc = add(x, lead, m->actor, EV_REL_MEETING, a, b, NULL, s, 0.7, tid);
                if (rc) return rc;
                continue;
            }
            if (visited || (m->prep != P_NONE && m->prep != P_NACH && m->prep != P_IN)) continue;
            int32_t st = state_of(x, m->actor);
            if (st < 0) continue;
            visited = 1;
            if (!have(x, c0, x->ncand, lead, st, EV_REL_VISIT))
                rc = add(x, lead, st, EV_REL_VISIT, a, b, m->place, s, 0.7, tid);
            if (!rc && m->prep == P_NONE && x->act[m->actor].kind == EV_KIND_PERSON
                && !have(x, c0, x->ncand, lead, m->actor, EV_REL_MEETING))
                rc = add(x, lead, m->actor, EV_REL_MEETING, a, b, NULL, s, 0.7, tid);
            if (rc) return rc;
        }
        return DN_OK;
    }
    return DN_OK;
}

/* ---------- representation at a summit ---------- */

/* Whom an attendee of the text's summit meets: its organiser, else its
 * host (the person, else the state); -1 when none is known. */
static int32_t summit_target(const extractor_impl_t *x)
{
    return x->sum_org >= 0 ? x->sum_org : x->sum_hostp >= 0 ? x->sum_hostp : x->sum_host;
}

/* Representative rep of who_for attends the text's summit (target) on
 * [a, b]: meets it and, from abroad, visits the host state. */
static int attend_for(extractor_impl_t *x, size_t s, size_t c0, int32_t rep, int32_t who_for, int32_t target,
                      ev_date_t a, ev_date_t b, int32_t *tid)
{
    if (*tid < 0) *tid = x->ntrig_inst++;
    int rc = DN_OK;
    if (!have(x, c0, x->ncand, rep, target, EV_REL_MEETING))
        rc = add(x, rep, target, EV_REL_MEETING, a, b, x->sum_place, s, 0.65, *tid);
    int32_t home = state_of(x, rep) >= 0 ? state_of(x, rep) : state_of(x, who_for);
    /* an official of a body of no state (EU, UN) is abroad everywhere */
    int abroad = home >= 0 ? home != x->sum_host
                           : x->act[rep].intl || (who_for >= 0 && x->act[who_for].kind == EV_KIND_INSTITUTION);
    if (!rc && x->sum_host >= 0 && abroad
        && !have(x, c0, x->ncand, rep, x->sum_host, EV_REL_VISIT))
        rc = cand_add(x, rep, x->sum_host, EV_REL_VISIT, a, b, x->sum_place, s, 0.6, *tid);
    return rc;
}

/* "X sprach am Rande des Gipfels", "kündigte am Rande des Treffens an":
 * the clause's subject was at the summit the text is about (a summit
 * or meeting noun after "am Rande des/der"), whatever the verb says of
 * it; the events of the sentence's own clause stand as they are. */
static int at_margin(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    if (!x->have_summit) return DN_OK;
    int32_t target = summit_target(x);
    if (target < 0) return DN_OK;
    size_t at = hi;
    for (size_t i = lo; i + 3 < hi && at == hi; i++) {
        if (!tok_cue(x, i + 1, CUE_MARGIN) || !(tok_word(x, i + 2, "des") || tok_word(x, i + 2, "der"))) continue;
        int noun = 0, cls = trig_class(x, i + 3, &noun);
        if (noun && (cls == TR_SUMMIT || cls == TR_MEETING) && tok_word(x, i, "am")) at = i;
    }
    if (at == hi) return DN_OK;
    int sq = subject_in(x, m0, m1, lo, hi, 1);
    if (sq < 0 || x->men[sq].type != MT_ENTITY || x->act[x->men[sq].actor].kind != EV_KIND_PERSON) return DN_OK;
    /* the host's own people are at home there */
    int32_t who = x->men[sq].actor;
    if (who == target || (x->sum_host >= 0 && state_of(x, who) == x->sum_host)) return DN_OK;
    ev_date_t a = x->sum_a, b = x->sum_b;
    int32_t tid = -1;
    return attend_for(x, s, c0, who, -1, target, a, b, &tid);
}

/* "Die EU vertraten A und B": with the verb active, its persons without
 * a preposition represent the state or body it names. */
static int represented_actively(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, int32_t target,
                                ev_date_t a, ev_date_t b)
{
    int32_t who_for = -1, tid = -1;
    for (size_t k = m0; k < m1 && who_for < 0; k++) {
        const mention_t *m = &x->men[k];
        if (m->type == MT_ENTITY && recall_usable(m) && m->prep == P_NONE && x->act[m->actor].kind != EV_KIND_PERSON)
            who_for = m->actor;
    }
    if (who_for < 0) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON || m->actor == target) continue;
        int rc = attend_for(x, s, c0, m->actor, who_for, target, a, b, &tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "Auch Kuwait, der Irak und Libyen waren vertreten": with no person
 * named, the states of the subject's list attend the summit themselves. */
static int represented_states(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, int32_t target,
                              ev_date_t a, ev_date_t b)
{
    int32_t list = -1, tid = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || m->prep != P_NONE) continue;
        if (x->act[m->actor].kind == EV_KIND_PERSON) return DN_OK;
    }
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || m->prep != P_NONE || m->place) continue;
        if (list >= 0 && m->list != list) break;
        if (x->act[m->actor].kind != EV_KIND_STATE) continue;
        list = m->list;
        if (m->actor == target || m->actor == x->sum_host) continue;
        int rc = attend_for(x, s, c0, m->actor, m->actor, target, a, b, &tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "Uruguays Präsident X lässt sich durch seinen Stellvertreter Y
 * vertreten", "Z wurde durch A und B vertreten": at the text's summit the
 * representatives attend for the one represented (who stays at home). */
static int represented(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    if (!x->have_summit) return DN_OK;
    size_t verb = hi;
    for (size_t i = lo; i < hi && verb == hi; i++) {
        const text_tok_t *t = TK(x, i);
        if (t->type == TOK_WORD && !(t->flags & TOK_CAP) && t->len >= 7
            && tok_cue(x, i, CUE_REPRESENT) && lower_start(x, i, 5))
            verb = i;
    }
    if (verb == hi) return DN_OK;
    /* "Togo war nicht vertreten, nachdem ...": no one attended */
    if (verb_clause_denied(x, verb, lo, hi)) return DN_OK;
    int32_t target = summit_target(x);
    if (target < 0) return DN_OK;
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    if (!first_date(x, s, lo, hi, &a, &b)) { a = x->sum_a; b = x->sum_b; }
    int32_t tid = -1;
    int passive = 0;
    for (size_t i = lo; i < hi; i++) {
        /* "durch X vertreten", "ließ sich von X vertreten" */
        if (!tok_word(x, i, "durch") && !tok_word(x, i, "von")) continue;
        passive = 1;
        /* the one represented: the subject before "durch", a person or
         * a state ("Frankreich war durch X vertreten") */
        int32_t who_for = subject_between(x, m0, m1, lo, i, EV_KIND_PERSON);
        if (who_for < 0) who_for = subject_between(x, m0, m1, lo, i, EV_KIND_STATE);
        int32_t list = -1;
        for (size_t k = m0; k < m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b <= i || m->type != MT_ENTITY || !recall_usable(m)) continue;
            if (list < 0 && m->b > i + 4) break;
            if (list >= 0 && m->list != list) break;
            list = m->list;
            int32_t rep = m->actor;
            if (x->act[rep].kind != EV_KIND_PERSON || rep == target || rep == who_for) continue;
            int rc = attend_for(x, s, c0, rep, who_for, target, a, b, &tid);
            if (rc) return rc;
        }
    }
    if (passive) return DN_OK;
    int rc = represented_actively(x, s, m0, m1, c0, target, a, b);
    return rc ? rc : represented_states(x, s, m0, m1, c0, target, a, b);
}

/* ---------- several dates ---------- */

static int same_date(ev_date_t a, ev_date_t b)
{
    return a.year == b.year && a.month == b.month && a.day == b.day;
}

/* "traf am 3. März und am 9. Oktober mit D zusammen": two date
 * expressions joined by und are two events of the one verb. */
static int date_series(extractor_impl_t *x, size_t s, size_t c0)
{
    size_t c1 = x->ncand;
    int32_t tid = -1;
    for (size_t d = x->sent_date0[s]; d + 1 < x->sent_date0[s + 1]; d++) {
        const text_date_t *d1 = &x->dates.v[d], *d2 = &x->dates.v[d + 1];
        if (d1->group == d2->group || d1->end.year || d2->end.year) continue;
        size_t g = d1->tok + d1->ntok;
        if (d2->tok < g || d2->tok > g + 2) continue;
        int und = 0, glue = 1;
        for (size_t i = g; i < d2->tok; i++) {
            if (tok_word(x, i, "und") || tok_word(x, i, "sowie")) und = 1;
            else if (!(tok_word(x, i, "am") || tok_word(x, i, "im") || tok_punct(x, i, ','))) glue = 0;
        }
        if (!und || !glue) continue;
        for (size_t q = c0; q < c1; q++) {
            cand_t cq = x->cand[q];
            if (cq.dropped || (cq.rel != EV_REL_VISIT && cq.rel != EV_REL_MEETING)) continue;
            if (!same_date(cq.start, d1->start)) continue;
            int dup = 0;
            for (size_t r = c0; r < x->ncand; r++) {
                const cand_t *o = &x->cand[r];
                if (!o->dropped && o->rel == cq.rel && o->src == cq.src && o->dst == cq.dst
                    && same_date(o->start, d2->start)) dup = 1;
            }
            if (dup) continue;
            if (tid < 0) tid = x->ntrig_inst++;
            int rc = add(x, cq.src, cq.dst, cq.rel, d2->start, d2->end, cq.place, s, cq.conf - 0.05, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* ---------- presence abroad ---------- */

/* "kam am 9. Juli nach Rom", "sprach am 3. Mai in Prag vor Studenten",
 * "nahm am Forum in Davos teil": a person of a known state who came to,
 * spoke in or took part in something in a city of another state was
 * there. */
static int presence(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    size_t v = hi;
    int came = 0;
    for (size_t i = lo; i < hi; i++) {
        int noun = 0;
        int cls = trig_class(x, i, &noun);
        if (cls == TR_PLAN || cls == TR_NEG || cls == TR_NONEVENT) return DN_OK;
        if (tok_cue(x, i, CUE_JOINED)) return DN_OK;
        if (v < hi) continue;
        if (tok_cue(x, i, CUE_CAME)) { v = i; came = 1; }
        else if (tok_cue(x, i, CUE_SPOKE) && !tok_word(x, i + 1, "sich"))
            v = i;
        else if (cls == TR_PARTICIPATE && !noun) v = i;
    }
    if (v == hi) return DN_OK;
    for (size_t q = c0; q < x->ncand; q++)
        if (!x->cand[q].dropped && (x->cand[q].rel == EV_REL_VISIT || x->cand[q].rel == EV_REL_MEETING)) return DN_OK;
    int32_t who = subject_between(x, m0, m1, lo, hi, EV_KIND_PERSON);
    if (who < 0 || state_of(x, who) < 0) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || m->actor < 0 || m->b < v) continue;
        if (came ? m->prep != P_NACH : (m->prep != P_IN || !m->place)) continue;
        if (!m->place && x->act[m->actor].kind != EV_KIND_STATE) continue;
        if (place_is_topic(x, m->b, lo)) continue;
        int32_t st = state_of(x, m->actor);
        if (st < 0 || st == state_of(x, who)) return DN_OK;
        ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
        first_date(x, s, lo, hi, &a, &b);
        return add(x, who, st, EV_REL_VISIT, a, b, m->place, s, 0.65, x->ntrig_inst++);
    }
    return DN_OK;
}

/* ---------- a stay told without a verb ---------- */

/* "März 2016: Bundespräsident Joachim Gauck in Tiflis", "Juni 2014:
 * Ministerpräsident X in Berlin, Gespräch mit ...": a dated entry of a
 * chronology whose first part names, without a verb, a person of a known
 * state and then a city of another: the person was there. */
static int telegraphic_stay(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    size_t e = lo;
    while (e < hi && !tok_punct(x, e, ',') && !tok_punct(x, e, ';')) e++;
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    if (!first_date(x, s, lo, hi, &a, &b) || !a.year) return DN_OK;
    int32_t who = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b >= e || m->actor < 0 || m->type != MT_ENTITY) continue;
        if (who < 0) {
            /* the entry's first actor is the person, as its subject */
            if (x->act[m->actor].kind != EV_KIND_PERSON || m->prep != P_NONE) return DN_OK;
            who = m->actor;
            continue;
        }
        /* the next actor is the city: "X in Tiflis" */
        if (m->prep != P_IN || !m->place) return DN_OK;
        int32_t st = state_of(x, m->actor), ws = state_of(x, who);
        if (st < 0 || ws < 0 || st == ws || have(x, c0, x->ncand, who, st, EV_REL_VISIT)) return DN_OK;
        /* no verb, by the grammar layer (without a parse: no rule) */
        if (clause_verb_in(x, lo, e) != 0) return DN_OK;
        return add(x, who, st, EV_REL_VISIT, a, b, m->place, s, 0.6, x->ntrig_inst++);
    }
    return DN_OK;
}

/* ---------- the host inside a list ---------- */

/* The mention in [m0, m1) of a person named right after a host noun
 * ("und Gastgeber X"), or -1. */
static int32_t listed_host(extractor_impl_t *x, size_t m0, size_t m1, size_t lo)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type != MT_ENTITY || !recall_usable(m) || x->act[m->actor].kind != EV_KIND_PERSON || m->b <= lo) continue;
        int noun = 0;
        int32_t tr = trigger_at(x, m->b - 1, &noun);
        if (tr >= 0 && noun && x->lx.trig[tr].cls == TR_HOST) return (int32_t)k;
    }
    return -1;
}

/* "unterzeichneten A (Costa Rica), B (Honduras) und Gastgeber C
 * (Guatemala)": the host named in the list is met by each of the others,
 * who travelled to his state - not one another (GUIDELINES 1.5: no
 * clique).  Only for a sentence whose rules found an event of the list. */
static int host_in_list(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    int32_t hk = listed_host(x, m0, m1, lo);
    if (hk < 0) return DN_OK;
    const mention_t *h = &x->men[hk];
    int32_t host = h->actor, hs = state_of(x, host);
    /* "A, B und Gastgeber C": the host noun cuts the list; its members
     * are the list of the person named before "und Gastgeber" */
    int32_t list = h->list;
    size_t nb = h->b - 1;
    if (nb > lo && (tok_word(x, nb - 1, "und") || tok_word(x, nb - 1, "sowie") || tok_punct(x, nb - 1, ',')))
        for (int32_t k = hk - 1; k >= (int32_t)m0; k--)
            if (x->men[k].type == MT_ENTITY && recall_usable(&x->men[k])
                && x->act[x->men[k].actor].kind == EV_KIND_PERSON) {
                list = x->men[k].list;
                break;
            }
    int32_t who[16];
    int n = 0;
    for (size_t k = m0; k < m1 && n < 16; k++) {
        const mention_t *m = &x->men[k];
        if ((int32_t)k == hk || m->list != list || m->type != MT_ENTITY || !recall_usable(m)) continue;
        if (x->act[m->actor].kind == EV_KIND_PERSON && m->actor != host) who[n++] = m->actor;
    }
    if (!n) return DN_OK;
    int told = 0;
    for (size_t q = c0; q < x->ncand; q++) {
        cand_t *cd = &x->cand[q];
        if (cd->dropped || (cd->rel != EV_REL_MEETING && cd->rel != EV_REL_AGREEMENT)) continue;
        int in_a = 0, in_b = 0;
        for (int j = 0; j < n; j++) {
            in_a |= cd->src == who[j];
            in_b |= cd->dst == who[j];
        }
        if (in_a || in_b) told = 1;
        if (cd->rel == EV_REL_MEETING && in_a && in_b) cd->dropped = 1;
    }
    if (!told) return DN_OK;
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    first_date(x, s, lo, hi, &a, &b);
    int32_t tid = x->ntrig_inst++;
    for (int j = 0; j < n; j++) {
        int rc = DN_OK;
        if (!have(x, c0, x->ncand, who[j], host, EV_REL_MEETING))
            rc = add(x, who[j], host, EV_REL_MEETING, a, b, NULL, s, 0.65, tid);
        if (!rc && hs >= 0 && !have(x, c0, x->ncand, who[j], hs, EV_REL_VISIT))
            rc = add(x, who[j], hs, EV_REL_VISIT, a, b, NULL, s, 0.6, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* ---------- dates of a reception after a visit ---------- */

/* "Er besuchte am 3. Mai Polen. Anschließend wurde er vom Präsidenten
 * empfangen.": an undated meeting of the visitor in the next sentence
 * happened on that visit. */
static void visit_dates(extractor_impl_t *x, size_t s, size_t c0, size_t lo, size_t hi)
{
    if (x->ctx_visit < 0 || (size_t)x->ctx_visit >= x->ncand) return;
    cand_t v = x->cand[x->ctx_visit];
    if (v.sent + 1 != s || !v.start.year) return;
    if (x->sent_date0[s] != x->sent_date0[s + 1]) return;   /* the sentence has its own date */
    int32_t vs = v.dst;
    for (size_t q = c0; q < x->ncand; q++) {
        cand_t *c = &x->cand[q];
        if (c->dropped || c->rel != EV_REL_MEETING || c->start.year) continue;
        if (c->src != v.src && c->dst != v.src) continue;
        int32_t other = c->src == v.src ? c->dst : c->src;
        if (state_of(x, other) != vs) continue;
        c->start = v.start;
        c->end = v.end;
    }
    (void)lo; (void)hi;
}

/* "Eine Delegation der Ecowas reist nach Banjul. A, B und C treffen
 * Jammeh.": a meeting told without a place, with someone of the state a
 * trip of the sentence before went to, on that trip's day, was there -
 * the parties from other states visited it. */
static int meeting_on_told_trip(extractor_impl_t *x, size_t s, size_t c0)
{
    if (s == 0) return DN_OK;
    size_t c1 = x->ncand;
    for (size_t q = c0; q < c1; q++) {
        cand_t cq = x->cand[q];
        if (cq.dropped || cq.rel != EV_REL_MEETING || cq.place) continue;
        for (size_t v = c0; v-- > 0;) {
            const cand_t *tv = &x->cand[v];
            if (tv->sent + 1 < s) break;
            if (tv->dropped || tv->rel != EV_REL_VISIT || tv->sent + 1 != s) continue;
            if (tv->start.year && cq.start.year && ev_date_cmp(tv->start, cq.start) != 0) continue;
            int32_t ss = state_of(x, cq.src), sd = state_of(x, cq.dst);
            int32_t guest = sd == tv->dst && ss >= 0 && ss != tv->dst ? cq.src
                            : ss == tv->dst && sd >= 0 && sd != tv->dst ? cq.dst : -1;
            if (guest < 0 || x->act[guest].kind != EV_KIND_PERSON || have(x, c0, x->ncand, guest, tv->dst, EV_REL_VISIT))
                continue;
            ev_date_t a = cq.start.year ? cq.start : tv->start, b = cq.start.year ? cq.end : tv->end;
            int rc = add(x, guest, tv->dst, EV_REL_VISIT, a, b, tv->place, s, cq.conf - 0.15, cq.trig);
            if (rc) return rc;
            break;
        }
    }
    return DN_OK;
}

/* ---------- delegations of states ---------- */

/* "Die polnische Delegation traf in Peking mit Li zusammen": the state a
 * delegation or its representatives stand for has visited the host. */
static int state_delegation(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    int del = 0;
    for (size_t i = lo; i < hi; i++) {
        const text_tok_t *t = TK(x, i);
        if (t->type != TOK_WORD || !(t->flags & TOK_CAP)) continue;
        if (tok_cue(x, i, CUE_DELEGATES))
            del = 1;
    }
    if (!del) return DN_OK;
    const char *place = NULL;
    int32_t host = host_in(x, m0, m1, &place);
    if (host < 0) return DN_OK;
    size_t c1 = x->ncand;
    int32_t tid = -1;
    for (size_t q = c0; q < c1; q++) {
        cand_t cq = x->cand[q];
        if (cq.dropped || cq.rel != EV_REL_MEETING) continue;
        for (int e = 0; e < 2; e++) {
            int32_t p = e ? cq.dst : cq.src;
            if (x->act[p].kind != EV_KIND_STATE || p == host) continue;
            if (have(x, c0, x->ncand, p, host, EV_REL_VISIT)) continue;
            if (tid < 0) tid = x->ntrig_inst++;
            int rc = add(x, p, host, EV_REL_VISIT, cq.start, cq.end, place, s, cq.conf - 0.1, tid);
            if (rc) return rc;
        }
    }
    return DN_OK;
}

/* ---------- an address to an assembly ---------- */

/* 1 when mention m is the audience of an address: an assembly after "vor"
 * ("vor dem US-Kongress"), after "in" with a speech noun just before
 * ("eine Rede im Deutschen Bundestag gehalten"), or after "vor (beiden)
 * Kammern" in the genitive ("vor beiden Kammern des australischen
 * Parlaments"). */
static int assembly_audience(const extractor_impl_t *x, const mention_t *m, size_t lo)
{
    if (m->actor < 0 || m->type != MT_ENTITY || m->role || x->act[m->actor].kind != EV_KIND_INSTITUTION) return 0;
    const char *n = x->act[m->actor].name;
    int assembly = 0;
    for (const char *w = n; *w && !assembly;) {
        const char *e = w;
        while (*e && *e != ' ') e++;
        assembly = cues_match(&x->cues, w, (size_t)(e - w), CUE_ASSEMBLY, 0);
        w = *e ? e + 1 : e;
    }
    if (!assembly) return 0;
    if (m->prep == P_VOR) return 1;
    if (m->prep == P_IN)
        return m->b >= lo + 2 && (tok_cue(x, m->b - 2, CUE_SPEECH) || (m->b >= lo + 3 && tok_cue(x, m->b - 3, CUE_SPEECH)));
    if (m->prep != P_GEN) return 0;
    /* "vor beiden Kammern des X": vor, a few small words, a chamber */
    size_t k = m->b;
    while (k > lo && TK(x, k - 1)->type == TOK_WORD && !(TK(x, k - 1)->flags & TOK_CAP) && !tok_word(x, k - 1, "vor")
           && k + 3 > m->b)
        k--;
    if (k <= lo || !tok_cue(x, k - 1, CUE_CHAMBER)) return 0;
    for (size_t q = k - 1, n2 = 0; q > lo && n2 < 3; n2++) {
        q--;
        if (tok_word(x, q, "vor")) return 1;
        if (TK(x, q)->type != TOK_WORD || (TK(x, q)->flags & TOK_CAP)) return 0;
    }
    return 0;
}

/* "hat vor dem US-Kongress für ... geworben", "sprach vor beiden Kammern
 * des australischen Parlaments", "war vor dem Kongress aufgetreten": a
 * person of a known state who speaks before a foreign assembly meets it
 * and has visited its state, whatever the verb. */
static int audience(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    if (hi > lo && tok_punct(x, hi - 1, '?')) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (!assembly_audience(x, m, lo)) continue;
        /* asked only of a sentence with an audience: most have none */
        for (size_t i = lo; i < hi; i++) {
            int noun = 0;
            int cls = trig_class(x, i, &noun);
            if (cls == TR_PLAN || cls == TR_NEG || cls == TR_NONEVENT) return DN_OK;
        }
        int32_t body = m->actor, bs = state_of(x, body);
        int32_t who = subject_between(x, m0, m1, lo, hi, EV_KIND_PERSON);
        if (who < 0 || bs < 0 || state_of(x, who) < 0 || state_of(x, who) == bs) return DN_OK;
        /* the speech frame may have told the meeting; the speaker from
         * abroad was in the body's state all the same */
        int met = have(x, c0, x->ncand, who, body, EV_REL_MEETING);
        if (met && have(x, c0, x->ncand, who, bs, EV_REL_VISIT)) return DN_OK;
        ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
        first_date(x, s, lo, hi, &a, &b);
        int32_t tid = x->ntrig_inst++;
        int rc = met ? DN_OK : add(x, who, body, EV_REL_MEETING, a, b, NULL, s, 0.65, tid);
        if (!rc && !have(x, c0, x->ncand, who, bs, EV_REL_VISIT))
            rc = add(x, who, bs, EV_REL_VISIT, a, b, NULL, s, 0.6, tid);
        return rc;
    }
    return DN_OK;
}

/* ---------- "die beiden" ---------- */

/* "A traf B. Die beiden kamen am 5. Mai in Warschau erneut zusammen.":
 * the pair of the last meeting meets again. */
static int the_two(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    int two = 0, meet = 0;
    for (size_t i = lo; i + 1 < hi; i++) {
        if (tok_word(x, i, "die") && tok_word(x, i + 1, "beiden")
            && !(i + 2 < hi && TK(x, i + 2)->type == TOK_WORD && (TK(x, i + 2)->flags & TOK_CAP)))
            two = 1;
    }
    for (size_t i = lo; i < hi; i++) {
        int noun = 0;
        int cls = trig_class(x, i, &noun);
        if (cls == TR_PLAN || cls == TR_NEG || cls == TR_NONEVENT) return DN_OK;
        if (cls == TR_MEETING) meet = 1;
        const text_tok_t *t = TK(x, i);
        if (t->type == TOK_WORD && !(t->flags & TOK_CAP) && t->len >= 8
            && cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_MEETPREFIX, 0)) meet = 1;
    }
    if (!two || !meet) return DN_OK;
    for (size_t q = c0; q < x->ncand; q++)
        if (!x->cand[q].dropped && x->cand[q].rel == EV_REL_MEETING) return DN_OK;
    int32_t p = -1, r = -1;
    for (size_t q = c0; q-- > 0;) {
        const cand_t *c = &x->cand[q];
        if (c->sent + 2 < s) break;
        if (c->dropped || c->rel != EV_REL_MEETING) continue;
        if (x->act[c->src].kind != EV_KIND_PERSON || x->act[c->dst].kind != EV_KIND_PERSON) continue;
        p = c->src;
        r = c->dst;
        break;
    }
    if (p < 0) return DN_OK;
    const char *place = NULL;
    int32_t host = host_in(x, m0, m1, &place);
    ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
    first_date(x, s, lo, hi, &a, &b);
    int32_t tid = x->ntrig_inst++;
    int rc = add(x, p, r, EV_REL_MEETING, a, b, place, s, 0.65, tid);
    for (int e = 0; e < 2 && !rc && host >= 0; e++) {
        int32_t w = e ? r : p;
        if (!have(x, c0, x->ncand, w, host, EV_REL_VISIT))
            rc = add(x, w, host, EV_REL_VISIT, a, b, place, s, 0.6, tid);
    }
    return rc;
}

/* ---------- governments as actors ---------- */

/* "kamen die Kabinette beider Länder zu Regierungskonsultationen
 * zusammen", "die Regierungen Polens und Frankreichs berieten": the
 * states meet; the guest state visits the host. */
static int governments(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t c0, size_t lo, size_t hi)
{
    int meet = 0;
    for (size_t i = lo; i < hi; i++) {
        int cls = trig_class(x, i, NULL);
        if (cls == TR_PLAN || cls == TR_NEG || cls == TR_NONEVENT) return DN_OK;
        if (cls == TR_MEETING || cls == TR_SUMMIT) meet = 1;
    }
    if (!meet) return DN_OK;
    for (size_t i = lo; i < hi; i++) {
        if (!tok_cue(x, i, CUE_GOVBODIES))
            continue;
        int32_t p[2] = { -1, -1 };
        size_t j = i + 1;
        if (tok_word(x, j, "der")) j++;
        if ((tok_word(x, j, "beider") || tok_word(x, j, "beiden"))
            && tok_cue(x, j + 1, CUE_STATES)) {
            p[0] = x->side[0];
            p[1] = x->side[1];
            if ((p[0] < 0 || p[1] < 0) && x->ctx_visit >= 0 && (size_t)x->ctx_visit < x->ncand) {
                /* the states of the visit the text is telling about */
                p[0] = state_of(x, x->cand[x->ctx_visit].src);
                p[1] = state_of(x, x->cand[x->ctx_visit].dst);
            }
        } else {
            int32_t list = -1;
            for (size_t k = m0; k < m1; k++) {
                const mention_t *m = &x->men[k];
                if (m->b <= i || m->type != MT_ENTITY || m->actor < 0) continue;
                if (list < 0 && (m->b > i + 3 || m->prep != P_GEN)) break;
                if (list >= 0 && m->list != list) break;
                list = m->list;
                if (x->act[m->actor].kind != EV_KIND_STATE) break;
                if (p[0] < 0) p[0] = m->actor;
                else if (p[1] < 0 && m->actor != p[0]) p[1] = m->actor;
            }
        }
        if (p[0] < 0 || p[1] < 0 || p[0] == p[1]) return DN_OK;
        const char *place = NULL;
        int32_t host = host_in(x, m0, m1, &place);
        ev_date_t a = { 0, 0, 0 }, b = { 0, 0, 0 };
        first_date(x, s, lo, hi, &a, &b);
        int32_t tid = x->ntrig_inst++;
        int rc = DN_OK;
        if (!have(x, c0, x->ncand, p[0], p[1], EV_REL_MEETING))
            rc = add(x, p[0], p[1], EV_REL_MEETING, a, b, place, s, 0.7, tid);
        for (int k = 0; k < 2 && !rc; k++)
            if (host >= 0 && p[k] != host && (p[1 - k] == host) && !have(x, c0, x->ncand, p[k], host, EV_REL_VISIT))
                rc = add(x, p[k], host, EV_REL_VISIT, a, b, place, s, 0.65, tid);
        return rc;
    }
    return DN_OK;
}

int rules_recall_apply(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    const text_sent_t *se = &x->doc.sents[s];
    size_t lo = se->tok, hi = se->tok + se->ntok;
    size_t c0 = x->ncand;
    while (c0 > 0 && x->cand[c0 - 1].sent == s) c0--;
    int rc = led_delegation(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = joint_signing(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = passive_reception(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = credentials(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = journey_stops(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = joint_travel(x, s, m0, m1, c0, lo);
    if (!rc) rc = origin_stop(x, s, m0, m1, c0);
    if (!rc) rc = witnessed_meeting(x, s, m0, m1, c0);
    if (!rc) rc = escorts(x, s, m0, m1, lo, hi);
    if (!rc) rc = delegation_members(x, s, m0, m1, lo, hi);
    if (!rc) rc = joint_action(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = represented(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = at_margin(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = governments(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = date_series(x, s, c0);
    if (!rc) rc = presence(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = telegraphic_stay(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = host_in_list(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = audience(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = state_delegation(x, s, m0, m1, c0, lo, hi);
    if (!rc) rc = the_two(x, s, m0, m1, c0, lo, hi);
    if (!rc) visit_dates(x, s, c0, lo, hi);
    if (!rc) rc = meeting_on_told_trip(x, s, c0);
    if (!rc) rc = share_lists(x, s, m0, m1, c0);
    if (!rc) rc = share_destinations(x, s, m0, m1, c0);
    return rc;
}
