#include "util/pairindex.h"

#include <stdlib.h>
#include <string.h>

void pairindex_init(pairindex_t *p)
{
    memset(p, 0, sizeof *p);
}

void pairindex_destroy(pairindex_t *p)
{
    free(p->slots);
    free(p->val);
    free(p->next);
    memset(p, 0, sizeof *p);
}

void pairindex_clear(pairindex_t *p)
{
    for (size_t i = 0; i < p->nslots; i++) p->slots[i].head = -1;
    p->nkeys = 0;
    p->n = 0;
}

static uint32_t hash3(uint32_t rel, uint32_t a, uint32_t b)
{
    uint64_t h = ((uint64_t)a << 32 | b) * 0x9E3779B97F4A7C15ull;
    h ^= (uint64_t)rel * 0xC2B2AE3D27D4EB4Full;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(h >> 32);
}

static void norm(uint32_t *a, uint32_t *b, int undirected)
{
    if (undirected && *a > *b) { uint32_t t = *a; *a = *b; *b = t; }
}

/* The slot of the key, or the empty slot where it would go. */
static pairindex_slot_t *find(pairindex_t *p, uint32_t rel, uint32_t a, uint32_t b)
{
    size_t mask = p->nslots - 1, i = hash3(rel, a, b) & mask;
    for (;; i = (i + 1) & mask) {
        p->work++;
        pairindex_slot_t *s = &p->slots[i];
        if (s->head < 0 || (s->rel == rel && s->a == a && s->b == b)) return s;
    }
}

static int grow(pairindex_t *p)
{
    size_t ns = p->nslots ? p->nslots * 2 : 64;
    pairindex_slot_t *old = p->slots, *nw = malloc(ns * sizeof *nw);
    if (!nw) return -1;
    for (size_t i = 0; i < ns; i++) nw[i].head = -1;
    size_t on = p->nslots;
    p->slots = nw;
    p->nslots = ns;
    for (size_t i = 0; i < on; i++)
        if (old[i].head >= 0) *find(p, old[i].rel, old[i].a, old[i].b) = old[i];
    free(old);
    return 0;
}

int pairindex_add(pairindex_t *p, uint32_t rel, uint32_t a, uint32_t b,
                  int undirected, uint32_t item)
{
    norm(&a, &b, undirected);
    if (2 * (p->nkeys + 1) > p->nslots && grow(p) < 0) return -1;
    if (p->n == p->cap) {
        size_t nc = p->cap ? p->cap * 2 : 64;
        uint32_t *v = realloc(p->val, nc * sizeof *v);
        if (!v) return -1;
        p->val = v;
        int32_t *nx = realloc(p->next, nc * sizeof *nx);
        if (!nx) return -1;
        p->next = nx;
        p->cap = nc;
    }
    int32_t e = (int32_t)p->n++;
    p->val[e] = item;
    p->next[e] = -1;
    pairindex_slot_t *s = find(p, rel, a, b);
    if (s->head < 0) {
        s->rel = rel; s->a = a; s->b = b;
        s->head = s->tail = e;
        p->nkeys++;
    } else {
        p->next[s->tail] = e;
        s->tail = e;
    }
    return 0;
}

int32_t pairindex_first(pairindex_t *p, uint32_t rel, uint32_t a, uint32_t b,
                        int undirected)
{
    if (!p->nslots) return -1;
    norm(&a, &b, undirected);
    return find(p, rel, a, b)->head;
}
