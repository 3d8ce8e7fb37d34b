#include "utf8check.h"

#include <stdint.h>
#include <string.h>

static int validate(const char *str, size_t n, size_t *bad, int nul_bad,
                    int *nul)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        /* Eight ASCII bytes at a time: the common case in event files. */
        if (i + 8 <= n) {
            uint64_t w;
            memcpy(&w, s + i, 8);
            uint64_t high = w & 0x8080808080808080ULL;
            uint64_t zero = nul_bad ? (w - 0x0101010101010101ULL) & ~w &
                                          0x8080808080808080ULL
                                    : 0;
            if (!high && !zero) {
                i += 8;
                continue;
            }
        }
        unsigned c = s[i];
        if (c == 0 && nul_bad) {
            if (nul) *nul = 1;
            goto fail;
        }
        if (c < 0x80) { i++; continue; }
        size_t len;
        unsigned min;
        if (c >= 0xC2 && c <= 0xDF) { len = 2; min = 0x80; }
        else if (c >= 0xE0 && c <= 0xEF) { len = 3; min = 0x800; }
        else if (c >= 0xF0 && c <= 0xF4) { len = 4; min = 0x10000; }
        else goto fail;
        if (i + len > n) goto fail;
        unsigned cp = c & (0xFF >> (len + 1));
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) goto fail;
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            goto fail;
        i += len;
    }
    return 1;
fail:
    if (bad) *bad = i;
    return 0;
}

int utf8_valid(const char *s, size_t n, size_t *bad)
{
    return validate(s, n, bad, 0, NULL);
}

int utf8_valid_text(const char *s, size_t n, size_t *bad, int *nul)
{
    if (nul) *nul = 0;
    return validate(s, n, bad, 1, nul);
}

int utf8_blank(const char *s, size_t n)
{
    const unsigned char *p = (const unsigned char *)s, *end = p + n;
    while (p < end) {
        unsigned c = *p;
        if (c == ' ' || (c >= '\t' && c <= '\r')) {
            p++;
        } else if (c == 0xC2 && end - p >= 2 && p[1] == 0xA0) {
            p += 2;
        } else if (c == 0xE1 && end - p >= 3 && p[1] == 0x9A && p[2] == 0x80) {
            p += 3;
        } else if (c == 0xE2 && end - p >= 3 &&
                   ((p[1] == 0x80 && (p[2] <= 0x8B || p[2] == 0xA8 ||
                                      p[2] == 0xA9 || p[2] == 0xAF)) ||
                    (p[1] == 0x81 && p[2] == 0x9F))) {
            p += 3;
        } else if (c == 0xE3 && end - p >= 3 && p[1] == 0x80 && p[2] == 0x80) {
            p += 3;
        } else if (c == 0xEF && end - p >= 3 && p[1] == 0xBB && p[2] == 0xBF) {
            p += 3;
        } else {
            return 0;
        }
    }
    return 1;
}
