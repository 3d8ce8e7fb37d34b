/* frame_stateact: the state-act frame.  The parties are the mentions of
 * the trigger's clause; a bilateral text gives the two sides when the
 * clause names none ("das Abkommen wurde unterzeichnet"). */
#include "extract/frame_stateact.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/candidate.h"
#include "extract/clauses.h"
#include "extract/evdates.h"
#include "extract/mention_words.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "extract/triggers.h"
#include "extract/voice.h"
#include "util/diag.h"

/* "dieses Besuchs", "diesem Treffen", "dessen": the sentence refers back
 * to the visit of the previous sentences. */
static int refers_to_visit(extractor_impl_t *x, const sctx_t *c)
{
    if (x->ctx_visit < 0 || x->cand[x->ctx_visit].sent + 2 < c->s) return 0;
    for (size_t i = c->lo; i + 1 < c->hi; i++) {
        if (tok_word(x, i, "dessen")) return 1;
        /* "In ihrem Beisein wurde ein Abkommen unterzeichnet", "dabei" */
        if (tok_cue(x, i, CUE_PRESENCE)) return 1;
        if (tok_word(x, i, "dieses") || tok_word(x, i, "diesem")) {
            int noun;
            if (trigger_at(x, i + 1, &noun) >= 0) return 1;
        }
    }
    return 0;
}

/* 1 when the text's two main states are also named together by a
 * bilateral adjective ("die deutsch-kasachischen Beziehungen"): a text
 * about the relations of that pair.  Looked for once per text. */
static int is_bilateral_text(extractor_impl_t *x)
{
    if (x->bilateral_text >= 0) return x->bilateral_text;
    x->bilateral_text = 0;
    if (x->side[0] < 0 || x->side[1] < 0) return 0;
    for (size_t i = 0; i < x->doc.ntok; i++) {
        int32_t sa, sb;
        if (!mention_bilateral(x, i, &sa, &sb)) continue;
        int32_t da = dactor_lex(x, sa), db = dactor_lex(x, sb);
        if (da < 0 || db < 0) return x->bilateral_text = -1, -1;
        if ((da == x->side[0] && db == x->side[1]) || (da == x->side[1] && db == x->side[0]))
            return x->bilateral_text = 1;
    }
    return 0;
}

/* The parties of a state act whose clause names none ("Diplomatische
 * Beziehungen wurden 1992 aufgenommen"): the pair of a bilateral adjective
 * in the sentence; else the two states of the visit the sentence refers
 * back to ("Während dieses Besuchs wurden Abkommen unterzeichnet"); else,
 * for diplomatic relations only, the pair of a bilateral text.  The last
 * two need a confident trigger word (>= 0.8).  Returns 1
 * with *src and *dst set, 0 when nobody can be named, -1 on ENOMEM. */
static int partyless_pair(extractor_impl_t *x, const sctx_t *c, const lx_trigger_t *T,
                          int32_t *src, int32_t *dst)
{
    for (size_t i = c->lo; i < c->hi; i++) {
        int32_t sa, sb;
        if (!mention_bilateral(x, i, &sa, &sb)) continue;
        *src = dactor_lex(x, sa);
        *dst = dactor_lex(x, sb);
        return *src < 0 || *dst < 0 ? -1 : 1;
    }
    /* weaker words ("Unterzeichnung") only with the pair in the sentence */
    if (T->conf < 0.8) return 0;
    if (refers_to_visit(x, c)) {
        const cand_t *v = &x->cand[x->ctx_visit];
        int32_t a = state_of(x, v->src), b = state_of(x, v->dst);
        if (a >= 0 && b >= 0 && a != b) {
            *src = a;
            *dst = b;
            return 1;
        }
    }
    if (T->cls != TR_RELATIONS) return 0;
    int bt = is_bilateral_text(x);
    if (bt <= 0) return bt;
    *src = x->side[0];
    *dst = x->side[1];
    return 1;
}

/* 1 when the verb trigger at p is a participle used as an adjective:
 * tagged so, or standing before a noun after its clause's finite full
 * verb ("begrüßte das in Pretoria unterzeichnete Abkommen"). */
static int participle_attribute(extractor_impl_t *x, size_t p)
{
    if (!x->have_grammar || !extract_clauses(x) || p < x->cr.base || p + 1 >= x->cr.base + x->cr.ntok) return 0;
    if (clause_tok(&x->cr, p)->pos == MORPH_ADJ) return 1;
    const clause_t *gc = gram_clause(x, p);
    if (!gc || gc->fin < 0 || (size_t)gc->fin >= p) return 0;
    if (clause_tok(&x->cr, (size_t)gc->fin)->pos != MORPH_VERB) return 0;
    return is_cap(x, p + 1) && tok_common(x, p + 1);
}

/* 1 when "und" and an article after token e begin a noun phrase that no
 * mention covers: a party coordinated with the one before e and not
 * named. */
static int unnamed_partner(const extractor_impl_t *x, const sctx_t *c, size_t e)
{
    if (!tok_word(x, e, "und") || !is_article(x, e + 1)) return 0;
    for (size_t k = c->m0; k < c->m1; k++)
        if (x->men[k].b == e + 1 || x->men[k].b == e + 2) return 0;
    return 1;
}

int frame_state_act(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                    int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    if (T->cls == TR_RELATIONS) {
        /* only diplomatic relations */
        int dip = 0;
        for (size_t i = c->lo; i < c->hi; i++) {
            const text_tok_t *q = TK(x, i);
            if (q->type == TOK_WORD && q->len >= 10 && cues_match(&x->cues, x->doc.s + q->off, q->len, CUE_DIPLOMATIC, 0))
                dip = 1;
        }
        if (!dip) return DN_OK;
    }
    int32_t src = -1, dst = -1;
    long dst_k = -1;
    int stateless = 0;
    /* "Das Abkommen wurde von A und B unterzeichnet": the agents sign */
    int agents = T->cls == TR_AGREEMENT && !t->noun && passive_clause(x, t->tok, ca);
    /* "X begrüßte das in Pretoria unterzeichnete Abkommen zwischen A und
     * B": a participle used as an adjective has no subject of its own */
    int attributive = !t->noun && participle_attribute(x, t->tok);
    size_t agent_von = 0;
    for (size_t i = ca; attributive && i < t->tok; i++)
        if (tok_word(x, i, "von")) agent_von = i;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m)) continue;
        /* the parties are the subject, the partner (mit, zwischen), a
         * genitive or the recognising von; not a place or an origin
         * ("folgen einem Gesuch aus Brüssel") */
        if (m->prep != P_NONE && m->prep != P_MIT && m->prep != P_ZWISCHEN && m->prep != P_GEN
            && !(m->prep == P_VON && (T->cls == TR_RECOGNITION || agents || attributive)))
            continue;
        /* ... and its agents stand after "von", an apposition too ("von den
         * größten Produzenten, den USA und Brasilien, unterzeichneten") */
        if (attributive && m->prep != P_ZWISCHEN && m->prep != P_VON
            && !(m->prep == P_NONE && agent_von && m->b > agent_von && m->b < t->tok))
            continue;
        /* a genitive is a party only right after a noun ("Abkommen der
         * beiden Staaten"), not an attribute elsewhere ("im Süden
         * Afghanistans") */
        if (m->prep == P_GEN && !(t->noun && m->b > t->tok && m->b <= t->tok + 4)
            && !(T->cls == TR_RECOGNITION))
            continue;
        /* a person's state as this mention gives it ("sein sowjetischer
         * Amtskollege Schewardnadse" in 1988), before the one the lexicon
         * knows him by (Georgia, later) */
        int32_t st = m->affil >= 0 && x->act[m->affil].kind == EV_KIND_STATE ? m->affil : state_of(x, m->actor);
        if (st < 0) {
            /* "die Regierung und die Rebellenorganisation SPLM/A": the
             * other party is no state, not the text's other side */
            if (x->act[m->actor].kind != EV_KIND_PERSON) stateless = 1;
            continue;
        }
        if (T->cls == TR_RECOGNITION && m->prep == P_VON) {
            if (src >= 0 && dst < 0) dst = src;
            src = st;
            continue;
        }
        if (src < 0) {
            src = st;
            /* "die philippinische Regierung und die größte Rebellengruppe
             * des Landes haben ... unterzeichnet": a partner the text does
             * not name, not the text's other side */
            if (unnamed_partner(x, c, m->e)) stateless = 1;
        } else if (dst < 0 && st != src) {
            dst = st;
            dst_k = (long)k;
        }
    }
    double conf = T->conf;
    if (attributive && dst < 0) return DN_OK;   /* both parties named or none */
    if (src < 0 && dst < 0 && !stateless && T->cls != TR_RECOGNITION && T->conf >= 0.7) {
        int rc = partyless_pair(x, c, T, &src, &dst);
        if (rc < 0) return DN_ENOMEM;
        if (!rc) return DN_OK;
        conf -= 0.2;
    }
    if (dst < 0) {
        /* one party named: the other side of a bilateral text, but never
         * for a recognition (whose object must be said), never with no
         * party named at all, and not when the other party is no state */
        if (T->cls == TR_RECOGNITION || stateless || T->conf < 0.8) return DN_OK;
        int32_t o = src >= 0 ? other_side(x, src) : -1;
        if (o < 0) return DN_OK;
        if (T->cls == TR_RECOGNITION && src == x->side[0]) { dst = o; }
        else dst = o;
        conf -= 0.2;
    }
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0) && x->ctx_visit >= 0
        && x->cand[x->ctx_visit].sent + 1 >= c->s && anaphoric(x, c->lo + 2, c->lo)) {
        dl_add(&dl, x->cand[x->ctx_visit].start, x->cand[x->ctx_visit].end);
    }
    /* "Während dieses Besuchs wurden Dokumente unterzeichnet" */
    if (!dl.n && refers_to_visit(x, c))
        dl_add(&dl, x->cand[x->ctx_visit].start, x->cand[x->ctx_visit].end);
    /* the visit of a text's own sentence: its date */
    if (!dl.n && T->cls == TR_AGREEMENT) dates_in(x, c->s, c->lo, c->hi, c->m0, c->m1, &dl, 0);
    ev_relation_t rel = T->cls == TR_AGREEMENT ? EV_REL_AGREEMENT
                        : T->cls == TR_RECOGNITION ? EV_REL_RECOGNITION : EV_REL_RELATIONS;
    if (x->act[src].kind != EV_KIND_STATE || x->act[dst].kind != EV_KIND_STATE) return DN_OK;
    int rc = emit(x, src, dst, rel, &dl, 1, NULL, c->s, conf, tid);
    /* "erkannte die Unabhängigkeit Estlands, Lettlands und Litauens an",
     * "Beziehungen zu Estland, Lettland und Litauen": each state of the
     * object's list */
    for (size_t k = (size_t)dst_k + 1; !rc && dst_k >= 0 && rel != EV_REL_AGREEMENT && k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->list != x->men[dst_k].list || m->prep != x->men[dst_k].prep) break;
        int32_t st = usable(m) ? state_of(x, m->actor) : -1;
        if (st >= 0 && st != src && st != dst && x->act[st].kind == EV_KIND_STATE
            && x->act[m->actor].kind == EV_KIND_STATE)
            rc = emit(x, src, st, rel, &dl, 1, NULL, c->s, conf, tid);
    }
    return rc;
}
