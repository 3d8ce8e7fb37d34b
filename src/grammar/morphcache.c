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
    free(c->key2ent);
    free(c->ent);
    free(c->ana);
    free(c->byid);
    memset(c, 0, sizeof *c);
}

/* Forgets every word, keeping the arrays' memory. */
static void forget(morphcache_t *c)
{
    strtab_destroy(&c->keys);
    strtab_init(&c->keys);
    c->nent = 0;
    c->nkept = 0;
    c->nana = 0;
    if (c->byid) memset(c->byid, 0, c->idcap * sizeof *c->byid);
}

/* Forgets when full: called before a new entry is made. */
static void bound(morphcache_t *c)
{
    if (c->nkept >= c->limit || c->nana + MORPHCACHE_ANA > 8 * c->limit) forget(c);
}

static size_t ask_lexicon(morphcache_t *c, const morph_t *m, const char *word,
                          size_t len, int both, morph_ana_t *a)
{
    c->misses++;
    size_t n = both ? morph_lookup_both(m, word, len, a, MORPHCACHE_ANA)
                    : morph_lookup(m, word, len, a, MORPHCACHE_ANA);
    return n > MORPHCACHE_ANA ? MORPHCACHE_ANA : n;
}

/* Grows *p (elements of size sz, capacity *cap) to hold index i; 0 or -1. */
static int grow(void **p, size_t *cap, size_t i, size_t sz, size_t first)
{
    if (i < *cap) return 0;
    size_t nc = *cap ? *cap * 2 : first;
    while (nc <= i) nc *= 2;
    void *q = realloc(*p, nc * sz);
    if (!q) return -1;
    *p = q;
    *cap = nc;
    return 0;
}

/* The lexicon's answer for word, kept in ana: its place in *e, or 0 when
 * memory ran out (-1; the answer is then in c->scratch, its length in
 * *n). */
static int keep_answer(morphcache_t *c, const morph_t *m, const char *word,
                       size_t len, int both, morphcache_ent_t *e, size_t *n)
{
    if (grow((void **)&c->ana, &c->anacap, c->nana + MORPHCACHE_ANA, sizeof *c->ana, 8192)) {
        *n = ask_lexicon(c, m, word, len, both, c->scratch);
        return -1;
    }
    size_t k = ask_lexicon(c, m, word, len, both, c->ana + c->nana);
    *e = (morphcache_ent_t){ (uint32_t)c->nana, (uint32_t)k };
    c->nana += k;
    c->nkept++;
    return 0;
}

/* A new entry with the lexicon's answer for word; its number, or -1 when
 * memory ran out (the answer is then in c->scratch, its length in *n). */
static long new_entry(morphcache_t *c, const morph_t *m, const char *word,
                      size_t len, int both, size_t *n)
{
    if (grow((void **)&c->ent, &c->entcap, c->nent, sizeof *c->ent, 4096)) {
        *n = ask_lexicon(c, m, word, len, both, c->scratch);
        return -1;
    }
    if (keep_answer(c, m, word, len, both, &c->ent[c->nent], n)) return -1;
    return (long)c->nent++;
}

/* The entry of word in reading `both`, by its bytes, found or made; -1
 * when the word is not kept (too long, or memory ran out): the answer is
 * then in c->scratch and its length in *n. */
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
    bound(c);
    int added = 0;
    long id = strtab_intern(&c->keys, key, len + 1, &added);
    if (id >= 0 && !added) return c->key2ent[id];
    if (id < 0 || grow((void **)&c->key2ent, &c->keycap, (size_t)id, sizeof *c->key2ent, 4096)) {
        /* out of memory: answer, and start again empty next time */
        forget(c);
        *n = ask_lexicon(c, m, word, len, both, c->scratch);
        return -1;
    }
    long e = new_entry(c, m, word, len, both, n);
    if (e < 0) {
        forget(c);
        return -1;
    }
    c->key2ent[id] = (int32_t)e;
    return e;
}

/* The answer of entry e (or of the scratch when e < 0), at most max. */
static size_t answer(const morphcache_t *c, long e, size_t n, size_t max,
                     const morph_ana_t **out)
{
    if (max > MORPHCACHE_ANA) max = MORPHCACHE_ANA;
    if (e < 0) {
        *out = c->scratch;
    } else {
        *out = c->ana + c->ent[e].first;
        n = c->ent[e].count;
    }
    return n < max ? n : max;
}

size_t morphcache_lookup(morphcache_t *c, const morph_t *m, const char *word,
                         size_t len, int both, size_t max,
                         const morph_ana_t **out)
{
    size_t n = 0;
    long e = entry(c, m, word, len, both, &n);
    return answer(c, e, n, max, out);
}

/* Makes byid hold slot i (new places not yet known); 0 or -1.  It starts
 * with room for the ids of a few hundred texts. */
static int reserve_ids(morphcache_t *c, size_t i)
{
    if (i < c->idcap) return 0;
    size_t nc = c->idcap ? c->idcap * 2 : (size_t)1 << 17;
    while (nc <= i) nc *= 2;
    morphcache_ent_t *b;
    if (!c->byid) {
        b = calloc(nc, sizeof *b);
    } else {
        b = realloc(c->byid, nc * sizeof *b);
        if (b) memset(b + c->idcap, 0, (nc - c->idcap) * sizeof *b);
    }
    if (!b) return -1;
    c->byid = b;
    c->idcap = nc;
    return 0;
}

/* The slot of id in space, or NULL when ids of space are not kept. */
static const morphcache_ent_t *known(const morphcache_t *c, const void *space,
                                     int32_t id, int both)
{
    if (id < 0 || !space || space != c->space) return NULL;
    size_t slot = (size_t)id * 2 + (both != 0);
    if (slot >= c->idcap || c->byid[slot].count == 0) return NULL;
    return &c->byid[slot];
}

size_t morphcache_lookup_id(morphcache_t *c, const morph_t *m,
                            const void *space, int32_t id, const char *word,
                            size_t len, int both, size_t max,
                            const morph_ana_t **out)
{
    if (id < 0 || !space) return morphcache_lookup(c, m, word, len, both, max, out);
    if (max > MORPHCACHE_ANA) max = MORPHCACHE_ANA;
    if (space != c->space) {
        if (c->byid) memset(c->byid, 0, c->idcap * sizeof *c->byid);
        c->space = space;
    }
    const morphcache_ent_t *e = known(c, space, id, both);
    size_t n = 0;
    if (!e) {
        size_t slot = (size_t)id * 2 + (both != 0);
        bound(c);
        morphcache_ent_t got;
        if (reserve_ids(c, slot) == 0 && keep_answer(c, m, word, len, both, &got, &n) == 0) {
            c->byid[slot] = (morphcache_ent_t){ got.first, got.count + 1 };
            e = &c->byid[slot];
        } else if (slot >= c->idcap) {
            n = ask_lexicon(c, m, word, len, both, c->scratch);
        }
    }
    if (e) {
        *out = c->ana + e->first;
        n = e->count - 1;
    } else {
        *out = c->scratch;
    }
    return n < max ? n : max;
}

int morphcache_has_id(const morphcache_t *c, const void *space, int32_t id, int both)
{
    return known(c, space, id, both) != NULL;
}

void morphcache_prefetch_id(const morphcache_t *c, const morph_t *m, const void *space,
                            int32_t id, const char *word, size_t len, int both)
{
    const morphcache_ent_t *e = known(c, space, id, both);
    if (e) __builtin_prefetch(c->ana + e->first);
    else morph_prefetch(m, word, len);
}
