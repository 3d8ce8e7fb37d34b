/* rules: frame rules that turn a trigger and the mentions around it into
 * candidate events.
 *
 * Each trigger word has a class (triggers.tsv).  A nominal trigger ("der
 * Besuch des X in Y", "Gespräche mit A, B und C", "der Gipfel in Z") takes
 * its roles from the mentions that follow it up to the next trigger or the
 * end of its clause, its owner from a genitive after it, a possessive
 * before it, or the subject of its clause.  A verbal trigger takes the
 * clause: the first nominative mention is the subject, a von-phrase marks
 * the passive agent ("Y wurde von X besucht"), mit- and accusative phrases
 * the partner.  Enumerations share the trigger; dates in parentheses after
 * a list member belong to that member.  Planned, cancelled and negated
 * events (soll, geplant, Einladung zu, abgesagt, kein) give no event. */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/internal.h"
#include "extract/rules_recall.h"
#include "util/diag.h"

static const text_tok_t *TK(const extractor_impl_t *x, size_t i) { return &x->doc.toks[i]; }

/* ---------- triggers of a sentence ---------- */

typedef struct {
    size_t tok;
    int32_t tr;          /* lexicon trigger */
    tr_class_t cls;
    int noun;
    int32_t pre_inst;    /* "G8-Gipfel": the organiser in the compound */
    int32_t pre_state;   /* "Hannover-Besuch", "China-Reise": the destination's state */
    const char *pre_place;
} trig_t;

static int32_t trigger_lookup(extractor_impl_t *x, size_t i, int *noun);

/* The trigger at token i (cached per document). */
static int32_t trigger_at(extractor_impl_t *x, size_t i, int *noun)
{
    int32_t c = x->ttrig[i];
    if (c == -2) {
        int nn = 0;
        int32_t tr = trigger_lookup(x, i, &nn);
        c = tr < 0 ? -1 : (tr | (nn ? (1 << 30) : 0));
        x->ttrig[i] = c;
    }
    if (c < 0) return -1;
    *noun = (c >> 30) & 1;
    return c & ~(1 << 30);
}

static int32_t trigger_lookup(extractor_impl_t *x, size_t i, int *noun)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD) return -1;
    int cap = (t->flags & TOK_CAP) != 0;
    for (int v = 0; v < 2; v++) {
        int32_t k = v ? x->talt[i] : x->tkey[i];
        if (k < 0) continue;
        for (int32_t tr = lexicon_trigger(&x->lx, k); tr >= 0; tr = x->lx.trig_next[tr]) {
            const lx_trigger_t *T = &x->lx.trig[tr];
            /* nouns are capitalised; verbs are not (except at a sentence start) */
            if (T->pos == 'N' && !cap) continue;
            if (T->pos == 'V' && cap && !(t->flags & TOK_SENT)) continue;
            buf_clear(&x->lw);
            if (text_lower(x->doc.s + t->off, t->len, &x->lw) < 0) return -1;
            if (T->except[0]) {
                const char *p = T->except;
                int ex = 0;
                while (*p && !ex) {
                    const char *bar = strchr(p, '|');
                    size_t m = bar ? (size_t)(bar - p) : strlen(p);
                    for (size_t q = 0; m && q + m <= x->lw.len; q++)
                        if (memcmp(x->lw.data + q, p, m) == 0) { ex = 1; break; }
                    p = bar ? bar + 1 : p + m;
                }
                if (ex) continue;
            }
            *noun = T->pos == 'N';
            return tr;
        }
    }
    if (!cap) return -1;
    /* compounds: Arbeitsbesuch, Staatsbesuch, Gipfeltreffen */
    buf_clear(&x->lw);
    if (text_lower(x->doc.s + t->off, t->len, &x->lw) < 0) return -1;
    int32_t k = x->tkey[i];
    const char *st;
    size_t sl;
    char tmp[256];
    if (k >= 0) st = lexicon_key_str(&x->lx, k, &sl);
    else {
        /* the key table holds only lexicon stems: stem the word itself */
        sl = x->lw.len < sizeof tmp ? x->lw.len : sizeof tmp - 1;
        memcpy(tmp, x->lw.data, sl);
        st = tmp;
        /* strip common inflection endings so the head can match */
        static const char *const END[] = { "en", "es", "e", "s", "n", NULL };
        for (const char *const *e = END; *e; e++) {
            size_t m = strlen(*e);
            if (sl > m + 4 && memcmp(st + sl - m, *e, m) == 0) { sl -= m; break; }
        }
    }
    int32_t tr = lexicon_compound_trigger(&x->lx, st, sl, x->lw.data, x->lw.len);
    if (tr >= 0) *noun = 1;
    return tr;
}

static const clause_t *gram_clause(const extractor_impl_t *x, size_t i);

/* The separated particle of finite verb i as the grammar layer found it
 * past commas ("nahmen ..., darunter A und B, an der Feier teil"), or 0. */
static size_t gram_particle(const extractor_impl_t *x, size_t i)
{
    const clause_t *gc = gram_clause(x, i);
    if (!gc || gc->fin != (int32_t)i || gc->particle < 0) return 0;
    return (size_t)gc->particle;
}

/* The verb trigger at token i in the clause ending at cb: the one whose
 * separable particle closes the clause part ("traf ... ein", "sagte ...
 * ab"), else the one without particle; -1 when none fits. */
static int32_t verb_trigger(extractor_impl_t *x, size_t i, size_t cb)
{
    int32_t plain = -1, part = -1;
    size_t gp = gram_particle(x, i);
    for (int v = 0; v < 2; v++) {
        int32_t k = v ? x->talt[i] : x->tkey[i];
        if (k < 0) continue;
        for (int32_t q = lexicon_trigger(&x->lx, k); q >= 0; q = x->lx.trig_next[q]) {
            const lx_trigger_t *Q = &x->lx.trig[q];
            if (Q->pos == 'N') continue;
            if (Q->particle < 0) { if (plain < 0) plain = q; continue; }
            if (part >= 0) continue;
            if (gp > cb && x->tkey[gp] == Q->particle) { part = q; continue; }
            for (size_t r = i + 1; r < cb; r++) {
                if (x->tkey[r] != Q->particle || (TK(x, r)->flags & TOK_CAP)) continue;
                if (r + 1 >= cb || TK(x, r + 1)->type == TOK_PUNCT || tok_word(x, r + 1, "und")
                    || tok_word(x, r + 1, "oder")) { part = q; break; }
            }
        }
        if (plain >= 0 || part >= 0) break;
    }
    return part >= 0 ? part : plain;
}

/* ---------- clauses ---------- */

static int subordinator(const extractor_impl_t *x, size_t i)
{
    static const char *const W[] = { "während", "als", "nachdem", "weil", "da", "dass",
        "wobei", "bevor", "obwohl", "um", "aber", "doch", "jedoch", "sondern", "wo",
        "die", "der", "das", "dem", "den", "dessen", "deren", "welche", "welcher",
        "welches", "wenn", "ob", "damit", "sodass", "indem", "nachdem", "wie", NULL };
    for (const char *const *w = W; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

static int boundary(const extractor_impl_t *x, size_t i, size_t hi)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_PUNCT) return 0;
    /* a colon between numbers is a score or a time (6:4, 14:30) */
    if (t->cp == ':' && i > 0 && i + 1 < hi && TK(x, i - 1)->type == TOK_NUM && TK(x, i + 1)->type == TOK_NUM)
        return 0;
    if (t->cp == ';' || t->cp == ':') return 1;
    if (t->cp == ',' && i + 1 < hi && subordinator(x, i + 1)) {
        /* "der/die/das" after a comma may start a list member, not a
         * relative clause: a relative clause has a lower-case word next */
        if (tok_word(x, i + 1, "der") || tok_word(x, i + 1, "die") || tok_word(x, i + 1, "das")
            || tok_word(x, i + 1, "dem") || tok_word(x, i + 1, "den")) {
            const text_tok_t *n2 = i + 2 < hi ? TK(x, i + 2) : NULL;
            return n2 && n2->type == TOK_WORD && !(n2->flags & TOK_CAP);
        }
        return 1;
    }
    return 0;
}

/* A relative clause inside an enumeration ("X (A), der von Y begleitet
 * wird, Z und W nehmen teil"): from the boundary at i to the comma after
 * it when the enumeration goes on there; 0 when it is no such island. */
static size_t island_end(const extractor_impl_t *x, size_t i, size_t hi)
{
    if (!tok_punct(x, i, ',') || i + 1 >= hi) return 0;
    static const char *const REL[] = { "der", "die", "das", "dem", "den", "dessen", "deren",
        "welcher", "welche", "welches", NULL };
    int rel = 0;
    for (const char *const *w = REL; *w; w++) if (tok_word(x, i + 1, *w)) rel = 1;
    if (!rel) return 0;
    for (size_t k = i + 2; k < hi && k < i + 20; k++) {
        if (tok_punct(x, k, ';') || tok_punct(x, k, ':')) return 0;
        if (tok_punct(x, k, ',')) {
            const text_tok_t *n = k + 1 < hi ? TK(x, k + 1) : NULL;
            return n && n->type == TOK_WORD && (n->flags & TOK_CAP) ? k + 1 : 0;
        }
    }
    return 0;
}

static void clause_of(const extractor_impl_t *x, size_t p, size_t lo, size_t hi, size_t *a, size_t *b)
{
    size_t i = p;
    while (i > lo && !boundary(x, i - 1, hi)) i--;
    *a = i;
    i = p + 1;
    while (i < hi) {
        if (boundary(x, i, hi)) {
            size_t e = island_end(x, i, hi);
            if (!e) break;
            i = e;
            continue;
        }
        i++;
    }
    *b = i;
}

/* ---------- modality ---------- */

static int in_range_word(const extractor_impl_t *x, size_t a, size_t b, const char *const *W)
{
    for (size_t i = a; i < b; i++)
        for (const char *const *w = W; *w; w++)
            if (tok_word(x, i, *w)) return 1;
    return 0;
}

static int modal_word(const extractor_impl_t *x, size_t i)
{
    static const char *const W[] = { "soll", "sollen", "sollte", "sollten", "will", "wollen",
        "wollte", "wollten", "plant", "planen", "plante", "geplant", "vorgesehen",
        "beabsichtigt", "erwartet", "möglich", "könnte", "könnten", NULL };
    for (const char *const *w = W; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

/* A noun trigger that names the setting of the clause ("bei dem Treffen",
 * "nach seinem Besuch", "während der Gespräche"): it took place, whatever
 * the clause's verb says about something else. */
static int setting_noun(const extractor_impl_t *x, size_t p, size_t ca)
{
    static const char *const W[] = { "bei", "beim", "nach", "während", "auf", "im", "in", "seit",
        "anlässlich", "am", "zum", "zur", NULL };
    for (size_t i = p, k = 0; k < 4 && i > ca; k++) {
        i--;
        for (const char *const *w = W; *w; w++)
            if (tok_word(x, i, *w)) return 1;
        /* only articles and adjectives between the preposition and the noun */
        if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP) || tok_word(x, i, "und")
            || tok_word(x, i, "oder"))
            return 0;
    }
    return 0;
}

/* The word classes blocked() asks about, counted once per document so
 * that a clause's question costs two subtractions, not a pass over the
 * clause for each of its triggers. */
enum { TC_SPORT, TC_SCORE, TC_FLIGHT, TC_FUTURE, TC_FUTAUX, TC_ES, TC_N };

static unsigned tc_classes(extractor_impl_t *x, size_t i)
{
    /* Sports: "trafen Kanada und Lettland (6:4) aufeinander", a score "2:1"
     * (not a time "14:30 Uhr") in the clause. */
    static const char *const S[] = { "FC", "SC", "SV", "SK", "VfB", "VfL", "TSV", "Liga",
        "Bundesliga", "Champions", "Tor", "Tore", "Toren", "Trainer", "Stürmer", "Torwart",
        "Elfmeter", "Halbzeit", "Derby", "Weltcup", "Nationalmannschaft", "Viertelfinale",
        "Halbfinale", "Achtelfinale", "Finale", "Meisterschaft", "Heimspiel", "Auswärtsspiel", NULL };
    /* flight and exile are no visits */
    static const char *const F[] = { "Exil", "Exils", "geflohen", "floh", "flohen", "flüchtete",
        "flüchteten", "geflüchtet", "Flucht", "abgeschoben", "ausgewiesen", "ausgeliefert",
        "Einbürgerung", "eingebürgert", "Asyl", "Asylantrag", "Staatsbürgerschaft", "Flüchtling",
        "Flüchtlinge", "eingewandert", "Einwanderung", NULL };
    /* future: "wird ... besuchen", "werden sich treffen" */
    static const char *const FUT[] = { "wird", "werden", "würde", "würden", NULL };
    unsigned c = 0;
    const text_tok_t *t = TK(x, i);
    if (t->type == TOK_WORD) {
        if (tok_word(x, i, "aufeinander")) c |= 1u << TC_SPORT;
        for (const char *const *w = S; *w; w++)
            if (tok_word_cs(x, i, *w)) c |= 1u << TC_SPORT;
        for (const char *const *w = F; *w; w++)
            if (tok_word_cs(x, i, *w)) c |= 1u << TC_FLIGHT;
        for (const char *const *w = FUT; *w; w++)
            if (tok_word(x, i, *w)) c |= 1u << TC_FUTAUX;
        /* future: "reist nächste Woche nach Japan", "demnächst" */
        if (tok_word(x, i, "demnächst") || tok_word(x, i, "künftig") || tok_word(x, i, "baldigen"))
            c |= 1u << TC_FUTURE;
        if ((tok_word(x, i, "nächste") || tok_word(x, i, "nächsten") || tok_word(x, i, "kommende")
             || tok_word(x, i, "kommenden"))
            && (tok_word(x, i + 1, "woche") || tok_word(x, i + 1, "monat") || tok_word(x, i + 1, "wochenende")
                || tok_word(x, i + 1, "jahr") || tok_word(x, i + 1, "jahres") || tok_word(x, i + 1, "monats")))
            c |= 1u << TC_FUTURE;
        /* "hat es den Distrikt getroffen": struck, not met */
        if (tok_word(x, i, "es") && !(t->flags & TOK_CAP && !(t->flags & TOK_SENT))) c |= 1u << TC_ES;
    }
    if (i + 2 < x->doc.ntok && t->type == TOK_NUM && tok_punct(x, i + 1, ':') && TK(x, i + 2)->type == TOK_NUM
        && t->len <= 2 && TK(x, i + 2)->len <= 2 && !tok_word(x, i + 3, "Uhr"))
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
static int tc_any(extractor_impl_t *x, int k, size_t a, size_t b)
{
    x->work++;
    if (b <= a) return 0;
    a -= x->tc_lo;
    b -= x->tc_lo;
    return x->tcnt[b * TC_N + k] != x->tcnt[a * TC_N + k];
}

/* Planned, announced, cancelled or negated: no event. */
static int blocked(extractor_impl_t *x, size_t s, size_t ca, size_t cb, const trig_t *t)
{
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
        if (c == TR_PLAN) {
            /* "auf Einladung von X" reports a visit that took place */
            if (i > ca && tok_word(x, i - 1, "auf")) continue;
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
        && (tc_any(x, TC_SPORT, ca, cb) || (cb >= 2 && tc_any(x, TC_SCORE, ca, cb - 2))))
        return 1;
    /* "hat es den Distrikt getroffen": struck, not met */
    if (t->cls == TR_MEETING && !t->noun) {
        if (tc_any(x, TC_ES, ca, t->tok)) return 1;
    }
    /* "besuchte die Schule in X": schooling, no visit */
    if (t->cls == TR_VISIT && !t->noun) {
        static const char *const E[] = { "Schule", "Volksschule", "Grundschule", "Gymnasium",
            "Realschule", "Hauptschule", "Kindergarten", "Internat", "Lehrgang", "Kurs", "Kurse",
            "Klasse", "Gesamtschule", "Berufsschule", "Handelsschule", "Militärschule", NULL };
        for (size_t i = t->tok + 1; i < cb && i < t->tok + 5; i++)
            for (const char *const *w = E; *w; w++)
                if (tok_word_cs(x, i, *w)) return 1;
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
        for (size_t i = t->tok, k = 0; k < 3 && i > ca; k++) {
            i--;
            if (tok_word(x, i, "für") || tok_word(x, i, "gegen") || tok_word(x, i, "ohne")) return 1;
            if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP)) break;
        }
    }
    /* "kurz vor dem Besuch": the visit was still to come */
    if (t->noun) {
        for (size_t i = t->tok, k = 0; k < 4 && i > ca; k++) {
            i--;
            if (tok_word(x, i, "vor") || tok_word(x, i, "Vor")) return 1;
            if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP)) break;
        }
    }
    /* future: "wird ... besuchen", "werden sich treffen" */
    if (!t->noun && tc_any(x, TC_FUTAUX, ca, t->tok)) {
        const text_tok_t *v = TK(x, t->tok);
        const char *w = x->doc.s + v->off;
        if (v->len > 2 && w[v->len - 1] == 'n' && w[v->len - 2] == 'e') return 1;
    }
    return 0;
}

/* ---------- dates ---------- */

typedef struct {
    ev_date_t a[16], b[16];
    int n;
} dlist_t;

static void dl_add(dlist_t *l, ev_date_t a, ev_date_t b)
{
    if (l->n < 16) { l->a[l->n] = a; l->b[l->n] = b; l->n++; }
}

/* Whether date d is in the parentheses after one of the mentions [m0, m1):
 * the dates so marked are stamped once per sentence's mentions, not
 * looked for among all mentions for every date. */
static int date_is_paren_of_mention(extractor_impl_t *x, size_t d, size_t m0, size_t m1)
{
    if (x->pm_gen != x->doc_gen || x->pm_m0 != m0 || x->pm_m1 != m1 || !x->pmark) {
        if (x->dates.n + 1 > x->cappmark) {
            uint32_t *p = realloc(x->pmark, (x->dates.n + 1) * sizeof *p);
            if (!p) { x->oom = 1; return 0; }
            /* new slots must not carry a stamp in use */
            for (size_t i = x->cappmark; i < x->dates.n + 1; i++) p[i] = 0;
            x->pmark = p;
            x->cappmark = x->dates.n + 1;
        }
        if (++x->pstamp == 0) {
            for (size_t i = 0; i < x->cappmark; i++) x->pmark[i] = 0;
            x->pstamp = 1;
        }
        for (size_t k = m0; k < m1; k++) {
            const mention_t *m = &x->men[k];
            x->work++;
            for (int32_t q = 0; m->pdate >= 0 && q < m->npdate; q++)
                if ((size_t)(m->pdate + q) < x->cappmark) x->pmark[m->pdate + q] = x->pstamp;
        }
        x->pm_gen = x->doc_gen;
        x->pm_m0 = m0;
        x->pm_m1 = m1;
    }
    return d < x->cappmark && x->pmark[d] == x->pstamp;
}

/* The first date of sentence s at token a or after, when the document's
 * dates come in token order (else the sentence's first date). */
static size_t date_from(extractor_impl_t *x, size_t s, size_t a)
{
    if (x->ds_gen != x->doc_gen) {
        x->dates_sorted = 1;
        for (size_t d = 1; d < x->dates.n; d++)
            if (x->dates.v[d].tok < x->dates.v[d - 1].tok) x->dates_sorted = 0;
        x->ds_gen = x->doc_gen;
    }
    size_t lo = x->sent_date0[s], hi = x->sent_date0[s + 1];
    if (!x->dates_sorted) return lo;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        x->work++;
        if (x->dates.v[mid].tok < a) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* "nach einer Meldung des Staatsfernsehens vom 11. Februar": the date of
 * a report about the event, not of the event. */
static int report_date(const extractor_impl_t *x, const text_date_t *dt)
{
    size_t d = dt->tok;
    if (d == 0 || !tok_word(x, d - 1, "vom")) return 0;
    static const char *const N[] = { "Meldung", "Meldungen", "Bericht", "Berichten", "Berichts",
        "Mitteilung", "Pressemitteilung", "Angaben", "Erklärung", "Ausgabe", "Artikel",
        "Interview", "Schreiben", "Brief", "Zeitung", "Rede", "Stellungnahme", NULL };
    for (size_t i = d - 1, k = 0; k < 8 && i > 0; k++) {
        i--;
        if (TK(x, i)->type == TOK_PUNCT) break;
        for (const char *const *w = N; *w; w++)
            if (tok_word_cs(x, i, *w)) return 1;
    }
    return 0;
}

/* The first date group in tokens [a, b) that is not a list member's own. */
static int dates_in(extractor_impl_t *x, size_t s, size_t a, size_t b, size_t m0, size_t m1,
                    dlist_t *l, int last)
{
    int found = -1;
    for (size_t d = date_from(x, s, a); d < x->sent_date0[s + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        x->work++;
        if (dt->tok >= b && x->dates_sorted) break;
        if (dt->tok < a || dt->tok >= b) continue;
        if (report_date(x, dt)) continue;
        if (date_is_paren_of_mention(x, d, m0, m1)) {
            /* a list in parentheses after the destination counts */
            continue;
        }
        if (found >= 0 && dt->group != found && !last) break;
        if (found >= 0 && dt->group != found && last) l->n = 0;
        found = dt->group;
        dl_add(l, dt->start, dt->end);
    }
    return l->n;
}

static void mention_dates(const extractor_impl_t *x, const mention_t *m, dlist_t *l)
{
    for (int32_t k = 0; k < m->npdate; k++)
        dl_add(l, x->dates.v[m->pdate + k].start, x->dates.v[m->pdate + k].end);
}

/* ---------- helpers ---------- */

static int count_before(const extractor_impl_t *x, size_t p, size_t lo)
{
    static const struct { const char *w; int n; } N[] = { { "zwei", 2 }, { "beiden", 2 },
        { "beide", 2 }, { "drei", 3 }, { "vier", 4 }, { "fünf", 5 }, { "sechs", 6 },
        { "sieben", 7 }, { "acht", 8 }, { "neun", 9 }, { "zehn", 10 }, { "elf", 11 },
        { "zwölf", 12 }, { "zweimal", 2 }, { "dreimal", 3 }, { NULL, 0 } };
    size_t i = p;
    for (int k = 0; k < 3 && i > lo; k++) {
        i--;
        for (int q = 0; N[q].w; q++)
            if (tok_word(x, i, N[q].w)) return N[q].n;
        const text_tok_t *t = TK(x, i);
        if (t->type == TOK_NUM && t->len <= 2) {
            int v = atoi(x->doc.s + t->off);
            if (v >= 1 && v <= 30) return v;
        }
        if (t->type != TOK_WORD || (t->flags & TOK_CAP)) break;
    }
    return 1;
}

static int anaphoric(const extractor_impl_t *x, size_t p, size_t lo)
{
    /* "während dessen Gespräche": dessen refers to the event before, the
     * talks are new */
    static const char *const W[] = { "dieses", "diesem", "dieser", "diese", "diesen",
        "dessen", "deren", "jenes", "jenem", "selben", "gleichen", NULL };
    for (size_t i = p, k = 0; k < 3 && i > lo; k++) {
        i--;
        for (const char *const *w = W; *w; w++)
            if (tok_word(x, i, *w)) {
                if (i > lo && (tok_word(x, i, "dessen") || tok_word(x, i, "deren")) && (tok_word(x, i - 1, "während") || tok_word(x, i - 1, "bei")
                               || tok_word(x, i - 1, "nach") || tok_word(x, i - 1, "Während")))
                    return 0;
                return 1;
            }
        if (TK(x, i)->type != TOK_WORD || (TK(x, i)->flags & TOK_CAP)) break;
    }
    return 0;
}

static int possessive_before(const extractor_impl_t *x, size_t p, size_t m0, size_t m1)
{
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->type == MT_POSS && m->b < p && m->b + 4 >= p) return (int)k;
    }
    return -1;
}

static int32_t state_of(const extractor_impl_t *x, int32_t a)
{
    if (a < 0) return -1;
    if (x->act[a].kind == EV_KIND_STATE) return a;
    return x->act[a].state;
}

static int32_t other_side(const extractor_impl_t *x, int32_t a)
{
    int32_t st = state_of(x, a);
    if (st < 0 || x->side[0] < 0 || x->side[1] < 0) return -1;
    if (st == x->side[0]) return x->side[1];
    if (st == x->side[1]) return x->side[0];
    return -1;
}

/* A political actor: a state, a body, or a person the text or the lexicon
 * gives an office. */
static int political(const extractor_impl_t *x, int32_t a)
{
    const dactor_t *d = &x->act[a];
    return d->kind != EV_KIND_PERSON || d->lex >= 0 || d->office || d->state >= 0 || d->titled;
}

/* The one date a sentence gives, for an event of a clause that has none
 * ("Am 3. Mai sprach A, während B mit C zusammentraf"): set once per
 * sentence by rules_apply into x->sole_a/b; sole_ok 0 when the sentence
 * has none or several. */
static void sole_date(extractor_impl_t *x, size_t s)
{
    const text_sent_t *se = &x->doc.sents[s];
    int group = -1, n = 0;
    x->sole_ok = 0;
    for (size_t d = x->sent_date0[s]; d < x->sent_date0[s + 1]; d++) {
        const text_date_t *dt = &x->dates.v[d];
        if (dt->tok < se->tok || report_date(x, dt)) continue;
        if (group >= 0 && dt->group != group) return;
        group = dt->group;
        x->sole_a = dt->start;
        x->sole_b = dt->end;
        n++;
    }
    x->sole_ok = n == 1;
}

static int emit(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel,
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
    /* nor a talk with one's wife or son */
    if ((rel == EV_REL_VISIT || rel == EV_REL_MEETING) && (x->act[src].kin || x->act[dst].kin))
        return DN_OK;
    if (rel == EV_REL_VISIT) {
        /* a visit goes abroad: not to one's own state */
        int32_t ss = state_of(x, src);
        if (ss >= 0 && ss == state_of(x, dst) && x->act[dst].kind == EV_KIND_STATE) return DN_OK;
    }
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

/* members of the list that mention k heads */
static size_t list_end(const extractor_impl_t *x, size_t k, size_t m1)
{
    size_t e = k + 1, last = k + 1;
    while (e < m1 && (x->men[e].list == x->men[k].list || x->men[e].type == MT_POSS
                      || x->men[e].type == MT_ATTR)) {
        if (x->men[e].list == x->men[k].list) last = e + 1;
        e++;
    }
    return last;
}

static int usable(const mention_t *m)
{
    return m->actor >= 0 && !m->hidden && (m->type == MT_ENTITY || m->type == MT_PRON);
}

/* The clause subject: the first mention in [a, b) without a preposition. */
static int subject_in(const extractor_impl_t *x, size_t m0, size_t m1, size_t a, size_t b,
                      int person_first)
{
    /* the grammar layer named it: a relative clause's antecedent */
    if (x->forced_subj >= 0 && (size_t)x->forced_subj >= m0 && (size_t)x->forced_subj < m1)
        return x->forced_subj;
    int best = -1;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < a || m->b >= b || !usable(m) || m->prep != P_NONE) continue;
        /* "wo ihn Xi empfing": an object pronoun is no subject */
        if (m->type == MT_PRON && (tok_word(x, m->b, "ihn") || tok_word(x, m->b, "ihm"))) continue;
        if (person_first && x->act[m->actor].kind != EV_KIND_PERSON) {
            if (best < 0) best = (int)k;
            continue;
        }
        return (int)k;
    }
    return best;
}

/* ---------- frames ---------- */

typedef struct {
    size_t s, lo, hi, m0, m1;
} sctx_t;

/* What visitor_dates finds for all visitors of one trigger alike, found
 * once per trigger rather than once per visitor. */
typedef struct {
    int any_paren;   /* a visitor has dates in parentheses; -1 not yet known */
    int shared;      /* dl holds the visitors' common dates */
    int span_days;   /* days of a "zweitägig" in the clause; -1 not yet known */
    dlist_t dl;
} vdates_t;

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

static int day_span_days(const extractor_impl_t *x, size_t a, size_t b);
static void day_span_apply(dlist_t *dl, int days);

/* The clause (grammar layer) of token i, or NULL without the layer. */
static const clause_t *gram_clause(const extractor_impl_t *x, size_t i)
{
    if (!x->cr_ok || i < x->cr.base || i >= x->cr.base + x->cr.ntok) return NULL;
    uint32_t k = clause_tok(&x->cr, i)->clause;
    return k < x->cr.ncl ? &x->cr.cl[k] : NULL;
}

static int speech_before(extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb, size_t a, size_t b,
                         int32_t tid);
static int summit_time(const extractor_impl_t *x, const dlist_t *dl);
static int summit_attend(extractor_impl_t *x, const sctx_t *c, int32_t who, double conf, int32_t tid,
                         const dlist_t *dl);

/* 1 when the verb of token p's clause is "abstatten" ("stattete ... einen
 * Besuch ab", "hat ... einen Besuch abgestattet"), whose dative object is
 * the one visited (grammar layer lemma, particle joined). */
static int paying_visit(const extractor_impl_t *x, size_t p)
{
    const clause_t *cl = gram_clause(x, p);
    return cl && strcmp(cl->lemma, "abstatten") == 0;
}

/* The person or body a visit was paid to: "bei" with a mention in
 * [a, b) outside the visitors [va, vb); -1 when none. */
static int32_t visit_bei(const extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb, size_t a,
                         size_t b)
{
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (k >= va && k < vb) continue;
        if (m->b < a || m->b >= b || !usable(m) || m->prep != P_BEI || m->place) continue;
        if (x->act[m->actor].kind == EV_KIND_STATE) continue;
        return m->actor;
    }
    return -1;
}

static int frame_visit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                       size_t ca, size_t cb, int32_t tid)
{
    size_t p = t->tok;
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    double conf = T->conf;
    int passive = 0;
    /* visitors */
    size_t va = 0, vb = 0;
    int have = 0;
    int32_t visited = -1;    /* "bei einem Besuch der WHO": the body visited */
    if (t->noun) {
        if (anaphoric(x, p, ca)) return DN_OK;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b <= p || m->b > p + 4 || m->b >= scope_b) continue;
            if (usable(m) && m->prep == P_GEN && !m->member && !m->role
                && x->act[m->actor].kind == EV_KIND_INSTITUTION) {
                /* a body in the genitive is what is visited, not who */
                visited = m->actor;
                break;
            }
            if (usable(m) && (m->prep == P_GEN || m->prep == P_VON || m->prep == P_NONE)) {
                va = k; vb = list_end(x, k, c->m1); have = 1;
            }
            break;
        }
        if (!have) {
            int q = possessive_before(x, p, c->m0, c->m1);
            if (q >= 0 && x->men[q].actor >= 0) { va = (size_t)q; vb = va + 1; have = 1; conf -= 0.1; }
        }
        if (!have) {
            /* a genitive name before it: "Nasarbajews Besuch" */
            for (size_t k = c->m0; k < c->m1; k++) {
                const mention_t *m = &x->men[k];
                if (m->e == p && usable(m) && x->act[m->actor].kind == EV_KIND_PERSON) {
                    va = k; vb = k + 1; have = 1;
                }
            }
        }
        if (!have) {
            int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
            if (q >= 0 && x->act[x->men[q].actor].kind != EV_KIND_STATE) {
                va = (size_t)q; vb = list_end(x, va, c->m1); have = 1; conf -= 0.05;
                if (x->men[q].type == MT_PRON) conf -= 0.05;
            }
        }
    } else {
        /* "hält sich in X auf": only reflexive "aufhalten" is a stay */
        if (T->particle >= 0) {
            size_t pl;
            const char *ps = lexicon_key_str(&x->lx, T->particle, &pl);
            if (pl == 3 && memcmp(ps, "auf", 3) == 0 && !in_range_word(x, ca, cb, (const char *const[]){ "sich", NULL }))
                return DN_OK;
        }
        /* verbs: passive with a von-agent, else the subject */
        static const char *const AUX[] = { "wurde", "wurden", "worden", "wird", "werden", NULL };
        const text_tok_t *v = TK(x, p);
        const char *vw = x->doc.s + v->off;
        int participle = v->len > 3 && (vw[v->len - 1] == 't' || (vw[v->len - 2] == 'e' && vw[v->len - 1] == 'n'));
        int pass = participle && (in_range_word(x, ca, p, AUX) || in_range_word(x, p + 1, p + 2, AUX));
        for (size_t k = c->m0; k < c->m1 && !have && pass; k++) {
            const mention_t *m = &x->men[k];
            if (m->b >= ca && m->b < cb && usable(m) && m->prep == P_VON) {
                va = k; vb = list_end(x, k, c->m1); have = 1; passive = 1;
            }
        }
        if (!have) {
            int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
            /* who travels is a person or a body, not a place */
            if (q >= 0 && !x->men[q].place
                && (T->cls != TR_TRAVEL || x->act[x->men[q].actor].kind != EV_KIND_STATE)) {
                va = (size_t)q; vb = list_end(x, va, c->m1); have = 1;
            }
        }
    }
    if (!have) return DN_OK;
    /* destination */
    int32_t dst = -1;
    const char *place = NULL;
    size_t da = t->noun ? p : ca, db = t->noun ? scope_b : cb;
    /* "Nach einem Besuch in Moskau reiste X nach Peking": a verb of
     * motion goes where its "nach" after it points */
    for (size_t k = c->m0; k < c->m1 && dst < 0 && !t->noun && T->cls == TR_TRAVEL; k++) {
        const mention_t *m = &x->men[k];
        if (k >= va && k < vb) continue;
        if (m->b <= p || m->b >= db || !usable(m) || m->prep != P_NACH) continue;
        if (x->act[m->actor].kind == EV_KIND_PERSON) continue;
        dst = m->actor;
        place = m->place;
    }
    for (size_t k = c->m0; k < c->m1 && dst < 0; k++) {
        const mention_t *m = &x->men[k];
        if (k >= va && k < vb) continue;
        if (m->b < da || m->b >= db || !usable(m)) continue;
        /* "fuhr ins Bundeskanzleramt": a building across town, no journey */
        if (T->cls == TR_TRAVEL && m->prep == P_IN && !m->place && x->act[m->actor].kind == EV_KIND_INSTITUTION)
            continue;
        /* "Nach Tina Maze landete ...": one travels to a place, not a person */
        if ((m->prep == P_IN || m->prep == P_NACH) && x->act[m->actor].kind != EV_KIND_PERSON) {
            dst = m->actor;
            place = m->place;
        }
    }
    if (dst < 0 && t->noun && !(x->men[va].prep == P_GEN && x->men[va].b > p)) {
        /* "hat in Ecuador seine Reise begonnen": a place before the noun */
        for (size_t k = c->m0; k < c->m1 && dst < 0; k++) {
            const mention_t *m = &x->men[k];
            if (k >= va && k < vb) continue;
            if (m->b < ca || m->b >= p || !usable(m)) continue;
            if (m->prep == P_IN || m->prep == P_NACH) { dst = m->actor; place = m->place; }
        }
    }
    int from_object = 0;
    if (T->cls != TR_TRAVEL) {
        /* the object of the verb, or the subject of the passive; a dative
         * object with "einen Besuch abstatten" (a verb of motion has none:
         * "kam Nadal ein Schritt näher" goes nowhere).  With the place
         * already named, a person or body as object is the one visited
         * ("hatte Erdoğan in Istanbul besucht": a meeting too). */
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (k >= va && k < vb) continue;
            if (m->b < ca || m->b >= cb || !usable(m) || m->prep != P_NONE || m->member) continue;
            /* a noun's object is a state, or with "einen Besuch abstatten"
             * the person or body visited ("hat Bundespräsident X einen
             * Besuch abgestattet": a visit to X's state and a meeting) */
            if (t->noun && x->act[m->actor].kind != EV_KIND_STATE && !paying_visit(x, p)) continue;
            if (!(passive || !t->noun || m->b < p)) continue;
            if (dst < 0) {
                dst = m->actor;
                place = m->place;
                from_object = 1;
            } else if (!t->noun && !passive && T->cls == TR_VISIT && visited < 0 && !m->place
                       && x->act[m->actor].kind != EV_KIND_STATE) {
                visited = m->actor;
            }
            break;
        }
    }
    /* "nach einem Besuch bei Präsident Putin in Moskau": the one visited
     * is met, wherever the visit went */
    int32_t host = visit_bei(x, c, va, vb, da, db);
    if (dst < 0 && host >= 0 && x->act[host].kind == EV_KIND_PERSON) dst = host;
    else if (host >= 0 && visited < 0 && x->act[host].kind != EV_KIND_PERSON) visited = host;
    else if (host >= 0 && dst >= 0 && x->act[dst].kind != EV_KIND_PERSON) visited = host;
    if (dst < 0 && visited >= 0 && state_of(x, visited) >= 0) dst = state_of(x, visited);
    if (dst < 0 && t->noun && t->pre_state >= 0) {
        /* "der Hannover-Besuch von US-Präsident Obama" */
        dst = dactor_lex(x, t->pre_state);
        if (dst < 0) return DN_ENOMEM;
        place = t->pre_place;
    }
    /* one travels to a state: "im State Department" is a place in its
     * state; a body visited ("besuchte den Kongress") is also met */
    int meet_only = 0;
    if (dst >= 0 && x->act[dst].kind != EV_KIND_STATE && x->act[dst].kind != EV_KIND_PERSON) {
        int32_t ds = state_of(x, dst);
        if (from_object && !passive && visited < 0 && x->act[dst].kind == EV_KIND_INSTITUTION) visited = dst;
        if (ds < 0 && visited < 0) return DN_OK;
        if (ds < 0) meet_only = 1;
        dst = ds >= 0 ? ds : visited;
    }
    int implicit = dst < 0;
    /* only a word that means a visit abroad implies the other side */
    if (implicit && T->conf < 0.85) return DN_OK;
    int count = t->noun ? count_before(x, p, ca) : 1;
    vdates_t vd;
    vd.any_paren = -1;
    vd.shared = 0;
    vd.span_days = -1;
    for (size_t k = va; k < vb; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) && !(m->type == MT_POSS && m->actor >= 0 && vb == va + 1)) continue;
        int32_t d = dst;
        double cf = conf;
        /* "kam nach Deutschland" is often a migrant's story: a weak verb
         * of motion (confidence below 0.75) needs a traveller in office */
        if (T->cls == TR_TRAVEL && T->conf < 0.75 && m->actor >= 0
            && x->act[m->actor].kind == EV_KIND_PERSON && !x->act[m->actor].office && x->act[m->actor].lex < 0)
            continue;
        /* a stay of someone who fled is exile */
        if (T->cls == TR_TRAVEL && m->actor >= 0 && x->act[m->actor].kind == EV_KIND_PERSON
            && x->act[m->actor].fled)
            continue;
        if (implicit) {
            d = other_side(x, m->actor);
            cf = conf - 0.25;
            if (T->cls == TR_RETURN) cf = conf - 0.15;
        }
        dlist_t dl;
        visitor_dates(x, c, va, vb, k, p, t->noun ? scope_b : cb, ca, p, &dl, &vd);
        /* "zu einem zweitägigen Besuch": the clause read once per trigger */
        if (dl.n == 1 && dl.a[0].day && !dl.b[0].year) {
            if (vd.span_days < 0) vd.span_days = day_span_days(x, ca, cb);
            day_span_apply(&dl, vd.span_days);
        }
        size_t before = x->ncand;
        int rc = meet_only ? emit(x, m->actor, visited, EV_REL_MEETING, &dl, 1, place, c->s, cf - 0.05, tid)
                           : emit(x, m->actor, d, EV_REL_VISIT, &dl, count, place, c->s, cf, tid);
        if (rc) return rc;
        if (meet_only || x->ncand == before) continue;
        /* "waren zum Gipfel nach Astana gekommen": travel to the host state
         * of the text's summit, in its days, is taking part in it */
        if (T->cls == TR_TRAVEL && x->have_summit && d == x->sum_host && summit_time(x, &dl)
            && x->act[m->actor].kind == EV_KIND_PERSON && (rc = summit_attend(x, c, m->actor, cf - 0.1, tid, &dl)))
            return rc;
        if (k == va) x->ctx_visit = (int32_t)before;
        if (visited >= 0) {
            rc = emit(x, m->actor, visited, EV_REL_MEETING, &dl, 1, place, c->s, cf - 0.05, tid);
            if (rc) return rc;
        }
        /* a visit to a person is also a meeting with them */
        if (x->act[d].kind == EV_KIND_PERSON) {
            for (size_t q = before; q < x->ncand; q++) x->cand[q].dropped = 1;
            rc = emit(x, m->actor, d, EV_REL_MEETING, &dl, 1, place, c->s, cf, tid);
            if (rc) return rc;
            int32_t ds = state_of(x, d);
            if (ds >= 0) rc = emit(x, m->actor, ds, EV_REL_VISIT, &dl, 1, place, c->s, cf - 0.1, tid);
            if (rc) return rc;
        }
    }
    if (t->noun) {
        int rc = speech_before(x, c, va, vb, p, scope_b, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "hielt eine Rede vor dem Bundestag", "sprach vor dem Kongress": a
 * speech before a body is a meeting with it (the visit, if abroad, comes
 * from the frame that calls this).  Mentions [va, vb) are the speakers. */
static int speech_before(extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb, size_t a, size_t b,
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
    for (size_t k = va; k < vb; k++) {
        const mention_t *m = &x->men[k];
        if (!usable(m) || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = emit(x, m->actor, body, EV_REL_MEETING, &dl, 1, NULL, c->s, 0.75, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* "X erklärte in New York", "sagte X in Brüssel": a statement made in a
 * named city of another state is presence there.  Only for a speaker
 * whose state is known and a place (not a bare state name). */
static int frame_speech(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                        int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int q = subject_in(x, c->m0, c->m1, ca, cb, 1);
    if (q < 0 || x->men[q].type != MT_ENTITY) return DN_OK;
    int32_t who = x->men[q].actor;
    if (x->act[who].kind != EV_KIND_PERSON || state_of(x, who) < 0) return DN_OK;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->prep != P_IN || !m->place) continue;
        /* the place must belong to the verb, not to a noun before it ("die
         * Lage in Kabul sei ruhig, sagte er") */
        if (m->b + 6 < t->tok || m->b > t->tok + 8) continue;
        int32_t ds = state_of(x, m->actor);
        if (ds < 0 || ds == state_of(x, who)) return DN_OK;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
        return emit(x, who, ds, EV_REL_VISIT, &dl, 1, m->place, c->s, T->conf, tid);
    }
    return DN_OK;
}

/* 1 when a topic noun stands right before the "in" at token i ("über die
 * Lage in der Ukraine", "den Krieg in Syrien"): the place is what was
 * talked about, not where. */
static int topic_before(const extractor_impl_t *x, size_t i, size_t lo)
{
    static const char *const END[] = { "lage", "krieg", "krieges", "kriegs", "krise", "konflikt", "konflikts",
        "konfliktes", "situation", "entwicklung", "entwicklungen", "frage", "streit", "kämpfe", "kämpfen",
        "gewalt", "wahl", "wahlen", "unruhen", "proteste", "protesten", "investitionen", "zusammenarbeit",
        "einsatz", "einsatzes", "engagement", "menschenrechte", "menschenrechten", NULL };
    for (size_t k = i, n = 0; n < 4 && k > lo; n++) {
        k--;
        const text_tok_t *t = TK(x, k);
        if (t->type != TOK_WORD) return 0;
        if (!(t->flags & TOK_CAP)) continue;   /* in, der, im: look further left */
        const char *w = x->doc.s + t->off;
        for (const char *const *e = END; *e; e++) {
            size_t n2 = strlen(*e);
            if (t->len >= n2 && strncasecmp(w + t->len - n2, *e, n2) == 0) return 1;
        }
        return 0;
    }
    return 0;
}

/* The state a meeting takes place in ("in Jordanien", "in Peking"), from
 * the trigger's scope, else its clause; -1 when not said. */
static int32_t meeting_host(extractor_impl_t *x, const sctx_t *c, size_t a, size_t b,
                            size_t ca, size_t cb, const char **place)
{
    for (int pass = 0; pass < 2; pass++) {
        size_t lo = pass ? ca : a, hi = pass ? cb : b;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b < lo || m->b >= hi || m->actor < 0 || m->type != MT_ENTITY) continue;
            if (m->prep != P_IN) continue;
            if (!m->place && x->act[m->actor].kind != EV_KIND_STATE) continue;
            if (topic_before(x, m->b, lo)) continue;
            if (m->place && !*place) *place = m->place;
            return state_of(x, m->actor);
        }
    }
    return -1;
}

/* A participant from another state than the one a meeting is held in has
 * travelled there. */
static int visit_host(extractor_impl_t *x, int32_t who, int32_t host, const dlist_t *dl,
                      const char *place, size_t s, double conf, int32_t tid)
{
    int32_t st = state_of(x, who);
    if (st < 0 || st == host || x->act[who].kind == EV_KIND_STATE) return DN_OK;
    return emit(x, who, host, EV_REL_VISIT, dl, 1, place, s, conf, tid);
}

/* "über den Handelsstreit mit den USA", "die Beziehungen zu/mit X": a
 * mit-phrase after a noun of conflict or relations belongs to that noun. */
static int relation_noun_before(const extractor_impl_t *x, size_t b, size_t lo)
{
    static const char *const H[] = { "streit", "streits", "konflikt", "konflikts", "konfliktes",
        "krieg", "kriegs", "krieges", "beziehungen", "verhältnis", "verhältnisses", "zusammenarbeit",
        "partnerschaft", "abkommen", "abkommens", "vertrag", "vertrags", "vertrages", "handel",
        "handels", "grenze", "spannungen", "kooperation", "auseinandersetzung", "auseinandersetzungen",
        "solidarität", "freundschaft", "einigung", "rivalität", "wettbewerb", NULL };
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
    buf[len] = '\0';
    for (const char *const *h = H; *h; h++) {
        size_t m = strlen(*h);
        if (len >= m && memcmp(buf + len - m, *h, m) == 0) return 1;
    }
    return 0;
}

/* The field before a verb holds a noun phrase of no actor at the
 * clause's start ("Die Sanktionen treffen ...", "Der Hurrikan traf ..."):
 * an article, then a capitalised common noun, no mention. */
static int thing_subject(const extractor_impl_t *x, const sctx_t *c, size_t p, size_t ca)
{
    if (p < ca + 2) return 0;
    for (size_t k = c->m0; k < c->m1; k++)
        if (x->men[k].b >= ca && x->men[k].b < p) return 0;
    static const char *const ART[] = { "der", "die", "das", "ein", "eine", "diese", "dieser", "dieses", NULL };
    int art = 0;
    for (const char *const *w = ART; *w; w++) if (tok_word(x, ca, *w)) art = 1;
    if (!art) return 0;
    for (size_t i = ca + 1; i < p; i++) {
        const text_tok_t *q = TK(x, i);
        if (q->type != TOK_WORD) return 0;
        if (q->flags & TOK_CAP) return 1;   /* the noun of the article */
    }
    return 0;
}

/* A participle after a passive auxiliary in its clause ("wurde ...
 * empfangen"). */
static int passive_clause(const extractor_impl_t *x, size_t p, size_t ca)
{
    static const char *const AUX[] = { "wurde", "wurden", "worden", "wird", "werden", NULL };
    const text_tok_t *v = TK(x, p);
    const char *vw = x->doc.s + v->off;
    int participle = v->len > 3 && (vw[v->len - 1] == 't' || (vw[v->len - 2] == 'e' && vw[v->len - 1] == 'n'));
    /* "wurde ... empfangen", and verb-final "nachdem sie ... empfangen
     * worden war", "als er ... begrüßt wurde" */
    return participle && (in_range_word(x, ca, p, AUX) || in_range_word(x, p + 1, p + 2, AUX));
}

/* A form of "sprechen" (sprach, spricht, gesprochen): a meeting only
 * with "mit". */
static int speak_verb(const char *w)
{
    return strncmp(w, "sprach", 6) == 0 || strncmp(w, "sprech", 6) == 0 || strncmp(w, "spricht", 7) == 0
           || strncmp(w, "gesproch", 8) == 0;
}

static int relative_object(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok);

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

static int clause_has_class(extractor_impl_t *x, size_t a, size_t b, tr_class_t cls);

static void set_host(extractor_impl_t *x, int32_t who);

/* "unter dem Vorsitz des Präsidenten X", "unter Leitung Mogherinis",
 * "unter Vermittlung der Afrikanischen Union": the chair of the clause's
 * meeting, as a mention index; -1 when none.  A delegation "unter
 * Leitung von X" is led, not chaired. */
static int chair_mention(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb)
{
    for (size_t i = ca; i + 1 < cb; i++) {
        if (!tok_word(x, i, "unter")) continue;
        size_t w = i + 1;
        if (tok_word(x, w, "dem") || tok_word(x, w, "der")) w++;
        if (!(tok_word_cs(x, w, "Vorsitz") || tok_word_cs(x, w, "Leitung") || tok_word_cs(x, w, "Vermittlung")))
            continue;
        if (i > 0 && TK(x, i - 1)->type == TOK_WORD && strncmp(x->doc.s + TK(x, i - 1)->off, "Delegation", 10) == 0)
            continue;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b >= w && m->b <= w + 4 && usable(m) && x->act[m->actor].kind != EV_KIND_STATE) return (int)k;
        }
    }
    return -1;
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
    for (size_t k = c->m0; k < c->m1 && n < 32; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || (int)k == chair) continue;
        if (m->prep == P_MIT || m->prep == P_ZWISCHEN || (m->prep == P_OTHER && m->b > 0 && tok_word(x, m->b - 1, "neben")))
            who[n++] = m->actor;
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
    static const char *const W[] = { "Delegierten", "Teilnehmern", "Gipfelteilnehmern",
        "Konferenzteilnehmern", "Plenum", "Vollversammlung", "Gipfel", "Gipfeltreffen",
        "Versammlung", NULL };
    if (!tok_word(x, i, "vor")) return 0;
    for (size_t j = i + 1; j < cb && j <= i + 3; j++)
        for (const char *const *w = W; *w; w++)
            if (tok_word_cs(x, j, *w)) return 1;
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

static int frame_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
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
    int32_t part[32];
    const char *place = NULL;
    int np = 0;
    int32_t owner = -1;
    int from_ctx = 0;
    size_t a = t->noun ? p : ca, b = t->noun ? scope_b : cb;
    /* "die indisch-pakistanischen Gespräche in Lahore", "Treffen der
     * deutsch-russischen Regierungskommission": the two states meet; the
     * guest of a place in one of them has visited it */
    if (t->noun) {
        for (size_t i = p > ca + 6 ? p - 6 : ca; i < p + 5 && i < cb; i++) {
            int32_t sa, sb;
            if (i == p || !mention_bilateral(x, i, &sa, &sb)) continue;
            int32_t da = dactor_lex(x, sa), db = dactor_lex(x, sb);
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
    }
    /* partners after mit / zwischen, or genitive lists after a noun */
    int with = 0, between = 0;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < a || m->b >= b || !usable(m)) continue;
        if (x->act[m->actor].kind == EV_KIND_PERSON && x->act[m->actor].kin) continue;
        if ((m->prep == P_MIT || m->prep == P_ZWISCHEN) && relation_noun_before(x, m->b, a)) continue;
        if (m->prep == P_MIT || m->prep == P_ZWISCHEN) {
            if (m->prep == P_ZWISCHEN) between = 1;
            with = 1;
            if (np < 32) part[np++] = m->actor;
        } else if (m->prep == P_IN && m->place) {
            if (!place) place = m->place;
        } else if (t->noun && !with
                   && ((np == 0 && m->b <= p + 4 && (m->prep == P_GEN || m->prep == P_VON || m->prep == P_NONE))
                       || (np > 0 && k > c->m0 && m->list == x->men[k - 1].list))) {
            if (np < 32) part[np++] = m->actor;
        } else if (t->noun && m->prep == P_IN && !m->place && x->act[m->actor].kind == EV_KIND_INSTITUTION
                   && np > 0) {
            /* "Treffen ... im Bundestag": the host body takes part */
            if (np < 32) part[np++] = m->actor;
        }
    }
    /* "Die Sanktionen treffen Russland hart": the subject before the verb
     * is a thing, no actor */
    if (!t->noun && np == 0 && !with && thing_subject(x, c, p, ca)) return DN_OK;
    /* "sprach mit X" is a talk; "sprach sich für ... aus", "sprach von
     * einem Versagen" are not */
    if (!t->noun && speak_verb(T->word) && (!with || tok_word(x, p + 1, "sich"))) {
        /* "sprach vor dem Kongress": a speech before the body */
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        return sq >= 0 ? speech_before(x, c, (size_t)sq, (size_t)sq + 1, ca, cb, tid) : DN_OK;
    }
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    if (with || !t->noun) {
        /* the owner: possessive, subject of the clause, or the visitor of
         * the visit the sentence is about ("während dessen Gespräche") */
        int q = possessive_before(x, p, c->m0, c->m1);
        if (q >= 0) owner = x->men[q].actor;
        if (owner < 0) {
            int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
            if (sq >= 0) {
                owner = x->men[sq].actor;
                /* subjects listed together meet each other ("A und B
                 * trafen sich"); hosts or guests of a reception do not
                 * ("A und B wurden in Delhi empfangen") */
                size_t e = list_end(x, (size_t)sq, c->m1);
                if (!with && !t->noun && T->cls != TR_RECEIVE) {
                    for (size_t k = (size_t)sq + 1; k < e && np < 32; k++) part[np++] = x->men[k].actor;
                }
            }
        }
        if (!t->noun && !with && np == 0 && passive_clause(x, p, ca)) {
            /* passive: "Y wurde von X empfangen": X is the host, the
             * subject the guest */
            for (size_t k = c->m0; k < c->m1; k++)
                if (x->men[k].b >= ca && x->men[k].b < cb && usable(&x->men[k]) && x->men[k].prep == P_VON
                    && x->men[k].actor != owner) {
                    if (owner >= 0) part[np++] = owner;
                    owner = x->men[k].actor;
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
        if (!t->noun && !with && owner >= 0 && np == 0) {
            /* "Y, die/den er traf": the relative pronoun is the object,
             * its antecedent the one met */
            int ro = relative_object(x, c->m0, c->m1, p);
            if (ro >= 0 && x->men[ro].actor != owner) part[np++] = x->men[ro].actor;
        }
        if (!t->noun && !with && owner >= 0 && np == 0) {
            /* accusative object: "X traf Y", "X empfing Y" */
            int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
            /* after the verb first ("besuchte Wien und traf dort Kurz"),
             * before it only in a verb-final clause */
            for (int pass = 0; pass < 2 && np == 0; pass++) {
                /* before the verb the nearest first ("hatte Moldau besucht
                 * und dort Recean getroffen") */
                for (size_t j = 0; j < c->m1 - c->m0; j++) {
                    size_t k = pass == 0 ? c->m0 + j : c->m1 - 1 - j;
                    const mention_t *m = &x->men[k];
                    if ((int)k == sq || m->b < ca || m->b >= cb || !usable(m)) continue;
                    if (pass == 0 ? m->b < p : m->b > p) continue;
                    /* a co-subject is no object ("A und B wurden empfangen") */
                    if (sq >= 0 && m->list == x->men[sq].list && m->type == MT_ENTITY) continue;
                    /* "Wiens Bürgermeister X empfing": an attribute of the subject */
                    if (sq >= 0 && m->e == x->men[sq].b && m->type != MT_PRON) continue;
                    if (m->prep == P_NONE && m->actor != owner) {
                        /* "traf A, B und C": the whole list is met */
                        size_t f = k;
                        while (f > c->m0 && x->men[f - 1].list == m->list && x->men[f - 1].b >= ca) f--;
                        size_t e = list_end(x, f, c->m1);
                        for (size_t g = f; g < e && np < 32; g++)
                            if (usable(&x->men[g]) && x->men[g].actor != owner) part[np++] = x->men[g].actor;
                        break;
                    }
                }
            }
        }
        if (owner < 0 && np >= 2 && (between || !with)) {
            /* "ein Treffen zwischen A und B" (not "mit A und B", whose
             * other side is unknown) */
            owner = part[0];
            memmove(part, part + 1, (size_t)(np - 1) * sizeof *part);
            np--;
        }
        if (np == 0 && T->cls == TR_RECEIVE && passive_clause(x, p, ca))
            return received_guests(x, c, ca, cb, conf, tid);
        if (owner < 0 || np == 0) return DN_OK;
        if (!dates_in(x, c->s, a, b, c->m0, c->m1, &dl, 0) && !dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0)
            && from_ctx) {
            const cand_t *v = &x->cand[x->ctx_visit];
            dl_add(&dl, v->start, v->end);
        }
        int32_t host = meeting_host(x, c, a, b, ca, cb, &place);
        /* "traf in Jordanien König Abdullah II.": a partner with a
         * state's office whose state the text does not say is of the
         * host state */
        if (host >= 0 && owner >= 0 && state_of(x, owner) >= 0 && state_of(x, owner) != host)
            for (int k = 0; k < np; k++) {
                dactor_t *d = &x->act[part[k]];
                if (d->kind == EV_KIND_PERSON && d->lex < 0 && d->state < 0 && d->office)
                    d->host_state = host;
            }
        if (host >= 0) {
            int rc = visit_host(x, owner, host, &dl, place, c->s, conf - 0.15, tid);
            if (rc) return rc;
        }
        for (int k = 0; k < np; k++) {
            int rc = emit(x, owner, part[k], EV_REL_MEETING, &dl, 1, place, c->s, conf, tid);
            if (rc) return rc;
            if (host >= 0 && (rc = visit_host(x, part[k], host, &dl, place, c->s, conf - 0.15, tid)))
                return rc;
            /* a guest received by a host abroad has visited the host's
             * state; not one met "mit" another verb of the clause ("wurde
             * empfangen und führte Gespräche mit X") */
            if (T->cls == TR_RECEIVE && !with) {
                int32_t hs = state_of(x, owner), gs = state_of(x, part[k]);
                if (hs >= 0 && gs >= 0 && hs != gs && hs != host)
                    rc = emit(x, part[k], hs, EV_REL_VISIT, &dl, 1, place, c->s, conf - 0.2, tid);
                if (rc) return rc;
            }
        }
        return DN_OK;
    }
    /* "bei einem Treffen der NATO-Außenminister sagte Rice": the subject
     * met the body named in the genitive */
    if (np == 1) {
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        /* also "beim Empfang durch König X sprach Y": the receiving host
         * and the clause's subject */
        if (sq >= 0 && x->men[sq].actor != part[0] && x->act[x->men[sq].actor].kind == EV_KIND_PERSON
            && (x->act[part[0]].kind != EV_KIND_PERSON || T->cls == TR_RECEIVE)
            && list_end(x, (size_t)sq, c->m1) == (size_t)sq + 1) {
            part[1] = x->men[sq].actor;
            np = 2;
        }
    }
    /* "A und B haben ihr Treffen ... genutzt", "A und B haben sich nach
     * Gesprächen geeinigt": the subjects meet */
    if (np < 2) {
        int sq = subject_in(x, c->m0, c->m1, ca, cb, 1);
        if (sq >= 0) {
            size_t e = list_end(x, (size_t)sq, c->m1);
            np = 0;
            for (size_t k = (size_t)sq; k < e && np < 32; k++)
                if (usable(&x->men[k])) part[np++] = x->men[k].actor;
        }
    }
    /* "war zu Gesprächen in Teheran": talks abroad, with no partner
     * named, are a visit there */
    if (np == 1 && t->noun && !with && p > ca && tok_word(x, p - 1, "zu")) {
        const char *pl = NULL;
        int32_t host = meeting_host(x, c, a, b, a, b, &pl);
        int32_t st = state_of(x, part[0]);
        if (host >= 0 && st != host && x->act[part[0]].kind != EV_KIND_STATE
            && (st >= 0 || x->act[part[0]].titled)) {
            if (!dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0)) memset(&dl, 0, sizeof dl);
            return emit(x, part[0], host, EV_REL_VISIT, &dl, 1, pl, c->s, conf - 0.15, tid);
        }
    }
    /* a noun with its participants listed: pair the two sides */
    if (np < 2) return DN_OK;
    if (!dates_in(x, c->s, a, b, c->m0, c->m1, &dl, 0)) dates_in(x, c->s, ca, p, c->m0, c->m1, &dl, 1);
    int32_t st0 = state_of(x, part[0]);
    int two_sides = 0;
    for (int k = 1; k < np; k++)
        if (state_of(x, part[k]) >= 0 && st0 >= 0 && state_of(x, part[k]) != st0) two_sides = 1;
    /* "An dem Treffen nahmen A und B teil": those who take part, all of
     * one side as far as the text says, are no pair of partners */
    if (!two_sides && t->noun && clause_has_class(x, ca, cb, TR_PARTICIPATE)) return DN_OK;
    for (int i = 0; i < np; i++)
        for (int j = i + 1; j < np; j++) {
            int32_t si = state_of(x, part[i]), sj = state_of(x, part[j]);
            if (two_sides && si == sj) continue;
            if (!two_sides && np > 3) continue;
            int rc = emit(x, part[i], part[j], EV_REL_MEETING, &dl, 1, place, c->s, conf - 0.1, tid);
            if (rc) return rc;
        }
    int32_t host = meeting_host(x, c, a, b, ca, cb, &place);
    for (int i = 0; i < np && host >= 0; i++) {
        int rc = visit_host(x, part[i], host, &dl, place, c->s, conf - 0.2, tid);
        if (rc) return rc;
    }
    return DN_OK;
}

/* The days of the first "zweitägig" ... "fünftägig" in tokens [a, b); 0
 * when none. */
static int day_span_days(const extractor_impl_t *x, size_t a, size_t b)
{
    static const struct { const char *w; size_t len; int n; } D[] = {
        { "zweitägig", sizeof "zweitägig" - 1, 2 }, { "dreitägig", sizeof "dreitägig" - 1, 3 },
        { "viertägig", sizeof "viertägig" - 1, 4 }, { "fünftägig", sizeof "fünftägig" - 1, 5 },
        { NULL, 0, 0 } };
    for (size_t i = a; i < b; i++) {
        const text_tok_t *t = TK(x, i);
        if (t->len < D[0].len - 1) continue;
        for (int k = 0; D[k].w; k++)
            if (t->len >= D[k].len && memcmp(x->doc.s + t->off, D[k].w, D[k].len) == 0) return D[k].n;
    }
    return 0;
}

/* A one-day date of dl becomes the span of days the clause names. */
static void day_span_apply(dlist_t *dl, int days)
{
    if (dl->n != 1 || !dl->a[0].day || dl->b[0].year || !days) return;
    long z = text_days_from_civil(dl->a[0].year, dl->a[0].month, dl->a[0].day);
    dl->b[0] = text_civil_from_days(z + days - 1);
}

/* N-tägig ("zweitägigen Gipfel") turns a day into a span of N days. */
static void day_span(const extractor_impl_t *x, size_t a, size_t b, dlist_t *dl)
{
    if (dl->n != 1 || !dl->a[0].day || dl->b[0].year) return;
    day_span_apply(dl, day_span_days(x, a, b));
}

/* 1 when the dates dl (none: yes) overlap the text's summit (no dates:
 * yes). */
static int summit_time(const extractor_impl_t *x, const dlist_t *dl)
{
    if (!dl->n || !x->sum_a.year) return 1;
    long sa = ev_date_first_day(x->sum_a), sb = ev_date_last_day(x->sum_b.year ? x->sum_b : x->sum_a);
    for (int k = 0; k < dl->n; k++) {
        long a = ev_date_first_day(dl->a[k]) - 3, b = ev_date_last_day(dl->b[k].year ? dl->b[k] : dl->a[k]) + 3;
        if (a <= sb && sa <= b) return 1;
    }
    return 0;
}

/* The summit a participant attends: organiser, else host person, else
 * host state. */
static int32_t summit_target(const extractor_impl_t *x)
{
    if (x->sum_org >= 0) return x->sum_org;
    if (x->sum_hostp >= 0) return x->sum_hostp;
    return x->sum_host;
}

static int summit_attend(extractor_impl_t *x, const sctx_t *c, int32_t who, double conf, int32_t tid,
                         const dlist_t *dl)
{
    int32_t target = summit_target(x);
    if (target < 0 || who == target) return DN_OK;
    /* a session of one's own state's body ("Sitzung des Bundestages") is
     * no diplomatic meeting */
    int32_t ws = state_of(x, who);
    if (ws >= 0 && x->act[target].kind == EV_KIND_INSTITUTION && x->act[target].state == ws) return DN_OK;
    int rc = emit(x, who, target, EV_REL_MEETING, dl, 1, x->sum_place, c->s, conf, tid);
    if (!rc && x->sum_host >= 0) rc = visit_host(x, who, x->sum_host, dl, x->sum_place, c->s, conf - 0.1, tid);
    return rc;
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

/* A summit: each participant meets the organiser (or the host) and has
 * visited the host state when it comes from abroad; never a clique.  The
 * summit stays the text's context for later "nahmen teil". */
static int frame_summit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                        int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int32_t org = t->pre_inst >= 0 ? dactor_lex(x, t->pre_inst) : -1;
    int32_t host = -1;
    const char *place = NULL;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m)) continue;
        if (org < 0 && m->b > t->tok && m->b <= t->tok + 3 && m->prep == P_GEN
            && x->act[m->actor].kind != EV_KIND_PERSON && x->act[m->actor].kind != EV_KIND_STATE)
            org = m->actor;
        else if ((m->prep == P_IN || m->prep == P_AUF) && host < 0 && m->b > t->tok
                 && (m->place || x->act[m->actor].kind == EV_KIND_STATE)) {
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
    /* "bei einer Sondersitzung des Europäischen Parlaments": a body's
     * session is met by those who appear at it, in this sentence only -
     * it is no summit that later sentences go on about */
    if (strcmp(T->word, "Sitzung") == 0) return body_session(x, c, org, host, place, &dl, ca, cb, tid);
    day_span(x, ca, cb, &dl);
    if (dl.n && !x->sum_a.year) { x->sum_a = dl.a[0]; x->sum_b = dl.b[0]; }
    if (org >= 0 || host >= 0) {
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
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m) || m->actor == org) continue;
        if (m->prep != P_NONE && m->prep != P_MIT) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int rc = summit_attend(x, c, m->actor, T->conf, tid, &dl);
        if (rc) return rc;
    }
    return DN_OK;
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
            && memcmp(x->doc.s + x->doc.toks[i].off, "teil", 4) == 0)
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
    static const char *const P[] = { "ausgerichtet", "veranstaltet", "organisiert", "einberufen", NULL };
    if (i >= x->doc.ntok || x->doc.toks[i].type != TOK_WORD) return 0;
    const char *w = x->doc.s + x->doc.toks[i].off;
    size_t n = x->doc.toks[i].len;
    for (const char *const *p = P; *p; p++) {
        size_t l = strlen(*p);
        if (n >= l && memcmp(w, *p, l) == 0) return 1;
    }
    return 0;
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
        if (h >= 2 && tok_word(x, h - 2, "gemeinsam") && tok_word(x, h - 1, "mit")) out[n++] = m->actor;
    }
    return n;
}

/* "nahm an einem Treffen mit X teil", "ein Abendessen, an dem auch Y
 * teilnahm": with no summit, taking part in a meeting is meeting its
 * host (the "mit" after the noun), or those the sentence already has
 * meeting (the relative clause's antecedent). */
static int participate_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca,
                               size_t cb, int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    int32_t hosts[8];
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
    const clause_t *gc = gram_clause(x, t->tok);
    if (!nh && gc && gc->type == CLAUSE_REL && gc->intro >= 3 && tok_word(x, (size_t)gc->intro - 1, "an")
        && tok_punct(x, (size_t)gc->intro - 2, ',') && meeting_noun_before(x, (size_t)gc->intro - 2, c->lo)) {
        for (size_t q = x->ncand; q-- > 0 && nh < 8;) {
            const cand_t *cd = &x->cand[q];
            if (cd->sent != c->s) break;
            if (cd->dropped || cd->rel != EV_REL_MEETING) continue;
            int32_t two[2] = { cd->src, cd->dst };
            for (int j = 0; j < 2 && nh < 8; j++) {
                int seen = 0;
                for (int h = 0; h < nh; h++) seen |= hosts[h] == two[j];
                if (!seen) hosts[nh++] = two[j];
            }
        }
    }
    if (!nh) return DN_OK;
    int32_t who[32];
    int nw = participants(x, c, gc && gc->type == CLAUSE_REL ? gc->tok : ca, cb, hosts[0], who, 32);
    dlist_t dl;
    memset(&dl, 0, sizeof dl);
    dates_in(x, c->s, ca, cb, c->m0, c->m1, &dl, 0);
    const char *pl = NULL;
    int32_t where = meeting_host(x, c, ca, cb, ca, cb, &pl);
    for (int i = 0; i < nw; i++) {
        for (int h = 0; h < nh; h++) {
            if (who[i] == hosts[h]) continue;
            int32_t sw = state_of(x, who[i]), sh = state_of(x, hosts[h]);
            /* the host's own side at the table meets no one new */
            if (sw >= 0 && sw == sh) continue;
            int rc = emit(x, who[i], hosts[h], EV_REL_MEETING, &dl, 1, pl, c->s, T->conf - 0.1, tid);
            if (rc) return rc;
        }
        /* "nahmen in Paris ... teil": present in the place's state */
        int rc = where >= 0 ? visit_host(x, who[i], where, &dl, pl, c->s, T->conf - 0.2, tid) : DN_OK;
        if (rc) return rc;
    }
    return DN_OK;
}

/* "X, Y und Z nahmen (am Gipfel) teil": each attends the summit of the
 * clause or of the text. */
static int frame_participate(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca,
                             size_t cb, int32_t tid)
{
    if (!x->have_summit) return participate_meeting(x, c, t, ca, cb, tid);
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

static int32_t relative_subject(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok);

/* 1 when a form of "sein" stands in [a, b) ("X war Gastgeber"). */
static int copula_in(const extractor_impl_t *x, size_t a, size_t b)
{
    static const char *const W[] = { "war", "ist", "waren", "sind", "wird", NULL };
    return in_range_word(x, a, b, W);
}

/* The host (a person) of the text's summit, and its state if none yet. */
static void set_host(extractor_impl_t *x, int32_t who)
{
    x->have_summit = 1;
    x->sum_hostp = who;
    if (x->sum_host < 0) x->sum_host = state_of(x, who);
}

/* "des Gastgebers, des venezolanischen Präsidenten Hugo Chávez": the host
 * of the text's summit. */
static void frame_host(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t cb)
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
    if (k < 0 && ((t->tok > 0 && tok_word(x, t->tok - 1, "als")) || copula_in(x, c->lo, cb)))
        k = subject_in(x, c->m0, c->m1, c->lo, cb, 1);
    if (k >= 0 && usable(&x->men[k]) && x->act[x->men[k].actor].kind == EV_KIND_PERSON)
        set_host(x, x->men[k].actor);
}

/* "dieses Besuchs", "diesem Treffen", "dessen": the sentence refers back
 * to the visit of the previous sentences. */
static int refers_to_visit(extractor_impl_t *x, const sctx_t *c)
{
    if (x->ctx_visit < 0 || x->cand[x->ctx_visit].sent + 1 < c->s) return 0;
    for (size_t i = c->lo; i + 1 < c->hi; i++) {
        if (tok_word(x, i, "dessen")) return 1;
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

/* State acts between two states: agreement, recognition, relations.  The
 * parties are the states (or the states of the actors) in the clause; when
 * the clause names fewer than two, the two sides of a bilateral text. */
static int frame_state_act(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                           int32_t tid)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    if (T->cls == TR_RELATIONS) {
        /* only diplomatic relations */
        int dip = 0;
        for (size_t i = c->lo; i < c->hi; i++) {
            const text_tok_t *q = TK(x, i);
            if (q->type == TOK_WORD && q->len >= 10 && strncmp(x->doc.s + q->off, "diplomati", 9) == 0) dip = 1;
            if (q->type == TOK_WORD && q->len >= 10 && strncmp(x->doc.s + q->off, "Diplomati", 9) == 0) dip = 1;
        }
        if (!dip) return DN_OK;
    }
    int32_t src = -1, dst = -1;
    int stateless = 0;
    for (size_t k = c->m0; k < c->m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b < ca || m->b >= cb || !usable(m)) continue;
        /* the parties are the subject, the partner (mit, zwischen), a
         * genitive or the recognising von; not a place or an origin
         * ("folgen einem Gesuch aus Brüssel") */
        if (m->prep != P_NONE && m->prep != P_MIT && m->prep != P_ZWISCHEN && m->prep != P_GEN
            && !(m->prep == P_VON && T->cls == TR_RECOGNITION))
            continue;
        /* a genitive is a party only right after a noun ("Abkommen der
         * beiden Staaten"), not an attribute elsewhere ("im Süden
         * Afghanistans") */
        if (m->prep == P_GEN && !(t->noun && m->b > t->tok && m->b <= t->tok + 4)
            && !(T->cls == TR_RECOGNITION))
            continue;
        int32_t st = state_of(x, m->actor);
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
        if (src < 0) src = st;
        else if (dst < 0 && st != src) dst = st;
    }
    double conf = T->conf;
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
    return emit(x, src, dst, rel, &dl, 1, NULL, c->s, conf, tid);
}

/* A party of a state the text never talks about: a generic party name
 * ("die Demokratische Partei" in a text about Hongkong is not the US one). */
static int foreign_party(const extractor_impl_t *x, int32_t a)
{
    const dactor_t *d = &x->act[a];
    if (d->kind != EV_KIND_GROUP || d->state < 0 || d->state == a) return 0;
    return x->act[d->state].nmention == 0;
}

/* "Moskaubesuch", "Chinareise": a state or place before the trigger's
 * stem in a compound is the destination. */
static void compound_destination(extractor_impl_t *x, size_t i, trig_t *t)
{
    const lx_trigger_t *T = &x->lx.trig[t->tr];
    const text_tok_t *tk = TK(x, i);
    buf_clear(&x->lw);
    if (text_lower(x->doc.s + tk->off, tk->len, &x->lw) < 0) return;
    const char *w = x->lw.data;
    size_t n = x->lw.len, sl = T->stemlen;
    if (!T->stem || sl < 3 || n < sl + 3) return;
    size_t pos = (size_t)-1;
    for (size_t q = n - sl + 1; q-- > 0;)
        if (memcmp(w + q, T->stem, sl) == 0) { pos = q; break; }
    if (pos == (size_t)-1 || pos < 3) return;
    char pre[64];
    if (pos >= sizeof pre) return;
    memcpy(pre, w, pos);
    int32_t k = lexicon_key(&x->lx, pre, pos);
    for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next) {
        const lx_phrase_t *ph = &x->lx.phr[p];
        /* the whole prefix must be the name: "polen" in "Polenreise", not
         * a stem that only starts like one */
        if (ph->n != 1 || !ph->last || ph->lastlen != pos || memcmp(ph->last, pre, pos) != 0) continue;
        if (ph->type == LX_STATE) { t->pre_state = ph->ref; return; }
        if (ph->type == LX_PLACE) {
            t->pre_state = x->lx.places[ph->ref].state;
            t->pre_place = x->lx.places[ph->ref].name;
            return;
        }
    }
}


/* A verb's event that its clause says did not happen: negated ("hat X
 * nicht getroffen"), conditional ("würde ... treffen"), intended ("ist
 * bereit zu", "will ... reisen", "soll ... treffen") or future ("wird ...
 * besuchen").  Nouns are left to the word rules: "der Besuch, der nicht
 * stattfand" negates another verb. */
static int gram_blocks(const extractor_impl_t *x, const trig_t *t)
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
        if (nc && strcmp(nc->lemma, "stattfinden") == 0 && nc->fin >= 0
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
    if ((cl->flags & CLAUSE_F_MODAL) && cl->fin >= 0) {
        /* "wollte/soll/möchte ... reisen" is an intention; "konnte, musste
         * ... treffen" in the past reports what happened */
        const char *lm = clause_tok(&x->cr, (size_t)cl->fin)->lemma;
        if (lm && (strcmp(lm, "wollen") == 0 || strcmp(lm, "sollen") == 0 || strcmp(lm, "mögen") == 0))
            return 1;
        if (cl->tense == TENSE_PRESENT) return 1;
    }
    return 0;
}

/* "die er traf", "die Merkel empfing": relative "die"/"welche" at token
 * in with a subject of its own right after it (before the verb at tok),
 * which makes the pronoun an object. */
static int die_with_own_subject(const extractor_impl_t *x, size_t m0, size_t m1, size_t in, size_t tok)
{
    if (!tok_word(x, in, "die") && !tok_word(x, in, "welche")) return 0;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->b == in + 1 && m->b < tok && usable(m) && m->prep == P_NONE && m->type != MT_POSS)
            return 1;
    }
    return 0;
}

/* The antecedent of a relative clause at tok whose pronoun is the object
 * ("Y, den er traf", "Y, die Merkel empfing", "Y, dem er begegnete"): its
 * mention index, or -1. */
static int relative_object(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok)
{
    const clause_t *cl = gram_clause(x, tok);
    if (!cl || cl->type != CLAUSE_REL || cl->intro < 1) return -1;
    size_t in = (size_t)cl->intro;
    if (!tok_punct(x, in - 1, ',')) return -1;
    int object = tok_word(x, in, "den") || tok_word(x, in, "dem") || tok_word(x, in, "welchen")
                 || die_with_own_subject(x, m0, m1, in, tok);
    if (!object) return -1;
    for (size_t k = m1; k-- > m0;) {
        const mention_t *m = &x->men[k];
        if (m->e == in - 1 && usable(m) && m->type == MT_ENTITY) return (int)k;
        if (m->e < in - 1) break;
    }
    return -1;
}

/* "Pompeo, der in Hanoi eingetroffen war und dort X traf": the subject of
 * a relative clause opened by a nominative relative pronoun is the
 * mention before it; -1 when not such a clause. */
static int32_t relative_subject(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok)
{
    const clause_t *cl = gram_clause(x, tok);
    if (!cl || cl->type != CLAUSE_REL || cl->intro < 1) return -1;
    size_t in = (size_t)cl->intro;
    if (!(tok_word(x, in, "der") || tok_word(x, in, "die") || tok_word(x, in, "welcher")
          || tok_word(x, in, "welche")))
        return -1;
    /* the pronoun right after the comma: no preposition before it */
    if (!tok_punct(x, in - 1, ',')) return -1;
    /* "der" is a subject or a feminine dative, which names no one here */
    if (die_with_own_subject(x, m0, m1, in, tok)) return -1;
    /* the antecedent's own role in the main clause does not matter: "der
     * Besuch von Außenminister X, der mit Y gesprochen hatte"; the
     * relative clause may follow the main clause's last verbs ("wird von
     * X geleitet, der ...") */
    size_t end = in - 1;
    for (int n = 0; n < 3 && end > 0 && x->cr_ok && end - 1 >= x->cr.base; n++) {
        int pos = clause_tok(&x->cr, end - 1)->pos;
        if (pos != MORPH_VERB && pos != MORPH_AUX && pos != MORPH_MODAL) break;
        end--;
    }
    for (size_t k = m1; k-- > m0;) {
        const mention_t *m = &x->men[k];
        if ((m->e == in - 1 || m->e == end) && usable(m)) return (int32_t)k;
        if (m->e < end) break;
    }
    return -1;
}

/* 1 when token i lies in a clause nested in gc. */
static int nested_in(const extractor_impl_t *x, size_t i, const clause_t *gc)
{
    const clause_t *mc = gram_clause(x, i);
    int32_t gi = (int32_t)(gc - x->cr.cl);
    for (int32_t p = mc ? mc->parent : -1; p >= 0; p = x->cr.cl[p].parent)
        if (p == gi) return 1;
    return 0;
}

/* Hides the mentions of clauses nested in the clause of token tok ("reiste
 * nach Peking, wo ihn Xi empfing": Xi did not travel; "Pompeo, der in
 * Hanoi eingetroffen war, reiste weiter": Hanoi is not where he went
 * next). */
static void hide_nested(extractor_impl_t *x, size_t m0, size_t m1, size_t tok)
{
    const clause_t *tc = gram_clause(x, tok);
    if (!tc) return;
    for (size_t k = m0; k < m1; k++)
        if (nested_in(x, x->men[k].head, tc)) x->men[k].hidden = 1;
}

/* Moves the host words to the front, keeping the order otherwise: "Beim
 * Gipfel ... war X Gastgeber" names the host the summit's participants
 * meet, wherever in the sentence it stands. */
static void host_first(trig_t *tv, size_t nt)
{
    trig_t tmp[64];
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t q = 0; q < nt; q++)
            if ((tv[q].cls == TR_HOST) == (pass == 0)) tmp[n++] = tv[q];
    memcpy(tv, tmp, nt * sizeof *tv);
}

/* "Kremlchef Wladimir Putin", "Putin" alone: a listed office holder named
 * in the text, in office on the article's day (else the sentence's),
 * belongs to the state of that office - once per text. */
static int held_office(extractor_impl_t *x, size_t s, size_t m0, size_t m1)
{
    /* the article's day, else the sentence's first date */
    ev_date_t d = x->ref;
    if (!d.year && x->sent_date0[s] < x->sent_date0[s + 1]) d = x->dates.v[x->sent_date0[s]].start;
    if (!d.year) return DN_OK;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        /* "der amerikanische Präsident" unnamed: the text names no one */
        if (m->actor < 0 || m->type != MT_ENTITY || m->role) continue;
        dactor_t *a = &x->act[m->actor];
        if (a->kind != EV_KIND_PERSON || a->lex < 0 || a->held_done) continue;
        a->held_done = 1;
        int32_t st = lexicon_person_state_at(&x->lx, a->lex, ev_date_first_day(d), ev_date_last_day(d));
        if (st < 0) continue;
        int32_t ds = dactor_lex(x, st);
        if (ds < 0) return DN_ENOMEM;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        size_t before = x->ncand;
        int rc = emit(x, m->actor, ds, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        if (rc) return rc;
        for (size_t q = before; q < x->ncand; q++) x->cand[q].held = 1;
    }
    return DN_OK;
}

int rules_apply(extractor_impl_t *x, size_t s, size_t m0, size_t m1, size_t d0, size_t d1)
{
    x->cr_ok = x->have_grammar && clause_parse(&x->morph, &x->roles, &x->doc, s, &x->cr) == DN_OK;
    sole_date(x, s);
    (void)d0; (void)d1;
    const text_sent_t *se = &x->doc.sents[s];
    sctx_t c = { s, se->tok, se->tok + se->ntok, m0, m1 };
    trig_t tv[64];
    size_t nt = 0;
    for (size_t i = c.lo; i < c.hi && nt < 64; i++) {
        int noun = 0;
        int32_t tr = trigger_at(x, i, &noun);
        if (tr < 0) continue;
        /* skip words inside a mention (titles, names, member nouns) */
        int inside = 0;
        for (size_t k = m0; k < m1; k++)
            if (i >= x->men[k].b && i < x->men[k].e && x->lx.trig[tr].cls != TR_MEMBER) inside = 1;
        if (inside) continue;
        trig_t *t = &tv[nt++];
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
            clause_of(x, i, c.lo, c.hi, &ca, &cb);
            /* a separable particle closes the verb's clause part: before a
             * comma, und/oder, or at the clause end ("traf am Sonntag in
             * Quito ein und ...", "nehmen X, Y und Z teil") */
            int32_t pick = verb_trigger(x, i, cb);
            if (pick < 0) { nt--; continue; }
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
    }
    /* "Haben sich Vertreter A und B heimlich getroffen?": a question
     * reports no event */
    if (c.hi > c.lo && tok_punct(x, c.hi - 1, '?')) nt = 0;
    host_first(tv, nt);
    for (size_t q = 0; q < nt; q++) {
        trig_t *t = &tv[q];
        if (t->cls == TR_MEMBER || t->cls == TR_PLAN || t->cls == TR_NEG || t->cls == TR_NONEVENT)
            continue;
        size_t ca, cb;
        clause_of(x, t->tok, c.lo, c.hi, &ca, &cb);
        /* a relative or subordinate clause ends where the grammar layer
         * says, not at the next comma's clause of the word rules ("X, der
         * am Sonntag eintraf, reiste am Montag weiter") */
        const clause_t *gc = gram_clause(x, t->tok);
        if (gc && gc->type != CLAUSE_QUOTE && gc->end > t->tok && gc->end < cb) cb = gc->end;
        /* a separable verb's clause reaches its particle past commas */
        size_t gp = !t->noun && x->lx.trig[t->tr].particle >= 0 ? gram_particle(x, t->tok) : 0;
        if (gp >= cb) cb = gp + 1;
        /* two main clauses joined by a comma ("A besuchte X, B kam nach Y")
         * are two events: the second starts where its clause starts */
        if (gc && gc->type == CLAUSE_MAIN && gc->tok > ca && gc->tok <= t->tok) ca = gc->tok;
        else if (gc && gc->type == CLAUSE_MAIN && gc->tok < ca && ca >= 2
                 && (nested_in(x, ca, gc) || nested_in(x, ca - 2, gc))) {
            /* ... and a main clause interrupted by a relative clause ("A
             * und B, der X führt, waren nach Y gereist") starts at its
             * start: the nested clause's mentions are hidden instead */
            ca = gc->tok;
        }
        /* a noun's scope ends at the next event noun or the clause end */
        size_t scope_b = cb;
        for (size_t r = q + 1; r < nt; r++) {
            if (tv[r].tok >= cb) break;
            if (tv[r].cls == TR_MEMBER || tv[r].cls == TR_PLAN || tv[r].cls == TR_NEG
                || tv[r].cls == TR_NONEVENT) continue;
            scope_b = tv[r].tok;
            break;
        }
        if (blocked(x, s, ca, cb, t) || gram_blocks(x, t)) continue;
        x->forced_subj = t->noun ? -1 : relative_subject(x, m0, m1, t->tok);
        x->cur_past = gc && gc->tense == TENSE_PLUPERFECT;
        hide_nested(x, m0, m1, t->tok);
        int32_t tid = x->ntrig_inst++;
        int rc = DN_OK;
        switch (t->cls) {
        case TR_VISIT: case TR_RETURN: case TR_TRAVEL:
            rc = frame_visit(x, &c, t, scope_b, ca, cb, tid);
            break;
        case TR_MEETING: case TR_RECEIVE:
            rc = frame_meeting(x, &c, t, scope_b, ca, cb, tid);
            break;
        case TR_SUMMIT:
            rc = frame_summit(x, &c, t, ca, cb, tid);
            break;
        case TR_PARTICIPATE:
            rc = frame_participate(x, &c, t, ca, cb, tid);
            break;
        case TR_HOST:
            frame_host(x, &c, t, cb);
            break;
        case TR_SPEECH:
            rc = frame_speech(x, &c, t, ca, cb, tid);
            break;
        case TR_AGREEMENT: case TR_RECOGNITION: case TR_RELATIONS:
            rc = frame_state_act(x, &c, t, ca, cb, tid);
            break;
        default:
            break;
        }
        x->forced_subj = -1;
        x->cur_past = 0;
        for (size_t k = m0; k < m1; k++) x->men[k].hidden = 0;
        if (rc) return rc;
    }
    /* recall rules: the same events for every participant named */
    int rrc = rules_recall_apply(x, s, m0, m1);
    if (rrc) return rrc;
    /* affiliations from titles */
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->affil < 0 || m->type != MT_ENTITY) continue;
        if (x->act[m->actor].kind != EV_KIND_PERSON) continue;
        /* "der amerikanische Präsident" unnamed: the office holder takes
         * part in events, but the text names no one to affiliate */
        if (m->role) continue;
        if (foreign_party(x, m->affil)) continue;
        /* "Vizekanzler Strache" in a text about Austria that never names
         * Germany: the title's default state is a guess too far */
        if (m->deflt && x->dominant >= 0) {
            int32_t ds = state_of(x, m->affil);
            if (ds >= 0 && ds != x->dominant && x->act[ds].nmention == 0) continue;
        }
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        int rc = emit(x, m->actor, m->affil, EV_REL_AFFILIATION, &dl, 1, NULL, s,
                      m->role ? 0.7 : 0.9, -1);
        if (rc) return rc;
    }
    int hrc = held_office(x, s, m0, m1);
    if (hrc) return hrc;
    for (size_t k = m0; k < m1; k++) {
        const mention_t *m = &x->men[k];
        if (m->actor < 0 || m->type != MT_ENTITY || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        dlist_t dl;
        memset(&dl, 0, sizeof dl);
        int rc = DN_OK;
        if (m->affil2 >= 0 && !foreign_party(x, m->affil2))
            rc = emit(x, m->actor, m->affil2, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.8, -1);
        /* an office of a state the text does not name, in a text about one
         * state: that state, with less confidence */
        if (!rc && m->open_state && m->affil < 0 && x->act[m->actor].lex < 0 && x->act[m->actor].state < 0
            && x->act[m->actor].host_state >= 0)
            rc = emit(x, m->actor, x->act[m->actor].host_state, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.6, -1);
        else if (!rc && m->open_state && m->affil < 0 && x->dominant >= 0 && x->act[m->actor].lex < 0
            && x->act[m->actor].state < 0
            && (m->open_state == 2 || x->act[x->dominant].lex < 0
                || !x->lx.actors[x->act[x->dominant].lex].federal))
            rc = emit(x, m->actor, x->dominant, EV_REL_AFFILIATION, &dl, 1, NULL, s, 0.55, -1);
        if (rc) return rc;
    }
    return DN_OK;
}
