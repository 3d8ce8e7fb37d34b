/* voice: the clause-level questions every frame asks: is the clause
 * passive ("wurde ... empfangen"), which mention is its subject, does a
 * relative pronoun stand for the subject or the object, does a thing
 * rather than an actor open the clause. */
#include "extract/voice.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/clauses.h"
#include "extract/mention_words.h"
#include "extract/participant.h"
#include "extract/scope.h"
#include "util/diag.h"

/* "wo sie der weißrussische Staatschef begrüßte": an unstressed pronoun
 * stands before the subject in the middle field, so "sie" followed by a
 * masculine noun phrase in the nominative ("der Staatschef X") is the
 * object.  k: the pronoun's mention; 1 when another mention of [a, b) is
 * that subject. */
static int pronoun_before_subject(const extractor_impl_t *x, size_t k, size_t m1, size_t b)
{
    const mention_t *p = &x->men[k];
    if (p->type != MT_PRON || p->group || !tok_word(x, p->b, "sie")) return 0;
    for (size_t q = k + 1; q < m1; q++) {
        const mention_t *m = &x->men[q];
        if (m->b >= b) break;
        if (!usable(m) || m->prep != P_NONE || m->type != MT_ENTITY) continue;
        return m->b > 0 && m->b == p->e + 1 && tok_word(x, p->e, "der")
               && x->act[m->actor].kind == EV_KIND_PERSON && x->act[m->actor].gender == GENDER_MASC;
    }
    return 0;
}

int subject_in(const extractor_impl_t *x, size_t m0, size_t m1, size_t a, size_t b,
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
        if (pronoun_before_subject(x, k, m1, b)) continue;
        if (person_first && x->act[m->actor].kind != EV_KIND_PERSON) {
            if (best < 0) best = (int)k;
            continue;
        }
        return (int)k;
    }
    return best;
}

/* 1 when the noun at i is one of a stretch of time with a word after it
 * before the verb at p ("Eine Woche später traf X"): an adverbial. */
static int time_phrase(const extractor_impl_t *x, size_t i, size_t p)
{
    if (i + 1 >= p || !extract_clauses(x) || i < x->cr.base || i >= x->cr.base + x->cr.ntok) return 0;
    const char *lemma = clause_tok(&x->cr, i)->lemma;
    return lemma && (gram_roles_get(&x->roles, lemma, strlen(lemma)) & ROLE_TIME);
}

int thing_subject(const extractor_impl_t *x, const sctx_t *c, size_t p, size_t ca)
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
        if (q->flags & TOK_CAP) return !time_phrase(x, i, p);   /* the noun of the article */
    }
    return 0;
}

int thing_object(extractor_impl_t *x, const sctx_t *c, size_t p, size_t cb)
{
    static const char *const ART[] = { "das", "die", "den", "dessen", "deren", "diese", "diesen", "dieses",
        "einen", "eine", "ein", NULL };
    size_t k = p + 1;
    int art = 0;
    for (const char *const *w = ART; *w && k < cb; w++) if (tok_word(x, k, *w)) art = 1;
    if (!art) return 0;
    size_t art_tok = k++;
    /* the article's noun: right after it or after an adjective ("das
     * neue Abkommen", "das im November in Pretoria unterzeichnete
     * Abkommen"); "die beiden zu Gesprächen" has none */
    size_t noun = 0;
    for (; k < cb && k < art_tok + 10 && !noun; k++) {
        if (!is_cap(x, k) || !tok_common(x, k)) continue;
        if (k == art_tok + 1 || (is_lower_word(x, k - 1) && adjective_form(x, k - 1) && !number_word(x, k - 1)))
            noun = k;
    }
    if (!noun) return 0;
    k = noun;
    for (size_t q = c->m0; q < c->m1; q++)
        if ((x->men[q].b <= k && k < x->men[q].e) || (x->men[q].b <= art_tok && art_tok < x->men[q].e)) return 0;
    /* a person, a group or a state's body is received */
    if (person_noun(x, k) || state_body_noun(x, k) || tok_cue(x, k, CUE_GROUPNOUN) || tok_cue(x, k, CUE_GUESTREF))
        return 0;
    return 1;
}

int passive_clause(const extractor_impl_t *x, size_t p, size_t ca)
{
    static const char *const AUX[] = { "wurde", "wurden", "worden", "wird", "werden", NULL };
    const text_tok_t *v = TK(x, p);
    const char *vw = x->doc.s + v->off;
    int participle = v->len > 3 && (vw[v->len - 1] == 't' || (vw[v->len - 2] == 'e' && vw[v->len - 1] == 'n'));
    /* "wurde ... empfangen", and verb-final "nachdem sie ... empfangen
     * worden war", "als er ... begrüßt wurde" */
    return participle && (in_range_word(x, ca, p, AUX) || in_range_word(x, p + 1, p + 2, AUX));
}

int chair_mention(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb)
{
    for (size_t i = ca; i + 1 < cb; i++) {
        if (!tok_word(x, i, "unter")) continue;
        /* "unter Mitchells Vorsitz": the chair named before the noun (not
         * a possessive: "verhandelten die Delegationen unter seiner
         * Leitung" still meet each other) */
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b == i + 1 && m->e < cb && tok_cue(x, m->e, CUE_CHAIR) && m->actor >= 0
                && m->type == MT_ENTITY && x->act[m->actor].kind == EV_KIND_PERSON)
                return (int)k;
        }
        size_t w = i + 1;
        if (tok_word(x, w, "dem") || tok_word(x, w, "der")) w++;
        if (!tok_cue(x, w, CUE_CHAIR))
            continue;
        if (i > 0 && TK(x, i - 1)->type == TOK_WORD && cues_match(&x->cues, x->doc.s + TK(x, i - 1)->off, TK(x, i - 1)->len, CUE_DELEGATION, 0))
            continue;
        for (size_t k = c->m0; k < c->m1; k++) {
            const mention_t *m = &x->men[k];
            if (m->b >= w && m->b <= w + 4 && usable(m) && x->act[m->actor].kind != EV_KIND_STATE) return (int)k;
        }
    }
    return -1;
}

int copula_in(const extractor_impl_t *x, size_t a, size_t b)
{
    static const char *const W[] = { "war", "ist", "waren", "sind", "wird", NULL };
    return in_range_word(x, a, b, W);
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

int relative_object(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok)
{
    const clause_t *cl = gram_clause(x, tok);
    if (!cl || cl->type != CLAUSE_REL || cl->intro < 1) return -1;
    size_t in = (size_t)cl->intro;
    if (!tok_punct(x, in - 1, ',')) return -1;
    int object = tok_word(x, in, "den") || tok_word(x, in, "dem") || tok_word(x, in, "welchen")
                 || die_with_own_subject(x, m0, m1, in, tok);
    if (!object) return -1;
    /* the antecedent right before the comma, or before the verbs that
     * close the main clause ("zugunsten von Chile und Peru aufgegeben
     * worden, die er besuchte") */
    size_t end = in - 1;
    for (int n = 0; n < 3 && end > 0 && is_lower_word(x, end - 1) && !tok_word(x, end - 1, "und"); n++) end--;
    for (size_t k = m1; k-- > m0;) {
        const mention_t *m = &x->men[k];
        if ((m->e == in - 1 || m->e == end) && usable(m) && m->type == MT_ENTITY) return (int)k;
        if (m->e < end) break;
    }
    return -1;
}

int32_t relative_subject(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok)
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
    /* "von Kissinger selbst, der ...": over the emphatic particle */
    if (end > 0 && tok_word(x, end - 1, "selbst")) end--;
    for (int n = 0; n < 3 && end > 0 && extract_clauses(x) && end - 1 >= x->cr.base; n++) {
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
