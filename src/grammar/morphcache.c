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
    memset(c, 0, sizeof *c);
}

/* Forgets every word, keeping the arrays' memory. */
static void forget(morphcache_t *c)
{
    strtab_destroy(&c->keys);
    strtab_init(&c->keys);
    c->nana = 0;
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

size_t morphcache_lookup(morphcache_t *c, const morph_t *m, const char *word,
                         size_t len, int both, size_t max,
                         const morph_ana_t **out)
{
    if (max > MORPHCACHE_ANA) max = MORPHCACHE_ANA;
    char key[128];
    if (len + 1 > sizeof key) {   /* long words are rare: not kept */
        size_t n = ask_lexicon(c, m, word, len, both, c->scratch);
        *out = c->scratch;
        return n < max ? n : max;
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
        size_t n = ask_lexicon(c, m, word, len, both, c->scratch);
        *out = c->scratch;
        return n < max ? n : max;
    }
    if (added) {
        size_t n = ask_lexicon(c, m, word, len, both, c->ana + c->nana);
        c->first[id] = (uint32_t)c->nana;
        c->count[id] = (uint8_t)n;
        c->nana += n;
    }
    *out = c->ana + c->first[id];
    return c->count[id] < max ? c->count[id] : max;
}
