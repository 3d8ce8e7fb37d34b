#include "bounds.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* Reads NAME as bytes with an optional K/M/G suffix; dflt when unset or
 * unreadable. */
static size_t env_size(const char *name, size_t dflt)
{
    const char *s = getenv(name);
    if (!s || !*s) return dflt;
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    int shift = 0;
    switch (*end) {
    case 'k': case 'K': shift = 10; end++; break;
    case 'm': case 'M': shift = 20; end++; break;
    case 'g': case 'G': shift = 30; end++; break;
    default: break;
    }
    if (*end || end == s || v == 0 || v > (~0ULL >> (shift + 1))) return dflt;
    return (size_t)(v << shift);
}

size_t limit_line(void) { return env_size("DIPNET_MAX_LINE", LIMIT_LINE_DEFAULT); }
size_t limit_text(void) { return env_size("DIPNET_MAX_TEXT", LIMIT_TEXT_DEFAULT); }

static int is_control(unsigned char c)
{
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' &&
           c != '\v';
}

/* Length of the valid UTF-8 sequence at s (at most n bytes), 0 if none. */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    size_t k = s[0] < 0x80 ? 1 : s[0] >= 0xC2 && s[0] <= 0xDF ? 2
             : s[0] >= 0xE0 && s[0] <= 0xEF ? 3 : s[0] >= 0xF0 && s[0] <= 0xF4 ? 4 : 0;
    if (!k || k > n) return 0;
    for (size_t i = 1; i < k; i++)
        if ((s[i] & 0xC0) != 0x80) return 0;
    return k;
}

/* 1 when the 8 bytes at p are all printable ASCII (0x20 to 0x7F): no
 * control byte, each a whole UTF-8 character.  A byte under 0x20 borrows
 * in the subtraction and sets its top bit, a byte from 0x80 has it set. */
static int plain8(const unsigned char *p)
{
    uint64_t w;
    memcpy(&w, p, 8);
    return ((w | (w - 0x2020202020202020ULL)) & 0x8080808080808080ULL) == 0;
}

int limit_binary(const char *b, size_t n, size_t *at, const char **what)
{
    const unsigned char *u = (const unsigned char *)b;
    size_t ctrl = 0, bad = 0, first_ctrl = n, first_bad = n;
    for (size_t i = 0; i < n;) {
        /* most of a text is plain ASCII, which counts for neither: eight
         * bytes a step (this ran over the start of every input) */
        if (n - i >= 8 && plain8(u + i)) {
            i += 8;
            continue;
        }
        if (is_control(u[i])) {
            if (!ctrl++) first_ctrl = i;
            i++;
            continue;
        }
        size_t k = utf8_len(u + i, n - i);
        if (!k) {
            /* a sequence cut by the end of the sample is not evidence */
            if (n - i < 4) break;
            if (!bad++) first_bad = i;
            k = 1;
        }
        i += k;
    }
    if (ctrl >= 8 && ctrl * 50 >= n) {
        *at = first_ctrl;
        *what = "NUL or control bytes";
        return 1;
    }
    if (bad >= 64 && bad * 10 >= n * 3) {
        *at = first_bad;
        *what = "bytes that are not UTF-8 text";
        return 1;
    }
    return 0;
}
