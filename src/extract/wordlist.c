#include "extract/wordlist.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

void wordlist_init(wordlist_t *w) { memset(w, 0, sizeof *w); }

void wordlist_destroy(wordlist_t *w)
{
    free(w->data);
    free(w->off);
    memset(w, 0, sizeof *w);
}

int wordlist_loaded(const wordlist_t *w) { return w->loaded; }

static const char *g_data;
static int cmp_off(const void *a, const void *b)
{
    return strcmp(g_data + *(const uint32_t *)a, g_data + *(const uint32_t *)b);
}

int wordlist_load(wordlist_t *w, const char *path)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return DN_OK;
    int rc = DN_OK;
    size_t cap = 1 << 22, len = 0;
    char *buf = malloc(cap + 1);
    if (!buf) { fclose(fp); return diag_nomem("word list"); }
    for (;;) {
        if (len == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) { rc = diag_nomem("word list"); break; }
            buf = nb;
            cap *= 2;
        }
        size_t got = fread(buf + len, 1, cap - len, fp);
        len += got;
        if (got == 0) break;
    }
    if (!rc && ferror(fp)) rc = diag_error(DN_EIO, path, 0, 0, "read error: %s", strerror(errno));
    fclose(fp);
    if (rc) { free(buf); return rc; }
    buf[len] = '\0';
    size_t nl = 0;
    for (size_t i = 0; i < len; i++) if (buf[i] == '\n') nl++;
    uint32_t *off = malloc((nl + 2) * sizeof *off);
    if (!off) { free(buf); return diag_nomem("word list"); }
    size_t n = 0, start = 0;
    int sorted = 1;
    for (size_t i = 0; i <= len; i++) {
        if (i < len && buf[i] != '\n') continue;
        size_t e = i;
        if (e > start && buf[e - 1] == '\r') e--;
        buf[e] = '\0';
        if (e > start) {
            off[n] = (uint32_t)start;
            if (n && strcmp(buf + off[n - 1], buf + start) > 0) sorted = 0;
            n++;
        }
        start = i + 1;
    }
    if (!sorted) {
        g_data = buf;
        qsort(off, n, sizeof *off, cmp_off);
    }
    w->data = buf;
    w->off = off;
    w->n = n;
    w->loaded = 1;
    return DN_OK;
}

/* Index of the first word >= s[0..n) (byte order). */
static size_t lower_bound(const wordlist_t *w, const char *s, size_t n)
{
    size_t lo = 0, hi = w->n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        const char *m = w->data + w->off[mid];
        int c = strncmp(m, s, n);
        if (c == 0 && m[n] != '\0') c = 1;   /* m is longer: m > s */
        if (c < 0) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

int wordlist_has(const wordlist_t *w, const char *s, size_t n)
{
    if (!w->loaded) return 0;
    size_t i = lower_bound(w, s, n);
    if (i >= w->n) return 0;
    const char *m = w->data + w->off[i];
    return strncmp(m, s, n) == 0 && m[n] == '\0';
}

static int ends(const char *s, size_t n, const char *suf)
{
    size_t m = strlen(suf);
    return n > m + 2 && memcmp(s + n - m, suf, m) == 0;
}

/* s with its first letter lower-cased into buf (German capitals: A-Z, ÄÖÜ). */
static int lower_first(const char *s, size_t n, char *buf)
{
    memcpy(buf, s, n);
    unsigned char c0 = (unsigned char)buf[0];
    if (c0 >= 'A' && c0 <= 'Z') { buf[0] = (char)(c0 + 32); return 1; }
    if (c0 == 0xC3 && n > 1 && ((unsigned char)buf[1] == 0x84 || (unsigned char)buf[1] == 0x96
                                || (unsigned char)buf[1] == 0x9C)) {
        buf[1] = (char)((unsigned char)buf[1] + 0x20);
        return 1;
    }
    return 0;
}

static int listed_common(const wordlist_t *w, const char *s, size_t n)
{
    size_t i = lower_bound(w, s, n);
    if (i >= w->n) return -1;
    const char *m = w->data + w->off[i];
    if (strncmp(m, s, n) != 0 || m[n] != '\0') return -1;   /* not listed */
    /* count the words that start with s */
    int rel = 0, gen_only = 1;
    for (size_t k = i + 1; k < w->n && rel < 3; k++) {
        const char *q = w->data + w->off[k];
        if (strncmp(q, s, n) != 0) break;
        rel++;
        if (!(q[n] == 's' && q[n + 1] == '\0') && !(q[n] == '\'' )) gen_only = 0;
    }
    return rel > 0 && !gen_only;
}

int wordlist_common(const wordlist_t *w, const char *s, size_t n)
{
    static const char *const NOUNSUF[] = { "ung", "heit", "keit", "schaft",
        "tion", "ität", "ismus", "ment", "nis", "tum", "chen", "ungen", "ungs",
        "sion", "gie", NULL };
    for (const char *const *p = NOUNSUF; *p; p++)
        if (ends(s, n, *p)) return 1;
    if (!w->loaded || n == 0 || n > 200) return 0;
    char buf[256];
    if (lower_first(s, n, buf) && wordlist_has(w, buf, n)) return 1;
    if (listed_common(w, s, n) == 1) return 1;
    /* an inflected form of a listed noun: Aufnahmen, Ministers */
    static const char *const END[] = { "ern", "en", "er", "es", "e", "n", "s", NULL };
    for (const char *const *e = END; *e; e++) {
        size_t m = strlen(*e);
        if (n <= m + 2 || memcmp(s + n - m, *e, m) != 0) continue;
        if (listed_common(w, s, n - m) == 1) return 1;
        if (lower_first(s, n - m, buf) && wordlist_has(w, buf, n - m)) return 1;
    }
    return 0;
}
