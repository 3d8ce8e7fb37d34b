#include "extract/orgname.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/diag.h"

/* A name is short: longer phrases are sentences, not names. */
enum { MAX_NAME_TOKENS = 10, MAX_ADJ = 3 };


static int is_word(const extractor_impl_t *x, size_t i)
{
    return i < x->doc.ntok && TK(x, i)->type == TOK_WORD;
}

static int is_cap_word(const extractor_impl_t *x, size_t i)
{
    return is_word(x, i) && (TK(x, i)->flags & (TOK_CAP | TOK_UPPER));
}

/* The org_heads.tsv row of kind lang that is token i as written, or NULL. */
static const lx_orghead_t *whole_word(const extractor_impl_t *x, size_t i, char lang)
{
    if (i >= x->doc.ntok) return NULL;
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    if (!lexicon_orghead_may_be(&x->lx, lang, w, t->len)) return NULL;
    for (size_t k = 0; k < x->lx.norgh; k++) {
        const lx_orghead_t *h = &x->lx.orgh[k];
        if (h->lang == lang && h->len == t->len && memcmp(h->head, w, t->len) == 0) return h;
    }
    return NULL;
}

/* A legal form written over several tokens ("e.V.", "S.A."): the number of
 * tokens it spans from i, 0 when none. */
static size_t legal_form(const extractor_impl_t *x, size_t i, size_t lim)
{
    if (i >= lim) return 0;
    const char *at = x->doc.s + TK(x, i)->off;
    if (at >= x->doc.s + x->doc.n || !lexicon_orghead_may_start(&x->lx, 'f', (unsigned char)*at))
        return 0;
    for (size_t k = 0; k < x->lx.norgh; k++) {
        const lx_orghead_t *h = &x->lx.orgh[k];
        if (h->lang != 'f' || (size_t)(x->doc.s + x->doc.n - at) < h->len
            || memcmp(at, h->head, h->len) != 0)
            continue;
        /* the form must end where a token ends */
        size_t j = i;
        while (j < lim && TK(x, j)->off + TK(x, j)->len < TK(x, i)->off + h->len) j++;
        if (j < lim && TK(x, j)->off + TK(x, j)->len == TK(x, i)->off + h->len) return j - i + 1;
    }
    return 0;
}

/* A German head at the end of word i ("Gesundheitsbehörde",
 * "Luftfahrtkomitees"): the row, and in *strip the bytes of an inflection
 * after it (genitive -s/-es of m/n, dative plural -n). */
static const lx_orghead_t *german_head_of(extractor_impl_t *x, size_t i, size_t *strip);

static const lx_orghead_t *german_head(extractor_impl_t *x, size_t i, size_t *strip)
{
    const text_tok_t *t = TK(x, i);
    if (!(t->flags & TOK_CAP)) return NULL;
    /* the rest is a question of the word's letters: answered once per
     * surface form (surf_gh: 0 not yet, -1 none, else 1 + (row << 2 | strip)) */
    int32_t sid = x->tsurf[i];
    if (sid >= 0 && x->surf_gh[sid] != 0) {
        if (x->surf_gh[sid] < 0) return NULL;
        *strip = (size_t)((x->surf_gh[sid] - 1) & 3);
        return &x->lx.orgh[(x->surf_gh[sid] - 1) >> 2];
    }
    size_t st = 0;
    const lx_orghead_t *h = german_head_of(x, i, &st);
    if (h) *strip = st;
    if (sid >= 0) {
        size_t row = h ? (size_t)(h - x->lx.orgh) : 0;
        if (!h) x->surf_gh[sid] = -1;
        else if (st < 4 && row < (size_t)(INT32_MAX >> 2)) x->surf_gh[sid] = (int32_t)(row << 2 | st) + 1;
    }
    return h;
}

/* german_head without the per-surface memo. */
static const lx_orghead_t *german_head_of(extractor_impl_t *x, size_t i, size_t *strip)
{
    const text_tok_t *t = TK(x, i);
    buf_clear(&x->lw);
    if (text_lower(x->doc.s + t->off, t->len, &x->lw) < 0) return NULL;
    const char *w = x->lw.data;
    size_t n = x->lw.len;
    /* most words end no head before any of the endings: skip the pass
     * over every head (this ran for every capitalised word) */
    if (!lexicon_orghead_may_end(&x->lx, w, n) && !lexicon_orghead_may_end(&x->lx, w, n - (n > 0))
        && !lexicon_orghead_may_end(&x->lx, w, n - (n > 1 ? 2 : n)))
        return NULL;
    for (size_t k = 0; k < x->lx.norgh; k++) {
        const lx_orghead_t *h = &x->lx.orgh[k];
        if (h->lang != 'd') continue;
        static const char *const END[] = { "", "s", "es", "n" };
        static const size_t ENDLEN[] = { 0, 1, 2, 1 };
        for (int e = 0; e < 4; e++) {
            size_t el = ENDLEN[e];
            if ((e == 1 || e == 2) && h->gender != 'm' && h->gender != 'n') continue;
            if (e == 3 && h->gender != 'p') continue;
            if (n < h->len + el || memcmp(w + n - el, END[e], el) != 0
                || memcmp(w + n - el - h->len, h->head, h->len) != 0)
                continue;
            *strip = el;
            return h;
        }
    }
    return NULL;
}

/* An adjective before the head: a word ending in -e, -en, -em, -er, -es. */
static size_t adj_ending(const extractor_impl_t *x, size_t i)
{
    const text_tok_t *t = TK(x, i);
    const char *w = x->doc.s + t->off;
    size_t n = t->len;
    if (n < 5) return 0;
    if (w[n - 2] == 'e' && strchr("nmrs", w[n - 1])) return 2;
    return w[n - 1] == 'e' ? 1 : 0;
}

/* Appends word i with its first letter in upper case. */
static int append_capitalised(buf_t *out, const char *w, size_t n)
{
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)w, (utf8proc_ssize_t)n, &cp);
    if (k <= 0) return buf_append(out, w, n);
    utf8proc_uint8_t enc[4];
    utf8proc_ssize_t m = utf8proc_encode_char(utf8proc_toupper(cp), enc);
    if (buf_append(out, (const char *)enc, (size_t)m) < 0) return -1;
    return buf_append(out, w + k, n - (size_t)k);
}

static int space(buf_t *out)
{
    return out->len ? buf_putc(out, ' ') : 0;
}

/* Writes the nominative of the name [i, end) with its head at h. */
static int write_name(extractor_impl_t *x, size_t i, size_t end, size_t h, const lx_orghead_t *hd,
                      size_t strip, buf_t *out)
{
    static const char *const STRONG_M = "er", *const STRONG_F = "e", *const STRONG_N = "es";
    const char *ending = !hd || hd->lang != 'd' ? NULL
                         : hd->gender == 'm' ? STRONG_M : hd->gender == 'n' ? STRONG_N : STRONG_F;
    buf_clear(out);
    for (size_t k = i; k < end; k++) {
        const text_tok_t *t = TK(x, k);
        const char *w = x->doc.s + t->off;
        size_t n = t->len;
        if (t->type == TOK_PUNCT) {
            /* "&" stands apart; dots of a form ("e.V.") stick to it */
            if (t->cp == '&' && space(out) < 0) return -1;
            if (buf_append(out, w, n) < 0) return -1;
            continue;
        }
        if (out->len && !(k > i && TK(x, k - 1)->type == TOK_PUNCT && TK(x, k - 1)->cp == '.'
                          && !(t->flags & TOK_SPACE))
            && space(out) < 0)
            return -1;
        if (k == h) {
            if (buf_append(out, w, n - strip) < 0) return -1;
            continue;
        }
        size_t ae;
        /* an inflected adjective before a German head: strong ending
         * ("bayerischen" -> "Bayerisches"); a lower-case one is always
         * part of the name, a capitalised one only when inflected */
        if (k < h && ending && (ae = adj_ending(x, k)) > 0
            && (!(t->flags & TOK_CAP) || ((strip > 0 || hd->gender == 'f' || hd->gender == 'p') && ae == 2))
            && !(ae == 2 && w[n - 1] == 'r' && (t->flags & TOK_CAP))) {
            size_t stem = n - ae;
            if (append_capitalised(out, w, stem) < 0 || buf_puts(out, ending) < 0) return -1;
            continue;
        }
        /* a lower-case adjective of the name is capitalised ("britischen"
         * before a head that needs no ending); other words stay as written */
        if (k < h && !(t->flags & TOK_CAP) && adj_ending(x, k) ? append_capitalised(out, w, n) < 0
                                                                : buf_append(out, w, n) < 0)
            return -1;
    }
    return 0;
}

/* "Vorsitzender der Wahlkommission", "Direktor des Katastrophenamtes": a
 * compound whose last part is a head of use=name, after a definite
 * article, is the one body the role belongs to - not the head alone ("des
 * Senders") nor a class noun ("der Hilfsorganisation"), whose name the
 * text gives elsewhere. */
static int one_word_body(extractor_impl_t *x, size_t from, size_t head, const lx_orghead_t *hd, size_t strip)
{
    if (!hd || hd->lang != 'd' || hd->cls || from != head || from == 0) return 0;
    if (TK(x, head)->len < hd->len + strip + 4) return 0;
    /* "der FDP-Bundestagsfraktion": the party's, read from its prefix;
     * "des Forschungszentrums für nachhaltige Entwicklung": a longer name
     * this reader cannot end */
    if (memchr(x->doc.s + TK(x, head)->off, '-', TK(x, head)->len) || whole_word(x, head + 1, 'l')) return 0;
    return tok_word(x, from - 1, "der") || tok_word(x, from - 1, "des") || tok_word(x, from - 1, "dem");
}

size_t orgname_parse(extractor_impl_t *x, size_t i, size_t lim, int acronym_ok, buf_t *out)
{
    if (lim > x->doc.ntok) lim = x->doc.ntok;
    size_t k = i;
    /* lower-case adjectives before a capitalised word */
    for (int na = 0; na < MAX_ADJ && k + 1 < lim && is_word(x, k) && !(TK(x, k)->flags & TOK_CAP)
                     && adj_ending(x, k) && is_cap_word(x, k + 1); na++)
        k++;
    size_t words = k;
    if (!is_cap_word(x, k)) return i;
    /* "das Gipfeltreffen der Organisation für ...": an event noun heads
     * no body's name; the body is its genitive */
    if (lexicon_trigger(&x->lx, x->tkey[k]) >= 0) return i;
    /* capitalised words, joined by link words and "&" */
    size_t end = k, head = (size_t)-1, strip = 0;
    const lx_orghead_t *hd = NULL;
    while (end < lim && end - i < MAX_NAME_TOKENS) {
        size_t f = legal_form(x, end, lim);
        if (f && end > words) {
            head = end; hd = NULL; strip = 0;
            end += f;
            break;
        }
        if (is_cap_word(x, end) && !whole_word(x, end, 'l')) {
            size_t st = 0;
            const lx_orghead_t *g = german_head(x, end, &st);
            if (!g) g = whole_word(x, end, 'e');
            if (g) { head = end; hd = g; strip = st; }
            end++;
            continue;
        }
        int link = (is_word(x, end) && whole_word(x, end, 'l'))
                   || (TK(x, end)->type == TOK_PUNCT && TK(x, end)->cp == '&');
        if (link && end > words && end + 1 < lim && is_cap_word(x, end + 1)) {
            end++;
            continue;
        }
        break;
    }
    if (head == (size_t)-1) {
        /* a lone acronym: "Sprecher der CFTC" */
        const text_tok_t *t = TK(x, words);
        if (acronym_ok && end == words + 1 && words == i && (t->flags & TOK_UPPER) && t->len >= 2
            && t->len <= 6) {
            if (write_name(x, i, end, (size_t)-1, NULL, 0, out) < 0) return i;
            return end;
        }
        return i;
    }
    /* after the head: its attributes ("für Kernphysik", "der Vereinten
     * Nationen") and at most two more words ("Stadtwerke Bonn"); a longer
     * run is the next phrase */
    size_t cut = head + 1;
    size_t extra = 0;
    while (cut < end) {
        if (!is_cap_word(x, cut) || whole_word(x, cut, 'l')) {
            size_t j = cut + 1;
            while (j < end && is_cap_word(x, j) && !whole_word(x, j, 'l')) j++;
            cut = j;
            continue;
        }
        if (++extra > 2) break;
        cut++;
    }
    if (cut < end) end = cut;
    size_t from = i;
    int classed = 0;
    /* "der Flugzeugwartung der Turkish Airlines": the organisation is the
     * one in the genitive, the words before it are a part of it */
    for (size_t q = i; q < head; q++)
        if (tok_word(x, q, "der") || tok_word(x, q, "des")) from = q + 1;
    if (hd && hd->cls && head + 1 < end && is_cap_word(x, head + 1)
        && !whole_word(x, head + 1, 'l') && !mention_place_at(x, head + 1)) {
        /* "der Partei Pasok", "der Bürgerrechtsorganisation ACLU": a
         * class noun (org_heads.tsv use=class) describes, the words after
         * it are the name - one word too ("der Partei Podemos") */
        /* not a hyphenated one: "der Labor-Partei Abe" is a party's name
         * and the person after it */
        classed = !memchr(x->doc.s + TK(x, head)->off, '-', TK(x, head)->len);
        from = head + 1;
        head = (size_t)-1;
        hd = NULL;
        strip = 0;
    } else if (hd && hd->lang != 'd') {
        /* "des österreichischen Institute of Science": German adjectives
         * are no part of an English name */
        while (from < head && adj_ending(x, from) && !whole_word(x, from, 'e')
               && (!(TK(x, from)->flags & TOK_CAP) || x->doc.s[TK(x, from)->off + TK(x, from)->len - 1] == 'n'))
            from++;
    }
    /* a body the lexicon knows by its head ("des polnischen
     * Außenministeriums"): the mention finder reads it, with its state */
    size_t le;
    if (head != (size_t)-1 && mention_lex_body(x, head, end, &le) >= 0) return i;
    /* "die Billigfluggesellschaft Ryanair": a listed body's name after the
     * head is the name, the head a description the mention finder drops */
    int32_t named = head != (size_t)-1 && head + 1 < end ? mention_lex_body(x, head + 1, end, &le) : -1;
    if (named >= 0 && x->act[named].kind != EV_KIND_STATE) return i;
    /* a head noun alone is a common noun ("des Senders"), no name */
    size_t nwords = 0;
    for (size_t q = from; q < end; q++) nwords += TK(x, q)->type == TOK_WORD;
    if (nwords < 2 && !classed && !(TK(x, from)->flags & TOK_UPPER)
        && !(acronym_ok == 2 && one_word_body(x, from, head, hd, strip)))
        return i;
    if (write_name(x, from, end, head, hd, strip, out) < 0) return i;
    return end;
}

int32_t orgname_actor(extractor_impl_t *x, size_t i, size_t lim, int acronym_ok, size_t *end)
{
    buf_t name;
    buf_init(&name);
    size_t e = orgname_parse(x, i, lim, acronym_ok, &name);
    int32_t a = -1;
    if (e > i) {
        a = dactor_named(x, name.data, name.len, EV_KIND_INSTITUTION);
        if (a < 0) a = -2;
        else *end = e;
        /* "des tschechischen Senats": a body named by a state's adjective
         * is that state's */
        for (size_t q = i; a >= 0 && q < e && x->act[a].state < 0; q++) {
            int32_t st = mention_adj_state(x, q);
            if (st == -2) a = -2;
            else if (st >= 0) x->act[a].state = st;
        }
    }
    buf_destroy(&name);
    return a;
}
