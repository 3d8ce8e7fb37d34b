#include "grammar/rolecache.h"

#include <stdlib.h>
#include <string.h>

void rolecache_init(rolecache_t *c) { memset(c, 0, sizeof *c); }

void rolecache_destroy(rolecache_t *c)
{
    free(c->key);
    free(c->role);
    memset(c, 0, sizeof *c);
}

static size_t slot_of(const char *p, size_t cap)
{
    uint64_t h = (uint64_t)(uintptr_t)p * 0x9E3779B97F4A7C15ULL;
    return (size_t)(h >> 32) & (cap - 1);
}

static void forget(rolecache_t *c)
{
    if (c->key) memset(c->key, 0, c->cap * sizeof *c->key);
    c->n = 0;
}

/* Doubles the table (rehashing what it holds); 0 or -1. */
static int grow(rolecache_t *c)
{
    size_t nc = c->cap ? c->cap * 2 : 1024;
    const char **k = calloc(nc, sizeof *k);
    unsigned *r = malloc(nc * sizeof *r);
    if (!k || !r) { free(k); free(r); return -1; }
    for (size_t i = 0; i < c->cap; i++) {
        if (!c->key[i]) continue;
        size_t j = slot_of(c->key[i], nc);
        while (k[j]) j = (j + 1) & (nc - 1);
        k[j] = c->key[i];
        r[j] = c->role[i];
    }
    free(c->key);
    free(c->role);
    c->key = k;
    c->role = r;
    c->cap = nc;
    return 0;
}

unsigned rolecache_get(rolecache_t *c, const gram_roles_t *g, const char *lemma)
{
    if (g != c->g) {
        forget(c);
        c->g = g;
    }
    if (c->cap) {
        for (size_t i = slot_of(lemma, c->cap); c->key[i]; i = (i + 1) & (c->cap - 1))
            if (c->key[i] == lemma) return c->role[i];
    }
    unsigned role = gram_roles_get(g, lemma, strlen(lemma));
    if (c->n >= ROLECACHE_MAX) forget(c);
    if ((c->n + 1) * 2 > c->cap && grow(c) < 0) return role;
    size_t i = slot_of(lemma, c->cap);
    while (c->key[i]) i = (i + 1) & (c->cap - 1);
    c->key[i] = lemma;
    c->role[i] = role;
    c->n++;
    return role;
}
