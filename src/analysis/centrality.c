#include "analysis/centrality.h"

#include <igraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/igraph_guard.h"
#include "util/diag.h"
#include "util/timing.h"

static const char *const names[M_COUNT] = {
    "degree", "strength", "visits_made", "visits_hosted",
    "betweenness", "harmonic", "eigenvector", "pagerank"};

static const char *const helps[M_COUNT] = {
    "number of distinct partners",
    "number of events with partners (sum of edge weights)",
    "visits the actor made (travelled to the partner)",
    "visits the actor hosted (the partner travelled to it)",
    "shortest paths through the actor, distance = 1/weight (broker role)",
    "mean of 1/distance to every other actor, distance = 1/weight (above 1 when partners share many events)",
    "eigenvector centrality, weighted, scaled so the maximum is 1",
    "PageRank, weighted, damping 0.85 (sums to 1)"};

const char *measure_name(measure_t m) { return names[m]; }
const char *measure_help(measure_t m) { return helps[m]; }

int measure_parse(const char *s, size_t n)
{
    for (int i = 0; i < M_COUNT; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0) return i;
    return -1;
}

long measure_parse_list(const char *s, size_t *bad)
{
    unsigned long mask = 0;
    const char *p = s;
    for (;;) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        int m = measure_parse(p, n);
        if (n == 3 && memcmp(p, "all", 3) == 0) mask |= M_ALL;
        else if (m < 0) {
            if (bad) *bad = (size_t)(p - s);
            return -1;
        } else mask |= 1u << m;
        if (!c) break;
        p = c + 1;
    }
    return (long)mask;
}

void cent_opts_init(cent_opts_t *o)
{
    memset(o, 0, sizeof *o);
    o->mask = M_ALL;
    o->exact_limit = CENT_EXACT_LIMIT;
    o->seed = 42;
}

void cent_destroy(cent_t *c)
{
    for (int m = 0; m < M_COUNT; m++) free(c->val[m]);
    memset(c, 0, sizeof *c);
}

/* A small deterministic generator: the sample must not depend on igraph's
 * RNG state or the platform's rand(). */
static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static int to_array(const igraph_vector_t *v, size_t n, double **out)
{
    double *a = malloc((n ? n : 1) * sizeof *a);
    if (!a) return -1;
    for (size_t i = 0; i < n; i++) {
        double x = VECTOR(*v)[i];
        a[i] = isfinite(x) ? x : 0;
    }
    *out = a;
    return 0;
}

typedef struct {
    igraph_t g;
    igraph_vector_t w;      /* events per edge */
    igraph_vector_t dist;   /* 1 / events */
    int have_g, have_w, have_dist;
} graph_t;

static void graph_free(graph_t *gr)
{
    if (gr->have_g) igraph_destroy(&gr->g);
    if (gr->have_w) igraph_vector_destroy(&gr->w);
    if (gr->have_dist) igraph_vector_destroy(&gr->dist);
}

/* LSD radix sort of 64-bit keys (by the high 32 bits, the source actor):
 * linear time for the million-edge graphs of event datasets. */
static int sort_u64(uint64_t *v, size_t n)
{
    if (n < 2) return 0;
    /* No unsorted fall-back: another edge order changes the last digits
     * of the measures, and the same input must give the same output. */
    uint64_t *tmp = malloc(n * sizeof *tmp);
    if (!tmp) return -1;
    uint64_t *src = v, *dst = tmp;
    for (int shift = 32; shift < 64; shift += 16) {
        size_t count[65537] = {0};
        for (size_t i = 0; i < n; i++) count[((src[i] >> shift) & 0xFFFF) + 1]++;
        for (size_t i = 0; i < 65536; i++) count[i + 1] += count[i];
        for (size_t i = 0; i < n; i++) dst[count[(src[i] >> shift) & 0xFFFF]++] = src[i];
        uint64_t *t = src; src = dst; dst = t;
    }
    /* two passes: the result is back in v */
    free(tmp);
    return 0;
}

static int graph_build(const net_t *net, int with_aff, graph_t *gr)
{
    memset(gr, 0, sizeof *gr);
    size_t m = 0;
    for (size_t i = 0; i < net->nedges; i++)
        if (net_edge_weight(&net->edges[i], with_aff)) m++;
    igraph_vector_int_t el;
    igraph_error_t err;
    if ((err = igraph_vector_int_init(&el, (igraph_integer_t)(2 * m))))
        return igraph_guard_fail("building the graph", err);
    if ((err = igraph_vector_init(&gr->w, (igraph_integer_t)m))) {
        igraph_vector_int_destroy(&el);
        return igraph_guard_fail("building the graph", err);
    }
    gr->have_w = 1;
    if ((err = igraph_vector_init(&gr->dist, (igraph_integer_t)m))) {
        igraph_vector_int_destroy(&el);
        return igraph_guard_fail("building the graph", err);
    }
    gr->have_dist = 1;
    /* Edges in (a, b) order: igraph's radix-sorted index then walks
     * memory in order, which halves igraph_create on big graphs. */
    uint64_t *order = malloc((m ? m : 1) * sizeof *order);
    if (!order) {
        igraph_vector_int_destroy(&el);
        return diag_nomem("building the graph");
    }
    size_t k = 0;
    for (size_t i = 0; i < net->nedges; i++)
        if (net_edge_weight(&net->edges[i], with_aff))
            order[k++] = ((uint64_t)net->edges[i].a << 32) | (uint64_t)i;
    if (sort_u64(order, m) < 0) {
        free(order);
        igraph_vector_int_destroy(&el);
        return diag_nomem("building the graph");
    }
    for (k = 0; k < m; k++) {
        const net_edge_t *e = &net->edges[(uint32_t)order[k]];
        uint32_t wt = net_edge_weight(e, with_aff);
        VECTOR(el)[2 * k] = e->a;
        VECTOR(el)[2 * k + 1] = e->b;
        VECTOR(gr->w)[k] = wt;
        VECTOR(gr->dist)[k] = 1.0 / wt;
    }
    free(order);
    err = igraph_create(&gr->g, &el, (igraph_integer_t)net->nactors,
                        IGRAPH_UNDIRECTED);
    igraph_vector_int_destroy(&el);
    if (err) return igraph_guard_fail("building the graph", err);
    gr->have_g = 1;
    return DN_OK;
}

/* How many sources to sample for the O(nm) measures: 0 = exact. */
static long sample_size(size_t n, const cent_opts_t *o)
{
    long k = o->samples;
    int sample = !o->exact &&
                 (k > 0 || (long)n > (o->exact_limit > 0 ? o->exact_limit
                                                         : CENT_EXACT_LIMIT));
    if (sample && k <= 0) k = CENT_DEFAULT_SAMPLES;
    return sample && k < (long)n ? k : 0;
}

/* k distinct actors drawn uniformly (partial Fisher-Yates, seeded). */
static igraph_error_t draw_sources(size_t n, long k, unsigned long seed,
                                   igraph_vector_int_t *src)
{
    igraph_error_t err = igraph_vector_int_init(src, (igraph_integer_t)n);
    if (err) return err;
    for (size_t i = 0; i < n; i++) VECTOR(*src)[i] = (igraph_integer_t)i;
    uint64_t state = seed;
    for (long i = 0; i < k; i++) {
        size_t j = (size_t)i + splitmix(&state) % (n - (size_t)i);
        igraph_integer_t t = VECTOR(*src)[i];
        VECTOR(*src)[i] = VECTOR(*src)[j];
        VECTOR(*src)[j] = t;
    }
    return igraph_vector_int_resize(src, k);
}

/* Harmonic closeness, exact, or estimated from k sampled sources: the graph
 * is undirected, so 1/d(s, v) over sampled s, scaled to n-1 others,
 * estimates v's sum over everybody (Eppstein-Wang).  Distances come in
 * batches so memory stays at batch x n. */
static int harmonic(const graph_t *gr, size_t n, const cent_opts_t *o,
                    igraph_vector_t *res, long *sources_used)
{
    long k = sample_size(n, o);
    *sources_used = k;
    if (!k)
        return igraph_harmonic_centrality(&gr->g, res, igraph_vss_all(),
                                          IGRAPH_ALL, &gr->dist, 1);
    igraph_vector_int_t src;
    igraph_error_t err = draw_sources(n, k, o->seed ^ 0x5bd1e995UL, &src);
    if (err) return err;
    igraph_vector_null(res);
    igraph_matrix_t d;
    const long batch = 16;
    if ((err = igraph_matrix_init(&d, 0, 0))) {
        igraph_vector_int_destroy(&src);
        return err;
    }
    for (long b = 0; b < k && !err; b += batch) {
        long m = k - b < batch ? k - b : batch;
        igraph_vector_int_t part;
        igraph_vector_int_view(&part, VECTOR(src) + b, m);
        igraph_vs_t from;
        igraph_vs_vector(&from, &part);
        err = igraph_distances_dijkstra(&gr->g, &d, from, igraph_vss_all(),
                                        &gr->dist, IGRAPH_ALL);
        for (long r = 0; !err && r < m; r++)
            for (size_t v = 0; v < n; v++) {
                double x = MATRIX(d, r, (igraph_integer_t)v);
                if (x > 0 && isfinite(x)) VECTOR(*res)[v] += 1.0 / x;
            }
    }
    igraph_matrix_destroy(&d);
    igraph_vector_int_destroy(&src);
    if (err) return err;
    /* Sampled sources exclude nobody: a source's own 0 distance adds
     * nothing, so (1/k) sum over sources, times n/(n-1), estimates the
     * mean over the n-1 others. */
    igraph_vector_scale(res, (double)n / ((double)k * (double)(n - 1)));
    return IGRAPH_SUCCESS;
}

static int betweenness(const graph_t *gr, size_t n, const cent_opts_t *o,
                       igraph_vector_t *res, long *sources_used)
{
    long k = sample_size(n, o);
    if (!k) {
        *sources_used = 0;
        return igraph_betweenness(&gr->g, res, igraph_vss_all(), 0,
                                  &gr->dist);
    }
    /* Brandes–Pich: k sources drawn uniformly without replacement; each
     * source's dependencies scaled by n/k estimate the total. */
    igraph_vector_int_t src;
    igraph_error_t err = draw_sources(n, k, o->seed, &src);
    if (err) return err;
    igraph_vs_t sources;
    igraph_vs_vector(&sources, &src);
    err = igraph_betweenness_subset(&gr->g, res, igraph_vss_all(), 0, sources,
                                    igraph_vss_all(), &gr->dist);
    igraph_vector_int_destroy(&src);
    if (err) return err;
    /* igraph counts each (source, target) pair with the undirected halving
     * of the full computation, so the k-source sum estimates k/n of the
     * total: scale by n/k (pinned by the test against exact values). */
    igraph_vector_scale(res, (double)n / (double)k);
    *sources_used = k;
    return IGRAPH_SUCCESS;
}

int cent_compute(const net_t *net, const cent_opts_t *o, cent_t *out)
{
    igraph_guard_install();
    /* ARPACK (eigenvector) draws its start from igraph's RNG: seed it, so
     * that the measures depend on the network only, not on what ran
     * before in this process. */
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o->seed);
    memset(out, 0, sizeof *out);
    size_t n = net->nactors;
    out->n = n;
    out->mask = o->mask;
    graph_t gr;
    timing_mark(NULL);
    int rc = graph_build(net, o->with_affiliations, &gr);
    timing_mark("graph");
    if (rc) {
        graph_free(&gr);
        return rc;
    }
    igraph_vector_t res;
    igraph_error_t err = igraph_vector_init(&res, (igraph_integer_t)n);
    if (err) {
        graph_free(&gr);
        return igraph_guard_fail("centrality", err);
    }
    for (int m = 0; m < M_COUNT && !rc; m++) {
        if (!(o->mask & (1u << m))) continue;
        const char *what = names[m];
        err = IGRAPH_SUCCESS;
        switch ((measure_t)m) {
        case M_DEGREE:
        {
            igraph_vector_int_t deg;
            err = igraph_vector_int_init(&deg, (igraph_integer_t)n);
            if (!err) {
                err = igraph_degree(&gr.g, &deg, igraph_vss_all(), IGRAPH_ALL,
                                    1);
                for (size_t i = 0; !err && i < n; i++)
                    VECTOR(res)[i] = (double)VECTOR(deg)[i];
                igraph_vector_int_destroy(&deg);
            }
            break;
        }
        case M_STRENGTH:
            /* loops=1: there are none (self-loops are dropped on input),
             * and igraph's loop-excluding path is much slower. */
            err = igraph_strength(&gr.g, &res, igraph_vss_all(), IGRAPH_ALL, 1,
                                  &gr.w);
            break;
        case M_VISITS_MADE:
        case M_VISITS_HOSTED:
            for (size_t i = 0; i < n; i++)
                VECTOR(res)[i] = m == M_VISITS_MADE
                                     ? net->actors[i].visits_made
                                     : net->actors[i].visits_hosted;
            break;
        case M_BETWEENNESS:
            err = betweenness(&gr, n, o, &res, &out->betweenness_sources);
            if (!err && o->normalized && n > 2)
                igraph_vector_scale(&res, 2.0 / ((double)(n - 1) * (n - 2)));
            break;
        case M_HARMONIC:
            err = harmonic(&gr, n, o, &res, &out->harmonic_sources);
            break;
        case M_EIGENVECTOR:
            if (igraph_ecount(&gr.g) == 0) igraph_vector_null(&res);
            else
                err = igraph_eigenvector_centrality(&gr.g, &res, NULL, 0, 1,
                                                    &gr.w, NULL);
            break;
        case M_PAGERANK:
            err = igraph_pagerank(&gr.g, IGRAPH_PAGERANK_ALGO_PRPACK, &res,
                                  NULL, igraph_vss_all(), 0, 0.85, &gr.w,
                                  NULL);
            break;
        default:
            break;
        }
        timing_mark(what);
        if (err) rc = igraph_guard_fail(what, err);
        else if (to_array(&res, n, &out->val[m]) < 0) rc = diag_nomem(what);
    }
    igraph_vector_destroy(&res);
    graph_free(&gr);
    if (rc) cent_destroy(out);
    return rc;
}

typedef struct {
    const net_t *net;
    const double *v;
    const double *tie;   /* second key: strength (or degree), if computed */
} rank_ctx_t;

static rank_ctx_t rank_ctx; /* qsort has no context argument in C11 */

/* Values equal to 1e-9 relative are ties: floating noise from iterative
 * solvers must not decide the order. */
static int cmp_desc(const double *v, uint32_t a, uint32_t b)
{
    if (!v) return 0;
    double x = v[a], y = v[b];
    double tol = 1e-9 * (fabs(x) > fabs(y) ? fabs(x) : fabs(y));
    if (x > y + tol) return -1;
    if (y > x + tol) return 1;
    return 0;
}

static int rank_cmp(const void *pa, const void *pb)
{
    uint32_t a = *(const uint32_t *)pa, b = *(const uint32_t *)pb;
    int c0 = cmp_desc(rank_ctx.v, a, b);
    if (c0) return c0;
    /* Equal degree: more events first (then the name decides). */
    if ((c0 = cmp_desc(rank_ctx.tie, a, b))) return c0;
    int c = strcmp(net_actor_name(rank_ctx.net, a),
                   net_actor_name(rank_ctx.net, b));
    if (c) return c;
    return (int)rank_ctx.net->actors[a].kind - (int)rank_ctx.net->actors[b].kind;
}

void cent_rank(const net_t *net, const cent_t *c, measure_t m, uint32_t *ids,
               size_t n)
{
    rank_ctx.net = net;
    rank_ctx.v = c->val[m];
    rank_ctx.tie = c->val[m == M_STRENGTH ? M_DEGREE : M_STRENGTH];
    qsort(ids, n, sizeof *ids, rank_cmp);
    rank_ctx.v = rank_ctx.tie = NULL;
}

/* Min-heap on rank order: the root is the worst of the k kept so far. */
static void sift_down(uint32_t *h, size_t k, size_t i)
{
    for (;;) {
        size_t l = 2 * i + 1, r = l + 1, w = i;
        if (l < k && rank_cmp(&h[l], &h[w]) > 0) w = l;
        if (r < k && rank_cmp(&h[r], &h[w]) > 0) w = r;
        if (w == i) return;
        uint32_t t = h[i]; h[i] = h[w]; h[w] = t;
        i = w;
    }
}

void cent_rank_top(const net_t *net, const cent_t *c, measure_t m,
                   uint32_t *ids, size_t n, size_t k)
{
    if (k == 0 || k * 4 >= n) {
        cent_rank(net, c, m, ids, n);
        return;
    }
    rank_ctx.net = net;
    rank_ctx.v = c->val[m];
    rank_ctx.tie = c->val[m == M_STRENGTH ? M_DEGREE : M_STRENGTH];
    for (size_t i = k / 2; i-- > 0;) sift_down(ids, k, i);
    for (size_t i = k; i < n; i++)
        if (rank_cmp(&ids[i], &ids[0]) < 0) {
            uint32_t t = ids[0]; ids[0] = ids[i]; ids[i] = t;
            sift_down(ids, k, 0);
        }
    qsort(ids, k, sizeof *ids, rank_cmp);
    rank_ctx.v = rank_ctx.tie = NULL;
}
