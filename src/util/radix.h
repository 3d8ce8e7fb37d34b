/* radix: a stable sort of 16-byte records by the low bits of their key.
 *
 * Why: aggregating the events of a big file by actor pair through a hash
 * table costs a cache miss per event on a table far larger than the cache;
 * sorting the pairs instead reads and writes memory in a few hundred
 * sequential streams per pass, which the cache and the prefetchers serve. */
#ifndef RADIX_H
#define RADIX_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
    uint64_t key;   /* sorted by its low `bits` bits; the rest rides along */
    uint64_t val;
} radix_rec_t;

/* Sorts a[0..n) by the low `bits` bits (<= 64) of key, stably (records
 * with equal bits keep their order), least significant digit first, with
 * tmp (n records, contents undefined) as the other buffer.  Returns the
 * buffer that holds the sorted records (a or tmp; the other is scratch,
 * owned by the caller as both are).  Passes whose digit is the same in
 * every record are skipped. */
radix_rec_t *radix_sort(radix_rec_t *a, radix_rec_t *tmp, size_t n,
                        unsigned bits);

#endif
