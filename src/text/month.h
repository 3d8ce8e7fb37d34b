/* month: the German calendar words — month and weekday names — shared by
 * the tokenizer (a number before a month name is a day, not a sentence
 * end) and the date expressions (text/date.h).  No allocation. */
#ifndef TEXT_MONTH_H
#define TEXT_MONTH_H

#include <stddef.h>

/* 1 when s[0..n) equals the lower-case word w, ASCII letters compared
 * without case. */
int text_word_is(const char *s, size_t n, const char *w);

/* 1..12 for a German month name ("März", "Maerz", "Jänner"), else 0. */
int text_month(const char *s, size_t n);
/* 1 (Montag) .. 7 (Sonntag) for a weekday, also "Montagabend"; else 0. */
int text_weekday(const char *s, size_t n);

#endif
