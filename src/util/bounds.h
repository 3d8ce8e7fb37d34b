/* bounds: the input sizes dipnet accepts, and how a user raises them.
 *
 * DIPNET_MAX_LINE: the longest line of an event file (default 64 MiB);
 * DIPNET_MAX_TEXT: the biggest text for `extract` (default 64 MiB; a text
 * takes about nine times its size in memory while extracted).  Both take
 * a number of bytes with an optional K, M or G suffix (powers of 1024).
 * An unreadable value is ignored in favour of the default. */
#ifndef BOUNDS_H
#define BOUNDS_H

#include <stddef.h>

#define LIMIT_LINE_DEFAULT ((size_t)64 << 20)
#define LIMIT_TEXT_DEFAULT ((size_t)64 << 20)

/* The longest line accepted, in bytes. */
size_t limit_line(void);
/* The largest text accepted, in bytes. */
size_t limit_text(void);

/* Binary input: returns 1 and sets *at (byte offset of the first NUL or
 * control byte, or invalid UTF-8 byte) when the first n bytes of a file
 * look like binary data rather than text: at least 8 NUL or C0 control
 * bytes (other than tab, line feed, CR, form feed, vertical tab) making up
 * 2 % or more, or bytes of invalid UTF-8 making up 30 % or more (German
 * Windows-1252 text has a few per cent).  *what names the kind found. */
int limit_binary(const char *b, size_t n, size_t *at, const char **what);

#endif
