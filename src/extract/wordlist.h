/* wordlist: German common words, to tell names from nouns.
 *
 * German capitalises every noun, so capitalisation alone does not make a
 * name.  The spelling dictionary (Debian's wngerman, /usr/share/dict/ngerman)
 * lists common words and also some famous names (Merkel, Obama, Berlin).  A
 * capitalised word counts as a common noun when the list has it and also
 * its lower-case form (an adjective or verb spelt with a capital) or a
 * plural or case form other than the genitive -s (Besuch: Besuche, Besuchen)
 * — names inflect only with -s — or it ends in a noun suffix (-ung, -heit,
 * -keit, -schaft, -tion, -ität, -ismus).  Without the file every word is
 * taken as a possible name, and only titles, honorifics and initials
 * introduce names (the extractor still works, with lower precision). */
#ifndef EXTRACT_WORDLIST_H
#define EXTRACT_WORDLIST_H

#include <stddef.h>

#include "util/strtab.h"

typedef struct {
    strtab_t words;
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
