/* wordlist_index: saves the index of a word list for dipnet to map at
 * start-up (src/extract/wordindex.h).
 *
 *     wordlist_index LIST OUT
 *
 * LIST is the word list dipnet reads (/usr/share/dict/ngerman), by the
 * path dipnet reads it under: the index is used only for that path while
 * the file is unchanged.  Exit 0 written, 1 failed, 2 usage. */
#include <stdio.h>

#include "extract/wordindex.h"
#include "util/diag.h"

int main(int argc, char **argv)
{
    if (argc != 3) {
        fprintf(stderr, "usage: wordlist_index LIST OUT\n");
        return 2;
    }
    wordlist_t w;
    wordlist_init(&w);
    if (wordlist_load(&w, argv[1]) != DN_OK || !wordlist_loaded(&w)) {
        fprintf(stderr, "wordlist_index: cannot read %s\n", argv[1]);
        wordlist_destroy(&w);
        return 1;
    }
    int rc = wordindex_save(&w, argv[1], argv[2]);
    wordlist_destroy(&w);
    return rc == DN_OK ? 0 : 1;
}
