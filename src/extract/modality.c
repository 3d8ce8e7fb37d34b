/* modality: decides whether a trigger's clause reports an event that
 * happened: word rules over the clause (blocked) and the grammar layer's
 * tense, mood and negation (gram_blocks). */
#include "extract/modality.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/scope.h"
#include "extract/triggers.h"
#include "util/diag.h"

/* The word classes blocked() asks about, counted once per document so
 * that a clause's question costs two subtractions, not a pass over the
 * clause for each of its triggers. */
enum { TC_SPORT, TC_SCORE, TC_FLIGHT, TC_FUTURE, TC_FUTAUX, TC_ES, TC_N };

static int modal_word(const extractor_impl_t *x, size_t i)
{
    return tok_cue(x, i, CUE_INTENT);
}

/* 1 when token i is an article or possessive in the accusative (and not
 * the dative): "eine", "einen", "die", "den", "seine", "ihre". */
static int accusative_article(const extractor_impl_t *x, size_t i)
{
    static const char *const W[] = { "eine", "einen", "die", "den", "seine", "seinen", "ihre", "ihren", NULL };
    for (const char *const *w = W; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

/* A noun trigger that names the setting of the clause ("bei dem Treffen",
 * "nach seinem Besuch", "während der Gespräche"): it took place, whatever
 * the clause's verb says about something else. */
static int setting_noun(extractor_impl_t *x, size_t p, size_t ca)
{
    static const char *const W[] = { "bei", "beim", "nach", "während", "auf", "im", "in", "seit",
        "anlässlich", "am", "zum", "zur", NULL };
    for (size_t i = p, k = 0; k < 4 && i > ca; k++) {
        i--;
        for (const char *const *w = W; *w; w++)
            if (tok_word(x, i, *w)) {
                /* "seine Teilnahme am Gipfel absagen": the phrase belongs
                 * to the noun before it, not to the clause */
                if (i > ca && (TK(x, i - 1)->flags & TOK_CAP) && tok_common(x, i - 1)) return 0;
                /* "auf einer Reise" (dative) is a setting; "verzichtete
                 * auf eine Reise" (accusative) the verb's complement */
                if (tok_word(x, i, "auf") && accusative_article(x, i + 1)) return 0;
                return 1;
            }
        /* only articles and adjectives between the preposition and the noun */
        if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP) || tok_word(x, i, "und")
            || tok_word(x, i, "oder"))
            return 0;
    }
    return 0;
}

/* "zu nicht angekündigten Gesprächen": a "nicht" at token i that
 * negates the adjective after it, not the clause (grammar layer; without
 * it, none); the attributive word itself is no plan of the clause
 * either ("geplanten" before another noun than the trigger). */
static int attributive_negation(const extractor_impl_t *x, size_t i)
{
    return tok_word(x, i, "nicht") && gram_clause(x, i) && clause_neg_attributive(&x->cr, i);
}

static unsigned tc_classes(extractor_impl_t *x, size_t i)
{
    /* Sports: "trafen Kanada und Lettland (6:4) aufeinander", a score "2:1"
     * (not a time "14:30 Uhr") in the clause. */
    /* flight and exile are no visits */
    /* future: "wird ... besuchen", "werden sich treffen" */
    static const char *const FUT[] = { "wird", "werden", "würde", "würden", NULL };
    unsigned c = 0;
    const text_tok_t *t = TK(x, i);
    if (t->type == TOK_WORD) {
        if (tok_cue(x, i, CUE_AGAINST) || tok_cue(x, i, CUE_SPORT)) c |= 1u << TC_SPORT;
        if (tok_cue(x, i, CUE_FLIGHT)) c |= 1u << TC_FLIGHT;
        for (const char *const *w = FUT; *w; w++)
            if (tok_word(x, i, *w)) c |= 1u << TC_FUTAUX;
        /* future: "reist nächste Woche nach Japan", "demnächst" */
        if (tok_cue(x, i, CUE_SOON))
            c |= 1u << TC_FUTURE;
        if (tok_cue(x, i, CUE_NEXT) && tok_cue(x, i + 1, CUE_PERIOD))
            c |= 1u << TC_FUTURE;
        /* "hat es den Distrikt getroffen": struck, not met */
        if (tok_word(x, i, "es") && !(t->flags & TOK_CAP && !(t->flags & TOK_SENT))) c |= 1u << TC_ES;
    }
    if (i + 2 < x->doc.ntok && t->type == TOK_NUM && tok_punct(x, i + 1, ':') && TK(x, i + 2)->type == TOK_NUM
        && t->len <= 2 && TK(x, i + 2)->len <= 2 && !tok_cue(x, i + 3, CUE_CLOCK))
        c |= 1u << TC_SCORE;
    return c;
}

/* Counts the classes of every token of sentence s and links each token to
 * the next trigger word (once per sentence that has a trigger to check).
 * The arrays are indexed from the sentence's first token.  0, or -1 out
 * of memory. */
static int tc_build(extractor_impl_t *x, size_t s)
{
    if (x->tc_gen == x->doc_gen && x->tc_sent == s && x->tcnt) return 0;
    const text_sent_t *se = &x->doc.sents[s];
    size_t lo = se->tok, n = se->ntok;
    if (n + 2 > x->captc) {
        uint32_t *c = realloc(x->tcnt, (n + 2) * TC_N * sizeof *c);
        if (!c) { x->oom = 1; return -1; }
        x->tcnt = c;
        int32_t *nx = realloc(x->tnext, (n + 2) * sizeof *nx);
        if (!nx) { x->oom = 1; return -1; }
        x->tnext = nx;
        x->captc = n + 2;
    }
    for (int k = 0; k < TC_N; k++) x->tcnt[k] = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned c = tc_classes(x, lo + i);
        for (int k = 0; k < TC_N; k++) x->tcnt[(i + 1) * TC_N + k] = x->tcnt[i * TC_N + k] + ((c >> k) & 1);
    }
    x->tnext[n] = x->tnext[n + 1] = (int32_t)(lo + n);
    for (size_t i = n; i-- > 0;) {
        int noun;
        x->tnext[i] = trigger_at(x, lo + i, &noun) >= 0 ? (int32_t)(lo + i) : x->tnext[i + 1];
    }
    x->tc_gen = x->doc_gen;
    x->tc_sent = s;
    x->tc_lo = lo;
    return 0;
}

/* 1 when a token of class k lies in [a, b). */
/* A passive's agent ("von Netanjahu", "vom Präsidenten", "durch den
 * König") in [a, b): a von, vom or durch before a capitalised word. */
static int agent_between(const extractor_impl_t *x, size_t a, size_t b)
{
    for (size_t i = a; i + 1 < b; i++)
        if ((tok_word(x, i, "von") || tok_word(x, i, "vom") || tok_word(x, i, "durch"))
            && (TK(x, i + 1)->flags & TOK_CAP || tok_word(x, i + 1, "der") || tok_word(x, i + 1, "dem")
                || tok_word(x, i + 1, "den")))
            return 1;
    return 0;
}

static int tc_any(extractor_impl_t *x, int k, size_t a, size_t b)
{
    x->work++;
    if (b <= a) return 0;
    a -= x->tc_lo;
    b -= x->tc_lo;
    return x->tcnt[b * TC_N + k] != x->tcnt[a * TC_N + k];
}

/* "Ein Besuch in Marokko ist im Gespräch", "steht zur Diskussion": the
 * clause's event is under discussion, not decided ("im Gespräch mit X"
 * is a talk, no such phrase). */
static int under_discussion(const extractor_impl_t *x, size_t ca, size_t cb)
{
    for (size_t i = ca + 1; i < cb; i++) {
        if (!tok_cue(x, i, CUE_DISCUSSED) || !(tok_word(x, i - 1, "im") || tok_word(x, i - 1, "zur"))) continue;
        if (i + 1 < cb && (tok_word(x, i + 1, "mit") || tok_word(x, i + 1, "zwischen"))) continue;
        return 1;
    }
    return 0;
}

int blocked(extractor_impl_t *x, size_t s, size_t ca, size_t cb, const trig_t *t)
{
    /* "X, der um einen nicht ständigen Sitz wirbt, war eingetroffen": a
     * word of a clause nested in the trigger's negates or plans that
     * clause only (the grammar layer reads each clause's own) */
    const clause_t *tc = t->noun ? NULL : gram_clause(x, t->tok);
    if (tc_build(x, s) < 0) return 0;   /* x->oom: the run fails */
    /* the trigger words of the clause, not all its words */
    for (size_t i = ca < cb ? (size_t)x->tnext[ca - x->tc_lo] : cb; i < cb;
         i = (size_t)x->tnext[i + 1 - x->tc_lo]) {
        int noun;
        x->work++;
        if (i == t->tok) continue;
        int32_t tr = trigger_at(x, i, &noun);
        if (tr < 0) continue;
        /* "sagte" blocks only as "sagte ... ab" */
        if (!noun && x->lx.trig[tr].pos != 'X' && (tr = verb_trigger(x, i, cb)) < 0) continue;
        tr_class_t c = x->lx.trig[tr].cls;
        if (tc && (c == TR_PLAN || c == TR_NEG) && nested_in(x, i, tc)) continue;
        if (c == TR_PLAN && i > 0 && attributive_negation(x, i - 1)) continue;
        if (c == TR_PLAN) {
            /* "auf Einladung von X" reports a visit that took place */
            if (i > ca && tok_word(x, i - 1, "auf")) continue;
            /* "kam mit X zusammen und kündigte an, ...": the plan is a
             * verb of its own, coordinated after the event's */
            if (!t->noun && i > t->tok + 1 && tok_word(x, i - 1, "und") && !modal_word(x, i)) continue;
            if (!t->noun) return 1;
            /* a noun is planned when the plan word stands right before it
             * ("geplanten Besuch", "Einladung zu einem Besuch"), or when a
             * modal governs the clause and the noun is not a completed
             * setting ("bei einem Besuch in Bagdad hat er angekündigt") */
            if (i < t->tok && i + 4 >= t->tok) return 1;
            if (modal_word(x, i)) return 1;
            /* "eine Anerkennung Israels gefordert", "der Besuch wurde
             * angekündigt": the clause's verb plans or demands the noun,
             * unless the noun is the clause's setting */
            if (i > t->tok && !setting_noun(x, t->tok, ca)) return 1;
            continue;
        }
        if (c == TR_NEG && attributive_negation(x, i)) continue;
        if (c == TR_NEG) {
            /* negation words count near the trigger or anywhere with a verb;
             * a cancelling verb ("hat seinen Besuch abgesagt") also for a
             * noun that is not the clause's setting */
            if (!t->noun || (i + 3 >= t->tok && i < t->tok)) return 1;
            if (x->lx.trig[tr].pos == 'V' && !setting_noun(x, t->tok, ca)) return 1;
        }
        if (c == TR_NONEVENT && (t->cls == TR_MEETING)) return 1;
    }
    if ((t->cls == TR_MEETING || t->cls == TR_VISIT || t->cls == TR_TRAVEL || t->cls == TR_RECEIVE)
        && under_discussion(x, ca, cb))
        return 1;
    if ((t->cls == TR_MEETING || t->cls == TR_VISIT || t->cls == TR_TRAVEL || t->cls == TR_RECEIVE)
        && (tc_any(x, TC_SPORT, ca, cb) || (cb >= 2 && tc_any(x, TC_SCORE, ca, cb - 2))))
        return 1;
    /* "hat es den Distrikt getroffen": struck, not met */
    if (t->cls == TR_MEETING && !t->noun) {
        if (tc_any(x, TC_ES, ca, t->tok)) return 1;
    }
    /* "besuchte die Schule in X": schooling, no visit */
    if (t->cls == TR_VISIT && !t->noun) {
        for (size_t i = t->tok + 1; i < cb && i < t->tok + 5; i++)
            if (tok_cue(x, i, CUE_SCHOOL)) return 1;
    }
    /* flight and exile are no visits */
    if ((t->cls == TR_VISIT || t->cls == TR_TRAVEL || t->cls == TR_SPEECH) && tc_any(x, TC_FLIGHT, ca, cb))
        return 1;
    /* future: "reist nächste Woche nach Japan", "demnächst" (not for a
     * noun that is the setting: "bei ihrem Aufenthalt ... künftig") */
    if (tc_any(x, TC_FUTURE, ca, cb) && !(t->noun && setting_noun(x, t->tok, ca))) return 1;
    /* "sprach sich für Gespräche mit X aus": talks wished for; "ohne
     * dass eine Einigung erzielt wurde" */
    if (t->noun) {
        /* ... also through a noun that governs the trigger ("für eine
         * Fortsetzung der Friedensgespräche") */
        int governed = 0;
        for (size_t i = t->tok, k = 0; k < 6 && i > ca; k++) {
            i--;
            if (tok_word(x, i, "für") || tok_word(x, i, "gegen") || tok_word(x, i, "ohne")) return 1;
            if (TK(x, i)->type != TOK_WORD) break;
            if (TK(x, i)->flags & TOK_CAP) {
                int gen = i + 1 < t->tok && (tok_word(x, i + 1, "der") || tok_word(x, i + 1, "des")
                                            || tok_word(x, i + 1, "von"));
                if (governed || !gen || !tok_common(x, i)) break;
                governed = 1;
            }
        }
    }
    /* "kurz vor dem Besuch": the visit was still to come */
    if (t->noun) {
        for (size_t i = t->tok, k = 0; k < 4 && i > ca; k++) {
            i--;
            if (tok_word(x, i, "vor")) return 1;
            if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP)) break;
        }
    }
    /* future: "wird ... besuchen", "werden sich treffen" */
    if (!t->noun && tc_any(x, TC_FUTAUX, ca, t->tok)) {
        const text_tok_t *v = TK(x, t->tok);
        const char *w = x->doc.s + v->off;
        /* "wird in Tel Aviv von Netanjahu empfangen": a participle
         * like an infinitive, with its agent, is the present passive of
         * a chronology or headline, not a future */
        if (v->len > 2 && w[v->len - 1] == 'n' && w[v->len - 2] == 'e' && !agent_between(x, ca, t->tok)) return 1;
    }
    return 0;
}

/* "wollte/soll/möchte ... reisen" is an intention; "konnte, musste ...
 * treffen" in the past reports what happened, in the present not yet. */
static int intended(const extractor_impl_t *x, const clause_t *cl)
{
    if (!(cl->flags & CLAUSE_F_MODAL) || cl->fin < 0) return 0;
    const char *lm = clause_tok(&x->cr, (size_t)cl->fin)->lemma;
    if (lm && (strcmp(lm, "wollen") == 0 || strcmp(lm, "sollen") == 0 || strcmp(lm, "mögen") == 0))
        return 1;
    return cl->tense == TENSE_PRESENT;
}

int gram_blocks(const extractor_impl_t *x, const trig_t *t)
{
    /* a statement made somewhere was made, whatever it says */
    if (t->cls == TR_SPEECH) return 0;
    /* "die Reise soll am Mittwoch stattfinden": the event noun of a
     * clause that plans it */
    if (t->noun) {
        const clause_t *nc = gram_clause(x, t->tok);
        /* "ob er Kiew einen Besuch abstatten wird", "falls ein Treffen
         * zustande kommt": an event noun in a condition or open question */
        if (nc && nc->type == CLAUSE_SUB && (nc->flags & CLAUSE_F_COND)) return 1;
        /* "empfahl, Verhandlungen einzuleiten", "um Gespräche zu führen":
         * an event noun of a zu-infinitive tells an aim, as its verb does */
        if (nc && nc->type == CLAUSE_SUB && (nc->flags & CLAUSE_F_ZUINF)) return 1;
        if (nc && cues_match(&x->cues, nc->lemma, strlen(nc->lemma), CUE_HAPPEN, 0) && nc->fin >= 0
            && (nc->tense == TENSE_FUTURE || (nc->flags & (CLAUSE_F_COND | CLAUSE_F_NEG))
                || ((nc->flags & CLAUSE_F_MODAL) && nc->tense == TENSE_PRESENT)))
            return 1;
    }
    const clause_t *cl = t->noun ? NULL : gram_clause(x, t->tok);
    if (!cl) return 0;
    if (cl->flags & (CLAUSE_F_NEG | CLAUSE_F_COND | CLAUSE_F_READY)) return 1;
    if (cl->tense == TENSE_FUTURE) return 1;
    /* "hatte vorgeschlagen, nach Kiew zu fahren", "um Selenskyj zu
     * treffen": an infinitive with zu tells an aim, not an act */
    if (t->tok > 0 && tok_word(x, t->tok - 1, "zu")) return 1;
    if (clause_tok(&x->cr, t->tok)->feats & MORPH_ZUINF && clause_tok(&x->cr, t->tok)->pos == MORPH_VERB) return 1;
    if (intended(x, cl)) return 1;
    /* "will sie in Wien X treffen, bevor sie nach Brüssel weiterreist": a
     * clause of "bevor" under an intended or future act is ahead too */
    if (cl->type == CLAUSE_SUB && cl->intro >= 0 && cl->parent >= 0 && (uint32_t)cl->parent < x->cr.ncl
        && (tok_word(x, (size_t)cl->intro, "bevor") || tok_word(x, (size_t)cl->intro, "ehe"))) {
        const clause_t *pc = &x->cr.cl[cl->parent];
        if (pc->tense == TENSE_FUTURE || intended(x, pc)) return 1;
    }
    return 0;
}
