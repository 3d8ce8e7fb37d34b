#include "analysis/reference.h"

#include <igraph.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/igraph_guard.h"
#include "util/diag.h"
#include "util/timing.h"

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
        if (net_edge_weight(net, &net->edges[i], with_aff)) m++;
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
        if (net_edge_weight(net, &net->edges[i], with_aff))
            order[k++] = ((uint64_t)net->edges[i].a << 32) | (uint64_t)i;
    if (sort_u64(order, m) < 0) {
        free(order);
        igraph_vector_int_destroy(&el);
        return diag_nomem("building the graph");
    }
    for (k = 0; k < m; k++) {
        const net_edge_t *e = &net->edges[(uint32_t)order[k]];
        uint32_t wt = net_edge_weight(net, e, with_aff);
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

/* A value as dipnet reports it: non-finite as 0, and no negative zero
 * (ARPACK returns -0 for isolated actors; reports would print "-0"). */
static double clean(double x)
{
    return isfinite(x) && x != 0 ? x : 0;
}

/* Copies an igraph result into a new array. */
static int take(const igraph_vector_t *v, size_t n, double **out)
{
    double *a = malloc((n ? n : 1) * sizeof *a);
    if (!a) return diag_nomem("centrality");
    for (size_t i = 0; i < n; i++) a[i] = clean(VECTOR(*v)[i]);
    *out = a;
    return DN_OK;
}

static igraph_error_t eigen(const graph_t *gr, igraph_vector_t *res)
{
    if (igraph_ecount(&gr->g) == 0) {
        /* dipnet's convention (igraph says 1): no interaction, no
         * centrality */
        igraph_vector_null(res);
        return IGRAPH_SUCCESS;
    }
    return igraph_eigenvector_centrality(&gr->g, res, NULL, 0, 1, &gr->w,
                                         NULL);
}

int ref_eigenvector(const net_t *net, int with_affiliations, double *x)
{
    graph_t gr;
    timing_mark(NULL);
    int rc = graph_build(net, with_affiliations, &gr);
    timing_mark("graph");
    igraph_vector_t res;
    igraph_error_t err = IGRAPH_SUCCESS;
    size_t n = net->nactors;
    if (!rc && !(err = igraph_vector_init(&res, (igraph_integer_t)n))) {
        if ((err = eigen(&gr, &res)) == IGRAPH_SUCCESS)
            for (size_t i = 0; i < n; i++) x[i] = clean(VECTOR(res)[i]);
        igraph_vector_destroy(&res);
    }
    graph_free(&gr);
    if (!rc && err) rc = igraph_guard_fail("eigenvector", err);
    return rc;
}

/* Betweenness: exact, or the sum over the sampled sources scaled by n/k
 * (Brandes-Pich), as analysis/centrality.c scales its own. */
static igraph_error_t betweenness(const graph_t *gr, size_t n, ref_sample_t s,
                                  igraph_vector_t *res)
{
    if (!s.k)
        return igraph_betweenness(&gr->g, res, igraph_vss_all(), 0, &gr->dist);
    igraph_vector_int_t src;
    igraph_error_t err = igraph_vector_int_init(&src, (igraph_integer_t)s.k);
    if (err) return err;
    for (long i = 0; i < s.k; i++) VECTOR(src)[i] = s.src[i];
    igraph_vs_t from;
    igraph_vs_vector(&from, &src);
    err = igraph_betweenness_subset(&gr->g, res, igraph_vss_all(), 0, from,
                                    igraph_vss_all(), &gr->dist);
    igraph_vector_int_destroy(&src);
    if (!err) igraph_vector_scale(res, (double)n / (double)s.k);
    return err;
}

/* Harmonic closeness: exact (normalised, the mean over the n-1 others),
 * or 1/d(s, v) summed over the sampled sources and scaled to estimate the
 * mean; distances come in batches of 16 sources, so memory is 16 x n. */
static igraph_error_t harmonic(const graph_t *gr, size_t n, ref_sample_t s,
                               igraph_vector_t *res)
{
    if (!s.k)
        return igraph_harmonic_centrality(&gr->g, res, igraph_vss_all(),
                                          IGRAPH_ALL, &gr->dist, 1);
    igraph_vector_null(res);
    igraph_matrix_t d;
    igraph_vector_int_t part;
    igraph_error_t err = igraph_matrix_init(&d, 0, 0);
    if (err) return err;
    if ((err = igraph_vector_int_init(&part, 0))) {
        igraph_matrix_destroy(&d);
        return err;
    }
    for (long b = 0; b < s.k && !err; b += 16) {
        long m = s.k - b < 16 ? s.k - b : 16;
        if ((err = igraph_vector_int_resize(&part, m))) break;
        for (long i = 0; i < m; i++) VECTOR(part)[i] = s.src[b + i];
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
    igraph_vector_int_destroy(&part);
    igraph_matrix_destroy(&d);
    if (!err && n > 1)
        igraph_vector_scale(res, (double)n / ((double)s.k * (double)(n - 1)));
    return err;
}

int ref_compute(const net_t *net, const cent_opts_t *o, ref_sample_t sample,
                cent_t *out)
{
    size_t n = net->nactors;
    graph_t gr;
    timing_mark(NULL);
    int rc = graph_build(net, o->with_affiliations, &gr);
    timing_mark("graph");
    igraph_vector_t res;
    igraph_error_t err = IGRAPH_SUCCESS;
    int have_res = 0;
    if (!rc) {
        if ((err = igraph_vector_init(&res, (igraph_integer_t)n)))
            rc = igraph_guard_fail("centrality", err);
        else have_res = 1;
    }
    for (int m = 0; m < M_COUNT && !rc; m++) {
        if (!(o->mask & (1u << m))) continue;
        switch ((measure_t)m) {
        case M_DEGREE: {
            igraph_vector_int_t deg;
            if (!(err = igraph_vector_int_init(&deg, (igraph_integer_t)n))) {
                err = igraph_degree(&gr.g, &deg, igraph_vss_all(), IGRAPH_ALL, 1);
                for (size_t i = 0; !err && i < n; i++)
                    VECTOR(res)[i] = (double)VECTOR(deg)[i];
                igraph_vector_int_destroy(&deg);
            }
            break;
        }
        case M_STRENGTH:
            err = igraph_strength(&gr.g, &res, igraph_vss_all(), IGRAPH_ALL, 1,
                                  &gr.w);
            break;
        case M_BETWEENNESS:
            err = betweenness(&gr, n, sample, &res);
            if (!err && o->normalized && n > 2)
                igraph_vector_scale(&res, 2.0 / ((double)(n - 1) * (double)(n - 2)));
            break;
        case M_HARMONIC:
            err = harmonic(&gr, n, sample, &res);
            break;
        case M_EIGENVECTOR:
            err = eigen(&gr, &res);
            break;
        case M_PAGERANK:
            err = igraph_pagerank(&gr.g, IGRAPH_PAGERANK_ALGO_PRPACK, &res,
                                  NULL, igraph_vss_all(), 0, 0.85, &gr.w,
                                  NULL);
            break;
        default:
            continue; /* visits: the caller's */
        }
        timing_mark(measure_name((measure_t)m));
        if (err) rc = igraph_guard_fail(measure_name((measure_t)m), err);
        else rc = take(&res, n, &out->val[m]);
    }
    if (have_res) igraph_vector_destroy(&res);
    graph_free(&gr);
    return rc;
}
