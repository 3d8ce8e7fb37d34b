/* morphcache: remembers the morphological analyses of the words already
 * looked up, so a word that recurs (most words of a text, and the function
 * words of every text) costs one probe of a small table instead of probes
 * of the large mapped lexicon, whose slots and strings are cold in the
 * cache.  Results are exactly those of morph_lookup / morph_lookup_both.
 *
 * One cache per user (the clause parser keeps one in its result); it is not
 * shared between threads.  It forgets everything when it holds
 * MORPHCACHE_MAX words, so its memory stays bounded on any input. */
#ifndef GRAMMAR_MORPHCACHE_H
#define GRAMMAR_MORPHCACHE_H

#include <stddef.h>
#include <stdint.h>

#include "grammar/morph.h"
#include "util/strtab.h"

#define MORPHCACHE_MAX (1u << 18)
#define MORPHCACHE_ANA 64       /* analyses kept per word (the most asked) */

/* One word kept: its analyses ana[first .. first + count). */
typedef struct {
    uint32_t first, count;
} morphcache_ent_t;

typedef struct {
    strtab_t keys;          /* mode byte + word, for words without an id */
    int32_t *key2ent;       /* key id -> entry */
    size_t keycap;
    morphcache_ent_t *ent;  /* the words kept */
    size_t nent, entcap;
    morph_ana_t *ana;
    size_t nana, anacap;
    morphcache_ent_t *byid; /* word id * 2 + both -> its analyses, kept in
                               place (one read finds them); count is the
                               number + 1, 0: not yet (zeroed memory is an
                               empty table, touched only where used) */
    size_t nkept;           /* words kept, by bytes or by id */
    size_t idcap;           /* entries of byid */
    const void *space;      /* the id space byid belongs to */
    size_t limit;           /* entries kept before forgetting (MORPHCACHE_MAX) */
    morph_ana_t scratch[MORPHCACHE_ANA];  /* an answer that is not kept */
    uint64_t misses;        /* lookups that went to the lexicon (tests) */
} morphcache_t;

void morphcache_init(morphcache_t *c);
void morphcache_destroy(morphcache_t *c);

/* The analyses of word[0..len) as morph_lookup finds them (both = 0) or as
 * morph_lookup_both does (both = 1), at most max.  Sets *out
 * to an array owned by the cache, valid until the next call on c, and
 * returns its length (never more than max; max <= MORPHCACHE_ANA).  A lexicon other than the one
 * of the previous calls must not be used with the same cache.  When memory
 * runs out the lookup still answers (uncached), into the same storage. */
size_t morphcache_lookup(morphcache_t *c, const morph_t *m, const char *word,
                         size_t len, int both, size_t max,
                         const morph_ana_t **out);

/* The same, for a word that also has an id (text_doc_t.word_id) from the
 * id space `space`: a word met before is found by its id, and a new one
 * is kept under its id (not among the words kept by their bytes), both
 * without hashing.
 * id < 0 or a NULL space: as morphcache_lookup.  Ids of another space
 * make the cache forget the ids it knew. */
size_t morphcache_lookup_id(morphcache_t *c, const morph_t *m,
                            const void *space, int32_t id, const char *word,
                            size_t len, int both, size_t max,
                            const morph_ana_t **out);

/* 1 when morphcache_lookup_id would answer the word of this id from
 * memory (no lexicon lookup). */
int morphcache_has_id(const morphcache_t *c, const void *space, int32_t id, int both);

/* A hint that the word of this id will be looked up soon: starts loading
 * its kept analyses, or its slot in the lexicon when it is not kept, so
 * that the cache misses of a sentence's words overlap. */
void morphcache_prefetch_id(const morphcache_t *c, const morph_t *m, const void *space,
                            int32_t id, const char *word, size_t len, int both);

#endif
