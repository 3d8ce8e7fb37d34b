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

/* The function words by packed value (pack): open addressing in a table
 * of 128 slots (0: empty; no packed word is 0), each with bit 1 for the
 * German list and bit 2 for the English one.  One or two probes a short
 * word instead of a pass over both lists. */
#define LANG_SLOTS 128
typedef struct {
    uint64_t key[LANG_SLOTS];
    unsigned char bits[LANG_SLOTS];
} word_table_t;

static size_t slot_of(const word_table_t *t, uint64_t v)
{
    size_t i = (size_t)((v * 0x9E3779B97F4A7C15ULL) >> 57);
    while (t->key[i] && t->key[i] != v) i = (i + 1) & (LANG_SLOTS - 1);
    return i;
}

static void add_list(word_table_t *t, const char *const *list, size_t count, unsigned char bit)
{
    for (size_t i = 0; i < count; i++) {
        uint64_t v = pack(list[i], strlen(list[i]));
        size_t k = slot_of(t, v);
        t->key[k] = v;
        t->bits[k] |= bit;
    }
}

lang_t lang_guess(const char *s, size_t n)
{
    enum { NDE = sizeof german_words / sizeof *german_words,
           NEN = sizeof english_words / sizeof *english_words };
    word_table_t tab;
    memset(&tab, 0, sizeof tab);
    add_list(&tab, german_words, NDE, 1);
    add_list(&tab, english_words, NEN, 2);
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
                unsigned char b = tab.bits[slot_of(&tab, pack(w, len))];
                de += b & 1;
                en += (b >> 1) & 1;
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
