/* rules: the frame rules' dispatcher.  For each sentence it finds the
 * triggers (triggers.c), gives each its clause and scope (scope.c, with the
 * grammar layer's clauses), drops the triggers the clause's modality blocks
 * (modality.c), and hands each trigger to the frame of its class:
 *
 *   visits, returns, travel      frame_visit.c
 *   meetings, receptions, hosts  frame_meeting.c (participation too)
 *   summits                      frame_summit.c
 *   statements                   frame_speech.c
 *   agreements, recognitions     frame_stateact.c
 *
 * (a verbless part after a comma repeats a visit for its person:
 * gapping.c)
 * then runs the recall rules (rules_recall.c) and the affiliations
 * (frame_affil.c).  A nominal trigger ("der Besuch des X in Y") takes its
 * roles from the mentions that follow it up to the next trigger or the end
 * of its clause; a verbal trigger takes the clause (voice.c: subject,
 * passive agent, relative pronouns).  Planned, cancelled and negated
 * events give no event. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/clauses.h"
#include "extract/frame.h"
#include "extract/internal.h"
#include "extract/rules_recall.h"
#include "util/diag.h"
#include "extract/candidate.h"
#include "extract/evdates.h"
#include "extract/frame_affil.h"
#include "extract/frame_ceremony.h"
#include "extract/frame_meeting.h"
#include "extract/frame_speech.h"
#include "extract/frame_stateact.h"
#include "extract/frame_summit.h"
#include "extract/frame_visit.h"
#include "extract/gapping.h"
#include "extract/modality.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/triggers.h"
#include "extract/voice.h"

/* The trigger at token i of sentence c, or 0 when token i is none: a word
 * inside a mention (titles, names; member nouns count), a separable verb
 * whose particle does not fit.  Fills *t. */
static int sentence_trigger(extractor_impl_t *x, const sctx_t *c, size_t i, trig_t *t)
{
    int noun = 0;
    int32_t tr = trigger_at(x, i, &noun);
    if (tr < 0) return 0;
    /* skip words inside a mention (titles, names, member nouns) */
    int inside = 0;
    for (size_t k = c->m0; k < c->m1; k++)
        if (i >= x->men[k].b && i < x->men[k].e && x->lx.trig[tr].cls != TR_MEMBER) inside = 1;
    if (inside) return 0;
    t->tok = i;
    t->tr = tr;
    t->cls = x->lx.trig[tr].cls;
    t->noun = noun;
    t->pre_inst = -1;
    t->pre_state = -1;
    t->pre_place = NULL;
    /* separable verbs: "traf ... ein" is an arrival, not a meeting */
    if (!noun) {
        size_t ca, cb;
        clause_of(x, i, c->lo, c->hi, &ca, &cb);
        /* a separable particle closes the verb's clause part: before a
         * comma, und/oder, or at the clause end ("traf am Sonntag in
         * Quito ein und ...", "nehmen X, Y und Z teil") */
        int32_t pick = verb_trigger(x, i, cb);
        if (pick < 0) return 0;
        t->tr = pick;
        t->cls = x->lx.trig[pick].cls;
    }
    if (noun && !memchr(x->doc.s + TK(x, i)->off, '-', TK(x, i)->len)
        && (t->cls == TR_VISIT || t->cls == TR_TRAVEL))
        compound_destination(x, i, t);
    if (noun && memchr(x->doc.s + TK(x, i)->off, '-', TK(x, i)->len)) {
        const char *w = x->doc.s + TK(x, i)->off;
        const char *dash = memchr(w, '-', TK(x, i)->len);
        int32_t k = lexicon_key(&x->lx, w, (size_t)(dash - w));
        for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next) {
            const lx_phrase_t *ph = &x->lx.phr[p];
            if (ph->n != 1) continue;
            if (ph->type == LX_INST) { t->pre_inst = ph->ref; break; }
            if (ph->type == LX_STATE) { t->pre_state = ph->ref; break; }
            if (ph->type == LX_PLACE) {
                t->pre_state = x->lx.places[ph->ref].state;
                t->pre_place = x->lx.places[ph->ref].name;
                break;
            }
        }
    }
    return 1;
}

/* The triggers of sentence c, at most 64, into tv; their number. */
static size_t sentence_triggers(extractor_impl_t *x, const sctx_t *c, trig_t *tv)
{
    size_t nt = 0;
    for (size_t i = c->lo; i < c->hi && nt < 64; i++)
        if (sentence_trigger(x, c, i, &tv[nt])) nt++;
    /* "Haben sich Vertreter A und B heimlich getroffen?": a question
     * reports no event */
    if (c->hi > c->lo && tok_punct(x, c->hi - 1, '?')) nt = 0;
    host_first(tv, nt);
    return nt;
}

/* 1 for the trigger classes that give no frame of their own. */
static int frameless(tr_class_t cls)
{
    return cls == TR_MEMBER || cls == TR_PLAN || cls == TR_NEG || cls == TR_NONEVENT;
}

/* The clause [*ca, *cb) of trigger q of tv and its scope's end *scope_b. */
static void trigger_scope(const extractor_impl_t *x, const sctx_t *c, const trig_t *tv, size_t nt,
                          size_t q, size_t *ca, size_t *cb, size_t *scope_b)
{
    const trig_t *t = &tv[q];
    clause_of(x, t->tok, c->lo, c->hi, ca, cb);
    /* a relative or subordinate clause ends where the grammar layer
     * says, not at the next comma's clause of the word rules ("X, der
     * am Sonntag eintraf, reiste am Montag weiter") */
    const clause_t *gc = gram_clause(x, t->tok);
    if (gc && gc->type != CLAUSE_QUOTE && gc->end > t->tok && gc->end < *cb) *cb = gc->end;
    /* a separable verb's clause reaches its particle past commas */
    size_t gp = !t->noun && x->lx.trig[t->tr].particle >= 0 ? gram_particle(x, t->tok) : 0;
    if (gp >= *cb) *cb = gp + 1;
    /* two main clauses joined by a comma ("A besuchte X, B kam nach Y")
     * are two events: the second starts where its clause starts */
    if (gc && gc->type == CLAUSE_MAIN && gc->tok > *ca && gc->tok <= t->tok) *ca = gc->tok;
    else if (gc && gc->type == CLAUSE_MAIN && gc->tok < *ca && *ca >= 2
             && (nested_in(x, *ca, gc) || nested_in(x, *ca - 2, gc))) {
        /* ... and a main clause interrupted by a relative clause ("A
         * und B, der X führt, waren nach Y gereist") starts at its
         * start: the nested clause's mentions are hidden instead */
        *ca = gc->tok;
    }
    /* a noun's scope ends at the next event noun or the clause end */
    *scope_b = *cb;
    for (size_t r = q + 1; r < nt; r++) {
        if (tv[r].tok >= *cb) break;
        if (frameless(tv[r].cls)) continue;
        *scope_b = tv[r].tok;
        break;
    }
}

/* Hands trigger t with clause [ca, cb) and scope end scope_b to the frame
 * of its class. */
static int run_frame(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                     size_t ca, size_t cb, int32_t tid)
{
    switch (t->cls) {
    case TR_VISIT: case TR_RETURN: case TR_TRAVEL:
        return frame_visit(x, c, t, scope_b, ca, cb, tid);
    case TR_MEETING: case TR_RECEIVE:
        return frame_meeting(x, c, t, scope_b, ca, cb, tid);
    case TR_SUMMIT:
        return frame_summit(x, c, t, ca, cb, tid);
    case TR_PARTICIPATE:
        return frame_participate(x, c, t, ca, cb, tid);
    case TR_HOST:
        frame_host(x, c, t, cb);
        return DN_OK;
    case TR_SPEECH:
        return frame_speech(x, c, t, ca, cb, tid);
    case TR_AGREEMENT: case TR_RECOGNITION: case TR_RELATIONS:
        return frame_state_act(x, c, t, ca, cb, tid);
    default:
        return DN_OK;
    }
}

/* DIPNET_TRACE=1: the grammar layer's clauses of the sentence on stderr
 * (type, tokens, voice, tense, content verb), for whoever writes rules. */
static void trace_clauses(extractor_impl_t *x)
{
    if (!clause_ready(&x->cr)) return;
    for (size_t k = 0; k < x->cr.ncl; k++) {
        const clause_t *g = &x->cr.cl[k];
        const text_tok_t *a = TK(x, g->tok), *b = TK(x, g->end - 1);
        fprintf(stderr, "trace:   clause %zu %s %s %s verb=%s: %.*s\n", k, clause_type_name(g->type),
                clause_voice_name(g->voice), clause_tense_name(g->tense), g->lemma,
                (int)(b->off + b->len - a->off), x->doc.s + a->off);
        if (g->subj.ntok) {
            const text_tok_t *sa = TK(x, g->subj.tok), *sb = TK(x, g->subj.tok + g->subj.ntok - 1);
            fprintf(stderr, "trace:     subject: %.*s\n", (int)(sb->off + sb->len - sa->off), x->doc.s + sa->off);
        }
        for (uint32_t q = g->pps; q < g->pps + g->npps; q++) {
            const clause_pp_t *pp = &x->cr.pps[q];
            if (!pp->np.ntok) continue;
            const text_tok_t *pa = TK(x, pp->prep), *pb = TK(x, pp->np.tok + pp->np.ntok - 1);
            fprintf(stderr, "trace:     pp: %.*s\n", (int)(pb->off + pb->len - pa->off), x->doc.s + pa->off);
        }
    }
}

int rules_apply(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t d0, size_t d1)
{
    /* parsed when a rule first asks (extract_clauses): most sentences
     * have no event word and are never parsed */
    clause_defer(&x->morph, &x->roles, &x->doc, s, &x->cr);
    x->cr_ok = x->have_grammar;
    sole_date(x, s);
    if (x->have_grammar && x->trace) trace_clauses(x);
    (void)d0; (void)d1;
    const text_sent_t *se = &x->doc.sents[s];
    sctx_t c = { s, se->tok, se->tok + se->ntok, m0, m1 };
    trig_t tv[64];
    size_t nt = sentence_triggers(x, &c, tv);
    for (size_t q = 0; q < nt; q++) {
        trig_t *t = &tv[q];
        if (frameless(t->cls)) continue;
        size_t ca, cb, scope_b;
        trigger_scope(x, &c, tv, nt, q, &ca, &cb, &scope_b);
        if (blocked(x, s, ca, cb, t) || gram_blocks(x, t)) continue;
        /* "reiste A im April nach X, im Februar 2007 sein Nachfolger B":
         * the verbless part after the comma repeats the event for B */
        size_t gap = t->noun || (t->cls != TR_VISIT && t->cls != TR_TRAVEL) ? 0 : gapped_part(x, &c, t->tok, cb);
        /* "in Ankara mit A zusammengetroffen, in Karachi mit B": the
         * meeting again, at the part's city */
        size_t mgap = t->noun || t->cls != TR_MEETING || gap ? 0 : gapped_meeting(x, &c, t->tok, cb);
        size_t gap_end = cb;
        if (mgap) cb = mgap;
        if (gap) cb = gap;
        if ((gap || mgap) && scope_b > cb) scope_b = cb;
        const clause_t *gc = gram_clause(x, t->tok);
        x->forced_subj = t->noun ? -1 : relative_subject(x, m0, m1, t->tok);
        x->cur_past = gc && gc->tense == TENSE_PLUPERFECT;
        x->cur_receive = t->cls == TR_RECEIVE;
        hide_nested(x, m0, m1, t->tok);
        int32_t tid = x->ntrig_inst++;
        size_t c0 = x->ncand;   /* the instance's candidates start here */
        int rc = run_frame(x, &c, t, scope_b, ca, cb, tid);
        if (!rc && gap) rc = repeat_for_gapped(x, &c, tid, c0, gap);
        if (!rc && mgap) rc = repeat_meeting_for_gapped(x, &c, tid, c0, mgap, gap_end);
        x->forced_subj = -1;
        x->cur_past = 0;
        x->cur_receive = 0;
        for (size_t k = m0; k < m1; k++) x->men[k].hidden = 0;
        if (rc) return rc;
    }
    /* recall rules: the same events for every participant named */
    int rrc = rules_recall_apply(x, s, m0, m1);
    if (rrc) return rrc;
    /* after them: the host's meetings are his own, no list shares them */
    rrc = host_of_told_meeting(x, &c);
    if (!rrc) rrc = ceremony_trip_host(x, &c);
    if (rrc) return rrc;
    return frame_affiliations(x, s, m0, m1);
}
