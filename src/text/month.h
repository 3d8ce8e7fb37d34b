/* month: the German calendar words — month and weekday names — shared by
 * the tokenizer (a number before a month name is a day, not a sentence
 * end) and the date expressions (text/date.h).  No allocation. */
#ifndef TEXT_MONTH_H
#define TEXT_MONTH_H

#include <stddef.h>

/* 1 when s[0..n) equals the lower-case word w, ASCII letters compared
 * without case.  Inline: the rules ask it of every word dozens of times,
 * and most calls end at the first byte. */
static inline int text_word_is(const char *s, size_t n, const char *w)
{
    /* no strlen: the comparison stops at the first difference */
    for (size_t i = 0; i < n; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)w[i];
        if (a >= 'A' && a <= 'Z') a = (unsigned char)(a + 32);
        if (a != b) return 0;   /* also when w ends first (b == 0) */
    }
    return w[n] == '\0';
}

/* 1..12 for a German month name ("März", "Maerz", "Jänner"), else 0. */
int text_month(const char *s, size_t n);
/* 1 (Montag) .. 7 (Sonntag) for a weekday, also "Montagabend"; else 0. */
int text_weekday(const char *s, size_t n);

#endif
