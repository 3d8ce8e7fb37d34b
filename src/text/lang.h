/* lang: is a text German?  dipnet's extractor reads German only; a text in
 * another language gives no event, and the user should hear why.
 *
 * The test counts the most frequent function words of German and of
 * English (articles, pronouns, prepositions, auxiliaries: words every
 * running text uses, whatever its topic) and compares the two counts. */
#ifndef TEXT_LANG_H
#define TEXT_LANG_H

#include <stddef.h>

typedef enum {
    LANG_UNKNOWN,   /* too few function words to tell */
    LANG_GERMAN,
    LANG_ENGLISH,
    LANG_OTHER      /* words enough, but few German or English ones */
} lang_t;

/* Guesses the language of the UTF-8 text s[0..n) from its function words
 * (case ignored). */
lang_t lang_guess(const char *s, size_t n);

/* "English", "German", ... for messages (static string). */
const char *lang_name(lang_t l);

#endif
