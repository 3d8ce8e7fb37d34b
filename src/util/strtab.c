#include "strtab.h"

#include <stdlib.h>
#include <string.h>

#include "util/bigmem.h"

struct strtab_block {
    strtab_block_t *next;
    size_t used, size;
    char data[];
};

#define BLOCK_MIN (64 * 1024)
#define BLOCK_MAX (8 << 20)

void strtab_init(strtab_t *t) { memset(t, 0, sizeof *t); }

void strtab_destroy(strtab_t *t)
{
    strtab_block_t *b = t->blocks;
    while (b) {
        strtab_block_t *n = b->next;
        bigmem_free(b);
        b = n;
    }
    bigmem_free(t->slots);
    bigmem_free(t->strs);
    free(t->filter);
    memset(t, 0, sizeof *t);
}

/* A cleared table keeps slot arrays up to this many slots (128 KiB):
 * enough for the names of a long text, while a table grown by one huge
 * input gives its memory back. */
#define CLEAR_KEEP_SLOTS 4096

void strtab_clear(strtab_t *t)
{
    if (t->nslots > CLEAR_KEEP_SLOTS) {
        bigmem_free(t->slots);
        t->slots = NULL;
        t->nslots = 0;
    } else if (t->count && t->slots) {
        memset(t->slots, 0, t->nslots * sizeof *t->slots);
    }
    /* the oldest block (the smallest, BLOCK_MIN) stays for the strings to come */
    strtab_block_t *b = t->blocks, *keep = NULL;
    while (b) {
        strtab_block_t *n = b->next;
        if (!n) keep = b;
        else bigmem_free(b);
        b = n;
    }
    if (keep) {
        keep->used = 0;
        keep->next = NULL;
    }
    t->blocks = keep;
    t->count = 0;
    free(t->filter);
    t->filter = NULL;
    t->filter_mask = 0;
}

/* The n <= 8 bytes of a string as one word, with loads of fixed size (a
 * variable-size memcpy goes through the stack and stalls the hash).
 * Different strings of the same length give different words. */
static inline uint64_t tail_word(const char *s, size_t n)
{
    if (n >= 4) {
        uint32_t lo, hi;
        memcpy(&lo, s, 4);
        memcpy(&hi, s + n - 4, 4);
        return lo | (uint64_t)hi << 32;
    }
    if (!n) return 0;
    return (uint64_t)(unsigned char)s[0] |
           (uint64_t)(unsigned char)s[n / 2] << 8 |
           (uint64_t)(unsigned char)s[n - 1] << 16;
}

/* Eight bytes per step, then a final mix of the last eight (overlapping
 * the step before; the length is mixed in first, so that is fine): names
 * are short, and a byte-at-a-time hash, or a loop whose trip count varies
 * with every name, showed up in profiles of million-event files. */
uint32_t strtab_hash(const char *s, size_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    uint64_t w;
    if (n > 8) {
        const char *last = s + n - 8;
        do {
            memcpy(&w, s, 8);
            h = (h ^ w) * 0x100000001B3ULL;
            h ^= h >> 29;
            s += 8;
        } while (s < last);
        memcpy(&w, last, 8);
    } else {
        w = tail_word(s, n);
    }
    h = (h ^ w) * 0xFF51AFD7ED558CCDULL;
    h ^= h >> 32;
    h *= 0xC4CEB3F99ED558C5ULL;
    h ^= h >> 29;
    return (uint32_t)h;
}

static uint32_t stored_len(const char *p)
{
    uint32_t n;
    memcpy(&n, p - sizeof n, sizeof n);
    return n;
}

/* a[0..n) == b[0..n) for n <= STRTAB_INLINE, in a few word compares that
 * stay inside both (memcmp's wide masked loads can reach into the next,
 * uncached slot). */
static inline int short_eq(const char *a, const char *b, size_t n)
{
    if (n >= 8) {
        uint64_t x, y, d;
        memcpy(&x, a, 8);
        memcpy(&y, b, 8);
        d = x ^ y;
        if (n > 16) {
            memcpy(&x, a + 8, 8);
            memcpy(&y, b + 8, 8);
            d |= x ^ y;
        }
        memcpy(&x, a + n - 8, 8);
        memcpy(&y, b + n - 8, 8);
        return (d | (x ^ y)) == 0;
    }
    return tail_word(a, n) == tail_word(b, n);
}

static long lookup(const strtab_t *t, const char *s, size_t n, uint32_t h,
                   size_t *slot)
{
    if (!t->nslots) return -1;
    size_t mask = t->nslots - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const strtab_slot_t *sl = &t->slots[i];
        if (!sl->id1) {
            if (slot) *slot = i;
            return -1;
        }
        if (sl->hash != h) continue;
        if (n <= STRTAB_INLINE) {
            if (sl->len == n && short_eq(sl->pre, s, n))
                return (long)sl->id1 - 1;
        } else if (sl->len == 255 && memcmp(sl->pre, s, STRTAB_INLINE) == 0) {
            const char *str = t->strs[sl->id1 - 1];
            if (stored_len(str) == n && memcmp(str, s, n) == 0)
                return (long)sl->id1 - 1;
        }
    }
}

/* 0 when the filter says no string of hash h is held (1: maybe, or no
 * filter). */
static inline int filter_maybe(const strtab_t *t, uint32_t h)
{
    size_t b = h & t->filter_mask;
    return !t->filter || ((t->filter[b >> 6] >> (b & 63)) & 1);
}

/* Notes a string of hash h in the filter (which must exist). */
static inline void filter_add(strtab_t *t, uint32_t h)
{
    size_t b = h & t->filter_mask;
    t->filter[b >> 6] |= (uint64_t)1 << (b & 63);
}

long strtab_find(const strtab_t *t, const char *s, size_t n)
{
    uint32_t h = strtab_hash(s, n);
    return filter_maybe(t, h) ? lookup(t, s, n, h, NULL) : -1;
}

long strtab_find_h(const strtab_t *t, const char *s, size_t n, uint32_t h)
{
    return filter_maybe(t, h) ? lookup(t, s, n, h, NULL) : -1;
}

int strtab_filter(strtab_t *t)
{
    size_t bits = 512;
    while (bits < 16 * t->count && bits < ((size_t)1 << 32)) bits *= 2;
    uint64_t *f = calloc(bits / 64, sizeof *f);
    if (!f) return -1;
    free(t->filter);
    t->filter = f;
    t->filter_mask = bits - 1;
    for (size_t k = 0; k < t->nslots; k++)
        if (t->slots[k].id1) filter_add(t, t->slots[k].hash);
    return 0;
}

/* Rehashes into ns slots (a power of two above the count). */
static int resize_slots(strtab_t *t, size_t ns)
{
    strtab_slot_t *slots = bigmem_calloc(ns, sizeof *slots);
    if (!slots) return -1;
    for (size_t k = 0; k < t->nslots; k++) {
        strtab_slot_t sl = t->slots[k];
        if (!sl.id1) continue;
        size_t i = sl.hash & (ns - 1);
        while (slots[i].id1) i = (i + 1) & (ns - 1);
        slots[i] = sl;
    }
    bigmem_free(t->slots);
    t->slots = slots;
    t->nslots = ns;
    return 0;
}

/* A new table starts small: the extractor makes several per text (its
 * names, the actor index), most of them holding a few dozen strings, and
 * zeroing 1,024 slots (32 KB) for each cost more than the few doublings a
 * big table goes through at the start. */
static int grow_slots(strtab_t *t)
{
    return resize_slots(t, t->nslots ? t->nslots * 2 : 64);
}

static int reserve_ids(strtab_t *t, size_t n)
{
    if (n <= t->cap) return 0;
    char **strs = bigmem_grow(t->strs, t->cap * sizeof *strs, n, sizeof *strs);
    if (!strs) return -1;
    t->strs = strs;
    t->cap = n;
    return 0;
}

/* Stores [uint32 length][bytes][NUL]; returns the address of the bytes. */
static char *store(strtab_t *t, const char *s, size_t n)
{
    size_t need = sizeof(uint32_t) + n + 1;
    strtab_block_t *b = t->blocks;
    if (!b || b->size - b->used < need) {
        /* Blocks double up to BLOCK_MAX: the big ones come on huge pages
         * (bigmem), where the strings of a million actors cost a few
         * page faults instead of thousands. */
        size_t size = b ? 2 * b->size : BLOCK_MIN;
        if (size > BLOCK_MAX) size = BLOCK_MAX;
        if (size < need) size = need;
        b = bigmem_alloc(1, sizeof *b + size);
        if (!b) return NULL;
        b->used = 0;
        b->size = size;
        b->next = t->blocks;
        t->blocks = b;
    }
    char *p = b->data + b->used;
    uint32_t len = (uint32_t)n;
    memcpy(p, &len, sizeof len);
    p += sizeof len;
    if (n) memcpy(p, s, n);
    p[n] = '\0';
    b->used += need;
    return p;
}

long strtab_intern(strtab_t *t, const char *s, size_t n, int *added)
{
    return strtab_intern_h(t, s, n, strtab_hash(s, n), added);
}

long strtab_intern_h(strtab_t *t, const char *s, size_t n, uint32_t h,
                     int *added)
{
    if (added) *added = 0;
    if (n > UINT32_MAX - 1 || t->count >= UINT32_MAX - 1) return -1;
    size_t slot = 0;
    long id = lookup(t, s, n, h, &slot);
    if (id >= 0) return id;
    if ((t->count + 1) * 2 > t->nslots) {
        if (grow_slots(t) < 0) return -1;
        lookup(t, s, n, h, &slot);
    }
    if (t->count == t->cap && reserve_ids(t, t->cap ? t->cap * 2 : 256) < 0)
        return -1;
    char *p = store(t, s, n);
    if (!p) return -1;
    id = (long)t->count++;
    t->strs[id] = p;
    strtab_slot_t *sl = &t->slots[slot];
    sl->hash = h;
    sl->id1 = (uint32_t)(id + 1);
    sl->len = n <= STRTAB_INLINE ? (uint8_t)n : 255;
    memcpy(sl->pre, s, n < STRTAB_INLINE ? n : STRTAB_INLINE);
    if (t->filter) filter_add(t, h);
    if (added) *added = 1;
    return id;
}

int strtab_reserve(strtab_t *t, size_t n)
{
    size_t ns = t->nslots ? t->nslots : 1024;
    while (n * 2 > ns) ns *= 2;
    if (ns > t->nslots && resize_slots(t, ns) < 0) return -1;
    return reserve_ids(t, n);
}

long strtab_add(strtab_t *t, const char *s, size_t n)
{
    if (n > UINT32_MAX - 1 || t->count >= UINT32_MAX - 1) return -1;
    if (t->count == t->cap && reserve_ids(t, t->cap ? t->cap * 2 : 256) < 0)
        return -1;
    char *p = store(t, s, n);
    if (!p) return -1;
    t->strs[t->count] = p;
    return (long)t->count++;
}

const char *strtab_str(const strtab_t *t, size_t id) { return t->strs[id]; }
size_t strtab_len(const strtab_t *t, size_t id)
{
    return stored_len(t->strs[id]);
}
size_t strtab_count(const strtab_t *t) { return t->count; }
