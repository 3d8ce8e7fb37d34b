/* escape: CSV, XML/HTML and terminal escaping (see escape.h).  Each escaper
 * is one walk over the bytes that hands runs and replacements to an
 * emitter, so the buffer and the stream versions cannot drift apart. */
#include "util/escape.h"

#include <string.h>

/* Where escaped text goes: a buf_t, a FILE, a fixed array, or nowhere
 * (counting only). */
typedef struct {
    buf_t *b;
    FILE *fp;
    char *arr;   /* arr[0..cap-1], NUL-terminated by the caller */
    size_t cap;
    size_t len;  /* bytes emitted so far */
    int nomem;   /* buf: out of memory; arr: full */
} sink_t;

static void emit(sink_t *k, const char *s, size_t n)
{
    if (k->fp) fwrite(s, 1, n, k->fp);
    else if (k->b && !k->nomem && buf_append(k->b, s, n) < 0) k->nomem = 1;
    else if (k->arr) {
        /* whole pieces only, so an escape is never cut in half */
        if (k->nomem || k->len + n >= k->cap) {
            k->nomem = 1;
            return;
        }
        memcpy(k->arr + k->len, s, n);
    }
    k->len += n;
}

/* The UTF-8 sequence at p (end: one past the text).  Returns its length
 * with its code point in *cp when it is valid; 0 when it is broken (a bad
 * lead byte, cut short: the caller takes one byte); or minus its length
 * when it is complete but encodes a forbidden code point (overlong,
 * surrogate, beyond U+10FFFF: one replacement for the whole sequence). */
static long utf8_seq(const unsigned char *p, const unsigned char *end,
                     unsigned long *cp)
{
    unsigned c = *p;
    long need = c >= 0xF0 && c <= 0xF4 ? 4
                : c >= 0xE0 && c <= 0xEF ? 3
                : c >= 0xC2 && c <= 0xDF ? 2 : 0;
    if (!need || end - p < need) return 0;
    unsigned long v = need == 2 ? c & 0x1F : need == 3 ? c & 0x0F : c & 0x07;
    for (long i = 1; i < need; i++) {
        if ((p[i] & 0xC0) != 0x80) return 0;
        v = (v << 6) | (p[i] & 0x3F);
    }
    if (need == 3 && (v < 0x800 || (v >= 0xD800 && v <= 0xDFFF))) return -need;
    if (need == 4 && (v < 0x10000 || v > 0x10FFFF)) return -need;
    *cp = v;
    return need;
}

/* ------------------------------------------------------------------ CSV */

int esc_csv_formula(const char *s)
{
    return *s == '=' || *s == '+' || *s == '-' || *s == '@' || *s == '\t' ||
           *s == '\r';
}

void esc_csv_put(FILE *fp, const char *s)
{
    int guard = esc_csv_formula(s);
    if (!guard && !strpbrk(s, ",\"\r\n")) {
        fputs(s, fp);
        return;
    }
    putc('"', fp);
    if (guard) putc('\'', fp);
    for (; *s; s++) {
        if (*s == '"') putc('"', fp);
        putc(*s, fp);
    }
    putc('"', fp);
}

/* ------------------------------------------------------------- XML/HTML */

static void xml_walk(sink_t *k, const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    const unsigned char *run = p; /* start of bytes copied unchanged */
    while (p < end) {
        unsigned c = *p;
        const char *rep = NULL;
        size_t len = 1;
        if (c < 0x80) {
            switch (c) {
            case '&': rep = "&amp;"; break;
            case '<': rep = "&lt;"; break;
            case '>': rep = "&gt;"; break;
            case '"': rep = "&quot;"; break;
            case '\'': rep = "&#39;"; break;
            case '\t': rep = "&#9;"; break;
            case '\n': rep = "&#10;"; break;
            case '\r': rep = "&#13;"; break;
            default:
                /* XML 1.0 has no way to write other C0 controls, not even
                 * as character references; DEL is no better in HTML. */
                if (c < 0x20 || c == 0x7f) rep = " ";
            }
        } else {
            unsigned long cp = 0;
            long q = utf8_seq(p, end, &cp);
            if (q) len = (size_t)(q < 0 ? -q : q);
            if (q <= 0 || cp == 0xFFFE || cp == 0xFFFF) rep = "\xEF\xBF\xBD";
        }
        if (rep) {
            emit(k, (const char *)run, (size_t)(p - run));
            emit(k, rep, strlen(rep));
            run = p + len;
        }
        p += len;
    }
    emit(k, (const char *)run, (size_t)(p - run));
}

int esc_xml(buf_t *b, const char *s, size_t n)
{
    sink_t k = {.b = b};
    xml_walk(&k, s, n);
    return k.nomem ? -1 : 0;
}

void esc_xml_put(FILE *fp, const char *s, size_t n)
{
    sink_t k = {.fp = fp};
    xml_walk(&k, s, n);
}

/* ------------------------------------------------------------- terminal */

static void term_walk(sink_t *k, const char *s, size_t n)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    const unsigned char *run = p;
    while (p < end) {
        unsigned c = *p;
        size_t len = 1, bad = 0;
        if (c < 0x20 || c == 0x7f) {
            bad = 1;
        } else if (c >= 0x80) {
            unsigned long cp = 0;
            long q = utf8_seq(p, end, &cp);
            if (q <= 0) bad = 1;      /* not UTF-8: each byte escaped */
            else if (cp <= 0x9f) bad = len = (size_t)q; /* C1 control */
            else len = (size_t)q;
        }
        if (bad) {
            emit(k, (const char *)run, (size_t)(p - run));
            for (size_t i = 0; i < len; i++) {
                char x[4] = {'\\', 'x', hex[p[i] >> 4], hex[p[i] & 15]};
                emit(k, x, 4);
            }
            run = p + len;
        }
        p += len;
    }
    emit(k, (const char *)run, (size_t)(p - run));
}

int esc_term(buf_t *b, const char *s, size_t n)
{
    sink_t k = {.b = b};
    term_walk(&k, s, n);
    return k.nomem ? -1 : 0;
}

void esc_term_put(FILE *fp, const char *s, size_t n)
{
    sink_t k = {.fp = fp};
    term_walk(&k, s, n);
}

size_t esc_term_str(char *out, size_t cap, const char *s, size_t n)
{
    if (!cap) return 0;
    sink_t k = {.arr = out, .cap = cap};
    term_walk(&k, s, n);
    out[k.len] = '\0';
    return k.len;
}

size_t esc_term_len(const char *s, size_t n)
{
    sink_t k = {0};
    term_walk(&k, s, n);
    return k.len;
}
