/* decode: raw bytes of a text file -> NFC-normalised UTF-8.
 *
 * Users hand dipnet whatever their editor or browser saved: UTF-8 (with or
 * without BOM), or Windows-1252/Latin-1 from older Windows tools.  A file that
 * is not valid UTF-8 but contains no valid multi-byte UTF-8 sequence at all is
 * taken as Windows-1252 (Latin-1 for the five bytes 1252 leaves undefined) and
 * transcoded with iconv, with a notice.  A file mixing valid UTF-8 sequences
 * and invalid bytes is damaged: that is an error naming the first bad byte's
 * line and column.  The result is normalised to NFC with utf8proc so that a
 * decomposed "ä" (a + U+0308) matches the lexicon. */
#ifndef TEXT_DECODE_H
#define TEXT_DECODE_H

#include <stddef.h>

#include "util/buf.h"

typedef enum {
    TEXT_ENC_UTF8,
    TEXT_ENC_CP1252
} text_enc_t;

/* Decodes bytes[0..n) (named doc in messages) into out (cleared first) as
 * NFC UTF-8 without BOM.  *enc (if non-NULL) tells which encoding was found.
 * Returns DN_OK, DN_EINPUT (invalid bytes or NUL: message with doc:line:col
 * already reported) or DN_ENOMEM. */
int text_decode(const char *doc, const char *bytes, size_t n, buf_t *out,
                text_enc_t *enc);

/* Length of the valid UTF-8 sequence at s[0..n), or 0 when s does not start
 * with one (overlong forms, surrogates and code points above U+10FFFF are
 * invalid).  *cp (if non-NULL) receives the code point. */
size_t text_utf8_seq(const unsigned char *s, size_t n, unsigned *cp);

/* 1 when NFC leaves code point cp as it is wherever it stands: a starter
 * (combining class 0) with no canonical decomposition that never composes
 * with the character before it.  Only the ranges German news use are
 * listed (Latin up to U+02FF, the punctuation U+2010..U+205E, the euro
 * sign); 0 for everything else, which then goes through utf8proc.  A text
 * made only of such code points is its own NFC, so decoding skips the
 * normaliser (its cost was a twentieth of extraction). */
int text_nfc_stable(unsigned cp);

#endif
