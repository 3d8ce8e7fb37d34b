#include "text/lang.h"

#include <string.h>

/* Function words that occur in one of the two languages only (words both
 * share, "in", "an", "was", "will", are left out). */
static const char *const german_words[] = {
    "aber", "als", "auch", "auf", "aus", "bei", "dass", "das", "dem", "den",
    "der", "des", "die", "ein", "eine", "einem", "einen", "einer", "er",
    "für", "haben", "hat", "im", "ist", "mit", "nach", "nicht", "sich",
    "sie", "sind", "über", "und", "vom", "von", "wird", "wurde", "zu",
    "zum", "zur",
};
static const char *const english_words[] = {
    "and", "are", "at", "be", "been", "but", "by", "for", "from", "had",
    "has", "have", "he", "his", "is", "it", "its", "of", "on", "said",
    "that", "the", "their", "they", "this", "to", "were", "which", "with",
};

/* The longest word of either list, in bytes ("haben", "über", "which"). */
#define LONGEST 5

static int in_list(const char *w, size_t n, const char *const *list,
                   size_t count)
{
    /* most words of a text are longer than any listed one: one compare
     * instead of a pass over the list (this ran for every word) */
    if (n > LONGEST) return 0;
    for (size_t i = 0; i < count; i++)
        if (list[i][0] == w[0] && strlen(list[i]) == n && !memcmp(list[i], w, n)) return 1;
    return 0;
}

lang_t lang_guess(const char *s, size_t n)
{
    size_t de = 0, en = 0, words = 0;
    char w[16];
    size_t i = 0;
    while (i < n) {
        /* A word: ASCII letters and the bytes of non-ASCII UTF-8 letters
         * ("für", "über"), lowered; longer words are no function words. */
        size_t k = 0, len = 0;
        while (i < n && (((unsigned char)s[i] >= 0x80) ||
                         (s[i] >= 'a' && s[i] <= 'z') ||
                         (s[i] >= 'A' && s[i] <= 'Z'))) {
            char c = s[i++];
            if (c >= 'A' && c <= 'Z') c = (char)(c + 32);
            if (k < sizeof w) w[k++] = c;
            len++;
        }
        if (len) {
            words++;
            if (len <= sizeof w) {
                de += in_list(w, len, german_words,
                              sizeof german_words / sizeof *german_words);
                en += in_list(w, len, english_words,
                              sizeof english_words / sizeof *english_words);
            }
        } else i++;
    }
    if (de + en < 5) return LANG_UNKNOWN;
    /* Function words are a fifth to a third of running text; under a
     * twentieth the text is neither language. */
    if ((de + en) * 20 < words) return LANG_OTHER;
    return de >= en ? LANG_GERMAN : LANG_ENGLISH;
}

const char *lang_name(lang_t l)
{
    switch (l) {
    case LANG_GERMAN: return "German";
    case LANG_ENGLISH: return "English";
    case LANG_OTHER: return "neither German nor English";
    default: return "unknown";
    }
}
