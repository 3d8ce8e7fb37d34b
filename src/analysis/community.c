#include "analysis/community.h"

#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/igraph_guard.h"
#include "util/diag.h"

int community_alg_parse(const char *s)
{
    if (!s) return -1;
    if (!strcmp(s, "louvain") || !strcmp(s, "multilevel"))
        return COMMUNITY_LOUVAIN;
    if (!strcmp(s, "leiden")) return COMMUNITY_LEIDEN;
    return -1;
}

const char *community_alg_name(community_alg_t a)
{
    return a == COMMUNITY_LEIDEN ? "leiden" : "louvain";
}

void community_destroy(community_t *c)
{
    if (!c) return;
    free(c->membership);
    free(c->size);
    memset(c, 0, sizeof *c);
}

static int failed(igraph_error_t err)
{
    return igraph_guard_fail("communities", err);
}

typedef struct {
    igraph_t g;
    igraph_vector_t w;
    int have_g, have_w;
} cgraph_t;

static void cgraph_free(cgraph_t *gr)
{
    if (gr->have_g) igraph_destroy(&gr->g);
    if (gr->have_w) igraph_vector_destroy(&gr->w);
}

static igraph_error_t cgraph_build(const net_t *net, int with_aff,
                                   cgraph_t *gr)
{
    memset(gr, 0, sizeof *gr);
    size_t m = 0;
    for (size_t i = 0; i < net->nedges; i++)
        if (net_edge_weight(net, &net->edges[i], with_aff)) m++;
    igraph_vector_int_t el;
    igraph_error_t err = igraph_vector_int_init(&el, (igraph_integer_t)(2 * m));
    if (err) return err;
    if ((err = igraph_vector_init(&gr->w, (igraph_integer_t)m))) {
        igraph_vector_int_destroy(&el);
        return err;
    }
    gr->have_w = 1;
    size_t k = 0;
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        uint32_t wt = net_edge_weight(net, e, with_aff);
        if (!wt) continue;
        VECTOR(el)[2 * k] = e->a;
        VECTOR(el)[2 * k + 1] = e->b;
        VECTOR(gr->w)[k] = wt;
        k++;
    }
    err = igraph_create(&gr->g, &el, (igraph_integer_t)net->nactors,
                        IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&el);
    if (!err) gr->have_g = 1;
    return err;
}

/* Leiden with the modularity objective: node weight = strength, resolution
 * 1/(2m).  One iteration at a time from the previous partition until it
 * stops changing, at most LEIDEN_MAX_ITER times: igraph's "until stable"
 * (n_iterations < 0) has no bound of its own. */
#define LEIDEN_MAX_ITER 50

static igraph_error_t leiden(const cgraph_t *gr, igraph_vector_int_t *memb)
{
    igraph_integer_t n = igraph_vcount(&gr->g);
    igraph_vector_t strength;
    igraph_vector_int_t prev;
    igraph_error_t err = igraph_vector_init(&strength, n);
    if (err) return err;
    if ((err = igraph_vector_int_init(&prev, n))) {
        igraph_vector_destroy(&strength);
        return err;
    }
    err = igraph_strength(&gr->g, &strength, igraph_vss_all(), IGRAPH_ALL, 1,
                          &gr->w);
    double total = igraph_vector_sum(&gr->w);
    for (igraph_integer_t i = 0; !err && i < n; i++) VECTOR(*memb)[i] = i;
    for (int it = 0; !err && it < LEIDEN_MAX_ITER; it++) {
        if ((err = igraph_vector_int_update(&prev, memb))) break;
        igraph_integer_t nc = 0;
        igraph_real_t quality = 0;
        err = igraph_community_leiden(&gr->g, &gr->w, &strength,
                                      1.0 / (2.0 * total), 0.01, 1, 1, memb,
                                      &nc, &quality);
        if (!err && igraph_vector_int_all_e(&prev, memb)) break;
    }
    igraph_vector_int_destroy(&prev);
    igraph_vector_destroy(&strength);
    return err;
}

static const net_t *order_net;

/* Communities by decreasing size, then by their first member's name. */
typedef struct {
    size_t size;
    uint32_t first;   /* alphabetically first member */
    long old;
} rank_t;

static int rank_cmp(const void *pa, const void *pb)
{
    const rank_t *a = pa, *b = pb;
    if (a->size != b->size) return a->size > b->size ? -1 : 1;
    int c = strcmp(net_actor_name(order_net, a->first),
                   net_actor_name(order_net, b->first));
    if (c) return c;
    return a->first < b->first ? -1 : a->first > b->first;
}

/* Renumbers igraph's membership into out->membership / size. */
static int renumber(const net_t *net, const igraph_vector_int_t *memb,
                    community_t *out)
{
    size_t n = net->nactors, k = 0;
    for (size_t i = 0; i < n; i++)
        if ((size_t)VECTOR(*memb)[i] + 1 > k) k = (size_t)VECTOR(*memb)[i] + 1;
    rank_t *r = calloc(k ? k : 1, sizeof *r);
    long *map = malloc((k ? k : 1) * sizeof *map);
    if (!r || !map) {
        free(r);
        free(map);
        return diag_nomem("communities");
    }
    for (size_t c = 0; c < k; c++) r[c].old = (long)c;
    for (size_t i = 0; i < n; i++) {
        rank_t *x = &r[VECTOR(*memb)[i]];
        if (!x->size || strcmp(net_actor_name(net, i),
                               net_actor_name(net, x->first)) < 0)
            x->first = (uint32_t)i;
        x->size++;
    }
    order_net = net;
    qsort(r, k, sizeof *r, rank_cmp);
    size_t big = 0;
    for (size_t c = 0; c < k; c++) {
        map[r[c].old] = r[c].size >= 2 ? (long)c : -1;
        if (r[c].size >= 2) big++;
    }
    out->size = malloc((big ? big : 1) * sizeof *out->size);
    if (!out->size) {
        free(r);
        free(map);
        return diag_nomem("communities");
    }
    for (size_t c = 0; c < big; c++) out->size[c] = r[c].size;
    out->ncommunities = big;
    for (size_t i = 0; i < n; i++) {
        out->membership[i] = map[VECTOR(*memb)[i]];
        if (out->membership[i] < 0) out->nsingletons++;
    }
    free(r);
    free(map);
    return DN_OK;
}

int community_detect(const net_t *net, community_alg_t alg,
                     int with_affiliations, unsigned long seed,
                     community_t *out)
{
    memset(out, 0, sizeof *out);
    out->alg = alg;
    out->n = net->nactors;
    out->membership = malloc((net->nactors ? net->nactors : 1) *
                             sizeof *out->membership);
    if (!out->membership) return diag_nomem("communities");
    if (!net->nactors) {
        out->size = malloc(sizeof *out->size);
        return out->size ? DN_OK : diag_nomem("communities");
    }
    igraph_guard_install();
    int rc = DN_OK;
    cgraph_t gr;
    igraph_vector_int_t memb;
    int have_memb = 0;
    igraph_error_t err = cgraph_build(net, with_affiliations, &gr);
    if (!err && !(err = igraph_vector_int_init(&memb, igraph_vcount(&gr.g))))
        have_memb = 1;
    if (!err) err = igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)seed);
    if (!err) {
        if (igraph_ecount(&gr.g) == 0) {
            /* Every actor alone; igraph would only say so more slowly. */
            for (size_t i = 0; i < net->nactors; i++) VECTOR(memb)[i] =
                (igraph_integer_t)i;
        } else if (alg == COMMUNITY_LEIDEN) {
            err = leiden(&gr, &memb);
        } else {
            err = igraph_community_multilevel(&gr.g, &gr.w, 1.0, &memb, NULL,
                                              NULL);
        }
    }
    if (!err && igraph_ecount(&gr.g) > 0)
        err = igraph_modularity(&gr.g, &memb, &gr.w, 1.0, 0, &out->modularity);
    if (err) rc = failed(err);
    else rc = renumber(net, &memb, out);
    if (have_memb) igraph_vector_int_destroy(&memb);
    cgraph_free(&gr);
    return rc;
}

static int member_cmp(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    int c = strcmp(net_actor_name(order_net, a), net_actor_name(order_net, b));
    if (c) return c;
    return a < b ? -1 : a > b;
}

uint32_t *community_members(const net_t *net, const community_t *c, size_t k,
                            size_t *n)
{
    *n = 0;
    if (k >= c->ncommunities) return NULL;
    uint32_t *ids = malloc((c->size[k] ? c->size[k] : 1) * sizeof *ids);
    if (!ids) {
        diag_nomem("communities");
        return NULL;
    }
    size_t m = 0;
    for (size_t i = 0; i < c->n && m < c->size[k]; i++)
        if (c->membership[i] == (long)k) ids[m++] = (uint32_t)i;
    order_net = net;
    qsort(ids, m, sizeof *ids, member_cmp);
    *n = m;
    return ids;
}
