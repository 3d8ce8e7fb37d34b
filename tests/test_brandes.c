/* Tests of dipnet's own betweenness and harmonic closeness (Brandes on the
 * compressed adjacency) against igraph 0.10: igraph_betweenness and
 * igraph_harmonic_centrality for all sources, igraph_betweenness_subset
 * and igraph_distances_dijkstra for chosen sources, distance = 1/weight.
 * Graphs: Zachary's karate club (unweighted and weighted), the Florentine
 * families and karate fixtures through the network, seeded random graphs
 * whose weights make many equal-length paths (1/2 + 1/2 = 1/1, 1/3 + 1/6 =
 * 1/2), a disconnected graph with isolated nodes, a path, a star.  And:
 * 1 and 2 threads give bit-identical results. */
#include "testutil.h"

#include <igraph.h>
#include <math.h>

#include "analysis/brandes.h"
#include "analysis/spectral.h"
#include "io/evtsv.h"
#include "net/net.h"

#include "edges_harness.h"

/* x agrees with igraph's ref to 1e-9 relative (1e-9 absolute near 0). */
static void assert_close(const char *what, size_t i, double x, double ref)
{
    double diff = fabs(x - ref);
    double scale = fabs(ref) > 1 ? fabs(ref) : 1.0;
    if (!(diff <= 1e-9 * scale))
        fail_msg("%s[%zu] = %.17g, igraph %.17g (diff %.3g)", what, i, x, ref,
                 diff);
}

/* igraph's graph of e and its distance vector 1/w. */
static void to_igraph(const edges_t *e, igraph_t *ig, igraph_vector_t *dist)
{
    igraph_vector_int_t el;
    assert_int_equal(igraph_vector_int_init(&el, 2 * (igraph_integer_t)e->m), 0);
    for (size_t k = 0; k < e->m; k++) {
        VECTOR(el)[2 * k] = e->a[k];
        VECTOR(el)[2 * k + 1] = e->b[k];
    }
    assert_int_equal(igraph_create(ig, &el, (igraph_integer_t)e->n,
                                   IGRAPH_UNDIRECTED), 0);
    igraph_vector_int_destroy(&el);
    assert_int_equal(igraph_vector_init(dist, (igraph_integer_t)e->m), 0);
    for (size_t k = 0; k < e->m; k++)
        VECTOR(*dist)[k] = e->w ? 1.0 / e->w[k] : 1.0;
}

static double *alloc_n(size_t n)
{
    double *x = malloc((n ? n : 1) * sizeof *x);
    assert_non_null(x);
    return x;
}

/* Every source, then sources src[0..k), on the spec graph g against igraph
 * on ig with distances dist; threads 1 and 2 bit-identical. */
static void compare_graph(const spec_graph_t *g, const igraph_t *ig,
                          const igraph_vector_t *dist, const uint32_t *src,
                          size_t k)
{
    size_t n = g->n;
    double *bc = alloc_n(n), *h = alloc_n(n), *bc2 = alloc_n(n), *h2 = alloc_n(n);
    igraph_vector_t res;
    assert_int_equal(igraph_vector_init(&res, 0), 0);

    /* exact, both at once and each alone */
    brandes_job_t job = {NULL, 0, bc, h, 1, NULL};
    assert_int_equal(brandes_run(g, &job), 0);
    assert_int_equal(igraph_betweenness(ig, &res, igraph_vss_all(), 0, dist), 0);
    for (size_t i = 0; i < n; i++) assert_close("betweenness", i, bc[i], VECTOR(res)[i]);
    assert_int_equal(igraph_harmonic_centrality(ig, &res, igraph_vss_all(),
                                                IGRAPH_ALL, dist, 0), 0);
    for (size_t i = 0; i < n; i++) assert_close("harmonic", i, h[i], VECTOR(res)[i]);
    brandes_job_t only_h = {NULL, 0, NULL, h2, 2, NULL};
    assert_int_equal(brandes_run(g, &only_h), 0);
    for (size_t i = 0; i < n; i++) assert_close("harmonic alone", i, h2[i], h[i]);
    brandes_job_t only_bc = {NULL, 0, bc2, NULL, 2, NULL};
    assert_int_equal(brandes_run(g, &only_bc), 0);
    assert_memory_equal(bc, bc2, n * sizeof *bc);

    /* two threads: the same bits */
    job.threads = 2;
    job.betweenness = bc2;
    job.harmonic = h2;
    assert_int_equal(brandes_run(g, &job), 0);
    assert_memory_equal(bc, bc2, n * sizeof *bc);
    assert_memory_equal(h, h2, n * sizeof *h);

    if (k) {
        brandes_job_t sub = {src, k, bc, h, 1, NULL};
        assert_int_equal(brandes_run(g, &sub), 0);
        igraph_vector_int_t sv;
        assert_int_equal(igraph_vector_int_init(&sv, (igraph_integer_t)k), 0);
        for (size_t i = 0; i < k; i++) VECTOR(sv)[i] = src[i];
        igraph_vs_t from;
        igraph_vs_vector(&from, &sv);
        assert_int_equal(igraph_betweenness_subset(ig, &res, igraph_vss_all(), 0,
                                                   from, igraph_vss_all(), dist), 0);
        for (size_t i = 0; i < n; i++)
            assert_close("betweenness subset", i, bc[i], VECTOR(res)[i]);
        igraph_matrix_t d;
        assert_int_equal(igraph_matrix_init(&d, 0, 0), 0);
        assert_int_equal(igraph_distances_dijkstra(ig, &d, from, igraph_vss_all(),
                                                   dist, IGRAPH_ALL), 0);
        for (size_t v = 0; v < n; v++) {
            double ref = 0;
            for (size_t r = 0; r < k; r++) {
                double x = MATRIX(d, (igraph_integer_t)r, (igraph_integer_t)v);
                if (x > 0 && isfinite(x)) ref += 1.0 / x;
            }
            assert_close("harmonic subset", v, h[v], ref);
        }
        igraph_matrix_destroy(&d);
        igraph_vector_int_destroy(&sv);
        sub.threads = 2;
        sub.betweenness = bc2;
        sub.harmonic = h2;
        assert_int_equal(brandes_run(g, &sub), 0);
        assert_memory_equal(bc, bc2, n * sizeof *bc);
        assert_memory_equal(h, h2, n * sizeof *h);
    }
    igraph_vector_destroy(&res);
    free(bc);
    free(h);
    free(bc2);
    free(h2);
}

/* About a third of the nodes as sources, in a scrambled order. */
static void compare(const edges_t *e)
{
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e->n, e->m, e->a, e->b, e->w, &g),
                     DN_OK);
    igraph_t ig;
    igraph_vector_t dist;
    to_igraph(e, &ig, &dist);
    size_t k = e->n / 3 ? e->n / 3 : e->n;
    uint32_t *src = calloc(k ? k : 1, sizeof *src);
    assert_non_null(src);
    for (size_t i = 0; i < k; i++) src[i] = (uint32_t)((i * 7 + 3) % e->n);
    /* distinct when gcd(7, n) = 1; otherwise take the first k ids */
    if (e->n % 7 == 0)
        for (size_t i = 0; i < k; i++) src[i] = (uint32_t)(k - 1 - i);
    compare_graph(&g, &ig, &dist, src, k);
    free(src);
    igraph_vector_destroy(&dist);
    igraph_destroy(&ig);
    spec_graph_destroy(&g);
}

static void test_karate(void **state)
{
    edges_t e;
    karate_edges(&e);
    compare(&e);
    /* weighted: events 1, 2, 3 or 6 per tie, so that many paths tie */
    static const double wt[4] = {1, 2, 3, 6};
    e.w = calloc(e.m, sizeof *e.w);
    assert_non_null(e.w);
    for (size_t k = 0; k < e.m; k++) e.w[k] = wt[(e.a[k] * 3 + e.b[k]) % 4];
    compare(&e);
    edges_free(&e);
}

/* Weights mostly from {1, 2, 3, 4, 6, 12}: distances 1, 1/2, 1/3, 1/4,
 * 1/6, 1/12 add up to equal lengths in many ways, some of them only up to
 * rounding. */
static double tie_weight(uint64_t r)
{
    static const double wt[6] = {1, 2, 3, 4, 6, 12};
    return r < 85 ? wt[r % 6] : 1.0 + (double)(r % 37);
}

static void test_random(void **state)
{
    edges_t e;
    random_graph(&e, 400, 1600, 7, tie_weight);
    compare(&e);
    edges_free(&e);
    /* sparse: many small components and trees */
    random_graph(&e, 300, 280, 11, tie_weight);
    compare(&e);
    edges_free(&e);
    /* unweighted, dense enough for many equal paths */
    random_graph(&e, 500, 2500, 3, tie_weight);
    free(e.w);
    e.w = NULL;
    compare(&e);
    edges_free(&e);
}

static void test_disconnected(void **state)
{
    edges_t e;
    disconnected_edges(&e);
    compare(&e);
    edges_free(&e);
    /* no edges at all */
    edges_alloc(&e, 4, 0, 0);
    compare(&e);
    edges_free(&e);
}

/* Path 0-1-...-9: betweenness of node i is i * (9 - i); star: the centre
 * lies on all (n-1)(n-2)/2 pairs of leaves. */
static void test_path_star(void **state)
{
    edges_t e;
    edges_alloc(&e, 10, 9, 1);
    size_t k = 0;
    for (uint32_t i = 0; i + 1 < 10; i++) add(&e, &k, i, i + 1, 1 + i % 2);
    compare(&e);
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e.n, e.m, e.a, e.b, e.w, &g), DN_OK);
    double bc[10], h[10];
    brandes_job_t job = {NULL, 0, bc, h, 0, NULL};
    assert_int_equal(brandes_run(&g, &job), 0);
    for (size_t i = 0; i < 10; i++)
        assert_true(bc[i] == (double)(i * (9 - i)));
    spec_graph_destroy(&g);
    edges_free(&e);

    edges_alloc(&e, 8, 7, 0);
    k = 0;
    for (uint32_t i = 1; i < 8; i++) add(&e, &k, 0, i, 1);
    compare(&e);
    assert_int_equal(spec_graph_from_edges(e.n, e.m, e.a, e.b, e.w, &g), DN_OK);
    assert_int_equal(brandes_run(&g, &job), 0);
    assert_true(bc[0] == 21.0);
    assert_true(h[0] == 7.0);
    assert_true(h[1] == 1.0 + 6 * 0.5);
    spec_graph_destroy(&g);
    edges_free(&e);
}

/* Through the network: the fixtures as dipnet builds them (spec_graph_build,
 * weight = events per pair) against igraph on the same edges. */
static void compare_fixture(const char *path)
{
    net_t net;
    net_init(&net, NULL);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, path, net_add_event, &net), DN_OK);
    fclose(fp);
    spec_graph_t g;
    assert_int_equal(spec_graph_build(&net, 0, &g), DN_OK);
    edges_t e;
    edges_alloc(&e, net.nactors, net.nedges, 1);
    size_t k = 0;
    for (size_t i = 0; i < net.nedges; i++) {
        uint32_t w = net_edge_weight(&net, &net.edges[i], 0);
        if (w) add(&e, &k, net.edges[i].a, net.edges[i].b, w);
    }
    e.m = k;
    igraph_t ig;
    igraph_vector_t dist;
    to_igraph(&e, &ig, &dist);
    uint32_t src[5] = {0, 3, 4, 1, 7};
    compare_graph(&g, &ig, &dist, src, 5);
    igraph_vector_destroy(&dist);
    igraph_destroy(&ig);
    spec_graph_destroy(&g);
    edges_free(&e);
    net_destroy(&net);
}

static void test_fixtures(void **state)
{
    compare_fixture("tests/fixtures/florentine.tsv");
    compare_fixture("tests/fixtures/karate.tsv");
}

/* Bigger, so that two threads really share the work: many sources, each
 * result waiting for its turn; 1, 2 and 3 threads agree bit for bit. */
static void test_threads(void **state)
{
    edges_t e;
    random_graph(&e, 3000, 12000, 5, tie_weight);
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e.n, e.m, e.a, e.b, e.w, &g), DN_OK);
    size_t n = e.n;
    double *bc1 = alloc_n(n), *h1 = alloc_n(n), *bc2 = alloc_n(n), *h2 = alloc_n(n);
    uint32_t src[200];
    for (size_t i = 0; i < 200; i++) src[i] = (uint32_t)((i * 131 + 17) % n);
    for (int t = 2; t <= 3; t++) {
        brandes_job_t one = {src, 200, bc1, h1, 1, NULL}, more = {src, 200, bc2, h2, t, NULL};
        assert_int_equal(brandes_run(&g, &one), 0);
        assert_int_equal(brandes_run(&g, &more), 0);
        assert_memory_equal(bc1, bc2, n * sizeof *bc1);
        assert_memory_equal(h1, h2, n * sizeof *h1);
    }
    double sum = 0;
    for (size_t i = 0; i < n; i++) sum += bc1[i];
    assert_true(sum > 0);
    free(bc1);
    free(h1);
    free(bc2);
    free(h2);
    spec_graph_destroy(&g);
    edges_free(&e);
}

/* betweenness_sq is the sum over the sources of each node's squared
 * dependency (twice a one-source betweenness), the same for any number of
 * threads; a source given twice counts twice. */
static void test_squared_dependencies(void **state)
{
    edges_t e;
    random_graph(&e, 400, 1600, 9, tie_weight);
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e.n, e.m, e.a, e.b, e.w, &g), DN_OK);
    size_t n = e.n;
    double *bc = alloc_n(n), *sq = alloc_n(n), *one = alloc_n(n);
    double *want = alloc_n(n), *bc2 = alloc_n(n), *sq2 = alloc_n(n);
    uint32_t src[40];
    for (size_t i = 0; i < 40; i++) src[i] = (uint32_t)((i * 37 + 5) % n);
    src[39] = src[0];
    memset(want, 0, n * sizeof *want);
    for (size_t i = 0; i < 40; i++) {
        brandes_job_t j1 = {src + i, 1, one, NULL, 1, NULL};
        assert_int_equal(brandes_run(&g, &j1), 0);
        for (size_t v = 0; v < n; v++) want[v] += 4 * one[v] * one[v];
    }
    brandes_job_t all = {src, 40, bc, NULL, 1, sq}, two = {src, 40, bc2, NULL, 2, sq2};
    assert_int_equal(brandes_run(&g, &all), 0);
    assert_int_equal(brandes_run(&g, &two), 0);
    double total = 0;
    for (size_t v = 0; v < n; v++) {
        assert_close("squared dependency", v, sq[v], want[v]);
        total += sq[v];
    }
    assert_true(total > 0);
    assert_memory_equal(sq, sq2, n * sizeof *sq);
    assert_memory_equal(bc, bc2, n * sizeof *bc);
    free(bc);
    free(sq);
    free(one);
    free(want);
    free(bc2);
    free(sq2);
    spec_graph_destroy(&g);
    edges_free(&e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_karate),
        cmocka_unit_test(test_random),
        cmocka_unit_test(test_disconnected),
        cmocka_unit_test(test_path_star),
        cmocka_unit_test(test_fixtures),
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_squared_dependencies),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
