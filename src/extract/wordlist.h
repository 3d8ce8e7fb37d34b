/* wordlist: German common words, to tell names from nouns.
 *
 * German capitalises every noun, so capitalisation alone does not make a
 * name.  The spelling dictionary (Debian's wngerman, /usr/share/dict/ngerman,
 * sorted, one word a line) lists common words — a noun that is also a
 * lower-case word (Reihe/reihe, Treffen/treffen) only in lower case — and
 * some famous names (Merkel, Obama).  A capitalised word counts as common
 * when its lower-case form is listed, when it ends in a noun suffix (-ung,
 * -heit, -keit, -schaft, -tion ...), or when it is listed together with
 * other words that start with it (compounds and plural forms: Aufnahme,
 * Aufnahmeantrag ...); a listed word whose only relative is its genitive
 * in -s (Merkel, Merkels) is taken as a name.  Without the file every word
 * is a possible name, and only titles, honorifics and initials introduce
 * names. */
#ifndef EXTRACT_WORDLIST_H
#define EXTRACT_WORDLIST_H

#include <stddef.h>
#include <stdint.h>

/* One listed word: where it starts in the file, its length and hash. */
typedef struct {
    uint32_t off, len, hash;
} wordlist_word_t;

/* A slot of the hash index: a word's hash and its index in w + 1 (0:
 * empty). */
typedef struct {
    uint32_t hash, idx1;
} wordlist_slot_t;

/* The file is mapped read-only and never copied: its words are found by
 * a hash index, and the words that start with a given one are its
 * successors in byte order.  The index is open addressing whose home
 * places are whole cache lines of eight slots (at most half full on
 * average), so a word that is not listed (most lookups: the inflection
 * rule tries several endings) costs one cache line, where a binary search
 * of 350,000 words touched 19 places.  It is built by counting the words
 * of each line first, so that every word is written once to a place
 * known in advance, instead of probing at random. */
typedef struct {
    const char *data;    /* the file as mapped (not NUL-terminated) */
    size_t size;
    wordlist_word_t *w;  /* the words in byte order */
    size_t n;
    wordlist_slot_t *slot;
    size_t nslot;        /* lines * 8 + overflow + one empty slot */
    unsigned bits;       /* lines = 1 << bits */
    uint64_t *seen;      /* one bit per low hash bits of the words: a
                            clear bit says "not listed" from a table small
                            enough to stay in the cache */
    uint32_t seen_mask;  /* bits of seen - 1 */
    const void *imap;    /* a mapped index file the arrays point into
                            (wordindex.h), or NULL: they are owned */
    size_t isize;
    int loaded;
} wordlist_t;

void wordlist_init(wordlist_t *w);
void wordlist_destroy(wordlist_t *w);

/* Loads one word per line from path.  A missing file is not an error (the
 * list stays empty and wordlist_loaded() says 0); returns DN_OK, DN_EIO on
 * a read error, DN_ENOMEM. */
int wordlist_load(wordlist_t *w, const char *path);
int wordlist_loaded(const wordlist_t *w);

/* 1 when s[0..n) is listed as written. */
int wordlist_has(const wordlist_t *w, const char *s, size_t n);

/* 1 when the capitalised word s[0..n) is a common noun or other common word
 * by the rule above. */
int wordlist_common(const wordlist_t *w, const char *s, size_t n);

#endif
