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

/* 1 for the bytes of a word: ASCII letters, and every byte of a non-ASCII
 * UTF-8 character.  A table: the loop below asks it of every byte of
 * every text that gave no event. */
#define L4(x) x, x, x, x
#define L16(x) L4(x), L4(x), L4(x), L4(x)
static const unsigned char WORD_BYTE[256] = {
    L16(0), L16(0), L16(0), L16(0),              /* 0x00-0x3f */
    0, L16(1), L4(1), L4(1), 1, 1, 0, 0, 0, 0, 0,  /* 0x40 @, A-Z, [ \ ] ^ _ */
    0, L16(1), L4(1), L4(1), 1, 1, 0, 0, 0, 0, 0,  /* 0x60 `, a-z, { | } ~ DEL */
    L16(1), L16(1), L16(1), L16(1), L16(1), L16(1), L16(1), L16(1)  /* 0x80-0xff */
};
#undef L4
#undef L16

lang_t lang_guess(const char *s, size_t n)
{
    enum { NDE = sizeof german_words / sizeof *german_words,
           NEN = sizeof english_words / sizeof *english_words };
    word_table_t tab;
    memset(&tab, 0, sizeof tab);
    add_list(&tab, german_words, NDE, 1);
    add_list(&tab, english_words, NEN, 2);
    size_t de = 0, en = 0, words = 0;
    const unsigned char *u = (const unsigned char *)s;
    size_t i = 0;
    while (i < n) {
        /* A word: ASCII letters and the bytes of non-ASCII UTF-8 letters
         * ("für", "über"), lowered; longer words are no function words.
         * Its first LONGEST bytes go straight into the packed value
         * (pack), built as the word is read. */
        if (!WORD_BYTE[u[i]]) {
            i++;
            continue;
        }
        size_t start = i, lim = n - i > LONGEST ? i + LONGEST : n;
        uint64_t v = 0;
        do {
            unsigned char c = u[i];
            if (c < 0x80) c |= 0x20;   /* a letter: lower case */
            v |= (uint64_t)c << (8 * (i - start));
            i++;
        } while (i < lim && WORD_BYTE[u[i]]);
        while (i < n && WORD_BYTE[u[i]]) i++;
        size_t len = i - start;
        words++;
        /* most words of a text are longer than any listed one */
        if (len <= LONGEST) {
            unsigned char b = tab.bits[slot_of(&tab, v | (uint64_t)len << 56)];
            de += b & 1;
            en += (b >> 1) & 1;
        }
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
