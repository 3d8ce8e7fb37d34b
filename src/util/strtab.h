/* strtab: interned strings with dense ids (0, 1, 2 ...).
 *
 * Names of actors, documents and places occur millions of times in big event
 * files; interning stores each once in an arena and lets the rest of dipnet
 * work with integer ids.  Open addressing at load <= 1/2; a 32-byte slot
 * holds the hash, the id and the first STRTAB_INLINE bytes, so looking up a
 * short string (most names) touches one cache line, and a long one two. */
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
} strtab_t;

void strtab_init(strtab_t *t);
void strtab_destroy(strtab_t *t);

/* Returns the id of s[0..n) adding it when new, or -1 when memory runs out.
 * *added (if non-NULL) is set to 1 when the string was new. */
long strtab_intern(strtab_t *t, const char *s, size_t n, int *added);
/* Returns the id of s[0..n) or -1 when absent. */
long strtab_find(const strtab_t *t, const char *s, size_t n);
/* The string of an id; owned by the table, valid until strtab_destroy. */
const char *strtab_str(const strtab_t *t, size_t id);
size_t strtab_len(const strtab_t *t, size_t id);
size_t strtab_count(const strtab_t *t);

uint32_t strtab_hash(const char *s, size_t n);

#endif
