/* utf8check: fast UTF-8 validation (ASCII fast path), used by every reader
 * so that bad bytes are reported with their column. */
#ifndef UTF8CHECK_H
#define UTF8CHECK_H

#include <stddef.h>

/* Returns 1 when s[0..n) is valid UTF-8 (no overlongs, no surrogates, max
 * U+10FFFF); else 0 and *bad (if non-NULL) = offset of the first bad byte. */
int utf8_valid(const char *s, size_t n, size_t *bad);

/* Like utf8_valid, but a NUL byte is bad too (*nul set to 1 when the first
 * bad byte is a NUL).  One pass instead of two on every line read. */
int utf8_valid_text(const char *s, size_t n, size_t *bad, int *nul);

#endif
