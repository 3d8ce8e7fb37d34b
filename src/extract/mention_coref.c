/* mention_coref: resolves a pronoun to the sentence's subject or the
 * last person named (one of its gender when the titles tell: "sie" for
 * "Ministerin X"), and "der Gast" to the guest of the host. */
#include "extract/mention_coref.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/dactor.h"
#include "extract/mention_words.h"
#include "extract/orgname.h"
#include "util/diag.h"

/* "Metsola hatte ihn empfangen": an object pronoun in the clause of its
 * sentence's subject is someone else - the last person named in the two
 * sentences before (German says "sich" for the subject itself).  subj is
 * that subject; returns the referent (subj when the pronoun stands in
 * another clause, after a comma). */
static int32_t object_pronoun_referent(const extractor_impl_t *x, size_t i, size_t s, int32_t subj)
{
    size_t k = x->sent_m0;
    while (k < x->nmen && !(x->men[k].actor == subj && x->men[k].type == MT_ENTITY)) k++;
    if (k == x->nmen || x->men[k].e > i) return subj;
    for (size_t t = x->men[k].e; t < i; t++)
        if (tok_punct(x, t, ',') || tok_punct(x, t, ';')) return subj;
    size_t lo = s >= 2 ? x->doc.sents[s - 2].tok : 0;
    for (size_t q = x->sent_m0; q-- > 0;) {
        const mention_t *p = &x->men[q];
        if (p->b < lo) break;
        if (p->actor >= 0 && p->actor != subj && x->act[p->actor].kind == EV_KIND_PERSON) return p->actor;
    }
    return subj;
}

/* "sie" for a person the text introduced as "Minister X": the pronoun
 * refers to the last person named (within two sentences) whose gender
 * does not contradict it; a, the first choice, when none does. */
static int32_t gender_agrees(const extractor_impl_t *x, int32_t a, int g, size_t s)
{
    if (a < 0 || x->act[a].kind != EV_KIND_PERSON || x->act[a].gender == GENDER_UNKNOWN || x->act[a].gender == g)
        return a;
    size_t lo = s >= 2 ? x->doc.sents[s - 2].tok : 0;
    for (size_t q = x->nmen; q-- > 0;) {
        const mention_t *p = &x->men[q];
        if (p->b < lo) break;
        if (p->actor < 0 || p->type != MT_ENTITY || x->act[p->actor].kind != EV_KIND_PERSON) continue;
        if (x->act[p->actor].gender == g) return p->actor;
    }
    return a;
}

int pronoun(extractor_impl_t *x, size_t i, size_t s, mention_t *m)
{
    static const char *const PRON[] = { "er", "ihm", "ihn", NULL };
    static const char *const FEM[] = { "sie", NULL };
    static const char *const POSS[] = { "sein", "seine", "seinem", "seinen", "seiner", "seines",
        "ihre", "ihrem", "ihren", "ihrer", "ihres", NULL };
    /* asked of every token: the words below all start with e, i or s and
     * have 2 to 6 letters */
    if (i >= x->doc.ntok || TK(x, i)->type != TOK_WORD || TK(x, i)->len < 2 || TK(x, i)->len > 6) return 0;
    unsigned char c0 = (unsigned char)(x->doc.s[TK(x, i)->off] | 0x20);
    if (c0 != 'e' && c0 != 'i' && c0 != 's') return 0;
    int type = -1;
    for (const char *const *w = PRON; *w && type < 0; w++) if (tok_word(x, i, *w)) type = MT_PRON;
    for (const char *const *w = FEM; *w && type < 0; w++)
        if (tok_word(x, i, *w) && !(TK(x, i)->flags & TOK_CAP && !(TK(x, i)->flags & TOK_SENT))) type = MT_PRON;
    for (const char *const *w = POSS; *w && type < 0; w++) if (tok_word(x, i, *w)) type = MT_POSS;
    if (tok_word(x, i, "ihr") && is_cap(x, i + 1)) type = MT_POSS;
    if (type < 0) return 0;
    int32_t a = -1;
    if (x->last_person >= 0 && x->last_person_sent + 2 >= s) a = x->last_person;
    /* in the sentence of its subject a pronoun refers to the subject ("...
     * führte Gespräche mit A und B, bevor sie weiterreiste": sie is the
     * visitor, not B named last) */
    if (x->sent_subject >= 0) a = x->sent_subject;
    /* ", der ihn empfängt": an object pronoun is not the relative
     * clause's subject, the antecedent named last; it is the sentence's
     * subject ("er musste auf X warten, der ihn empfing") */
    if ((tok_word(x, i, "ihn") || tok_word(x, i, "ihm")) && i >= 2
        && (tok_word(x, i - 1, "der") || tok_word(x, i - 1, "die")) && tok_punct(x, i - 2, ',')
        && a == x->last_person && x->sent_subj_any >= 0 && x->sent_subj_any != a)
        a = x->sent_subj_any;
    else if ((tok_word(x, i, "ihn") || tok_word(x, i, "ihm")) && a >= 0 && a == x->sent_subject)
        a = object_pronoun_referent(x, i, s, a);
    int g = tok_word(x, i, "sie") || tok_word(x, i, "ihr") || tok_word(x, i, "ihre") || tok_word(x, i, "ihrem")
                    || tok_word(x, i, "ihren") || tok_word(x, i, "ihrer") || tok_word(x, i, "ihres")
                ? GENDER_FEM : GENDER_MASC;
    a = gender_agrees(x, a, g, s);
    mention_init(m, i, i + 1, i, a);
    m->type = (uint8_t)type;
    return 1;
}

int guest_reference(extractor_impl_t *x, size_t i, size_t s, mention_t *m)
{
    if (!(tok_cue(x, i, CUE_GUESTREF) || age_noun(x, i)) || i == 0) return 0;
    static const char *const DET[] = { "sein", "seinen", "seinem", "seines", "ihr", "ihren", "ihrem",
        "ihres", "den", "dem", "des", "der", NULL };
    int det = 0;
    for (const char *const *w = DET; *w; w++) if (tok_word(x, i - 1, *w)) det = 1;
    if (!det) return 0;
    /* the host: this sentence's first person; the guest: the last person
     * named before it who is of another state than the host */
    int32_t host = x->sent_person;
    int32_t a = -1;
    int32_t hs = host >= 0 ? x->act[host].state : -1;
    for (size_t k = x->sent_m0, n = 0; k-- > 0 && n < 60 && a < 0; n++) {
        const mention_t *q = &x->men[k];
        if (q->actor < 0 || q->actor == host || q->type != MT_ENTITY || q->role) continue;
        const dactor_t *d = &x->act[q->actor];
        if (d->kind != EV_KIND_PERSON) continue;
        if (hs < 0 || (d->state >= 0 && d->state != hs)) a = q->actor;
    }
    mention_init(m, i, i + 1, i, a);
    m->type = MT_PRON;
    m->prep = (uint8_t)prep_of(x, i - 1, x->doc.sents[s].tok);
    return 1;
}
