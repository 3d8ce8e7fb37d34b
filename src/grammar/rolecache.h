/* rolecache: the grammatical roles (roles.h) of lemmas remembered by the
 * lemma's address.  The clause parser asks the role of a token's lemma for
 * nearly every token; the lemmas point into the morphological lexicon,
 * which stores each string once, so the address names the word and a
 * pointer probe replaces strlen and hashing of a cold string.
 *
 * Only for strings that stay at their address, unchanged, while the cache
 * is used (a mapped lexicon); one cache per user, not shared between
 * threads.  It forgets everything at ROLECACHE_MAX lemmas. */
#ifndef GRAMMAR_ROLECACHE_H
#define GRAMMAR_ROLECACHE_H

#include <stddef.h>
#include <stdint.h>

#include "grammar/roles.h"

#define ROLECACHE_MAX (1u << 16)

typedef struct {
    const char **key;       /* lemma addresses, NULL = empty */
    unsigned *role;
    size_t cap, n;          /* cap: a power of two, or 0 */
    const gram_roles_t *g;  /* the role words the cached roles came from */
} rolecache_t;

void rolecache_init(rolecache_t *c);
void rolecache_destroy(rolecache_t *c);

/* gram_roles_get(g, lemma, strlen(lemma)), remembered by lemma's
 * address.  Another g than before makes the cache forget.  When memory
 * runs out the answer is looked up, not kept. */
unsigned rolecache_get(rolecache_t *c, const gram_roles_t *g, const char *lemma);

#endif
