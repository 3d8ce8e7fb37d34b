/* mention_coref: resolves a pronoun to the sentence's subject or the
 * last person named (one of its gender when the titles tell: "sie" for
 * "Ministerin X"), and "der Gast" to the guest of the host. */
#include "extract/mention_coref.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/dactor.h"
#include "extract/mention_lex.h"
#include "extract/mention_words.h"
#include "extract/orgname.h"
#include "extract/scope.h"
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

/* "Nach Gesprächen mit Gauck und Merkel in Berlin stellte sie ...": a
 * subject pronoun right after the verb of a sentence that opens with a
 * prepositional phrase (no comma between) is not one of the persons of
 * that phrase, who were met; it is the person the text was about before
 * the sentence, when the gender allows.  -1 when not so. */
static int32_t past_fronted_phrase(const extractor_impl_t *x, size_t i, size_t s)
{
    size_t lo = x->doc.sents[s].tok;
    int32_t p = x->prev_person;
    if (p < 0 || x->act[p].kind != EV_KIND_PERSON || i < lo + 3) return -1;
    if (!tok_word(x, i, "er") && !tok_word(x, i, "sie")) return -1;
    if (!is_lower_word(x, i - 1)) return -1;
    prep_t pp = prep_of(x, lo + 1, lo);
    if (pp == P_NONE || pp == P_GEN) return -1;
    for (size_t k = lo; k < i; k++)
        if (TK(x, k)->type == TOK_PUNCT) return -1;
    int g = tok_word(x, i, "sie") ? GENDER_FEM : GENDER_MASC;
    if (x->act[p].gender != GENDER_UNKNOWN && x->act[p].gender != g) return -1;
    for (size_t q = x->sent_m0; q < x->nmen; q++)
        if (x->men[q].actor == p) return -1;
    return p;
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
    int32_t before = past_fronted_phrase(x, i, s);
    if (before >= 0) a = before;
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

/* The leader of the delegation one of the three sentences before s
 * names ("X traf an der Spitze einer Delegation in Taipeh ein"): that
 * sentence's first person without a preposition; -1 when none. */
static int32_t delegation_leader(const extractor_impl_t *x, size_t s)
{
    for (size_t back = 1; back <= 3 && back <= s; back++) {
        const text_sent_t *se = &x->doc.sents[s - back];
        size_t e = se->tok + se->ntok;
        /* "Zu der Delegation gehören A und B" names members, not the
         * leader */
        if (!names_delegation(x, s - back) || in_range_cue(x, se->tok, e, CUE_BELONG)) continue;
        for (size_t q = 0; q < x->nmen; q++) {
            const mention_t *m = &x->men[q];
            if (m->b < se->tok || m->b >= e || m->actor < 0 || m->prep != P_NONE) continue;
            if (m->type == MT_ENTITY && x->act[m->actor].kind == EV_KIND_PERSON) return m->actor;
        }
        return -1;
    }
    return -1;
}

int guest_reference(extractor_impl_t *x, size_t i, size_t s, mention_t *m)
{
    /* "empfing ... die Delegation im Parlament": the delegation told
     * shortly before, in the person of its leader */
    if (i > 0 && tok_word(x, i, "delegation") && (tok_word(x, i - 1, "die") || tok_word(x, i - 1, "der"))) {
        int32_t a = delegation_leader(x, s);
        if (a < 0) return 0;
        mention_init(m, i - 1, i + 1, i, a);
        m->type = MT_PRON;
        return 1;
    }
    if (!(tok_cue(x, i, CUE_GUESTREF) || age_noun(x, i)) || i == 0) return 0;
    /* "Die 85-Jährige landete ...": opening its sentence, the age noun
     * is the person the text was about, of the article's gender */
    if (age_noun(x, i) && i - 1 == x->doc.sents[s].tok && (tok_word(x, i - 1, "die") || tok_word(x, i - 1, "der"))
        && x->last_person >= 0 && x->last_person_sent + 2 >= s) {
        int g = tok_word(x, i - 1, "die") ? GENDER_FEM : GENDER_MASC;
        mention_init(m, i - 1, i + 1, i, gender_agrees(x, x->last_person, g, s));
        m->type = MT_PRON;
        return 1;
    }
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

/* The sentence (s, s - 1 or s - 2) that token t lies in. */
static size_t sentence_of(const extractor_impl_t *x, size_t s, size_t t)
{
    while (s > 0 && t < x->doc.sents[s].tok) s--;
    return s;
}

/* 1 when got persons make the group asked for: exactly n, or (n 0)
 * two to eight. */
static int group_complete(int n, int got)
{
    return n ? got == n : got >= 2 && got <= 8;
}

/* 1 when one of the got persons in out is named in sentence s before
 * token i: "Netanjahu empfing die beiden" - the two are others. */
static int names_subject(const extractor_impl_t *x, size_t s, size_t i, const int32_t *out, int got)
{
    for (size_t q = x->nmen; q-- > 0;) {
        const mention_t *m = &x->men[q];
        if (m->b < x->doc.sents[s].tok) break;
        if (m->b >= i || m->group) continue;
        for (int k = 0; k < got; k++)
            if (out[k] == m->actor) return 1;
    }
    return 0;
}

/* The persons of the last enumeration of exactly n persons in sentence s
 * before token i or in the back sentences before, into out; n when found,
 * else 0.  For two, the two persons the previous sentence and this one up
 * to i name, when they name no others ("X empfing Y. Die beiden ..."). */
static int find_group(const extractor_impl_t *x, size_t s, size_t i, int n, size_t back, int32_t *out)
{
    size_t lo = x->doc.sents[s >= back ? s - back : 0].tok;
    int got = 0;
    int32_t run_list = -2;
    size_t run_sent = (size_t)-1;
    /* n 0: any enumeration of two to eight ("die Gäste") */
    int max = n ? n : 8;
    for (size_t q = x->nmen; q-- > 0;) {
        const mention_t *m = &x->men[q];
        if (m->b < lo) break;
        if (m->b >= i || m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON || m->type == MT_POSS) continue;
        size_t ms = sentence_of(x, s, m->b);
        if (m->list != run_list || ms != run_sent) {
            if (group_complete(n, got) && !names_subject(x, s, i, out, got)) return got;
            got = 0;
            run_list = m->list;
            run_sent = ms;
        }
        int dup = 0;
        for (int k = 0; k < got && k < max; k++) dup |= out[k] == m->actor;
        if (!dup && got < max) out[got++] = m->actor;
        else if (!dup) got = max + 1;    /* more than that: not this list */
    }
    if (group_complete(n, got) && !names_subject(x, s, i, out, got)) return got;
    if (!n || s == 0) return 0;
    /* the n persons of the sentence before, when it names exactly n ("X
     * empfing Y. Die beiden ...", "A flog mit B und C nach Z. Die drei
     * verhandelten ..."), not the one who acts on them in this one */
    got = 0;
    for (size_t q = x->nmen; q-- > 0;) {
        const mention_t *m = &x->men[q];
        if (m->b < x->doc.sents[s - 1].tok) break;
        if (m->b >= x->doc.sents[s].tok || m->actor < 0 || x->act[m->actor].kind != EV_KIND_PERSON) continue;
        int dup = 0;
        for (int k = 0; k < got; k++) dup |= out[k] == m->actor;
        if (dup) continue;
        if (got == n) return 0;
        out[got++] = m->actor;
    }
    return got == n ? n : 0;
}

/* The end of a group phrase at token i ("die beiden", "Beide", "alle
 * drei Minister") and its number (*n); i when there is none.  A noun
 * that names no person ends it: "beide Länder", "die vier Tage". */
static size_t group_phrase(extractor_impl_t *x, size_t i, size_t lim, int *n)
{
    size_t j = i;
    int det = tok_word(x, j, "die") || tok_word(x, j, "alle") || tok_word(x, j, "den")
              || tok_word(x, j, "der") || tok_word(x, j, "das") || tok_word(x, j, "dem")
              || tok_word(x, j, "des");
    if (det || is_possessive(x, j)) {
        /* "die Gäste", "seine Gäste", "das Königspaar", "des Kaiserpaares" */
        size_t g = j + 1;
        /* not "Unter den Gästen waren A, B" nor "die Gäste, unter ihnen
         * A, B" ("darunter"): those are named next */
        if (g < lim && tok_cue(x, g, CUE_GUESTS) && !(i > 0 && tok_word(x, i - 1, "unter"))
            && !(g + 2 < lim && tok_punct(x, g + 1, ',')
                 && (tok_word(x, g + 2, "unter") || tok_word(x, g + 2, "darunter"))))
        { *n = 0; return g + 1; }
        if (g < lim && tok_cue(x, g, CUE_COUPLE)) { *n = 2; return g + 1; }
    }
    if (det) j++;
    if (j >= lim) return i;
    *n = number_word(x, j);
    int beide = tok_word(x, j, "beide") || tok_word(x, j, "beiden");
    if (*n < 2 || tok_word(x, j, "zweimal") || tok_word(x, j, "dreimal") || (!det && !beide)) return i;
    size_t k = j + 1;
    if (k < lim && TK(x, k)->type == TOK_WORD && (TK(x, k)->flags & TOK_CAP) && !(TK(x, k)->flags & TOK_SENT)) {
        /* "die beiden Präsidenten", "die vier Politiker" */
        lxm_t lm = lex_match(x, k, lim);
        if (lm.type == LX_TITLE || compound_title(x, k).type == LX_TITLE || tok_cue(x, k, CUE_GROUPNOUN))
            return k + 1;
        return i;
    }
    /* "die beiden großen Parteien": an adjective before a noun */
    if (k + 1 < lim && is_lower_word(x, k) && !finite_verb(x, k) && is_cap(x, k + 1)
        && !(TK(x, k + 1)->flags & TOK_SENT))
        return i;
    return k;
}

int group_reference(extractor_impl_t *x, size_t i, size_t s, size_t lim, size_t *next)
{
    int n = 0;
    size_t e = group_phrase(x, i, lim, &n);
    if (e == i || n > 8) return 0;
    int32_t who[8];
    /* the guests are no one of their own sentence (its hosts) */
    /* a couple ("das Kaiserpaar") is named once and referred to for
     * longer than "die beiden" */
    size_t back = tok_cue(x, e - 1, CUE_COUPLE) ? 6 : 2;
    int got = find_group(x, s, n ? i : x->doc.sents[s].tok, n, back, who);
    if (got < 2 || (n && got != n)) return 0;
    /* found from the last back: pushed in the text's order */
    for (int k = got; k-- > 0;) {
        mention_t m;
        mention_init(&m, i, e, e - 1, who[k]);
        m.type = MT_PRON;
        m.group = 1;
        int rc = push_mention(x, &m);
        if (rc) return rc < 0 ? rc : -rc;
    }
    *next = e;
    return 1;
}
