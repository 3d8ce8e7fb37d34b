#include "extract/cues.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "text/decode.h"
#include "util/diag.h"
#include "util/lines.h"

_Static_assert(TD_NROLES <= 64 && (int)CUE_YEARCUE == (int)TD_YEARCUE
               && (int)CUE_COMINGDAY == (int)TD_COMINGDAY,
               "the date roles are the first bits of a word's roles");

static const struct { const char *name; cue_match_t match; } ROLES[] = {
#define CUE_NAME(e, name, m) { name, m },
    CUE_ROLES(CUE_NAME)
#undef CUE_NAME
};

void cues_init(cues_t *c)
{
    memset(c, 0, sizeof *c);
    strtab_init(&c->words);
}

void cues_destroy(cues_t *c)
{
    strtab_destroy(&c->words);
    free(c->bits);
    memset(c, 0, sizeof *c);
}

int cues_role_named(const char *name, size_t len)
{
    for (size_t i = 0; i < CUE_NROLES; i++)
        if (strlen(ROLES[i].name) == len && memcmp(ROLES[i].name, name, len) == 0)
            return (int)i;
    return -1;
}

const char *cues_role_name(cue_role_t r) { return ROLES[r].name; }


int cues_add(cues_t *c, const char *word, size_t len, cue_role_t r)
{
    long id = strtab_intern(&c->words, word, len, NULL);
    if (id < 0) return diag_nomem("cues");
    if ((size_t)id >= c->cap) {
        size_t cap = c->cap ? c->cap * 2 : 256;
        while (cap <= (size_t)id) cap *= 2;
        uint64_t (*p)[CUE_WORDS] = realloc(c->bits, cap * sizeof *p);
        if (!p) return diag_nomem("cues");
        memset(p + c->cap, 0, (cap - c->cap) * sizeof *p);
        c->bits = p;
        c->cap = cap;
    }
    c->bits[id][r >> 6] |= (uint64_t)1 << (r & 63);
    if (len < 64) c->lens[r] |= (uint64_t)1 << len;
    return DN_OK;
}

int32_t cues_find(const cues_t *c, const char *word, size_t len)
{
    return (int32_t)strtab_find(&c->words, word, len);
}

int32_t cues_find_folded(const cues_t *c, const char *s, size_t n)
{
    char low[64];
    if (n >= sizeof low) return -1;   /* no listed word is that long */
    for (size_t k = 0; k < n; k++)
        low[k] = (char)(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    return cues_find(c, low, n);
}

/* A word's end or start (CM_SUFFIX, CM_TAIL, CM_PREFIX): one look-up per
 * length the role's words have. */
static int match_part(const cues_t *c, const char *s, size_t n, cue_role_t r,
                      size_t min_rest, int start)
{
    uint64_t lens = c->lens[r];
    for (size_t l = 1; l < 64 && l + min_rest <= n; l++) {
        if (!((lens >> l) & 1)) continue;
        const char *p = start ? s : s + n - l;
        if (cues_id_has(c, cues_find(c, p, l), r)) return 1;
    }
    return 0;
}

size_t cues_end_len(const cues_t *c, const char *s, size_t n, cue_role_t r,
                    size_t min_rest, size_t after)
{
    uint64_t lens = c->lens[r];
    for (size_t l = after + 1; l < 64 && l + min_rest <= n; l++)
        if (((lens >> l) & 1) && cues_id_has(c, cues_find(c, s + n - l, l), r)) return l;
    return 0;
}

int cues_match(const cues_t *c, const char *s, size_t n, cue_role_t r,
               size_t min_rest)
{
    switch (ROLES[r].match) {
    case CM_EXACT:
        return cues_id_has(c, cues_find(c, s, n), r);
    case CM_FOLD:
        return cues_id_has(c, cues_find_folded(c, s, n), r);
    case CM_PREFIX:
        return match_part(c, s, n, r, min_rest, 1);
    case CM_FOLDEND: {
        char low[64];
        size_t k = n < sizeof low - 1 ? n : sizeof low - 1;   /* the end is all a word of the role can reach */
        for (size_t q = 0; q < k; q++) {
            char ch = s[n - k + q];
            low[q] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
        }
        return match_part(c, low, k, r, 0, 0);
    }
    case CM_INFIX:
        for (size_t q = 0; q < n; q++)
            if (match_part(c, s + q, n - q, r, 0, 1)) return 1;
        return 0;
    default:
        return match_part(c, s, n, r, min_rest, 0);
    }
}

/* One line: "word<TAB>role".  Errors name the file, line and column. */
static int read_row(cues_t *c, const char *path, long line, const char *p,
                    const char *e, int *have_header)
{
    const char *tab = memchr(p, '\t', (size_t)(e - p));
    size_t ncells = 1;
    for (const char *q = p; q < e; q++) ncells += *q == '\t';
    if (ncells != 2)
        return diag_error(DN_EINPUT, path, line, 1,
                          "expected 2 tab-separated cells, found %zu", ncells);
    size_t wl = (size_t)(tab - p), rl = (size_t)(e - tab - 1);
    if (!*have_header) {
        if (wl != 4 || memcmp(p, "word", 4) != 0 || rl != 4 || memcmp(tab + 1, "role", 4) != 0)
            return diag_error(DN_EINPUT, path, line, 1,
                              "header: expected columns 'word' and 'role'");
        *have_header = 1;
        return DN_OK;
    }
    if (wl == 0 || wl >= 64)
        return diag_error(DN_EINPUT, path, line, 1,
                          "a word of 1 to 63 bytes expected");
    int r = cues_role_named(tab + 1, rl);
    if (r < 0)
        return diag_error(DN_EINPUT, path, line, (long)wl + 2,
                          "unknown role '%.*s'", (int)rl, tab + 1);
    /* a capital could never match where the rule folds the token */
    for (size_t k = 0; ROLES[r].match == CM_FOLD && k < wl; k++)
        if (p[k] >= 'A' && p[k] <= 'Z')
            return diag_error(DN_EINPUT, path, line, (long)k + 1,
                              "role '%s' words are written in lower case",
                              ROLES[r].name);
    return cues_add(c, p, wl, (cue_role_t)r);
}

/* The line p[0..*len) checked for UTF-8, without its CR and BOM (*start).
 * DN_OK or DN_EINPUT. */
static int clean_line(const char *path, long line, char **p, char **e)
{
    if (*e > *p && (*e)[-1] == '\r') (*e)--;
    for (char *q = *p; q < *e;) {
        size_t k = text_utf8_seq((const unsigned char *)q, (size_t)(*e - q), NULL);
        if (!k)
            return diag_error(DN_EINPUT, path, line, (long)(q - *p) + 1,
                              "invalid UTF-8");
        q += k;
    }
    if (line == 1 && *e - *p >= 3 && memcmp(*p, "\xef\xbb\xbf", 3) == 0) *p += 3;
    return DN_OK;
}

/* Every line of the open file; blank lines and '#' comments skipped. */
static int read_lines(cues_t *c, const char *path, lines_t *lr)
{
    int rc = DN_OK, have_header = 0, got;
    long line = 0;
    char *p;
    size_t len;
    while (!rc && (got = lines_next(lr, &p, &len)) > 0) {
        char *e = p + len;
        line++;
        rc = clean_line(path, line, &p, &e);
        if (!rc && p < e && *p != '#') rc = read_row(c, path, line, p, e, &have_header);
    }
    if (rc) return rc;
    if (got == -1) return diag_error(DN_EIO, path, 0, 0, "read error");
    if (got == -3) return diag_error(DN_EINPUT, path, line + 1, 0, "line too long");
    if (got < 0) return diag_nomem("cues");
    if (!have_header) return diag_error(DN_EINPUT, path, 0, 0, "no header line");
    return DN_OK;
}

int cues_load(cues_t *c, const char *dir)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/cues.tsv", dir);
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return diag_error(DN_EIO, path, 0, 0, "cannot open: %s", strerror(errno));
    lines_t lr;
    if (lines_init(&lr, fp) < 0) {
        fclose(fp);
        return diag_nomem("cues");
    }
    int rc = read_lines(c, path, &lr);
    lines_destroy(&lr);
    fclose(fp);
    /* the ends and starts of words are looked up, nearly all in vain */
    if (!rc) (void)strtab_filter(&c->words);
    return rc;
}
