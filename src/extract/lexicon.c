#include "extract/lexicon.h"

#include <errno.h>
#include <libstemmer.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/decode.h"
#include "text/token.h"
#include "util/diag.h"

#define MAXCOLS 8

/* ---------- growable arrays ---------- */

static int grow(void **p, size_t *cap, size_t n, size_t size)
{
    if (n < *cap) return 0;
    size_t nc = *cap ? *cap * 2 : 64;
    while (nc <= n) nc *= 2;
    void *q = realloc(*p, nc * size);
    if (!q) return -1;
    *p = q;
    *cap = nc;
    return 0;
}
#define GROW(arr, n, cap) grow((void **)&(arr), &(cap), (n), sizeof *(arr))

/* ---------- keys ---------- */

/* The stem of the lower-cased word in lx->scratch; owned by lx (valid
 * until the next stem or lexicon_destroy). */
static const char *stem_lowered(lexicon_t *lx, size_t *len)
{
    const sb_symbol *r = sb_stemmer_stem(lx->stemmer, (const sb_symbol *)lx->scratch.data,
                                         (int)lx->scratch.len);
    if (!r) return NULL;
    *len = (size_t)sb_stemmer_length(lx->stemmer);
    return (const char *)r;
}

/* stem_lowered, each word stemmed once: the Snowball stemmer takes some
 * 4,000 instructions a word, and loading the lexicon stems many words
 * again and again (the parts of names and titles).  Not for the words of
 * texts: nearly all are new to the memo, whose look-ups then cost more
 * than they save. */
static const char *stem_lowered_kept(lexicon_t *lx, size_t *len)
{
    const char *w = lx->scratch.data;
    size_t n = lx->scratch.len;
    int added = 0;
    long id = strtab_intern(&lx->stem_words, w, n, &added);
    if (id >= 0 && !added && (size_t)id < lx->capstem && lx->stem_of[id] >= 0) {
        *len = strtab_len(&lx->stem_stems, (size_t)lx->stem_of[id]);
        return strtab_str(&lx->stem_stems, (size_t)lx->stem_of[id]);
    }
    const sb_symbol *r = sb_stemmer_stem(lx->stemmer, (const sb_symbol *)w, (int)n);
    if (!r) return NULL;
    *len = (size_t)sb_stemmer_length(lx->stemmer);
    if (id < 0) return (const char *)r;       /* no room: unkept, still right */
    if ((size_t)id >= lx->capstem) {
        size_t nc = lx->capstem ? lx->capstem * 2 : 1 << 14;
        while (nc <= (size_t)id) nc *= 2;
        int32_t *a = realloc(lx->stem_of, nc * sizeof *a);
        if (!a) return (const char *)r;
        for (size_t k = lx->capstem; k < nc; k++) a[k] = -1;
        lx->stem_of = a;
        lx->capstem = nc;
    }
    long sid = strtab_intern(&lx->stem_stems, (const char *)r, *len, NULL);
    if (sid < 0) return (const char *)r;
    lx->stem_of[id] = (int32_t)sid;
    return strtab_str(&lx->stem_stems, (size_t)sid);
}

/* The stem of the lower-cased word in lx->scratch when loading the
 * lexicon stemmed that word (stem_lowered_kept), else NULL; adds nothing.
 * The words of a text that pass lexicon_key's filters are often words of
 * the lexicon's names and titles, whose stems a look-up finds for a tenth
 * of what the stemmer takes. */
static const char *stem_known(const lexicon_t *lx, size_t *len)
{
    long id = strtab_find(&lx->stem_words, lx->scratch.data, lx->scratch.len);
    if (id < 0 || (size_t)id >= lx->capstem || lx->stem_of[id] < 0) return NULL;
    *len = strtab_len(&lx->stem_stems, (size_t)lx->stem_of[id]);
    return strtab_str(&lx->stem_stems, (size_t)lx->stem_of[id]);
}

static const char *stem_of(lexicon_t *lx, const char *s, size_t n, size_t *len)
{
    buf_clear(&lx->scratch);
    if (text_lower(s, n, &lx->scratch) < 0) return NULL;
    return stem_lowered_kept(lx, len);
}

/* Letters of a lower-cased word as Snowball's German stemmer sees them:
 * ß is two letters (ss), ä ö ü count as vowels and come out as a o u. */
typedef struct {
    char out[8];        /* the letter as it ends up in the stem */
    unsigned char n;    /* its bytes in out */
    unsigned char vowel;
    unsigned char uy;   /* u or y: a non-vowel between two vowels */
} letter_t;

/* The next letter of l[*i..n), or 0 at the end. */
static int next_letter(const char *l, size_t n, size_t *i, letter_t *t, int *pending_s)
{
    if (*pending_s) {   /* the second s of ß */
        *pending_s = 0;
        *t = (letter_t){ "s", 1, 0, 0 };
        return 1;
    }
    if (*i >= n) return 0;
    unsigned char c = (unsigned char)l[*i];
    memset(t, 0, sizeof *t);
    if (c < 0x80) {
        t->out[0] = (char)c;
        t->n = 1;
        t->vowel = strchr("aeiouy", c) != NULL && c != 0;
        t->uy = c == 'u' || c == 'y';
        (*i)++;
        return 1;
    }
    size_t take = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (*i + take > n) take = n - *i;
    unsigned char d = take == 2 ? (unsigned char)l[*i + 1] : 0;
    if (c == 0xC3 && (d == 0xA4 || d == 0xB6 || d == 0xBC)) {
        t->out[0] = d == 0xA4 ? 'a' : d == 0xB6 ? 'o' : 'u';
        t->n = 1;
        t->vowel = 1;
    } else if (c == 0xC3 && d == 0x9F) {
        t->out[0] = 's';
        t->n = 1;
        *pending_s = 1;
    } else {
        memcpy(t->out, l + *i, take);
        t->n = (unsigned char)take;
    }
    *i += take;
    return 1;
}

/* The bytes every stem of the lower-cased word l[0..n) starts with, into
 * out (at most 8; returns how many).  Snowball's German stemmer removes
 * suffixes only within R1 (after the first non-vowel that follows a
 * vowel, and after three letters at least), turns ß into ss and u, y
 * between vowels into non-vowels before, and ä ö ü into a o u after; so
 * the letters before R1, so mapped, begin the stem. */
static size_t stem_prefix(const char *l, size_t n, char out[8])
{
    letter_t w[12];
    size_t nl = 0, i = 0;
    int pending = 0;
    while (nl < 12 && next_letter(l, n, &i, &w[nl], &pending)) nl++;
    int more = nl == 12 && (pending || i < n);
    /* the prelude, left to right: u or y after a vowel (as it now is)
     * and before one */
    for (size_t k = 1; k + 1 < nl; k++)
        if (w[k].uy && w[k - 1].vowel && w[k + 1].vowel) w[k].vowel = 0;
    if (more && nl > 0 && w[nl - 1].uy) nl--;   /* its right side unknown */
    size_t r1 = nl;
    for (size_t k = 1; k < nl; k++)
        if (w[k - 1].vowel && !w[k].vowel) { r1 = k + 1; break; }
    if (r1 < 3) r1 = 3;
    if (r1 > nl) r1 = nl;   /* the whole word, or all that was read */
    size_t m = 0;
    for (size_t k = 0; k < r1; k++)
        for (size_t j = 0; j < w[k].n && m < 8; j++) out[m++] = w[k].out[j];
    return m;
}

/* The bit of a stem prefix (1 to 8 bytes) in lx->key_pre. */
static unsigned prefix_bit(const char *p, size_t k)
{
    uint32_t h = (uint32_t)k * 0x9E3779B9u;
    for (size_t i = 0; i < k; i++) h = (h ^ (unsigned char)p[i]) * 0x01000193u;
    return (h ^ (h >> 15)) & (KEY_PRE_BITS - 1);
}

/* The hash of a whole key in lx->key_full, built a byte at a time, so
 * that one pass over a word gives it for every start of the word. */
#define FULL_SEED 0x811C9DC5u
static uint32_t full_step(uint32_t h, unsigned char c)
{
    return (h ^ c) * 0x01000193u;
}

static unsigned full_bit(uint32_t h)
{
    h ^= h >> 15;
    h *= 0x2C1B3C6Du;
    h ^= h >> 12;
    return h & (KEY_PRE_BITS - 1);
}

/* 0 when no start of the lower-cased word l[0..n) of np bytes or more,
 * with ß as ss and ä ö ü as a o u, is a key (by key_full).  Snowball's
 * German stemmer only cuts endings off the word so mapped (checked
 * against every word of the German word list and the lexicon's), so its
 * stem is such a start: 0 means the stem is no key. */
static int some_start_is_key(const lexicon_t *lx, const char *l, size_t n, size_t np)
{
    uint32_t h = FULL_SEED;
    size_t m = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char out[2] = { (unsigned char)l[i], 0 };
        size_t no = 1;
        unsigned char d = i + 1 < n ? (unsigned char)l[i + 1] : 0;
        if (out[0] == 0xC3 && (d == 0xA4 || d == 0xB6 || d == 0xBC || d == 0x9F)) {
            out[0] = d == 0xA4 ? 'a' : d == 0xB6 ? 'o' : d == 0xBC ? 'u' : 's';
            if (d == 0x9F) { out[1] = 's'; no = 2; }
            i++;
        }
        for (size_t j = 0; j < no; j++) {
            h = full_step(h, out[j]);
            if (++m < np) continue;
            unsigned b = full_bit(h);
            if ((lx->key_full[b >> 3] >> (b & 7)) & 1) return 1;
        }
    }
    return 0;
}

int32_t lexicon_key(lexicon_t *lx, const char *s, size_t n)
{
    buf_clear(&lx->scratch);
    if (text_lower(s, n, &lx->scratch) < 0) return -1;
    /* no key starts as this word's stem must: no need to stem it (the
     * stemmer was a tenth of extraction, and most words are no key) */
    char pre[8];
    size_t np = stem_prefix(lx->scratch.data, lx->scratch.len, pre);
    if (np) {
        unsigned b = prefix_bit(pre, np);
        if (!((lx->key_pre[b >> 3] >> (b & 7)) & 1)) return -1;
    }
    /* nor is the stem a key when no start of the word can be one (the
     * prefix above passes most words) */
    if (lx->scratch.len && !some_start_is_key(lx, lx->scratch.data, lx->scratch.len, np)) return -1;
    size_t len;
    const char *st = stem_known(lx, &len);
    if (!st) st = stem_lowered(lx, &len);
    if (!st) return -1;
    return (int32_t)strtab_find(&lx->keys, st, len);
}

static int32_t key_intern(lexicon_t *lx, const char *s, size_t n)
{
    size_t len;
    const char *st = stem_of(lx, s, n, &len);
    if (!st) return -1;
    for (size_t j = 1; j <= len && j <= 8; j++) {
        unsigned b = prefix_bit(st, j);
        lx->key_pre[b >> 3] = (uint8_t)(lx->key_pre[b >> 3] | 1u << (b & 7));
    }
    uint32_t h = FULL_SEED;
    for (size_t j = 0; j < len; j++) h = full_step(h, (unsigned char)st[j]);
    unsigned fb = full_bit(h);
    lx->key_full[fb >> 3] = (uint8_t)(lx->key_full[fb >> 3] | 1u << (fb & 7));
    return (int32_t)strtab_intern(&lx->keys, st, len, NULL);
}

const char *lexicon_key_str(const lexicon_t *lx, int32_t key, size_t *len)
{
    if (len) *len = strtab_len(&lx->keys, (size_t)key);
    return strtab_str(&lx->keys, (size_t)key);
}

static const char *intern_name(lexicon_t *lx, const char *s, size_t n)
{
    long id = strtab_intern(&lx->names, s, n, NULL);
    return id < 0 ? NULL : strtab_str(&lx->names, (size_t)id);
}

/* Notes first name s[0..n) in lx->first_len (lexicon_first_name). */
static void first_name_mark(lexicon_t *lx, const char *s, size_t n)
{
    if (n) lx->first_len[(unsigned char)s[0]] |= (uint64_t)1 << (n < 63 ? n : 63);
}

/* ---------- TSV reading ---------- */

typedef struct {
    const char *path;
    long line;
    char *cell[MAXCOLS];
    size_t len[MAXCOLS];
    size_t ncells;
} row_t;

typedef int (*row_fn)(lexicon_t *lx, const row_t *r);

static int read_tsv(lexicon_t *lx, const char *dir, const char *file,
                    const char *const *cols, int required, row_fn fn)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, file);
    FILE *fp = fopen(path, "rb");
    if (!fp) {
        if (!required && errno == ENOENT) return DN_OK;
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    }
    buf_t all;
    buf_init(&all);
    char chunk[65536];
    size_t got;
    int rc = DN_OK;
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0)
        if (buf_append(&all, chunk, got) < 0) { rc = diag_nomem("lexicon"); break; }
    if (!rc && ferror(fp)) rc = diag_error(DN_EIO, path, 0, 0, "read error");
    fclose(fp);
    size_t ncols = 0;
    while (cols[ncols]) ncols++;
    int have_header = 0;
    long line = 0;
    /* an empty file has no buffer: no pointer arithmetic on NULL */
    char *p = all.data, *end = all.data ? all.data + all.len : NULL;
    while (!rc && p && p < end) {
        line++;
        char *nl = memchr(p, '\n', (size_t)(end - p));
        char *e = nl ? nl : end;
        if (e > p && e[-1] == '\r') e--;
        *e = '\0';
        /* validate UTF-8 */
        for (char *q = p; q < e;) {
            size_t k = text_utf8_seq((const unsigned char *)q, (size_t)(e - q), NULL);
            if (!k) {
                rc = diag_error(DN_EINPUT, path, line, (long)(q - p) + 1, "invalid UTF-8");
                break;
            }
            q += k;
        }
        if (rc) break;
        if (line == 1 && e - p >= 3 && memcmp(p, "\xef\xbb\xbf", 3) == 0) p += 3;
        if (*p == '#' || *p == '\0') { p = nl ? nl + 1 : NULL; continue; }
        row_t r = { path, line, { 0 }, { 0 }, 0 };
        char *c = p;
        for (;;) {
            char *t = strchr(c, '\t');
            if (r.ncells == MAXCOLS) { r.ncells++; break; }
            r.cell[r.ncells] = c;
            r.len[r.ncells] = t ? (size_t)(t - c) : strlen(c);
            r.ncells++;
            if (!t) break;
            *t = '\0';
            c = t + 1;
        }
        if (r.ncells != ncols) {
            rc = diag_error(DN_EINPUT, path, line, 1, "expected %zu tab-separated cells, found %zu",
                            ncols, r.ncells);
            break;
        }
        if (!have_header) {
            long col = 1;
            for (size_t i = 0; i < ncols; i++) {
                if (strcmp(r.cell[i], cols[i]) != 0) {
                    rc = diag_error(DN_EINPUT, path, line, col,
                                    "header: expected column '%s', found '%s'", cols[i], r.cell[i]);
                    break;
                }
                col += (long)r.len[i] + 1;
            }
            have_header = 1;
        } else {
            rc = fn(lx, &r);
        }
        p = nl ? nl + 1 : NULL;
    }
    if (!rc && !have_header) rc = diag_error(DN_EINPUT, path, 0, 0, "no header line");
    buf_destroy(&all);
    return rc;
}

static long cell_col(const row_t *r, size_t i)
{
    long col = 1;
    for (size_t k = 0; k < i; k++) col += (long)r->len[k] + 1;
    return col;
}

/* ---------- entries ---------- */


static int32_t actor_by_name(const lexicon_t *lx, const char *name, size_t n)
{
    long id = strtab_find(&lx->names, name, n);
    if (id < 0) return -1;
    const char *s = strtab_str(&lx->names, (size_t)id);
    /* names are few thousand: a linear scan at load time only */
    for (size_t i = 0; i < lx->nactors; i++)
        if (lx->actors[i].name == s) return (int32_t)i;
    return -1;
}

static int32_t add_actor(lexicon_t *lx, const char *name, size_t n, ev_kind_t kind, int32_t state)
{
    if (GROW(lx->actors, lx->nactors, lx->capactors) < 0) return -1;
    const char *s = intern_name(lx, name, n);
    if (!s) return -1;
    lx_actor_t *a = &lx->actors[lx->nactors];
    a->name = s;
    a->kind = kind;
    a->state = state;
    a->surname = -1;
    a->first = "";
    a->federal = 0;
    a->first_year = 0;
    a->last_day = 0;
    return (int32_t)lx->nactors++;
}

/* Tokenises phrase text and adds it with its keys.  Returns 0, -1 on
 * memory failure. */
static int add_phrase(lexicon_t *lx, const char *s, size_t n, lx_type_t type,
                      int32_t ref, int alias)
{
    while (n && (*s == ' ')) { s++; n--; }
    while (n && s[n - 1] == ' ') n--;
    if (!n) return 0;
    text_doc_t d;
    text_doc_init(&d);
    char *copy = malloc(n + 1);
    if (!copy) return -1;
    memcpy(copy, s, n);
    copy[n] = '\0';
    int rc = text_doc_tokenize(&d, copy, n) ? -1 : 0;
    if (!rc && d.ntok > 0 && d.ntok < 32) {
        if (GROW(lx->phr, lx->nphr, lx->capphr) < 0
            || grow((void **)&lx->kpool, &lx->capk, lx->nk + d.ntok, sizeof *lx->kpool) < 0) {
            rc = -1;
        } else {
            lx_phrase_t *p = &lx->phr[lx->nphr];
            p->keys_off = (uint32_t)lx->nk;
            p->n = (uint8_t)d.ntok;
            p->type = (uint8_t)type;
            p->ref = ref;
            p->from_alias = (uint8_t)alias;
            p->next = -1;
            for (size_t i = 0; i < d.ntok && !rc; i++) {
                int32_t k = key_intern(lx, copy + d.toks[i].off, d.toks[i].len);
                if (k < 0) rc = -1;
                else lx->kpool[lx->nk++] = (uint32_t)k;
            }
            const text_tok_t *lt = &d.toks[d.ntok - 1];
            buf_t lw;
            buf_init(&lw);
            if (!rc && text_lower(copy + lt->off, lt->len, &lw) == 0) {
                p->last = intern_name(lx, lw.data, lw.len);
                p->lastlen = (uint32_t)lw.len;
                if (!p->last) rc = -1;
            } else rc = -1;
            buf_destroy(&lw);
            if (!rc) lx->nphr++;
        }
    }
    text_doc_destroy(&d);
    free(copy);
    return rc;
}

/* The next non-empty |-separated value of a cell, from *p (before end):
 * 1 with it in [*b, *b + *n) and *p past it, 0 when there is none. */
static int next_alt(const char **p, const char *end, const char **b, size_t *n)
{
    while (*p < end) {
        const char *bar = memchr(*p, '|', (size_t)(end - *p));
        const char *e = bar ? bar : end;
        *b = *p;
        *n = (size_t)(e - *p);
        *p = e + 1;
        if (*n) return 1;
    }
    return 0;
}

/* Calls add_phrase for every |-separated value of a cell. */
static int add_alts(lexicon_t *lx, const char *cell, size_t n, lx_type_t type, int32_t ref)
{
    const char *p = cell, *b;
    size_t len;
    while (next_alt(&p, cell + n, &b, &len))
        if (add_phrase(lx, b, len, type, ref, 1) < 0) return -1;
    return 0;
}

/* The state of row r (name, iso3, english, aliases, adjective): its actor
 * and its phrases; the actor index into *a. */
static int add_state(lexicon_t *lx, const row_t *r, int32_t *a)
{
    if (!r->len[0]) return diag_error(DN_EINPUT, r->path, r->line, 1, "empty state name");
    if (actor_by_name(lx, r->cell[0], r->len[0]) >= 0)
        return diag_error(DN_EINPUT, r->path, r->line, 1, "duplicate name '%s'", r->cell[0]);
    *a = add_actor(lx, r->cell[0], r->len[0], EV_KIND_STATE, -1);
    if (*a < 0) return diag_nomem("lexicon");
    lx->actors[*a].state = *a;
    if (add_phrase(lx, r->cell[0], r->len[0], LX_STATE, *a, 0) < 0
        || add_alts(lx, r->cell[3], r->len[3], LX_STATE, *a) < 0
        || add_alts(lx, r->cell[4], r->len[4], LX_ADJ, *a) < 0)
        return diag_nomem("lexicon");
    return DN_OK;
}

static int state_row(lexicon_t *lx, const row_t *r)
{
    int32_t a;
    int rc = add_state(lx, r, &a);
    if (rc) return rc;
    /* the capital is a place of the state */
    const char *p = r->cell[5], *b;
    size_t len;
    while (next_alt(&p, r->cell[5] + r->len[5], &b, &len)) {
        if (GROW(lx->places, lx->nplaces, lx->capplaces) < 0) return diag_nomem("lexicon");
        lx->places[lx->nplaces].name = intern_name(lx, b, len);
        lx->places[lx->nplaces].state = a;
        if (!lx->places[lx->nplaces].name || add_phrase(lx, b, len, LX_PLACE, (int32_t)lx->nplaces, 0) < 0)
            return diag_nomem("lexicon");
        lx->nplaces++;
    }
    return DN_OK;
}

static int32_t state_cell(lexicon_t *lx, const row_t *r, size_t i, int *err)
{
    *err = 0;
    if (!r->len[i]) return -1;
    int32_t s = actor_by_name(lx, r->cell[i], r->len[i]);
    if (s < 0 || lx->actors[s].kind != EV_KIND_STATE) {
        *err = diag_error(DN_EINPUT, r->path, r->line, cell_col(r, i),
                          "unknown state '%s' (not in states.tsv)", r->cell[i]);
        return -1;
    }
    return s;
}

static int place_row(lexicon_t *lx, const row_t *r)
{
    int err;
    int32_t st = state_cell(lx, r, 1, &err);
    if (err) return err;
    if (GROW(lx->places, lx->nplaces, lx->capplaces) < 0) return diag_nomem("lexicon");
    int32_t pl = (int32_t)lx->nplaces;
    lx->places[pl].name = intern_name(lx, r->cell[0], r->len[0]);
    lx->places[pl].state = st;
    if (!lx->places[pl].name) return diag_nomem("lexicon");
    lx->nplaces++;
    if (add_phrase(lx, r->cell[0], r->len[0], LX_PLACE, pl, 0) < 0
        || add_alts(lx, r->cell[2], r->len[2], LX_PLACE, pl) < 0)
        return diag_nomem("lexicon");
    return DN_OK;
}

static int inst_row(lexicon_t *lx, const row_t *r)
{
    int err;
    ev_kind_t kind;
    if (r->len[1] == 5 && memcmp(r->cell[1], "group", 5) == 0) kind = EV_KIND_GROUP;
    else if (strcmp(r->cell[1], "institution") == 0 || !r->len[1]) kind = EV_KIND_INSTITUTION;
    else return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 1),
                           "kind must be institution or group, not '%s'", r->cell[1]);
    int32_t st = state_cell(lx, r, 2, &err);
    if (err) return err;
    if (actor_by_name(lx, r->cell[0], r->len[0]) >= 0)
        return diag_error(DN_EINPUT, r->path, r->line, 1, "duplicate name '%s'", r->cell[0]);
    int32_t a = add_actor(lx, r->cell[0], r->len[0], kind, st);
    if (a < 0) return diag_nomem("lexicon");
    if (add_phrase(lx, r->cell[0], r->len[0], LX_INST, a, 0) < 0
        || add_alts(lx, r->cell[3], r->len[3], LX_INST, a) < 0)
        return diag_nomem("lexicon");
    return DN_OK;
}

/* A region (a federal state, a province): an institution of its state,
 * named by its name and aliases, and by its adjectives ("bayerisch",
 * "Tiroler") before a title. */
static int region_row(lexicon_t *lx, const row_t *r)
{
    int err;
    int32_t st = state_cell(lx, r, 1, &err);
    if (err) return err;
    if (st < 0) return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 1), "a region needs its state");
    if (actor_by_name(lx, r->cell[0], r->len[0]) >= 0)
        return diag_error(DN_EINPUT, r->path, r->line, 1, "duplicate name '%s'", r->cell[0]);
    int32_t a = add_actor(lx, r->cell[0], r->len[0], EV_KIND_INSTITUTION, st);
    if (a < 0) return diag_nomem("lexicon");
    lx->actors[st].federal = 1;
    if (add_phrase(lx, r->cell[0], r->len[0], LX_REGION, a, 0) < 0
        || add_alts(lx, r->cell[2], r->len[2], LX_REGION, a) < 0
        || add_alts(lx, r->cell[3], r->len[3], LX_RADJ, a) < 0)
        return diag_nomem("lexicon");
    return DN_OK;
}

/* The state cell of a title: "Deutschland" or "Deutschland|Österreich|
 * Schweiz" (the default first, then other states using the title). */
static int title_states(lexicon_t *lx, const row_t *r, int32_t *st, int32_t alt[3])
{
    *st = alt[0] = alt[1] = alt[2] = -1;
    const char *c = r->cell[3];
    size_t n = r->len[3], k = 0;
    for (size_t i = 0; i < n;) {
        if (k == 4) return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 3), "more than 4 states");
        const char *bar = memchr(c + i, '|', n - i);
        size_t e = bar ? (size_t)(bar - c) : n;
        int32_t s = actor_by_name(lx, c + i, e - i);
        if (s < 0 || lx->actors[s].kind != EV_KIND_STATE)
            return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 3) + (long)i,
                              "unknown state '%.*s' (not in states.tsv)", (int)(e - i), c + i);
        if (k == 0) *st = s;
        else alt[k - 1] = s;
        k++;
        i = e + 1;
    }
    return DN_OK;
}

static int title_row(lexicon_t *lx, const row_t *r)
{
    int32_t st, alt[3];
    int err = title_states(lx, r, &st, alt);
    if (err) return err;
    if (GROW(lx->titles, lx->ntitles, lx->captitles) < 0) return diag_nomem("lexicon");
    lx_title_t *t = &lx->titles[lx->ntitles];
    t->title = intern_name(lx, r->cell[0], r->len[0]);
    t->office = intern_name(lx, r->cell[1], r->len[1]);
    t->affil = -1;
    t->affil_state = 0;
    t->state = st;
    memcpy(t->alt, alt, sizeof t->alt);
    if (!t->title || !t->office) return diag_nomem("lexicon");
    if (r->len[2] == 6 && memcmp(r->cell[2], "=state", 6) == 0) t->affil_state = 1;
    else if (r->len[2]) {
        t->affil = actor_by_name(lx, r->cell[2], r->len[2]);
        if (t->affil < 0 || lx->actors[t->affil].kind == EV_KIND_PERSON)
            return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 2),
                              "unknown institution '%s' (not in institutions.tsv)", r->cell[2]);
    }
    if (add_phrase(lx, r->cell[0], r->len[0], LX_TITLE, (int32_t)lx->ntitles, 0) < 0)
        return diag_nomem("lexicon");
    lx->ntitles++;
    return DN_OK;
}

/* The first (last: the last) day of the date [s, s + n) of row r, which
 * starts at column col; 0 and *err set when it is malformed. */
static long parse_day(const row_t *r, const char *s, size_t n, long col, int last, int *err)
{
    ev_date_t d;
    size_t bad = 0;
    *err = 0;
    if (ev_date_parse(s, n, &d, &bad) < 0) {
        *err = diag_error(DN_EINPUT, r->path, r->line, col + (long)bad,
                          "malformed date '%.*s' (YYYY, YYYY-MM or YYYY-MM-DD)", (int)n, s);
        return 0;
    }
    return last ? ev_date_last_day(d) : ev_date_first_day(d);
}

static long date_cell(const row_t *r, size_t i, int last, int *err)
{
    *err = 0;
    if (!r->len[i]) return 0;
    return parse_day(r, r->cell[i], r->len[i], cell_col(r, i), last, err);
}

/* One part of a former state: "Kroatien" (until the row's day) or
 * "Kroatien:1991-06-24" (until that day). */
static int former_part(lexicon_t *lx, const row_t *r, const char *p, size_t n, int32_t former, long until)
{
    const char *colon = memchr(p, ':', n);
    size_t nn = colon ? (size_t)(colon - p) : n;
    long col = cell_col(r, 6) + (long)(p - r->cell[6]);
    int32_t st = actor_by_name(lx, p, nn);
    if (st < 0 || lx->actors[st].kind != EV_KIND_STATE || st == former)
        return diag_error(DN_EINPUT, r->path, r->line, col, "unknown state '%.*s' (not in states.tsv)",
                          (int)nn, p);
    if (colon) {
        int err;
        until = parse_day(r, colon + 1, n - nn - 1, col + (long)(nn + 1), 1, &err);
        if (err) return err;
    }
    if (GROW(lx->formers, lx->nformers, lx->capformers) < 0) return diag_nomem("lexicon");
    lx->formers[lx->nformers++] = (lx_former_t){ st, former, until };
    return DN_OK;
}

/* former_states.tsv: a state as in states.tsv (no capital: its capital is
 * a place of a state that exists), the last day it existed, and the states
 * that were its parts. */
static int former_row(lexicon_t *lx, const row_t *r)
{
    int err;
    long until = date_cell(r, 5, 1, &err);
    if (err) return err;
    if (!until) return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 5), "a former state needs its last day");
    int32_t a;
    int rc = add_state(lx, r, &a);
    const char *p = r->cell[6], *b;
    size_t len;
    while (!rc && next_alt(&p, r->cell[6] + r->len[6], &b, &len)) rc = former_part(lx, r, b, len, a, until);
    return rc;
}

int32_t lexicon_former_state(const lexicon_t *lx, int32_t state, long day)
{
    if (state < 0 || day <= 0) return -1;
    for (size_t i = 0; i < lx->nformers; i++)
        if (lx->formers[i].part == state && day <= lx->formers[i].until) return lx->formers[i].former;
    return -1;
}

static int holder_row(lexicon_t *lx, const row_t *r)
{
    int err;
    int32_t st = state_cell(lx, r, 2, &err);
    if (err) return err;
    long from = date_cell(r, 3, 0, &err);
    if (err) return err;
    long to = date_cell(r, 4, 1, &err);
    if (err) return err;
    int32_t a = actor_by_name(lx, r->cell[0], r->len[0]);
    if (a >= 0 && lx->actors[a].kind != EV_KIND_PERSON)
        return diag_error(DN_EINPUT, r->path, r->line, 1, "'%s' is already a state or institution",
                          r->cell[0]);
    if (a < 0) {
        a = add_actor(lx, r->cell[0], r->len[0], EV_KIND_PERSON, st);
        if (a < 0) return diag_nomem("lexicon");
        if (add_phrase(lx, r->cell[0], r->len[0], LX_PERSON, a, 0) < 0)
            return diag_nomem("lexicon");
        /* first name = first token, surname key = last token */
        const char *sp = memchr(r->cell[0], ' ', r->len[0]);
        if (sp) {
            lx->actors[a].first = intern_name(lx, r->cell[0], (size_t)(sp - r->cell[0]));
            first_name_mark(lx, r->cell[0], (size_t)(sp - r->cell[0]));
            if (strtab_intern(&lx->firsts, r->cell[0], (size_t)(sp - r->cell[0]), NULL) < 0)
                return diag_nomem("lexicon");
        }
        const char *ls = r->cell[0] + r->len[0];
        while (ls > r->cell[0] && ls[-1] != ' ') ls--;
        lx->actors[a].surname = key_intern(lx, ls, (size_t)(r->cell[0] + r->len[0] - ls));
        if (!lx->actors[a].first) return diag_nomem("lexicon");
    }
    if (r->len[5] && add_alts(lx, r->cell[5], r->len[5], LX_PERSON, a) < 0)
        return diag_nomem("lexicon");
    if (GROW(lx->terms, lx->nterms, lx->capterms) < 0) return diag_nomem("lexicon");
    lx_term_t *t = &lx->terms[lx->nterms++];
    t->person = a;
    t->office = intern_name(lx, r->cell[1], r->len[1]);
    t->state = st;
    t->from = from;
    t->to = to;
    if (!t->office) return diag_nomem("lexicon");
    int y = (int)(from / 10000);
    if (y && (!lx->actors[a].first_year || y < lx->actors[a].first_year)) lx->actors[a].first_year = y;
    long end = to ? to : 99991231L;
    if (end > lx->actors[a].last_day) lx->actors[a].last_day = end;
    return DN_OK;
}

static int orghead_row(lexicon_t *lx, const row_t *r)
{
    static const char LANGS[][5] = { "de", "en", "form", "link" };
    int lang = -1;
    for (int k = 0; k < 4; k++) if (strcmp(r->cell[2], LANGS[k]) == 0) lang = k;
    if (lang < 0)
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 2), "lang must be de, en, form or link");
    const char *g = r->cell[1];
    if (r->len[1] != 1 && strcmp(g, "pl") != 0)
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 1), "gender must be m, f, n, pl or -");
    char gc = strcmp(g, "pl") == 0 ? 'p' : g[0];
    if (!strchr("mfn-p", gc) || (lang == 0) != (gc != '-'))
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 1),
                          "a German head needs a gender (m, f, n, pl), other rows -");
    if (r->len[0] == 0) return diag_error(DN_EINPUT, r->path, r->line, 1, "empty head");
    int cls = strcmp(r->cell[3], "class") == 0;
    if (!cls && strcmp(r->cell[3], "name") != 0)
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 3), "use must be name or class");
    if (grow((void **)&lx->orgh, &lx->caporgh, lx->norgh + 1, sizeof *lx->orgh)) return diag_nomem("lexicon");
    const char *h = intern_name(lx, r->cell[0], r->len[0]);
    if (!h) return diag_nomem("lexicon");
    lx->orgh[lx->norgh++] = (lx_orghead_t){ h, r->len[0], gc, "defl"[lang], cls };
    {
        unsigned char c = (unsigned char)h[0];
        size_t n = r->len[0];
        lx->orgh_first[lang][c >> 3] = (uint8_t)(lx->orgh_first[lang][c >> 3] | 1u << (c & 7));
        lx->orgh_lens[lang] |= (uint64_t)1 << (n < 63 ? n : 63);
    }
    if (lang == 0 && r->len[0] < 3) {
        lx->orgh_short = 1;
    } else if (lang == 0) {
        unsigned k = lexicon_end3(h, r->len[0]);
        lx->orgh_end[k >> 3] = (uint8_t)(lx->orgh_end[k >> 3] | 1u << (k & 7));
    }
    return DN_OK;
}

static int honor_row(lexicon_t *lx, const row_t *r)
{
    if (add_phrase(lx, r->cell[0], r->len[0], LX_HONOR, 0, 0) < 0) return diag_nomem("lexicon");
    return DN_OK;
}

static int trigger_row(lexicon_t *lx, const row_t *r)
{
    static const char *const CLS[] = { "visit", "return", "meeting", "summit",
        "agreement", "recognition", "relations", "founding", "member", "plan",
        "neg", "nonevent", "travel", "receive", "participate", "host", "speech", NULL };
    int cls = -1, guest = strcmp(r->cell[2], "guest") == 0;
    for (int i = 0; CLS[i]; i++)
        if (strcmp(r->cell[2], CLS[i]) == 0) cls = i;
    /* a guest is a visitor whose host the noun names after it */
    if (guest) cls = TR_VISIT;
    if (cls < 0)
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 2), "unknown class '%s'", r->cell[2]);
    if (r->len[1] != 1 || !strchr("NVX", r->cell[1][0]))
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 1), "pos must be N, V or X");
    char *endp;
    double conf = r->len[4] ? strtod(r->cell[4], &endp) : 0.8;
    if (r->len[4] && (*endp || conf < 0 || conf > 1))
        return diag_error(DN_EINPUT, r->path, r->line, cell_col(r, 4), "confidence must be 0..1");
    if (GROW(lx->trig, lx->ntrig, lx->captrig) < 0) return diag_nomem("lexicon");
    lx_trigger_t *t = &lx->trig[lx->ntrig];
    t->word = intern_name(lx, r->cell[0], r->len[0]);
    t->key = key_intern(lx, r->cell[0], r->len[0]);
    t->pos = r->cell[1][0];
    t->cls = (tr_class_t)cls;
    t->guest = (uint8_t)guest;
    t->particle = r->len[3] ? key_intern(lx, r->cell[3], r->len[3]) : -1;
    t->conf = conf;
    t->except = intern_name(lx, r->cell[5], r->len[5]);
    /* a particle that could not be interned would turn "traf ... ein"
     * into "traf": an allocation failure, not a quieter lexicon */
    if (!t->word || t->key < 0 || !t->except || (r->len[3] && t->particle < 0)) return diag_nomem("lexicon");
    lx->ntrig++;
    return DN_OK;
}

/* ---------- indexes ---------- */

static int build_index(lexicon_t *lx)
{
    size_t nk = strtab_count(&lx->keys);
    lx->nhead = nk;
    lx->head = malloc((nk + 1) * sizeof *lx->head);
    lx->trig_head = malloc((nk + 1) * sizeof *lx->trig_head);
    lx->surname_head = malloc((nk + 1) * sizeof *lx->surname_head);
    lx->inst_head = malloc((nk + 1) * sizeof *lx->inst_head);
    lx->trig_next = malloc((lx->ntrig + 1) * sizeof *lx->trig_next);
    lx->trig_end_next = malloc((lx->ntrig + 1) * sizeof *lx->trig_end_next);
    lx->surname_next = malloc((lx->nactors + 1) * sizeof *lx->surname_next);
    lx->inst_next = malloc((lx->nactors + 1) * sizeof *lx->inst_next);
    if (!lx->head || !lx->trig_head || !lx->surname_head || !lx->inst_head
        || !lx->trig_next || !lx->trig_end_next || !lx->surname_next || !lx->inst_next)
        return diag_nomem("lexicon");
    for (size_t i = 0; i < nk; i++)
        lx->head[i] = lx->trig_head[i] = lx->surname_head[i] = lx->inst_head[i] = -1;
    /* longest phrases first in each chain, so the first full match wins */
    for (size_t len = 32; len > 0; len--)
        for (size_t i = lx->nphr; i-- > 0;) {
            lx_phrase_t *p = &lx->phr[i];
            if (p->n != len) continue;
            uint32_t k = lx->kpool[p->keys_off];
            p->next = lx->head[k];
            lx->head[k] = (int32_t)i;
        }
    /* The chains were built by prepending longest first, so reverse them to
     * put the longest at the front. */
    for (size_t k = 0; k < nk; k++) {
        int32_t prev = -1, cur = lx->head[k];
        while (cur >= 0) {
            int32_t nx = lx->phr[cur].next;
            lx->phr[cur].next = prev;
            prev = cur;
            cur = nx;
        }
        lx->head[k] = prev;
    }
    for (size_t i = lx->ntrig; i-- > 0;) {
        lx_trigger_t *t = &lx->trig[i];
        t->stem = lexicon_key_str(lx, t->key, &t->stemlen);
        lx->trig_end_next[i] = -1;
        if (t->pos == 'N' && t->stemlen >= 4) {   /* those compounds can end with */
            unsigned e = lexicon_end3(t->stem, t->stemlen) & 0xFFFu;
            lx->trig_end_next[i] = lx->trig_end[e];
            lx->trig_end[e] = (int32_t)i;
        }
        lx->trig_next[i] = lx->trig_head[t->key];
        lx->trig_head[t->key] = (int32_t)i;
    }
    int32_t k_der = (int32_t)strtab_find(&lx->keys, "der", 3);
    int32_t k_des = (int32_t)strtab_find(&lx->keys, "des", 3);
    for (size_t a = lx->nactors; a-- > 0;) {
        lx->surname_next[a] = lx->inst_next[a] = -1;
        if (lx->actors[a].kind == EV_KIND_PERSON && lx->actors[a].surname >= 0) {
            int32_t k = lx->actors[a].surname;
            lx->surname_next[a] = lx->surname_head[k];
            lx->surname_head[k] = (int32_t)a;
        }
    }
    /* institution head words: "Senat der Republik Kasachstan" -> senat */
    for (size_t i = 0; i < lx->nphr; i++) {
        const lx_phrase_t *p = &lx->phr[i];
        if (p->type != LX_INST || p->n < 3 || p->from_alias) continue;
        const uint32_t *k = lx->kpool + p->keys_off;
        if ((int32_t)k[1] != k_der && (int32_t)k[1] != k_des) continue;
        int32_t a = p->ref;
        if (lx->actors[a].state < 0) continue;
        lx->inst_next[a] = lx->inst_head[k[0]];
        lx->inst_head[k[0]] = a;
    }
    return DN_OK;
}

/* Filters in front of the tables every new word of a text is looked up
 * in, most of them in vain (util/strtab.h: strtab_filter).  Without
 * memory for one a table only goes without. */
static void filter_tables(lexicon_t *lx)
{
    (void)strtab_filter(&lx->keys);
    (void)strtab_filter(&lx->names);
    (void)strtab_filter(&lx->firsts);
    (void)strtab_filter(&lx->stem_words);
}

int lexicon_load(lexicon_t *lx, const char *dir)
{
    memset(lx, 0, sizeof *lx);
    for (size_t i = 0; i < sizeof lx->trig_end / sizeof *lx->trig_end; i++) lx->trig_end[i] = -1;
    strtab_init(&lx->keys);
    strtab_init(&lx->names);
    strtab_init(&lx->firsts);
    strtab_init(&lx->stem_words);
    strtab_init(&lx->stem_stems);
    /* room for the shipped lexicon's strings (about 8,500 names and 6,000
     * stems) at once, rather than a chain of doublings at every start */
    (void)strtab_reserve(&lx->names, 1 << 14);
    (void)strtab_reserve(&lx->keys, 1 << 13);
    buf_init(&lx->scratch);
    lx->stemmer = sb_stemmer_new("german", "UTF_8");
    if (!lx->stemmer) return diag_nomem("Snowball stemmer");
    static const char *const STATES[] = { "state", "iso3", "english", "aliases", "adjective", "capital", NULL };
    static const char *const FORMER[] = { "state", "iso3", "english", "aliases", "adjective", "until",
        "parts", NULL };
    static const char *const PLACES[] = { "place", "state", "aliases", NULL };
    static const char *const INSTS[] = { "institution", "kind", "state", "aliases", NULL };
    static const char *const TITLES[] = { "title", "office", "affiliation", "state", NULL };
    static const char *const HOLDERS[] = { "person", "office", "state", "from", "to", "aliases", NULL };
    static const char *const TRIG[] = { "word", "pos", "class", "particle", "confidence", "except", NULL };
    static const char *const HONOR[] = { "word", NULL };
    static const char *const REGIONS[] = { "region", "state", "aliases", "adjective", NULL };
    static const char *const ORGH[] = { "head", "gender", "lang", "use", NULL };
    int rc = read_tsv(lx, dir, "states.tsv", STATES, 1, state_row);
    if (!rc) rc = read_tsv(lx, dir, "former_states.tsv", FORMER, 0, former_row);
    if (!rc) rc = read_tsv(lx, dir, "places.tsv", PLACES, 0, place_row);
    if (!rc) rc = read_tsv(lx, dir, "institutions.tsv", INSTS, 0, inst_row);
    if (!rc) rc = read_tsv(lx, dir, "regions.tsv", REGIONS, 0, region_row);
    if (!rc) rc = read_tsv(lx, dir, "titles.tsv", TITLES, 0, title_row);
    if (!rc) rc = read_tsv(lx, dir, "holders.tsv", HOLDERS, 0, holder_row);
    if (!rc) rc = read_tsv(lx, dir, "triggers.tsv", TRIG, 1, trigger_row);
    if (!rc) rc = read_tsv(lx, dir, "honorifics.tsv", HONOR, 0, honor_row);
    if (!rc) rc = read_tsv(lx, dir, "org_heads.tsv", ORGH, 0, orghead_row);
    /* keys the extractor looks up by word */
    static const char *const FUNC[] = { "der", "des", "die", "den", "dem", "von", "vom",
        "und", "mit", "nach", "in", "im", NULL };
    for (const char *const *w = FUNC; !rc && *w; w++)
        if (key_intern(lx, *w, strlen(*w)) < 0) rc = diag_nomem("lexicon");
    if (!rc) rc = build_index(lx);
    if (rc) lexicon_destroy(lx);
    else filter_tables(lx);
    return rc;
}

void lexicon_destroy(lexicon_t *lx)
{
    if (lx->stemmer) sb_stemmer_delete(lx->stemmer);
    strtab_destroy(&lx->keys);
    strtab_destroy(&lx->names);
    strtab_destroy(&lx->firsts);
    strtab_destroy(&lx->stem_words);
    strtab_destroy(&lx->stem_stems);
    free(lx->stem_of);
    buf_destroy(&lx->scratch);
    free(lx->actors); free(lx->places); free(lx->titles); free(lx->terms); free(lx->formers);
    free(lx->trig); free(lx->phr); free(lx->kpool); free(lx->head);
    free(lx->trig_head); free(lx->trig_next); free(lx->trig_end_next); free(lx->surname_head);
    free(lx->surname_next); free(lx->inst_head); free(lx->inst_next);
    free(lx->orgh);
    memset(lx, 0, sizeof *lx);
}

int32_t lexicon_trigger(const lexicon_t *lx, int32_t k)
{
    return k >= 0 && (size_t)k < lx->nhead ? lx->trig_head[k] : -1;
}

static int excepted(const lx_trigger_t *t, const char *lw, size_t lwn)
{
    const char *p = t->except;
    while (*p) {
        const char *bar = strchr(p, '|');
        size_t m = bar ? (size_t)(bar - p) : strlen(p);
        /* the exception may stand anywhere (compounds: Museumsbesucher) */
        for (size_t i = 0; m && i + m <= lwn; i++)
            if (memcmp(lw + i, p, m) == 0) return 1;
        if (!bar) break;
        p = bar + 1;
    }
    return 0;
}

size_t lexicon_fold(const char *w, size_t n, char *out, size_t cap)
{
    size_t o = 0;
    for (size_t i = 0; i < n && o + 2 < cap; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c == 0xC3 && i + 1 < n) {
            unsigned char d = (unsigned char)w[i + 1];
            char r = d == 0xA4 ? 'a' : d == 0xB6 ? 'o' : d == 0xBC ? 'u' : 0;
            if (r) { out[o++] = r; i++; continue; }
            if (d == 0x9F) { out[o++] = 's'; out[o++] = 's'; i++; continue; }
        }
        out[o++] = (char)c;
    }
    return o;
}

int32_t lexicon_compound_trigger(const lexicon_t *lx, const char *s, size_t n,
                                 const char *lw, size_t lwn)
{
    int32_t best = -1;
    size_t bestlen = 0;
    /* only the triggers whose stem ends as s does (by a hash of the last
     * three bytes), in the lexicon's order: this ran for every noun over
     * every trigger */
    if (n < 4) return -1;
    for (int32_t i = lx->trig_end[lexicon_end3(s, n) & 0xFFFu]; i >= 0; i = lx->trig_end_next[i]) {
        const lx_trigger_t *t = &lx->trig[i];
        if (t->pos != 'N' || t->stemlen < 4 || t->stemlen > n || t->stemlen <= bestlen) continue;
        if (memcmp(s + n - t->stemlen, t->stem, t->stemlen) != 0) continue;
        if (excepted(t, lw, lwn)) continue;
        best = (int32_t)i;
        bestlen = t->stemlen;
    }
    return best;
}

/* The lexicon's own copy of an office name (offices are interned, so they
 * compare by pointer), or NULL when no entry has it. */
static const char *office_key(const lexicon_t *lx, const char *office)
{
    long id = strtab_find(&lx->names, office, strlen(office));
    return id < 0 ? NULL : strtab_str(&lx->names, (size_t)id);
}

int32_t lexicon_holder(const lexicon_t *lx, const char *office, int32_t state,
                       long dfirst, long dlast)
{
    int32_t found = -1;
    if (office && !(office = office_key(lx, office))) return -1;
    for (size_t i = 0; i < lx->nterms; i++) {
        const lx_term_t *t = &lx->terms[i];
        if (office && t->office != office) continue;   /* both interned */
        if (state >= 0 && t->state != state) continue;
        long to = t->to ? t->to : 20251231;
        if (t->from && dlast < t->from) continue;
        if (dfirst > to) continue;
        if (found >= 0 && found != t->person) return -1;
        found = t->person;
    }
    return found;
}

int32_t lexicon_person_state_at(const lexicon_t *lx, int32_t person, long dfirst, long dlast)
{
    int32_t found = -1;
    for (size_t i = 0; i < lx->nterms; i++) {
        const lx_term_t *t = &lx->terms[i];
        if (t->person != person || t->state < 0) continue;
        long to = t->to ? t->to : 20251231;
        if ((t->from && dlast < t->from) || dfirst > to) continue;
        if (found >= 0 && found != t->state) return -1;
        found = t->state;
    }
    return found;
}

int lexicon_office_in_state(const lexicon_t *lx, const char *office, int32_t state)
{
    if (!office || !(office = office_key(lx, office))) return 0;
    for (size_t i = 0; i < lx->nterms; i++)
        if (lx->terms[i].office == office && lx->terms[i].state == state) return 1;
    return 0;
}

int lexicon_person_held(const lexicon_t *lx, int32_t person, const char *office)
{
    if (office && !(office = office_key(lx, office))) return 0;
    for (size_t i = 0; i < lx->nterms; i++)
        if (lx->terms[i].person == person && (!office || lx->terms[i].office == office))
            return 1;
    return 0;
}

int32_t lexicon_inst_by_head(const lexicon_t *lx, int32_t head, int32_t state)
{
    if (head < 0 || (size_t)head >= lx->nhead) return -1;
    for (int32_t a = lx->inst_head[head]; a >= 0; a = lx->inst_next[a])
        if (lx->actors[a].state == state) return a;
    return -1;
}

int32_t lexicon_group_named(const lexicon_t *lx, const char *name, size_t n)
{
    int32_t a = actor_by_name(lx, name, n);
    return a >= 0 && lx->actors[a].kind == EV_KIND_GROUP ? a : -1;
}

int32_t lexicon_state_named(const lexicon_t *lx, const char *name)
{
    int32_t a = actor_by_name(lx, name, strlen(name));
    return a >= 0 && lx->actors[a].kind == EV_KIND_STATE ? a : -1;
}

int lexicon_first_name(const lexicon_t *lx, const char *s, size_t n)
{
    /* most words are no first name: their first byte and length say so
     * from a small table (this ran for nearly every capitalised word) */
    if (n == 0 || !((lx->first_len[(unsigned char)s[0]] >> (n < 63 ? n : 63)) & 1)) return 0;
    return strtab_find(&lx->firsts, s, n) >= 0;
}
