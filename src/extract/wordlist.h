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

/* An entry of the hash index: a word's hash and its index in w. */
typedef struct {
    uint32_t hash, idx;
} wordlist_ent_t;

/* The file is mapped read-only and never copied: its words are found by
 * a hash index (one bucket of a few entries per lookup, where a binary
 * search of 350,000 words touched 19 places), and the words that start
 * with a given one are its successors in byte order.  The index is the
 * entries sorted by bucket (the top bits of the hash), so building it is
 * two passes of a counting sort rather than 350,000 probes at random. */
typedef struct {
    const char *data;    /* the file as mapped (not NUL-terminated) */
    size_t size;
    wordlist_word_t *w;  /* the words in byte order */
    size_t n;
    wordlist_ent_t *ent; /* n entries by bucket, by index within one */
    uint32_t *bucket;    /* nbuckets + 1 starts in ent */
    unsigned bits;       /* nbuckets = 1 << bits */
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
