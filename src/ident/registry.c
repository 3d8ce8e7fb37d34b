#include "ident/registry.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "ident/translit.h"
#include "util/diag.h"

void reg_init(reg_t *r)
{
    memset(r, 0, sizeof *r);
    strtab_init(&r->folded);
    strtab_init(&r->variant);
    strtab_init(&r->last);
    strtab_init(&r->ids);
}

void reg_destroy(reg_t *r)
{
    free(r->text);
    strtab_destroy(&r->folded);
    strtab_destroy(&r->variant);
    strtab_destroy(&r->last);
    strtab_destroy(&r->ids);
    free(r->e);
    free(r->folded_v);
    free(r->variant_v);
    free(r->last_v);
    memset(r, 0, sizeof *r);
}

int ident_fold(const char *s, buf_t *out)
{
    out->len = 0;
    if (buf_reserve(out, 1) < 0) return -1;
    out->data[0] = '\0';
    /* ASCII (nearly every name of an event dataset): lowered here, without
     * utf8proc's allocation */
    size_t n = 0;
    while (s[n] && !(s[n] & 0x80)) n++;
    if (!s[n]) {
        if (buf_reserve(out, n + 1) < 0) return -1;
        for (size_t i = 0; i < n; i++)
            out->data[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
        out->data[n] = '\0';
        out->len = n;
        return 0;
    }
    utf8proc_uint8_t *m = NULL;
    utf8proc_ssize_t mn = utf8proc_map(
        (const utf8proc_uint8_t *)s, 0, &m,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
            UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    if (mn < 0) return buf_puts(out, s);
    int rc = buf_append(out, (const char *)m, (size_t)mn);
    free(m);
    return rc;
}

const char *ident_last_name(const char *s, size_t *n)
{
    size_t len = strlen(s);
    /* drop a parenthetical note at the end: "Gerhard Schröder (CDU)" */
    if (len && s[len - 1] == ')') {
        const char *open = strrchr(s, '(');
        if (open) len = (size_t)(open - s);
    }
    while (len && s[len - 1] == ' ') len--;
    size_t start = len;
    while (start && s[start - 1] != ' ') start--;
    /* "Jr.", "Sr.", roman numerals: the word before */
    static const char *const suffixes[] = {"Jr.", "Sr.", "II.", "III.", "II",
                                           "III", "IV"};
    for (size_t i = 0; start && i < sizeof suffixes / sizeof suffixes[0]; i++)
        if (len - start == strlen(suffixes[i]) &&
            !strncmp(s + start, suffixes[i], len - start)) {
            len = start;
            while (len && s[len - 1] == ' ') len--;
            start = len;
            while (start && s[start - 1] != ' ') start--;
            break;
        }
    *n = len - start;
    return s + start;
}

/* Sets key -> entry in one index; a key already pointing elsewhere becomes
 * ambiguous. */
static int index_put(strtab_t *t, long **vals, size_t *cap, const char *key,
                     long entry)
{
    if (!*key) return 0;
    int added = 0;
    long slot = strtab_intern(t, key, strlen(key), &added);
    if (slot < 0) return -1;
    if ((size_t)slot >= *cap) {
        size_t c = *cap ? *cap * 2 : 1024;
        while (c <= (size_t)slot) c *= 2;
        long *v = realloc(*vals, c * sizeof *v);
        if (!v) return -1;
        *vals = v;
        *cap = c;
    }
    if (added) (*vals)[slot] = entry;
    else if ((*vals)[slot] != entry) (*vals)[slot] = REG_AMBIGUOUS;
    return 0;
}

static long index_get(const strtab_t *t, const long *vals, const char *key)
{
    long slot = strtab_find(t, key, strlen(key));
    return slot < 0 ? REG_NONE : vals[slot];
}

long reg_find_folded(const reg_t *r, const char *k)
{
    return index_get(&r->folded, r->folded_v, k);
}

long reg_find_variant(const reg_t *r, const char *k)
{
    return index_get(&r->variant, r->variant_v, k);
}

long reg_find_last(const reg_t *r, const char *k)
{
    return index_get(&r->last, r->last_v, k);
}

long reg_find_id(const reg_t *r, const char *id)
{
    long slot = strtab_find(&r->ids, id, strlen(id));
    return slot; /* ids are interned in entry order */
}

const reg_entry_t *reg_entry(const reg_t *r, size_t i)
{
    return &r->e[i];
}

/* Indexes one name of entry i: folded, variant key and, for persons with
 * two or more words, the last name. */
static int index_name(reg_t *r, const char *name, long i, int person,
                      buf_t *tmp)
{
    if (ident_fold(name, tmp) < 0 ||
        index_put(&r->folded, &r->folded_v, &r->cap_folded, tmp->data, i) < 0)
        return -1;
    if (tl_variant_key(name, tmp) < 0 ||
        index_put(&r->variant, &r->variant_v, &r->cap_variant, tmp->data, i) < 0)
        return -1;
    if (person && strchr(name, ' ')) {
        size_t n;
        const char *last = ident_last_name(name, &n);
        char one[256];
        if (n == 0 || n >= sizeof one) return 0;
        memcpy(one, last, n);
        one[n] = '\0';
        if (tl_variant_key(one, tmp) < 0 ||
            index_put(&r->last, &r->last_v, &r->cap_last, tmp->data, i) < 0)
            return -1;
    }
    return 0;
}

/* Indexes every name of entry i; aliases is its |-separated cell (cut in
 * place). */
static int index_entry(reg_t *r, size_t i, char *aliases, buf_t *tmp)
{
    const reg_entry_t *e = &r->e[i];
    int person = e->kind == EV_KIND_PERSON;
    if (index_name(r, e->german, (long)i, person, tmp) < 0 ||
        index_name(r, e->english, (long)i, person, tmp) < 0)
        return -1;
    char *p = aliases;
    while (*p) {
        char *bar = strchr(p, '|');
        if (bar) *bar = '\0';
        if (*p && index_name(r, p, (long)i, person, tmp) < 0) return -1;
        if (!bar) break;
        p = bar + 1;
    }
    return 0;
}

int reg_load(reg_t *r, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return diag_error(DN_EIO, path, 0, 0, "cannot open the actor "
                               "registry");
    size_t cap = 1 << 18, len = 0;
    char *text = malloc(cap + 1);
    int rc = DN_OK;
    while (text) {
        len += fread(text + len, 1, cap - len, fp);
        if (len < cap) break;
        char *t = realloc(text, cap * 2 + 1);
        if (!t) { free(text); text = NULL; break; }
        text = t;
        cap *= 2;
    }
    if (!text) rc = diag_nomem(path);
    else if (ferror(fp)) rc = diag_error(DN_EIO, path, 0, 0, "read error");
    fclose(fp);
    if (rc) { free(text); return rc; }
    text[len] = '\0';
    r->text = text;
    long lineno = 0;
    int header = 0;
    buf_t tmp;
    buf_init(&tmp);
    for (char *line = text, *next; !rc && line < text + len; line = next) {
        char *nl = strchr(line, '\n');
        next = nl ? nl + 1 : text + len;
        if (nl) *nl = '\0';
        size_t ll = strlen(line);
        if (ll && line[ll - 1] == '\r') line[--ll] = '\0';
        lineno++;
        if (!ll || line[0] == '#') continue;
        if (!header) { header = 1; continue; }
        char *cell[6];
        size_t nc = 0;
        for (char *p = line;;) {
            char *tab = strchr(p, '\t');
            if (nc < 6) cell[nc] = p;
            nc++;
            if (!tab) break;
            *tab = '\0';
            p = tab + 1;
        }
        if (nc != 6) {
            rc = diag_error(DN_EINPUT, path, lineno, 1,
                            "expected 6 tab-separated cells (id, kind, "
                            "german, english, state, aliases), found %zu", nc);
            break;
        }
        int kind = ev_kind_parse(cell[1], strlen(cell[1]));
        if (kind < 0) {
            rc = diag_error(DN_EINPUT, path, lineno, (long)(cell[1] - line) + 1,
                            "unknown kind `%s`", cell[1]);
            break;
        }
        if (!*cell[0] || !*cell[2]) {
            rc = diag_error(DN_EINPUT, path, lineno, 1,
                            "empty id or german name");
            break;
        }
        if (r->n == r->cap) {
            size_t c = r->cap ? r->cap * 2 : 2048;
            reg_entry_t *e = realloc(r->e, c * sizeof *e);
            if (!e) { rc = diag_nomem(path); break; }
            r->e = e;
            r->cap = c;
        }
        int added = 0;
        long idslot = strtab_intern(&r->ids, cell[0], strlen(cell[0]), &added);
        if (idslot < 0) { rc = diag_nomem(path); break; }
        if (!added) {
            rc = diag_error(DN_EINPUT, path, lineno, 1, "id `%s` given twice",
                            cell[0]);
            break;
        }
        reg_entry_t *e = &r->e[r->n++];
        e->id = cell[0];
        e->german = cell[2];
        e->english = *cell[3] ? cell[3] : cell[2];
        e->state = cell[4];
        e->kind = (ev_kind_t)kind;
        if (index_entry(r, r->n - 1, cell[5], &tmp) < 0) rc = diag_nomem(path);
    }
    if (!rc && !header)
        rc = diag_error(DN_EINPUT, path, 0, 0, "no header line");
    buf_destroy(&tmp);
    return rc;
}
