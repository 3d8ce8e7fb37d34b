#define _GNU_SOURCE /* MAP_POPULATE */
#include "extract/wordlist.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/bigmem.h"
#include "util/diag.h"
#include "util/strtab.h"

void wordlist_init(wordlist_t *w) { memset(w, 0, sizeof *w); }

void wordlist_destroy(wordlist_t *w)
{
    if (w->imap) {
        munmap((void *)w->imap, w->isize);
        memset(w, 0, sizeof *w);
        return;
    }
    if (w->data && w->size) munmap((void *)w->data, w->size);
    bigmem_free(w->w);
    bigmem_free(w->slot);
    free(w->seen);
    memset(w, 0, sizeof *w);
}

int wordlist_loaded(const wordlist_t *w) { return w->loaded; }

/* Byte order, as strcmp orders the words. */
static int cmp_bytes(const char *a, size_t na, const char *b, size_t nb)
{
    int c = memcmp(a, b, na < nb ? na : nb);
    if (c) return c;
    return na < nb ? -1 : na > nb;
}

static const char *g_data;
static int cmp_word(const void *a, const void *b)
{
    const wordlist_word_t *x = a, *y = b;
    return cmp_bytes(g_data + x->off, x->len, g_data + y->off, y->len);
}

static const char *word_at(const wordlist_t *w, size_t i)
{
    return w->data + w->w[i].off;
}

#define LINE 8   /* slots of a home line: 64 bytes */

static size_t home_of(const wordlist_t *w, uint32_t h)
{
    return (size_t)(w->bits ? h >> (32 - w->bits) : 0) * LINE;
}

/* Index of s[0..n) with hash h, or -1 when not listed.  The slots from a
 * home place on hold its words in file order, so the first match is the
 * first of duplicates; the run ends at an empty slot. */
static long find(const wordlist_t *w, const char *s, size_t n, uint32_t h)
{
    if (!w->slot || !((w->seen[(h & w->seen_mask) >> 6] >> (h & 63)) & 1)) return -1;
    for (size_t i = home_of(w, h); w->slot[i].idx1; i++) {
        const wordlist_slot_t *e = &w->slot[i];
        if (e->hash != h) continue;
        if (e->idx1 > w->n) return -1;   /* a damaged index file */
        const wordlist_word_t *x = &w->w[e->idx1 - 1];
        if (x->len == n && memcmp(w->data + x->off, s, n) == 0) return (long)e->idx1 - 1;
    }
    return -1;
}

/* The hash index over the sorted words: the words of each line are
 * counted, each line's run starts at its home or right after the run
 * before (linear probing, filled in home order), and every word goes to
 * its run's next place. */
static int build_index(wordlist_t *w)
{
    unsigned bits = 1;
    while (bits < 28 && ((size_t)LINE << bits) < 2 * w->n) bits++;
    size_t nb = (size_t)1 << bits;
    w->bits = bits;
    uint32_t *pos = calloc(nb, sizeof *pos);
    size_t nseen = 64;
    while (nseen < 8 * w->n && nseen < ((size_t)1 << 31)) nseen *= 2;
    w->seen = calloc(nseen / 64, sizeof *w->seen);
    w->seen_mask = (uint32_t)(nseen - 1);
    if (!pos || !w->seen) { free(pos); return -1; }
    for (size_t k = 0; k < w->n; k++) {
        uint32_t h = strtab_hash(word_at(w, k), w->w[k].len), b = h & w->seen_mask;
        w->w[k].hash = h;
        w->seen[b >> 6] |= (uint64_t)1 << (b & 63);
        pos[home_of(w, h) / LINE]++;
    }
    size_t next = 0;
    for (size_t b = 0; b < nb; b++) {
        size_t start = b * LINE > next ? b * LINE : next;
        next = start + pos[b];
        pos[b] = (uint32_t)start;
    }
    /* room for every run, and an empty slot after the last one */
    w->nslot = (next > nb * LINE ? next : nb * LINE) + 1;
    w->slot = bigmem_calloc(w->nslot, sizeof *w->slot);
    if (!w->slot) { free(pos); return -1; }
    for (size_t k = 0; k < w->n; k++) {
        uint32_t h = w->w[k].hash;
        w->slot[pos[home_of(w, h) / LINE]++] = (wordlist_slot_t){ h, (uint32_t)k + 1 };
    }
    free(pos);
    return 0;
}

/* The words of the mapped file: one a line, a final CR dropped, empty
 * lines skipped; sorted when the file is not. */
static int split_words(wordlist_t *w)
{
    const char *d = w->data, *end = d + w->size;
    size_t nl = 1;
    for (const char *p = d; (p = memchr(p, '\n', (size_t)(end - p))); p++) nl++;
    w->w = bigmem_calloc(nl, sizeof *w->w);
    if (!w->w) return -1;
    size_t n = 0;
    int sorted = 1;
    for (const char *p = d; p < end;) {
        const char *e = memchr(p, '\n', (size_t)(end - p));
        if (!e) e = end;
        size_t len = (size_t)(e - p);
        if (len && p[len - 1] == '\r') len--;
        if (len) {
            w->w[n].off = (uint32_t)(p - d);
            w->w[n].len = (uint32_t)len;
            if (n && cmp_bytes(word_at(w, n - 1), w->w[n - 1].len, p, len) > 0) sorted = 0;
            n++;
        }
        p = e + 1;
    }
    w->n = n;
    if (!sorted) {
        g_data = d;
        qsort(w->w, n, sizeof *w->w, cmp_word);
    }
    return 0;
}

int wordlist_load(wordlist_t *w, const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return DN_OK;
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int e = errno;
        close(fd);
        return diag_error(DN_EIO, path, 0, 0, "read error: %s", strerror(e));
    }
    if (st.st_size <= 0 || (uint64_t)st.st_size >= UINT32_MAX) {
        /* empty (nothing listed) or too big for 32-bit offsets */
        close(fd);
        if (st.st_size <= 0) { w->loaded = 1; return DN_OK; }
        return diag_error(DN_EINPUT, path, 0, 0, "word list larger than 4 GB");
    }
    int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
    /* every page is read: map them all at once, not one fault at a time */
    flags |= MAP_POPULATE;
#endif
    void *p = mmap(NULL, (size_t)st.st_size, PROT_READ, flags, fd, 0);
    int e = errno;
    close(fd);
    if (p == MAP_FAILED)
        return diag_error(DN_EIO, path, 0, 0, "read error: %s", strerror(e));
    w->data = p;
    w->size = (size_t)st.st_size;
    if (split_words(w) || build_index(w)) {
        wordlist_destroy(w);
        return diag_nomem("word list");
    }
    w->loaded = 1;
    return DN_OK;
}

int wordlist_has(const wordlist_t *w, const char *s, size_t n)
{
    if (!w->loaded || !w->slot) return 0;
    return find(w, s, n, strtab_hash(s, n)) >= 0;
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
    if (!w->slot) return -1;
    long i = find(w, s, n, strtab_hash(s, n));
    if (i < 0) return -1;   /* not listed */
    /* count the words that start with s: they follow it in byte order */
    int rel = 0, gen_only = 1;
    for (size_t k = (size_t)i + 1; k < w->n && rel < 3; k++) {
        const char *q = word_at(w, k);
        size_t ql = w->w[k].len;
        if (ql < n || memcmp(q, s, n) != 0) break;
        rel++;
        if (!(ql == n + 1 && q[n] == 's') && !(ql > n && q[n] == '\'')) gen_only = 0;
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
