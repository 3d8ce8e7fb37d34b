#include "grammar/morphcache.h"

#include <stdlib.h>
#include <string.h>

void morphcache_init(morphcache_t *c)
{
    memset(c, 0, sizeof *c);
    strtab_init(&c->keys);
    c->limit = MORPHCACHE_MAX;
}

void morphcache_destroy(morphcache_t *c)
{
    strtab_destroy(&c->keys);
    free(c->first);
    free(c->count);
    free(c->ana);
    free(c->byid);
    memset(c, 0, sizeof *c);
}

/* Forgets every word, keeping the arrays' memory. */
static void forget(morphcache_t *c)
{
    strtab_destroy(&c->keys);
    strtab_init(&c->keys);
    c->nana = 0;
    for (size_t i = 0; i < c->idcap; i++) c->byid[i] = -1;
}

static size_t ask_lexicon(morphcache_t *c, const morph_t *m, const char *word,
                          size_t len, int both, morph_ana_t *a)
{
    c->misses++;
    size_t n = both ? morph_lookup_both(m, word, len, a, MORPHCACHE_ANA)
                    : morph_lookup(m, word, len, a, MORPHCACHE_ANA);
    return n > MORPHCACHE_ANA ? MORPHCACHE_ANA : n;
}

/* Makes room for key id and n more analyses; 0 or -1. */
static int reserve(morphcache_t *c, size_t id, size_t n)
{
    if (id >= c->cap) {
        size_t nc = c->cap ? c->cap * 2 : 4096;
        while (nc <= id) nc *= 2;
        uint32_t *f = realloc(c->first, nc * sizeof *f);
        if (!f) return -1;
        c->first = f;
        uint8_t *k = realloc(c->count, nc * sizeof *k);
        if (!k) return -1;
        c->count = k;
        c->cap = nc;
    }
    if (c->nana + n > c->anacap) {
        size_t nc = c->anacap ? c->anacap * 2 : 8192;
        while (nc < c->nana + n) nc *= 2;
        morph_ana_t *a = realloc(c->ana, nc * sizeof *a);
        if (!a) return -1;
        c->ana = a;
        c->anacap = nc;
    }
    return 0;
}

/* The key id of word in reading `both`, looked up or added; -1 when the
 * word is not kept (too long, or memory ran out): *out then holds the
 * answer in c->scratch and *n its length. */
static long entry(morphcache_t *c, const morph_t *m, const char *word,
                  size_t len, int both, size_t *n)
{
    char key[128];
    if (len + 1 > sizeof key) {   /* long words are rare: not kept */
        *n = ask_lexicon(c, m, word, len, both, c->scratch);
        return -1;
    }
    key[0] = both ? 'B' : 'L';
    memcpy(key + 1, word, len);
    if (strtab_count(&c->keys) >= c->limit ||
        c->nana + MORPHCACHE_ANA > 8 * c->limit)
        forget(c);
    int added = 0;
    long id = strtab_intern(&c->keys, key, len + 1, &added);
    if (id >= 0 && added && reserve(c, (size_t)id, MORPHCACHE_ANA) < 0) {
        /* out of memory: answer, and start again empty next time */
        forget(c);
        id = -1;
    }
    if (id < 0) {
        *n = ask_lexicon(c, m, word, len, both, c->scratch);
        return -1;
    }
    if (added) {
        size_t k = ask_lexicon(c, m, word, len, both, c->ana + c->nana);
        c->first[id] = (uint32_t)c->nana;
        c->count[id] = (uint8_t)k;
        c->nana += k;
    }
    return id;
}

/* The answer of key id (or of the scratch when id < 0), at most max. */
static size_t answer(const morphcache_t *c, long id, size_t n, size_t max,
                     const morph_ana_t **out)
{
    if (max > MORPHCACHE_ANA) max = MORPHCACHE_ANA;
    if (id < 0) {
        *out = c->scratch;
    } else {
        *out = c->ana + c->first[id];
        n = c->count[id];
    }
    return n < max ? n : max;
}

size_t morphcache_lookup(morphcache_t *c, const morph_t *m, const char *word,
                         size_t len, int both, size_t max,
                         const morph_ana_t **out)
{
    size_t n = 0;
    long id = entry(c, m, word, len, both, &n);
    return answer(c, id, n, max, out);
}

/* Makes byid hold slot i (new entries -1); 0 or -1. */
static int reserve_ids(morphcache_t *c, size_t i)
{
    if (i < c->idcap) return 0;
    size_t nc = c->idcap ? c->idcap * 2 : 8192;
    while (nc <= i) nc *= 2;
    int32_t *b = realloc(c->byid, nc * sizeof *b);
    if (!b) return -1;
    for (size_t k = c->idcap; k < nc; k++) b[k] = -1;
    c->byid = b;
    c->idcap = nc;
    return 0;
}

size_t morphcache_lookup_id(morphcache_t *c, const morph_t *m,
                            const void *space, int32_t id, const char *word,
                            size_t len, int both, size_t max,
                            const morph_ana_t **out)
{
    if (id < 0 || !space) return morphcache_lookup(c, m, word, len, both, max, out);
    if (space != c->space) {
        for (size_t i = 0; i < c->idcap; i++) c->byid[i] = -1;
        c->space = space;
    }
    size_t slot = (size_t)id * 2 + (both != 0);
    if (slot < c->idcap && c->byid[slot] >= 0)
        return answer(c, c->byid[slot], 0, max, out);
    size_t n = 0;
    long key = entry(c, m, word, len, both, &n);
    /* entry may have forgotten everything (byid too) before adding key */
    if (key >= 0 && reserve_ids(c, slot) == 0) c->byid[slot] = (int32_t)key;
    return answer(c, key, n, max, out);
}
