/* edges_harness: edge lists for the tests that compare dipnet's graph
 * kernels with igraph's (tests/test_spectral.c, tests/test_brandes.c):
 * building them by hand, Zachary's karate club from igraph, and seeded
 * random graphs.  Header-only, static: each test binary includes it once. */
#ifndef EDGES_HARNESS_H
#define EDGES_HARNESS_H

#include <igraph.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    size_t n, m;
    uint32_t *a, *b;
    double *w;          /* NULL: unweighted (all 1) */
} edges_t;

static void edges_alloc(edges_t *e, size_t n, size_t m, int weighted)
{
    e->n = n;
    e->m = m;
    e->a = calloc(m ? m : 1, sizeof *e->a);
    e->b = calloc(m ? m : 1, sizeof *e->b);
    e->w = weighted ? calloc(m ? m : 1, sizeof *e->w) : NULL;
    assert_non_null(e->a);
    assert_non_null(e->b);
    if (weighted) assert_non_null(e->w);
}

static void edges_free(edges_t *e)
{
    free(e->a);
    free(e->b);
    free(e->w);
    memset(e, 0, sizeof *e);
}

/* Sets edge *k to (a, b, w) and moves on. */
static void add(edges_t *e, size_t *k, uint32_t a, uint32_t b, double w)
{
    e->a[*k] = a;
    e->b[*k] = b;
    if (e->w) e->w[*k] = w;
    (*k)++;
}

static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Zachary's karate club (34 members, 78 ties, unweighted), from igraph. */
static void karate_edges(edges_t *e)
{
    igraph_t ig;
    assert_int_equal(igraph_famous(&ig, "Zachary"), 0);
    igraph_vector_int_t el;
    assert_int_equal(igraph_vector_int_init(&el, 0), 0);
    assert_int_equal(igraph_get_edgelist(&ig, &el, 0), 0);
    edges_alloc(e, (size_t)igraph_vcount(&ig), (size_t)igraph_ecount(&ig), 0);
    for (size_t k = 0; k < e->m; k++) {
        e->a[k] = (uint32_t)VECTOR(el)[2 * k];
        e->b[k] = (uint32_t)VECTOR(el)[2 * k + 1];
    }
    igraph_vector_int_destroy(&el);
    igraph_destroy(&ig);
    assert_int_equal(e->n, 34);
    assert_int_equal(e->m, 78);
}

/* Four components: K5 (weights 1..3), a weighted path of 4 nodes, a
 * triangle, and the isolated nodes 12..14. */
static void disconnected_edges(edges_t *e)
{
    edges_alloc(e, 15, 10 + 3 + 3, 1);
    size_t k = 0;
    for (uint32_t i = 0; i < 5; i++)
        for (uint32_t j = i + 1; j < 5; j++) add(e, &k, i, j, 1 + (i + j) % 3);
    add(e, &k, 5, 6, 2);
    add(e, &k, 6, 7, 1);
    add(e, &k, 7, 8, 3);
    add(e, &k, 9, 10, 1);
    add(e, &k, 10, 11, 1);
    add(e, &k, 9, 11, 1);
    assert_int_equal(k, e->m);
}

/* n nodes (the last 5 isolated), m distinct random pairs (seeded); the
 * weight of each is weight(r) for a random r in 0..99. */
static void random_graph(edges_t *e, size_t n, size_t m, uint64_t seed,
                         double (*weight)(uint64_t r))
{
    edges_alloc(e, n, m, 1);
    unsigned char *seen = calloc(n * n, 1);
    assert_non_null(seen);
    size_t k = 0;
    uint64_t s = seed;
    while (k < m) {
        uint32_t a = (uint32_t)(splitmix(&s) % (n - 5));
        uint32_t b = (uint32_t)(splitmix(&s) % (n - 5));
        if (a == b || seen[a * n + b]) continue;
        seen[a * n + b] = seen[b * n + a] = 1;
        add(e, &k, a, b, weight(splitmix(&s) % 100));
    }
    free(seen);
}

#endif
