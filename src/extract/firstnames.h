/* firstnames: the first names of many cultures (Faker's locales, built by
 * scripts/first_names.js into build/grammar/first_names.txt; make install
 * puts the file beside the lexicon), so that a name no title introduces
 * ("Harald Krüger kam", "Klaus Rosenfeld") is taken for a person even when
 * its surname looks like a common word.  Optional: without the file no
 * name is known and the mention finder works as before. */
#ifndef EXTRACT_FIRSTNAMES_H
#define EXTRACT_FIRSTNAMES_H

#include <stddef.h>

#include "util/strtab.h"

typedef struct {
    strtab_t names;
    int loaded;
} firstnames_t;

void firstnames_init(firstnames_t *f);
void firstnames_destroy(firstnames_t *f);

/* Loads LEXDIR/first_names.txt (where make install puts it), else
 * LEXDIR/../../build/grammar/first_names.txt (the build tree): one name a
 * line.  No file is no error (DN_OK, nothing loaded); DN_EIO when a file
 * exists but cannot be read, DN_ENOMEM when memory runs out (both
 * reported through diag). */
int firstnames_load(firstnames_t *f, const char *lexicon_dir);

/* 1 when s[0..n) is a first name of the list (as written). */
int firstnames_has(const firstnames_t *f, const char *s, size_t n);

#endif
