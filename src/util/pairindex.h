/* pairindex: the items told about one (relation, source, target), in the
 * order they came.
 *
 * Deduplication ("the same event told twice is one row") compares an event
 * only with earlier ones of the same relation between the same two actors
 * (either order for an undirected relation).  Both the extractor's
 * candidates (extract/dedup.c) and the event list of a run (io/evlist.c)
 * keep such a hash from that key to the list of earlier items, so each
 * event meets only its few namesakes instead of every earlier event: the
 * key rule lives here, once.  Each side keeps its own test on the dates. */
#ifndef PAIRINDEX_H
#define PAIRINDEX_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint32_t rel, a, b;   /* key; a <= b when undirected */
    int32_t head, tail;   /* first and last entry of the key's list, -1 */
} pairindex_slot_t;

typedef struct {
    pairindex_slot_t *slots;  /* open addressing, load <= 1/2 */
    size_t nslots, nkeys;
    uint32_t *val;            /* entry -> caller's item */
    int32_t *next;            /* entry -> next entry of the same key, -1 */
    size_t n, cap;
    uint64_t work;            /* slots and entries visited (for tests) */
} pairindex_t;

void pairindex_init(pairindex_t *p);
void pairindex_destroy(pairindex_t *p);
/* Forgets every key, keeping the memory for the next use. */
void pairindex_clear(pairindex_t *p);

/* Appends item to the list of (rel, a, b); undirected: (b, a) is the same
 * key.  Returns 0, or -1 when memory runs out (the index is unchanged). */
int pairindex_add(pairindex_t *p, uint32_t rel, uint32_t a, uint32_t b,
                  int undirected, uint32_t item);

/* The first entry of the list of (rel, a, b), -1 when none; walk on with
 * pairindex_next and read the items with p->val[entry]. */
int32_t pairindex_first(pairindex_t *p, uint32_t rel, uint32_t a, uint32_t b,
                        int undirected);
static inline int32_t pairindex_next(pairindex_t *p, int32_t e)
{
    p->work++;
    return p->next[e];
}

#endif
