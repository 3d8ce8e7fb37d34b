#include "text/lang.h"

#include <stdint.h>
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

/* A word of at most LONGEST bytes as one number: its bytes and its
 * length, so that two are equal exactly when the words are. */
static uint64_t pack(const char *w, size_t n)
{
    uint64_t v = 0;
    memcpy(&v, w, n);
    return v | (uint64_t)n << 56;
}

/* The packed words of list into out (count at most 64). */
static void pack_list(const char *const *list, size_t count, uint64_t *out)
{
    for (size_t i = 0; i < count; i++) out[i] = pack(list[i], strlen(list[i]));
}

/* 1 when packed word v is in packed list p: a pass of plain compares, not
 * string compares (this ran for every short word of a text). */
static int in_packed(uint64_t v, const uint64_t *p, size_t count)
{
    int hit = 0;
    for (size_t i = 0; i < count; i++) hit |= p[i] == v;
    return hit;
}

lang_t lang_guess(const char *s, size_t n)
{
    enum { NDE = sizeof german_words / sizeof *german_words,
           NEN = sizeof english_words / sizeof *english_words };
    uint64_t pde[NDE], pen[NEN];
    pack_list(german_words, NDE, pde);
    pack_list(english_words, NEN, pen);
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
            /* most words of a text are longer than any listed one */
            if (len <= LONGEST) {
                uint64_t v = pack(w, len);
                de += (size_t)in_packed(v, pde, NDE);
                en += (size_t)in_packed(v, pen, NEN);
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
