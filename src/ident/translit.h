/* translit: Cyrillic -> Latin in the German (Duden) and the English
 * (BGN/PCGN) conventions, and the Latin variant key that makes the two (and
 * the common mixed spellings) compare equal.
 *
 * Why both: German texts write Назарбаев "Nasarbajew", GDELT and ICEWS
 * write "Nazarbayev".  The variant key is only ever compared with registry
 * names and with names of the same input (see ident/identity.h); it is not
 * a spelling anyone reads. */
#ifndef TRANSLIT_H
#define TRANSLIT_H

#include <stddef.h>

#include "util/buf.h"

typedef enum { TL_DUDEN, TL_BGN } tl_system_t;

/* 1 when s (UTF-8, n bytes) contains a Cyrillic letter. */
int tl_has_cyrillic(const char *s, size_t n);

/* Appends to out the transliteration of the UTF-8 string s (NUL-ended):
 * Russian and Kazakh Cyrillic letters by the tables of `sys`, everything
 * else copied.  Returns 0, or -1 when memory runs out. */
int tl_cyrillic_to_latin(const char *s, tl_system_t sys, buf_t *out);

/* Replaces out's content with the variant key of the UTF-8 name s:
 * Cyrillic first transliterated (Duden), then case and diacritics folded
 * and the spelling differences of the two conventions levelled: w/v,
 * sch/sh/zh/s/z/ts/tz, tsch/ch/kh, j/y (dropped between vowels, i before a
 * consonant or at the end: Tokajew = Tokayev = Tokaev, Sergei = Sergey =
 * Sergej, Dmitrij = Dmitriy = Dmitry), doubled letters single, hyphens as
 * spaces, apostrophes dropped.  Returns 0, or -1 when memory runs out. */
int tl_variant_key(const char *s, buf_t *out);

/* tl_variant_key of the ASCII string s[0..n) (no NUL needed, no
 * allocation but out's).  Returns 0, or -1 when memory runs out. */
int tl_variant_key_ascii(const char *s, size_t n, buf_t *out);

#endif
