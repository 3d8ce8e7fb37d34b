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

/* Returns 1 when s[0..n) (valid UTF-8) is empty or holds only white space:
 * ASCII space and controls \t \n \v \f \r, U+00A0, U+1680, U+2000..U+200B,
 * U+2028, U+2029, U+202F, U+205F, U+3000 and U+FEFF.  Stops at the first
 * other character, so ordinary names cost one comparison. */
int utf8_blank(const char *s, size_t n);

#endif
