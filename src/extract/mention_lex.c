/* mention_lex: matches the lexicon's phrases (states, adjectives, places,
 * institutions, titles, office holders) at a token, whole or as a part of
 * a compound ("Kremlchef", "NATO-Gipfel"). */
#include "extract/mention_lex.h"

#include <stdlib.h>
#include <string.h>

#include "extract/actindex.h"
#include "extract/dactor.h"
#include "extract/mention_words.h"
#include "extract/orgname.h"
#include "util/diag.h"

/* Names inflect only by a genitive -s: the last word of a state, place or
 * person must start with the entry's last word ("Kasachstans", not
 * "Argentinier" for Argentinien although the stems agree). */
static int name_form(const extractor_impl_t *x, size_t i, const lx_phrase_t *ph)
{
    const text_tok_t *t = TK(x, i);
    if (!ph->last || t->len < ph->lastlen) return 0;
    char buf[256];
    if (t->len >= sizeof buf) return 0;
    /* lower-case in place: ASCII and the German capitals suffice here */
    size_t n = 0;
    const char *w = x->doc.s + t->off;
    for (size_t k = 0; k < t->len; k++) {
        unsigned char c = (unsigned char)w[k];
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        else if (c == 0xC3 && k + 1 < t->len) {
            unsigned char d = (unsigned char)w[k + 1];
            buf[n++] = (char)c;
            if (d >= 0x80 && d <= 0x9E) d = (unsigned char)(d + 0x20);
            buf[n++] = (char)d;
            k++;
            continue;
        }
        buf[n++] = (char)c;
    }
    return n >= ph->lastlen && memcmp(buf, ph->last, ph->lastlen) == 0;
}

/* 1 when token i, lower-cased, is the phrase's last word as written
 * (no inflection). */
static int exact_word(const extractor_impl_t *x, size_t i, const lx_phrase_t *ph)
{
    const text_tok_t *t = TK(x, i);
    if (!ph || !ph->last || t->len != ph->lastlen) return 0;
    const char *w = x->doc.s + t->off;
    for (size_t k = 0; k < t->len; k++) {
        unsigned char a = (unsigned char)w[k], b = (unsigned char)ph->last[k];
        if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
        if (k > 0 && (unsigned char)w[k - 1] == 0xC3 && a >= 0x80 && a <= 0x9E) a = (unsigned char)(a + 0x20);
        if (a != b) return 0;
    }
    return 1;
}

/* 1 when token i is the phrase's last word with -er ("Schweizer"). */
static int er_form(const extractor_impl_t *x, size_t i, const lx_phrase_t *ph)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    return ph && ph->last && t->len == ph->lastlen + 2 && w[t->len - 2] == 'e' && w[t->len - 1] == 'r';
}

/* lex_match without the memo. */
static lxm_t match_at(const extractor_impl_t *x, size_t i, size_t lim)
{
    lxm_t best = { -1, -1, 0, 0 };
    const lx_phrase_t *best_ph = NULL;
    int32_t ks[2] = { x->tkey[i], x->talt[i] };
    for (int v = 0; v < 2; v++) {
        if (ks[v] < 0 || (v == 1 && ks[1] == ks[0])) continue;
        for (int32_t p = lexicon_first_phrase(&x->lx, ks[v]); p >= 0; p = x->lx.phr[p].next) {
            const lx_phrase_t *ph = &x->lx.phr[p];
            if (ph->n < best.len || i + ph->n > lim) continue;
            /* same length: a capitalised word is rather the name than the
             * adjective (Suriname / surinamisch share a stem), except a
             * region adjective written exactly so ("Tiroler" is no form of
             * Tirol before a title) */
            if (ph->n == best.len) {
                int best_adj = best.type == LX_ADJ
                               || (best.type == LX_RADJ && !exact_word(x, i + ph->n - 1, best_ph));
                int name = ph->type != LX_ADJ && ph->type != LX_RADJ;
                int exact_radj = ph->type == LX_RADJ && best.type != LX_RADJ
                                 && exact_word(x, i + ph->n - 1, ph);
                /* "Bundesrat": the body, unless a name follows (mention.c) */
                int inst_over_title = ph->type == LX_INST && best.type == LX_TITLE;
                /* "Singapurs Regierungschef": a city-state's name is the
                 * state's before it is its capital's */
                int state_over_place = ph->type == LX_STATE && best.type == LX_PLACE;
                if (!(best_adj && name && is_cap(x, i)) && !exact_radj && !inst_over_title && !state_over_place)
                    continue;
            }
            const uint32_t *k = lexicon_phrase_keys(&x->lx, ph);
            int ok = 1, cap = 0;
            for (size_t j = 0; j < ph->n && ok; j++) {
                if (!tok_key_is(x, i + j, (int32_t)k[j])) ok = 0;
                if (is_cap(x, i + j)) cap = 1;
            }
            if (!ok || (!cap && ph->type != LX_ADJ && ph->type != LX_RADJ)) continue;
            if ((ph->type == LX_STATE || ph->type == LX_PLACE || ph->type == LX_PERSON
                 || ph->type == LX_REGION)
                && !name_form(x, i + ph->n - 1, ph))
                continue;
            /* an acronym is not inflected: "EADS" is not "EAD" */
            if ((TK(x, i + ph->n - 1)->flags & TOK_UPPER) && !exact_word(x, i + ph->n - 1, ph))
                continue;
            /* a title inflects at its end, it is not cut short: "Vorsitz"
             * shares the stem of "Vorsitzende" but is no such person */
            if (ph->type == LX_TITLE && ph->last && TK(x, i + ph->n - 1)->len + 2 < ph->lastlen) continue;
            /* a phrase must end on the word's end: "Deutsch" in "Deutsch-" no */
            best.type = ph->type;
            best.ref = ph->ref;
            best.len = ph->n;
            best.alias = ph->from_alias;
            best_ph = ph;
        }
    }
    /* "den Schweizer Botschafter", "der Luxemburger Premier": a state's
     * name with -er before a noun is its indeclinable adjective */
    if (best.type == LX_STATE && er_form(x, i + best.len - 1, best_ph) && i + best.len < lim
        && TK(x, i + best.len)->type == TOK_WORD && is_cap(x, i + best.len))
        best.type = LX_ADJ;
    return best;
}

lxm_t lex_match(const extractor_impl_t *x, size_t i, size_t lim)
{
    lxm_t best = { -1, -1, 0, 0 };
    if (i >= lim || i >= x->doc.ntok) return best;   /* a title at the text's end */
    /* the tokens' keys and the lexicon do not change within a text: the
     * answer for (i, lim) is kept (reset by compute_keys) */
    struct lxm_memo *m = &x->lxm_memo[i];
    if (m->lim == lim) {
        best.type = m->type;
        best.ref = m->ref;
        best.len = m->len;
        best.alias = m->alias;
        return best;
    }
    best = match_at(x, i, lim);
    if (lim <= UINT32_MAX && best.len <= UINT8_MAX && best.type >= INT16_MIN && best.type <= INT16_MAX
        && best.alias >= 0 && best.alias <= UINT8_MAX) {
        m->lim = (uint32_t)lim;
        m->type = (int16_t)best.type;
        m->ref = best.ref;
        m->len = (uint8_t)best.len;
        m->alias = (uint8_t)best.alias;
    }
    return best;
}


/* The one-word title of lexicon key w[0..m) into *r; 1 when there is one. */
static int title_word(extractor_impl_t *x, const char *w, size_t m, lxm_t *r)
{
    int32_t k = lexicon_key(&x->lx, w, m);
    for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next)
        if (x->lx.phr[p].n == 1 && x->lx.phr[p].type == LX_TITLE) {
            r->type = LX_TITLE;
            r->ref = x->lx.phr[p].ref;
            r->len = 1;
            return 1;
        }
    return 0;
}
/* Single-word lookup of a part of a hyphenated token ("US" of "US-Präsident"). */
static lxm_t part_match(extractor_impl_t *x, const char *s, size_t n)
{
    lxm_t r = { -1, -1, 0, 0 };
    int32_t k = lexicon_key(&x->lx, s, n);
    int upper = n >= 2;
    for (size_t q = 0; q < n && upper; q++) if (!(s[q] >= 'A' && s[q] <= 'Z') && !(s[q] >= '0' && s[q] <= '9')) upper = 0;
    for (int32_t p = lexicon_first_phrase(&x->lx, k); p >= 0; p = x->lx.phr[p].next)
        if (x->lx.phr[p].n == 1) {
            /* an acronym is not inflected: "EADS" is not "EAD" */
            if (upper) {
                const lx_phrase_t *ph = &x->lx.phr[p];
                if (!ph->last || ph->lastlen != n) continue;
                int same = 1;
                for (size_t q = 0; q < n && same; q++) same = (char)(s[q] + 32 * (s[q] >= 'A' && s[q] <= 'Z')) == ph->last[q];
                if (!same) continue;
            }
            r.type = x->lx.phr[p].type;
            r.ref = x->lx.phr[p].ref;
            r.len = 1;
            return r;
        }
    return r;
}

lxm_t hyphen_match(extractor_impl_t *x, size_t i, int32_t *pre_state, int32_t *pre_inst)
{
    lxm_t r = { -1, -1, 0, 0 };
    *pre_state = *pre_inst = -1;
    const text_tok_t *t = TK(x, i);
    const char *s = x->doc.s + t->off;
    size_t n = t->len;
    if (t->flags & TOK_TRUNC) return r;
    const char *h = NULL;
    for (size_t k = n; k-- > 1;)
        if (s[k] == '-') { h = s + k + 1; break; }
    if (!h || h >= s + n) return r;
    r = part_match(x, h, (size_t)(s + n - h));
    const char *dash = memchr(s, '-', n);
    lxm_t p = part_match(x, s, (size_t)(dash - s));
    /* "Al-Qaida-Führer", "Baden-Württemberg-Besuch": a name with a hyphen
     * of its own before the head's */
    if (p.type < 0 && dash + 1 < h - 1) p = part_match(x, s, (size_t)(h - 1 - s));
    if (p.type == LX_STATE || p.type == LX_ADJ) *pre_state = p.ref;
    else if (p.type == LX_INST) *pre_inst = p.ref;
    else if (p.type == LX_PLACE) *pre_state = x->lx.places[p.ref].state;
    return r;
}

int mention_bilateral(extractor_impl_t *x, size_t i, int32_t *sa, int32_t *sb)
{
    *sa = *sb = -1;
    if (i >= x->doc.ntok) return 0;
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || (t->flags & TOK_TRUNC)) return 0;
    const char *w = x->doc.s + t->off;
    const char *dash = memchr(w, '-', t->len);
    if (!dash || dash == w || dash + 1 >= w + t->len) return 0;
    lxm_t a = part_match(x, w, (size_t)(dash - w));
    /* the second part carries the ending: "pakistanischen" */
    int32_t pa, pi;
    lxm_t b = hyphen_match(x, i, &pa, &pi);
    if (a.type != LX_ADJ || b.type != LX_ADJ || a.ref == b.ref) return 0;
    *sa = a.ref;
    *sb = b.ref;
    return 1;
}

int is_honor(extractor_impl_t *x, size_t i, size_t lim)
{
    lxm_t m = lex_match(x, i, lim);
    return m.type == LX_HONOR ? (int)m.len : 0;
}

lxm_t compound_title(extractor_impl_t *x, size_t i)
{
    lxm_t r = { -1, -1, 0, 0 };
    if (i >= x->doc.ntok) return r;
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP) || (t->flags & TOK_TRUNC)) return r;
    /* the rest is a question of the word's letters: answered once per
     * surface form (surf_ct: 0 not yet, -1 none, else the title's ref + 1) */
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && x->surf_ct[sid] != 0) {
        if (x->surf_ct[sid] > 0) {
            r.type = LX_TITLE;
            r.ref = x->surf_ct[sid] - 1;
            r.len = 1;
        }
        return r;
    }
    const char *w = x->doc.s + t->off;
    if (!memchr(w, '-', t->len)) {
        buf_clear(&x->lw);
        if (text_lower(w, t->len, &x->lw) < 0) return r;
        /* the shortest end that titles.tsv knows ("ministerin") */
        for (size_t m = 0; (m = cues_end_len(&x->cues, x->lw.data, x->lw.len, CUE_TITLEEND, 3, m));)
            if (title_word(x, x->lw.data + x->lw.len - m, m, &r)) break;
    }
    if (sid >= 0 && r.ref >= 0 && r.ref < INT32_MAX) x->surf_ct[sid] = r.ref + 1;
    else if (sid >= 0 && r.type < 0) x->surf_ct[sid] = -1;
    return r;
}

lxm_t compound_title_part(extractor_impl_t *x, size_t i)
{
    lxm_t r = { -1, -1, 0, 0 };
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    const char *h = NULL;
    for (size_t k = t->len; k-- > 1;) if (w[k] == '-') { h = w + k + 1; break; }
    if (!h || h >= w + t->len) return r;
    size_t n = (size_t)(w + t->len - h);
    buf_clear(&x->lw);
    if (text_lower(h, n, &x->lw) < 0) return r;
    for (size_t m = 0; (m = cues_end_len(&x->cues, x->lw.data, x->lw.len, CUE_TITLEPART, 0, m));)
        if (title_word(x, x->lw.data + x->lw.len - m, m, &r)) break;
    return r;
}

int mention_place_at(extractor_impl_t *x, size_t i)
{
    lxm_t m = lex_match(x, i, x->doc.ntok);
    return m.type == LX_STATE || m.type == LX_PLACE || m.type == LX_REGION;
}

int32_t mention_lex_body(extractor_impl_t *x, size_t i, size_t lim, size_t *end)
{
    lxm_t m = lex_match(x, i, lim);
    if (m.type != LX_INST && m.type != LX_STATE) return -1;
    int32_t a = dactor_lex(x, m.ref);
    if (a < 0) return -2;
    *end = i + m.len;
    return a;
}

/* One role of one person, not a list's: "Vertretern", "Mitglieder",
 * "Sprecherinnen" end so. */
static int plural_person(const char *w, size_t n)
{
    static const char *const PLURAL[] = { "ern", "oren", "enten", "anten", "innen", "isten",
        "aten", "glieder", NULL };
    for (const char *const *p = PLURAL; *p; p++) {
        size_t pl = strlen(*p);
        if (n > pl + 2 && memcmp(w + n - pl, *p, pl) == 0) return 1;
    }
    return 0;
}

int mention_prefix_org(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t h = 0;
    while (h < t->len && w[h] != '-') h++;
    if (h < 2 || h > 6 || h + 1 >= t->len) return 0;
    int upper = 0;
    for (size_t k = 0; k < h; k++) {
        if (w[k] >= 'A' && w[k] <= 'Z') upper++;
        else if (!(w[k] >= 'a' && w[k] <= 'z')) return 0;
    }
    /* "DFB", "GdP"; not "Ex", "Vize" */
    if (upper < 2 || !(w[0] >= 'A' && w[0] <= 'Z') || !(w[h - 1] >= 'A' && w[h - 1] <= 'Z')) return 0;
    if (part_match(x, w, h).type >= 0) return 0;      /* "US-", "EU-": the lexicon's */
    if (compound_title_part(x, i).type == LX_TITLE) return (int)h;
    /* "UNMISS-Vertreter", "EADS-Sprecher": a noun for one person */
    /* not "TV-Moderator" (a medium), not "GM-Tochter" (kin: a firm's) */
    return h >= 3 && person_noun(x, i) && !kin_noun(x, i) && !plural_person(w + h + 1, t->len - h - 1) ? (int)h : 0;
}

int mention_role_noun(extractor_impl_t *x, size_t i)
{
    if (i >= x->doc.ntok || TK(x, i)->type != TOK_WORD || !(TK(x, i)->flags & TOK_CAP)) return 0;
    lxm_t m = lex_match(x, i, x->doc.ntok);
    if (m.type == LX_TITLE) return 1;
    if (m.type >= 0) return 0;
    if (compound_title(x, i).type == LX_TITLE) return 1;
    if (!person_noun(x, i)) return 0;
    const text_tok_t *t = TK(x, i);
    return !plural_person(x->doc.s + t->off, t->len);
}

int modifier_word(extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    if (t->type != TOK_WORD || !(t->flags & TOK_CAP) || (t->flags & TOK_SENT)) return 0;
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (n < 4 || !(w[n - 1] == 'e' || (w[n - 2] == 'e' && strchr("nrsm", w[n - 1])))) return 0;
    lxm_t m = lex_match(x, i, x->doc.ntok);
    if (m.type >= 0) return 0;
    char buf[128];
    if (n >= sizeof buf) return 0;
    memcpy(buf, w, n);
    if ((unsigned char)buf[0] < 'A' || (unsigned char)buf[0] > 'Z') return 0;
    buf[0] = (char)(buf[0] + 32);
    return wordlist_has(&x->wl, buf, n);
}

int lexicon_phrase_len_is_compound(extractor_impl_t *x, size_t i, lxm_t tm)
{
    const text_tok_t *t = TK(x, i);
    if (tm.len != 1 || memchr(x->doc.s + t->off, '-', t->len)) return 0;   /* "US-Präsident" */
    lxm_t m = lex_match(x, i, x->doc.ntok);
    /* a body spelled like the title ("Bundesrat Ignazio Cassis") is the whole word */
    if (m.type == LX_INST && m.len == 1) return 0;
    return m.type != LX_TITLE || m.ref != tm.ref;
}

size_t genitive_state_at(extractor_impl_t *x, size_t k, size_t lim, lxm_t *g)
{
    if (k >= lim) return 0;
    *g = lex_match(x, k, lim);
    if (g->type != LX_STATE) return 0;
    const text_tok_t *t = TK(x, k + g->len - 1);
    return t->len > 1 && x->doc.s[t->off + t->len - 1] == 's' ? g->len : 0;
}

int genitive_states(extractor_impl_t *x, size_t k, size_t lim)
{
    int n = 0;
    lxm_t g;
    for (size_t len; (len = genitive_state_at(x, k, lim, &g)) > 0;) {
        n++;
        k += len;
        if (k < lim && (tok_punct(x, k, ',') || tok_word(x, k, "und") || tok_word(x, k, "sowie"))) k++;
        else break;
    }
    /* "die Präsidenten Kirgistans, Tadschikistans und Usbekistans,
     * Almasbek Atambajew, ...": the names follow, they are the actors */
    if (n && k > 0 && tok_punct(x, k - 1, ',') && k < lim && is_cap(x, k)) return 0;
    return n;
}

int32_t mention_adj_state(extractor_impl_t *x, size_t i)
{
    lxm_t m = lex_match(x, i, i + 1);
    if (m.type != LX_ADJ) return -1;
    int32_t d = dactor_lex(x, m.ref);
    return d < 0 ? -2 : d;
}
