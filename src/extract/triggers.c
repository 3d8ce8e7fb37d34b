/* triggers: looks up the trigger words of a sentence (cached per
 * document), picks a separable verb's reading by its particle, and reads
 * the destination or organiser a compound trigger names. */
#include "extract/triggers.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "extract/clauses.h"
#include "extract/scope.h"
#include "util/diag.h"

static int32_t trigger_lookup(extractor_impl_t *x, size_t i, int *noun);

/* 1 when a noun of a table ("Konferenztisch", "am Verhandlungstisch")
 * stands within 15 words of token i in its sentence. */
static int table_near(const extractor_impl_t *x, size_t i)
{
    size_t lo = i, hi = i + 1;
    while (lo > 0 && i - lo < 15 && !(TK(x, lo)->flags & TOK_SENT)) lo--;
    while (hi < x->doc.ntok && hi - i < 15 && !(TK(x, hi)->flags & TOK_SENT)) hi++;
    for (size_t j = lo; j < hi; j++)
        if ((TK(x, j)->flags & TOK_CAP) && tok_cue(x, j, CUE_TABLE)) return 1;
    return 0;
}

int32_t trigger_at(extractor_impl_t *x, size_t i, int *noun)
{
    int32_t c = x->ttrig[i];
    if (c == -2) {
        /* the answer depends on the word's letters and on whether it
         * starts a sentence: kept per surface form for both (surf_tr) */
        int32_t sid = x->tsurf[i];
        size_t slot = sid >= 0 ? 2 * (size_t)sid + ((TK(x, i)->flags & TOK_SENT) != 0) : 0;
        if (sid >= 0 && x->surf_tr[slot] != -2) c = x->surf_tr[slot];
        else {
            int nn = 0;
            int32_t tr = trigger_lookup(x, i, &nn);
            c = tr < 0 ? -1 : (tr | (nn ? (1 << 30) : 0));
            if (sid >= 0) x->surf_tr[slot] = c;
        }
        /* "saßen um den Konferenztisch": sitting is taking part only at
         * a table (the surface cache keeps the word's own answer) */
        if (c >= 0 && tok_cue(x, i, CUE_SIT) && !table_near(x, i)) c = -1;
        x->ttrig[i] = c;
    }
    if (c < 0) return -1;
    *noun = (c >> 30) & 1;
    return c & ~(1 << 30);
}

/* the mention layer asks this (name_word: "Asienreise Peking" is no name) */
int rules_event_noun(extractor_impl_t *x, size_t i)
{
    int noun = 0;
    return trigger_at(x, i, &noun) >= 0 && noun;
}

int rules_trigger_word(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    int cap_noun = (t->flags & TOK_CAP) && !(t->flags & TOK_SENT);
    for (int32_t tr = lexicon_trigger(&x->lx, x->tkey[i]); tr >= 0; tr = x->lx.trig_next[tr])
        if (cap_noun ? x->lx.trig[tr].pos != 'V' : x->lx.trig[tr].pos != 'N' || (t->flags & TOK_CAP)) return 1;
    return 0;
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
        /* the key table holds only lexicon stems: stem the word itself,
         * its umlauts folded as the stemmer folds them ("Krisengespräch"
         * ends in the stem "gesprach") */
        sl = lexicon_fold(x->lw.data, x->lw.len, tmp, sizeof tmp);
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

size_t gram_particle(const extractor_impl_t *x, size_t i)
{
    const clause_t *gc = gram_clause(x, i);
    if (!gc || gc->fin != (int32_t)i || gc->particle < 0) return 0;
    return (size_t)gc->particle;
}

/* A separated particle may close the sentence after a list the clause
 * rules cut at its commas ("nahmen unter anderem A, die britische
 * Premierministerin B und C teil."): the sentence's last word before its
 * final stop, past cb; 0 when there is none (or no grammar layer). */
static size_t final_word(extractor_impl_t *x, size_t cb)
{
    if (!extract_clauses(x)) return 0;
    size_t end = x->cr.base + x->cr.ntok;
    if (cb >= end) return 0;
    size_t r = end - 1;
    while (r > cb && TK(x, r)->type == TOK_PUNCT) r--;
    if (r <= cb || !(tok_punct(x, r + 1, '.') || tok_punct(x, r + 1, '!'))) return 0;
    return r;
}

/* 1 when no verb stands in [cb, r) but in a name ("Mohammed bin
 * Salman"): the final word r can be the particle of the verb before cb.
 * Asked only when that word is a particle the verb wants. */
static int no_verb_between(const extractor_impl_t *x, size_t cb, size_t r)
{
    for (size_t k = cb; k < r; k++) {
        int pos = clause_tok(&x->cr, k)->pos;
        if (pos != MORPH_VERB && pos != MORPH_AUX && pos != MORPH_MODAL) continue;
        int named = 0;
        for (size_t q = x->nmen; q-- > 0 && !named;) {
            if (x->men[q].e <= x->cr.base) break;
            named = k >= x->men[q].b && k < x->men[q].e;
        }
        if (!named) return 0;
    }
    return 1;
}

int32_t verb_trigger(extractor_impl_t *x, size_t i, size_t cb)
{
    int32_t plain = -1, part = -1;
    size_t part_at = (size_t)-1;   /* the particle nearest the verb wins:
                                      "kam ... zusammen und kündigte ... an" */
    size_t gp = gram_particle(x, i);
    size_t fw = gp ? 0 : final_word(x, cb);
    int fw_ok = -1;                /* no_verb_between, asked once if needed */
    for (int v = 0; v < 2; v++) {
        int32_t k = v ? x->talt[i] : x->tkey[i];
        if (k < 0) continue;
        for (int32_t q = lexicon_trigger(&x->lx, k); q >= 0; q = x->lx.trig_next[q]) {
            const lx_trigger_t *Q = &x->lx.trig[q];
            if (Q->pos == 'N') continue;
            if (Q->particle < 0) { if (plain < 0) plain = q; continue; }
            if (fw && x->tkey[fw] == Q->particle) {
                if (fw_ok < 0) fw_ok = no_verb_between(x, cb, fw);
                if (fw_ok) gp = fw;
            }
            if (gp > cb && x->tkey[gp] == Q->particle) {
                if (gp < part_at) { part = q; part_at = gp; }
                continue;
            }
            /* "willkommen heißen", "willkommen geheißen": a particle
             * written apart before the verb that closes the clause */
            if (i > 0 && x->tkey[i - 1] == Q->particle && !(TK(x, i - 1)->flags & TOK_CAP)
                && (i + 1 >= cb || TK(x, i + 1)->type == TOK_PUNCT) && i - 1 < part_at) {
                part = q;
                part_at = i - 1;
                continue;
            }
            for (size_t r = i + 1; r < cb && r < part_at; r++) {
                if (x->tkey[r] != Q->particle || (TK(x, r)->flags & TOK_CAP)) continue;
                if (r + 1 >= cb || TK(x, r + 1)->type == TOK_PUNCT || tok_word(x, r + 1, "und")
                    || tok_word(x, r + 1, "oder")) { part = q; part_at = r; break; }
            }
        }
        if (plain >= 0 || part >= 0) break;
    }
    return part >= 0 ? part : plain;
}

void compound_destination(extractor_impl_t *x, size_t i, trig_t *t)
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

void host_first(trig_t *tv, size_t nt)
{
    trig_t tmp[64];
    size_t n = 0;
    for (int pass = 0; pass < 2; pass++)
        for (size_t q = 0; q < nt; q++)
            if ((tv[q].cls == TR_HOST) == (pass == 0)) tmp[n++] = tv[q];
    memcpy(tv, tmp, nt * sizeof *tv);
}
