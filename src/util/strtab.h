/* strtab: interned strings with dense ids (0, 1, 2 ...).
 *
 * Names of actors, documents and places occur millions of times in big event
 * files; interning stores each once in an arena and lets the rest of dipnet
 * work with integer ids.  Open addressing at load <= 1/2; a 32-byte slot
 * holds the hash, the id and the first STRTAB_INLINE bytes, so looking up a
 * short string (most names) touches one cache line, and a long one two (the
 * slot array is cache-line aligned and, when big, on huge pages: bigmem). */
#ifndef STRTAB_H
#define STRTAB_H

#include <stddef.h>
#include <stdint.h>

typedef struct strtab_block strtab_block_t;

#define STRTAB_INLINE 23

typedef struct {
    uint32_t hash;
    uint32_t id1;          /* id + 1; 0 = empty */
    uint8_t len;           /* length, or 255 when longer than STRTAB_INLINE */
    char pre[STRTAB_INLINE]; /* the string's first bytes */
} strtab_slot_t;

typedef struct {
    strtab_slot_t *slots;
    size_t nslots;
    char **strs;           /* id -> string (points into blocks) */
    size_t count, cap;
    strtab_block_t *blocks;
    uint64_t *filter;      /* strtab_filter: a bit per low hash bits, set
                              for every string held; NULL: none */
    size_t filter_mask;    /* bits of filter - 1 */
} strtab_t;

void strtab_init(strtab_t *t);
void strtab_destroy(strtab_t *t);
/* Empties t for reuse (ids start again at 0; strings returned before are
 * invalid), keeping a small table's memory: what strtab_destroy and
 * strtab_init do, without the allocations and growth the next use of a
 * per-document table would repeat. */
void strtab_clear(strtab_t *t);

/* Returns the id of s[0..n) adding it when new, or -1 when memory runs out.
 * *added (if non-NULL) is set to 1 when the string was new. */
long strtab_intern(strtab_t *t, const char *s, size_t n, int *added);
/* Stores a copy of s[0..n) under the next id without indexing it (no
 * hashing, no slots: a list of strings read back by id, such as labels
 * that need no merging).  strtab_find and strtab_intern do not see such
 * strings, so use a table either this way or with intern, not both.
 * Returns the id, or -1 when memory runs out. */
long strtab_add(strtab_t *t, const char *s, size_t n);
/* Returns the id of s[0..n) or -1 when absent. */
long strtab_find(const strtab_t *t, const char *s, size_t n);
/* Gives a table that is looked up far more often than it grows (the
 * lexicon's, read once at start-up) a filter of 16 bits a string, so that
 * strtab_find answers most strings that are absent from a bitmap small
 * enough to stay in the cache, instead of a cache miss into the slots.
 * Strings interned afterwards are added to it; strtab_clear drops it.
 * Ids and answers are unchanged.  Returns 0, or -1 when memory runs out
 * (the table then works without the filter). */
int strtab_filter(strtab_t *t);
/* Makes room for n strings without growing (a table known to get big
 * skips the chain of doublings, each a fresh block touched page by page).
 * Ids and lookups are unchanged.  Returns 0, or -1 when memory runs out
 * (the table is then as it was). */
int strtab_reserve(strtab_t *t, size_t n);

/* Batch interface: a caller that looks up many strings computes their
 * hashes first (strtab_hash), prefetches their slots (strtab_prefetch), and
 * only then interns them with the precomputed hash, so that the cache
 * misses of a whole batch overlap instead of following one another.  h
 * must be strtab_hash(s, n); the results are those of strtab_intern /
 * strtab_find.  A prefetch is only a hint: a table that grows in between
 * makes it useless, never wrong. */
long strtab_intern_h(strtab_t *t, const char *s, size_t n, uint32_t h,
                     int *added);
long strtab_find_h(const strtab_t *t, const char *s, size_t n, uint32_t h);
static inline void strtab_prefetch(const strtab_t *t, uint32_t h)
{
    if (t->nslots) __builtin_prefetch(&t->slots[h & (t->nslots - 1)], 1);
}
/* The string of an id; owned by the table, valid until strtab_destroy. */
const char *strtab_str(const strtab_t *t, size_t id);
size_t strtab_len(const strtab_t *t, size_t id);
size_t strtab_count(const strtab_t *t);

uint32_t strtab_hash(const char *s, size_t n);

#endif
