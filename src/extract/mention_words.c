/* mention_words: the word tests of mention finding, each on one token
 * (wordlist and lexicon look-ups cached per document). */
#include "extract/mention_words.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/orgname.h"
#include "util/diag.h"

int tok_common(extractor_impl_t *x, size_t i)
{
    int8_t c = x->tcommon[i];
    if (c < 0) {
        const text_tok_t *t = &x->doc.toks[i];
        int32_t sid = x->tsurf[i];
        if (sid >= 0 && (x->surf_wl[sid] & 1)) c = (int8_t)((x->surf_wl[sid] >> 1) & 1);
        else {
            c = (int8_t)wordlist_common(&x->wl, x->doc.s + t->off, t->len);
            if (sid >= 0) x->surf_wl[sid] = (uint8_t)(x->surf_wl[sid] | 1 | (c ? 2 : 0));
        }
        x->tcommon[i] = c;
    }
    return c;
}

int tok_listed(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = &x->doc.toks[i];
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && (x->surf_wl[sid] & 4)) return (x->surf_wl[sid] >> 3) & 1;
    int l = wordlist_has(&x->wl, x->doc.s + t->off, t->len);
    if (sid >= 0) x->surf_wl[sid] = (uint8_t)(x->surf_wl[sid] | 4 | (l ? 8 : 0));
    return l;
}

int tok_key_is(const extractor_impl_t *x, size_t i, int32_t key)
{
    return i < x->doc.ntok && key >= 0 && (x->tkey[i] == key || x->talt[i] == key);
}

int tok_cue_part(const extractor_impl_t *x, size_t i, cue_role_t r)
{
    const text_tok_t *t = TK(x, i);
    int32_t sid = x->tsurf[i];
    if (sid < 0) return cues_match(&x->cues, x->doc.s + t->off, t->len, r, 0);
    /* a question of the word's letters only, with a look-up per length
     * the role's words have: asked once per surface form and role */
    uint64_t *memo = x->surf_cue[sid], bit = (uint64_t)1 << (r & 63);
    size_t w = r >> 6;
    if (memo[w] & bit) return (memo[CUE_WORDS + w] & bit) != 0;
    int v = cues_match(&x->cues, x->doc.s + t->off, t->len, r, 0);
    memo[w] |= bit;
    if (v) memo[CUE_WORDS + w] |= bit;
    return v;
}

int is_cap(const extractor_impl_t *x, size_t i)
{
    return i < x->doc.ntok && TK(x, i)->type == TOK_WORD && (TK(x, i)->flags & (TOK_CAP | TOK_UPPER));
}

int is_initial(const extractor_impl_t *x, size_t i, size_t lim)
{
    if (i + 1 >= lim) return 0;
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP)) return 0;
    uint32_t cp = t->cp;
    size_t cl = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    if (t->len != cl) return 0;
    return tok_punct(x, i + 1, '.') && !(TK(x, i + 1)->flags & TOK_SPACE);
}

int names_delegation(const extractor_impl_t *x, size_t s)
{
    const text_sent_t *se = &x->doc.sents[s];
    for (size_t k = se->tok; k < se->tok + se->ntok; k++) {
        const text_tok_t *t = TK(x, k);
        if (t->type == TOK_WORD && (t->flags & TOK_CAP)
            && cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_DELEGATION, 0))
            return 1;
    }
    return 0;
}

int is_article(const extractor_impl_t *x, size_t i)
{
    static const char *const A[] = { "der", "die", "das", "des", "dem", "den", "ein",
        "eine", "einer", "eines", "einem", "einen", NULL };
    for (const char *const *w = A; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

int is_lower_word(const extractor_impl_t *x, size_t i)
{
    return i < x->doc.ntok && TK(x, i)->type == TOK_WORD && !(TK(x, i)->flags & (TOK_CAP | TOK_UPPER))
           && text_cp_lower(TK(x, i)->cp);
}

int is_particle(const extractor_impl_t *x, size_t i)
{
    /* der/den only inside "van der", "von der", "ter": not after a name */
    if ((tok_word(x, i, "der") || tok_word(x, i, "den")) && i > 0
        && !(tok_word(x, i - 1, "van") || tok_word(x, i - 1, "von") || tok_word(x, i - 1, "de")))
        return 0;
    return is_lower_word(x, i) && tok_cue(x, i, CUE_NAMEPARTICLE);
}

int month_or_day(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    return text_month(x->doc.s + t->off, t->len) || text_weekday(x->doc.s + t->off, t->len);
}

int lower_cue(extractor_impl_t *x, size_t i, cue_role_t r)
{
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = TK(x, i);
    buf_clear(&x->lw);
    if (text_lower(x->doc.s + t->off, t->len, &x->lw) < 0) return 0;
    return cues_match(&x->cues, x->lw.data, x->lw.len, r, 0);
}

int state_body_noun(extractor_impl_t *x, size_t i)
{
    return lower_cue(x, i, CUE_BODY);
}

int common_word(extractor_impl_t *x, size_t i)
{
    if (tok_common(x, i)) return 1;
    return compound_common(x, i);
}

int noun_word(extractor_impl_t *x, size_t i)
{
    if (tok_listed(x, i)) return tok_common(x, i);
    return compound_common(x, i);
}

/* compound_common without the per-surface memo. */
static int compound_of(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (!wordlist_loaded(&x->wl)) return 0;
    const char *dash = NULL;
    for (size_t k = n; k-- > 1;) if (w[k] == '-') { dash = w + k; break; }
    if (dash && dash + 1 < w + n && text_cp_upper((unsigned char)dash[1]))
        return wordlist_common(&x->wl, dash + 1, (size_t)(w + n - dash - 1));
    /* a compound: a listed word (with a linking s/n/es/en) and a common
     * noun ("Müll|kommissar", "Revolution|s|führer"; not "Mic|helle") */
    char buf[128];
    for (size_t k = 3; k + 4 <= n && n < sizeof buf; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c < 'a' || c > 'z') continue;
        memcpy(buf, w + k, n - k);
        buf[0] = (char)(c - 32);
        /* the last part listed as a noun, or a nominalised adjective
         * listed in lower case ("Parlaments|abgeordneten") */
        if (!(wordlist_has(&x->wl, buf, n - k) && wordlist_common(&x->wl, buf, n - k))
            && !(n - k >= 8 && wordlist_common(&x->wl, buf, n - k)))
            continue;
        static const size_t LINK[] = { 0, 1, 2 };
        for (size_t q = 0; q < 3; q++) {
            size_t pl = k - LINK[q];
            if (pl < 3) continue;
            if (LINK[q] && !(w[pl] == 's' || w[pl] == 'n' || (LINK[q] == 2 && w[pl] == 'e'))) continue;
            /* the first part is a noun: listed with its capital */
            if (pl >= 4 && wordlist_has(&x->wl, w, pl)) return 1;
        }
    }
    return 0;
}

int compound_common(extractor_impl_t *x, size_t i)
{
    /* a question of the word's letters only: asked once per surface form
     * (bits 4 and 5 of surf_wl), it saves up to a dozen word-list look-ups */
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && (x->surf_wl[sid] & 16)) return (x->surf_wl[sid] >> 5) & 1;
    int c = compound_of(x, i);
    if (sid >= 0) x->surf_wl[sid] = (uint8_t)(x->surf_wl[sid] | 16 | (c ? 32 : 0));
    return c;
}

/* 1 when every noun reading of w[0..n) is neuter or plural (no masculine
 * or feminine singular): a thing, not a person ("Lager", "Parlament"). */
static int neuter_noun(const morph_t *m, const char *w, size_t n)
{
    morph_ana_t a[16];
    size_t k = morph_lookup_exact(m, w, n, a, 16);
    if (k > 16) k = 16;
    int noun = 0;
    uint32_t mf = 0;
    for (int c = MORPH_NOM; c <= MORPH_ACC; c++) mf |= MORPH_CELL(c, MORPH_SG_M) | MORPH_CELL(c, MORPH_SG_F);
    for (size_t q = 0; q < k; q++) {
        if (a[q].pos != MORPH_NOUN) continue;
        if (a[q].feats & mf) return 0;
        noun = 1;
    }
    return noun;
}

/* "Flüchtlingslager Kakuma", "Parlament X": a word whose noun, or the
 * longest noun its compound ends in, the morphological lexicon knows as a
 * neuter thing names no person, whatever its ending (person_noun asks it
 * for the short endings only: "-glied" and "-vorstand" are persons). */
static int thing_noun(const extractor_impl_t *x, const char *w, size_t n)
{
    if (!x->have_grammar || n < 5 || n > 63) return 0;
    char buf[64];
    /* heads of five letters at least: "das Aber" is no head of
     * "Befehlshaber" */
    for (size_t k = 0; k + 5 <= n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (k && (c < 'a' || c > 'z')) continue;
        memcpy(buf, w + k, n - k);
        if (k) buf[0] = (char)(c - 32);
        morph_ana_t a[1];
        if (!morph_lookup_exact(&x->morph, buf, n - k, a, 1)) continue;
        return neuter_noun(&x->morph, buf, n - k);
    }
    return 0;
}

int person_noun(const extractor_impl_t *x, size_t i)
{
    static const char *const SUF[] = { "er", "ern", "or", "oren", "ent", "enten", "ant",
        "anten", "chef", "chefs", "ege", "egen", "egin", "in", "ist", "isten", "at", "aten",
        "glied", "glieder", "vorstand",
        "ar", "aren", "är", "ären", "eur", "oge", "ogen", "e", NULL };
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (n < 5) return 0;
    /* "November", "Januar": a month shares the ending, not the sense */
    if (month_or_day(x, i)) return 0;
    for (const char *const *s = SUF; *s; s++) {
        size_t m = strlen(*s);
        if (n > m + 2 && memcmp(w + n - m, *s, m) == 0) {
            /* -e only for nominalised adjectives: Abgeordnete, Vorsitzende */
            if (m == 1 && !(n > 4 && w[n - 2] == 't')) continue;
            /* "Mitglied" is a neuter person noun */
            return m >= 5 || !thing_noun(x, w, n);
        }
    }
    return 0;
}

int person_compound(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    char buf[128];
    if (n < 10 || n >= sizeof buf || !wordlist_loaded(&x->wl) || !person_noun(x, i)) return 0;
    for (size_t k = 4; k + 6 <= n; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c < 'a' || c > 'z') continue;
        memcpy(buf, w + k, n - k);
        buf[0] = (char)(c - 32);
        if (wordlist_has(&x->wl, buf, n - k) && wordlist_common(&x->wl, buf, n - k)) return 1;
    }
    return 0;
}

int org_word(const extractor_impl_t *x, size_t i)
{
    return tok_cue(x, i, CUE_ORG);
}

int place_noun(const extractor_impl_t *x, size_t i)
{
    if (tok_cue(x, i, CUE_PLACENOUN)) return 1;
    /* buildings as compounds: "des Präsidentenpalastes Rashtrapati Bhavan" */
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP)) return 0;
    return cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_BUILDING, 1);
}

int settlement_noun(const extractor_impl_t *x, size_t i)
{
    /* compounds of a settlement noun: Grenzdorf, Küstenstadt, Kurort */
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP)) return 0;
    return cues_match(&x->cues, x->doc.s + t->off, t->len, CUE_SETTLEMENT, 0);
}

int kin_noun(const extractor_impl_t *x, size_t i)
{
    if (tok_cue(x, i, CUE_KIN)) return 1;
    return tok_cue(x, i, CUE_KINPOSS) && i > 0 && is_possessive(x, i - 1);
}

int finite_verb(const extractor_impl_t *x, size_t i)
{
    static const char *const V[] = { "wurde", "wurden", "werde", "werden", "wird", "habe",
        "haben", "hatte", "hatten", "hat", "ist", "sind", "war", "waren", "sei", "seien",
        "kann", "können", "konnte", "muss", "müssen", "musste", "soll", "sollen", "sollte",
        "will", "wollen", "wollte", "ein", "an", "auf", "aus", "zu", NULL };
    for (const char *const *w = V; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

int finite_form(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (!x->have_grammar || t->type != TOK_WORD || (t->flags & TOK_CAP)) return 0;
    morph_ana_t a[16];
    size_t k = morph_lookup_exact(&x->morph, x->doc.s + t->off, t->len, a, 16);
    if (k > 16) k = 16;
    for (size_t q = 0; q < k; q++)
        if ((a[q].pos == MORPH_VERB || a[q].pos == MORPH_AUX || a[q].pos == MORPH_MODAL)
            && (a[q].feats & MORPH_FINITE))
            return 1;
    return 0;
}

/* 1 when token i is a word of lo..hi bytes whose first letter, A-Z
 * lowered, is one of `firsts`: what a word of a short list must be, so
 * that the list's compares run only for the few tokens that can match
 * (group_phrase asks two lists of every token). */
static int may_be_listed(const extractor_impl_t *x, size_t i, size_t lo, size_t hi, const char *firsts)
{
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || t->len < lo || t->len > hi) return 0;
    unsigned char c = (unsigned char)x->doc.s[t->off];
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    for (const char *f = firsts; *f; f++)   /* no strchr call: every token comes here */
        if ((unsigned char)*f == c) return 1;
    return 0;
}

int is_possessive(const extractor_impl_t *x, size_t i)
{
    if (!may_be_listed(x, i, 3, 6, "is")) return 0;
    static const char *const POSS[] = { "sein", "seine", "seinem", "seinen", "seiner", "seines",
        "ihr", "ihre", "ihrem", "ihren", "ihrer", "ihres", NULL };
    for (const char *const *w = POSS; *w; w++)
        if (tok_word(x, i, *w)) return 1;
    return 0;
}

int age_noun(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len, d = 0;
    while (d < n && w[d] >= '0' && w[d] <= '9') d++;
    static const char J[] = "-Jährig";
    size_t jl = sizeof J - 1;
    if (d == 0 || d > 3 || n < d + jl + 1 || memcmp(w + d, J, jl) != 0) return 0;
    const char *e = w + d + jl;
    size_t el = n - d - jl;
    return (el == 1 && e[0] == 'e') || (el == 2 && e[0] == 'e' && strchr("nmr", e[1]));
}

prep_t prep_of(const extractor_impl_t *x, size_t b, size_t lo)
{
    size_t k = b;
    for (int skip = 0; skip < 4 && k > lo; skip++) {
        k--;
        const text_tok_t *t = TK(x, k);
        if (t->type != TOK_WORD) return P_NONE;
        static const struct { const char *w; prep_t p; } P[] = {
            { "von", P_VON }, { "vom", P_VON }, { "mit", P_MIT }, { "in", P_IN }, { "im", P_IN },
            { "ins", P_IN }, { "nach", P_NACH }, { "bei", P_BEI }, { "beim", P_BEI },
            { "zwischen", P_ZWISCHEN }, { "aus", P_AUS }, { "zu", P_ZU }, { "zum", P_ZU },
            { "zur", P_ZU }, { "an", P_AN }, { "am", P_AN }, { "auf", P_AUF }, { "für", P_FUER },
            { "gegen", P_OTHER }, { "über", P_OTHER }, { "durch", P_VON }, { "unter", P_OTHER },
            { "seitens", P_VON }, { "gegenüber", P_OTHER }, { "wegen", P_OTHER }, { "ohne", P_OTHER },
            { "um", P_OTHER }, { "vor", P_VOR }, { "hinter", P_OTHER }, { "neben", P_OTHER },
            { "trotz", P_OTHER }, { "laut", P_OTHER }, { "nahe", P_OTHER }, { "innerhalb", P_OTHER },
            { NULL, P_NONE } };
        /* "von bin Salman", "mit al-Sisi": a name particle left out of
         * the short name stands between the preposition and it */
        if (k + 1 == b && tok_cue(x, k, CUE_SKIPPARTICLE))
            continue;
        /* "von Staats- und Parteichef X": the first half of a shared
         * compound and its "und" stand between */
        if ((tok_word(x, k, "und") || tok_word(x, k, "oder")) && k > lo + 1 && (TK(x, k - 1)->flags & TOK_TRUNC)) {
            k--;
            continue;
        }
        /* "unter anderem": an adverb, no preposition */
        if ((tok_word(x, k, "anderem") || tok_word(x, k, "anderen")) && k > lo && tok_word(x, k - 1, "unter"))
            return P_NONE;
        for (int q = 0; P[q].w; q++)
            if (tok_word(x, k, P[q].w)) return P[q].p;
        if (tok_word(x, k, "des")) return P_GEN;
        if (tok_word(x, k, "der") && k > lo && !tok_punct(x, k - 1, ',')) {
            /* "der" after a noun is genitive; at a clause start nominative;
             * and before an adjective in -e ("empfing ihn in Athen der
             * griechische Präsident"), which the genitive would make -en */
            if (is_lower_word(x, k + 1)) {
                const text_tok_t *a = TK(x, k + 1);
                const char *aw = x->doc.s + a->off;
                if (a->len > 3 && aw[a->len - 1] == 'e') return P_NONE;
            }
            const text_tok_t *p = TK(x, k - 1);
            if (p->type == TOK_WORD && (p->flags & TOK_CAP) && !(p->flags & TOK_SENT)) return P_GEN;
            continue;
        }
        if (is_article(x, k) || is_lower_word(x, k)) {
            /* an article or adjective: look further left */
            if (is_lower_word(x, k) && !is_article(x, k)) {
                const char *w = x->doc.s + t->off;
                size_t n = t->len;
                /* adjectives end in -e -en -er -es -em */
                int adj = n > 3 && (w[n - 1] == 'e' || ((w[n - 1] == 'n' || w[n - 1] == 'r'
                          || w[n - 1] == 's' || w[n - 1] == 'm') && w[n - 2] == 'e'));
                if (!adj) return P_NONE;
            }
            continue;
        }
        return P_NONE;
    }
    return P_NONE;
}

int number_word(const extractor_impl_t *x, size_t i)
{
    static const struct { const char *w; int n; } N[] = { { "zwei", 2 }, { "beiden", 2 },
        { "beide", 2 }, { "drei", 3 }, { "vier", 4 }, { "fünf", 5 }, { "sechs", 6 },
        { "sieben", 7 }, { "acht", 8 }, { "neun", 9 }, { "zehn", 10 }, { "elf", 11 },
        { "zwölf", 12 }, { "zweimal", 2 }, { "dreimal", 3 }, { NULL, 0 } };
    if (!may_be_listed(x, i, 3, 7, "abdefnsvz")) return 0;
    for (int q = 0; N[q].w; q++)
        if (tok_word(x, i, N[q].w)) return N[q].n;
    return 0;
}

int adjective_form(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (t->type != TOK_WORD || n < 4) return 0;
    if (w[n - 1] == 'e') return 1;
    return w[n - 2] == 'e' && (w[n - 1] == 'r' || w[n - 1] == 'n' || w[n - 1] == 's' || w[n - 1] == 'm');
}
