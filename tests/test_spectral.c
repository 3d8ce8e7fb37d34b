/* Tests of dipnet's own PageRank and eigenvector centrality against
 * igraph's kernels (igraph_pagerank with PRPACK, undirected, damping 0.85;
 * igraph_eigenvector_centrality, undirected, scaled): karate club, a
 * seeded weighted random graph, disconnected graphs with isolated nodes,
 * bipartite graphs, a single edge, an edgeless graph.  Also the ARPACK
 * fallback and the two-thread path of cent_compute. */
#include "testutil.h"

#include <igraph.h>
#include <math.h>

#include "analysis/centrality.h"
#include "analysis/spectral.h"
#include "net/net.h"

#include "edges_harness.h"

/* a and b agree to 1e-9 relative, or 1e-9 absolute near 0. */
static void assert_close(const char *what, size_t i, double x, double ref)
{
    double diff = fabs(x - ref);
    double scale = fabs(ref) > 1e-6 ? fabs(ref) : 1.0;
    if (!(diff <= 1e-9 * scale))
        fail_msg("%s[%zu] = %.17g, igraph %.17g (diff %.3g)", what, i, x, ref,
                 diff);
}

/* Runs both kernels and both igraph functions on e and compares. */
static void compare(const edges_t *e)
{
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e->n, e->m, e->a, e->b, e->w, &g),
                     DN_OK);
    igraph_vector_int_t el;
    assert_int_equal(igraph_vector_int_init(&el, 2 * (igraph_integer_t)e->m), 0);
    for (size_t k = 0; k < e->m; k++) {
        VECTOR(el)[2 * k] = e->a[k];
        VECTOR(el)[2 * k + 1] = e->b[k];
    }
    igraph_t ig;
    assert_int_equal(igraph_create(&ig, &el, (igraph_integer_t)e->n,
                                   IGRAPH_UNDIRECTED), 0);
    igraph_vector_int_destroy(&el);
    igraph_vector_t w, res;
    if (e->w) {
        igraph_vector_view(&w, e->w, (igraph_integer_t)e->m);
    }
    assert_int_equal(igraph_vector_init(&res, 0), 0);
    double *x = malloc((e->n ? e->n : 1) * sizeof *x);
    assert_non_null(x);

    spec_info_t info;
    assert_int_equal(spec_pagerank(&g, 0.85, x, &info), 0);
    assert_true(info.converged);
    assert_int_equal(igraph_pagerank(&ig, IGRAPH_PAGERANK_ALGO_PRPACK, &res,
                                     NULL, igraph_vss_all(), 0, 0.85,
                                     e->w ? &w : NULL, NULL), 0);
    for (size_t i = 0; i < e->n; i++)
        assert_close("pagerank", i, x[i], VECTOR(res)[i]);

    int rc = spec_eigenvector(&g, 100000, x, &info);
    assert_int_equal(rc, 0);
    assert_true(info.converged);
    igraph_rng_seed(igraph_rng_default(), 42);
    assert_int_equal(igraph_eigenvector_centrality(&ig, &res, NULL, 0, 1,
                                                   e->w ? &w : NULL, NULL), 0);
    for (size_t i = 0; i < e->n; i++)
        assert_close("eigenvector", i, x[i], VECTOR(res)[i]);

    free(x);
    igraph_vector_destroy(&res);
    igraph_destroy(&ig);
    spec_graph_destroy(&g);
}

static void test_karate(void **state)
{
    edges_t e;
    karate_edges(&e);
    compare(&e);
    /* and weighted: weight = 1 + (a + b) % 4 */
    e.w = calloc(e.m, sizeof *e.w);
    assert_non_null(e.w);
    for (size_t k = 0; k < e.m; k++) e.w[k] = 1 + (e.a[k] + e.b[k]) % 4;
    compare(&e);
    edges_free(&e);
}

/* Weights from 0.5 to 10, half of them whole numbers 1..5. */
static double spread_weight(uint64_t r)
{
    return r < 50 ? 1.0 + (double)(r % 5) : 0.5 + (double)r / 10.5;
}

static void test_weighted_random(void **state)
{
    edges_t e;
    random_graph(&e, 400, 1600, 7, spread_weight);
    compare(&e);
    edges_free(&e);
    /* sparse: many small components and leaves; two heavy stars far
     * apart have nearly the same leading eigenvalue, so the power
     * iteration needs about 2000 products (compare allows them) */
    random_graph(&e, 300, 260, 11, spread_weight);
    compare(&e);
    /* with the default cap it sees early that it will not make it and
     * leaves the graph to ARPACK after a few dozen products */
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e.n, e.m, e.a, e.b, e.w, &g), DN_OK);
    double *x = malloc(e.n * sizeof *x);
    assert_non_null(x);
    spec_info_t info;
    assert_int_equal(spec_eigenvector(&g, 0, x, &info), 1);
    assert_false(info.converged);
    assert_true(info.iterations < 50);
    free(x);
    spec_graph_destroy(&g);
    edges_free(&e);
}

static void test_disconnected(void **state)
{
    edges_t e;
    disconnected_edges(&e);
    compare(&e);
    /* Isolated actors: eigenvector exactly 0 here (igraph: 0 up to
     * rounding), PageRank the dangling value. */
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(e.n, e.m, e.a, e.b, e.w, &g), DN_OK);
    double x[15];
    assert_int_equal(spec_eigenvector(&g, 0, x, NULL), 0);
    assert_true(x[12] == 0 && x[13] == 0 && x[14] == 0);
    spec_graph_destroy(&g);
    edges_free(&e);
}

static void test_bipartite(void **state)
{
    /* star with 7 leaves */
    edges_t e;
    edges_alloc(&e, 8, 7, 0);
    size_t k = 0;
    for (uint32_t i = 1; i < 8; i++) add(&e, &k, 0, i, 1);
    compare(&e);
    edges_free(&e);
    /* even cycle of 6: regular, every value equal */
    edges_alloc(&e, 6, 6, 0);
    k = 0;
    for (uint32_t i = 0; i < 6; i++) add(&e, &k, i, (i + 1) % 6, 1);
    compare(&e);
    edges_free(&e);
    /* weighted path of 5 */
    edges_alloc(&e, 5, 4, 1);
    k = 0;
    for (uint32_t i = 0; i < 4; i++) add(&e, &k, i, i + 1, 1 + i);
    compare(&e);
    edges_free(&e);
}

static void test_single_edge_and_empty(void **state)
{
    edges_t e;
    edges_alloc(&e, 2, 1, 0);
    size_t k = 0;
    add(&e, &k, 0, 1, 1);
    compare(&e);
    edges_free(&e);
    /* one edge and three isolated actors */
    edges_alloc(&e, 5, 1, 1);
    k = 0;
    add(&e, &k, 3, 1, 2.5);
    compare(&e);
    edges_free(&e);
    /* no edges: PageRank uniform, eigenvector 1 everywhere (igraph) */
    edges_alloc(&e, 4, 0, 0);
    compare(&e);
    edges_free(&e);
    spec_graph_t g;
    assert_int_equal(spec_graph_from_edges(0, 0, NULL, NULL, NULL, &g), DN_OK);
    spec_info_t info;
    assert_int_equal(spec_pagerank(&g, 0.85, NULL, &info), 0);
    assert_int_equal(spec_eigenvector(&g, 0, NULL, &info), 0);
    spec_graph_destroy(&g);
}

static void test_bad_edges(void **state)
{
    uint32_t a[] = {0, 1}, b[] = {1, 1};
    spec_graph_t g;
    tu_capture();
    assert_int_equal(spec_graph_from_edges(3, 2, a, b, NULL, &g), DN_EINPUT);
    assert_non_null(strstr(tu_messages(), "self-loop"));
    b[1] = 3;
    assert_int_equal(spec_graph_from_edges(3, 2, a, b, NULL, &g), DN_EINPUT);
    diag_set_sink(NULL, NULL);
}

/* Adds `count` meetings between actors named A<a> and A<b>. */
static void meet(net_t *net, unsigned a, unsigned b, unsigned count)
{
    char sa[32], sb[32];
    snprintf(sa, sizeof sa, "A%u", a);
    snprintf(sb, sizeof sb, "A%u", b);
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = sa;
    ev.target = sb;
    ev.source_kind = ev.target_kind = EV_KIND_PERSON;
    ev.relation = EV_REL_MEETING;
    ev.place = ev.doc = ev.evidence = "";
    ev.confidence = -1;
    for (unsigned i = 0; i < count; i++)
        assert_int_equal(net_add_event(&ev, net), DN_OK);
}

/* Too few products: the power iteration gives up and cent_compute falls
 * back to igraph's ARPACK, with the same values. */
static void test_arpack_fallback(void **state)
{
    net_t net;
    net_init(&net, NULL);
    for (unsigned i = 0; i < 40; i++) {
        meet(&net, i, (i + 1) % 40, 1 + i % 3);
        meet(&net, i, (i * 7 + 3) % 40, 1);
    }
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_EIGENVECTOR;
    cent_t fast, slow;
    assert_int_equal(cent_compute(&net, &o, &fast), DN_OK);
    spec_graph_t g;
    assert_int_equal(spec_graph_build(&net, 0, &g), DN_OK);
    double x[40];
    spec_info_t info;
    assert_int_equal(spec_eigenvector(&g, 2, x, &info), 1);
    assert_int_equal(info.iterations, 2);
    assert_false(info.converged);
    spec_graph_destroy(&g);
    o.eig_max_iter = 2;
    assert_int_equal(cent_compute(&net, &o, &slow), DN_OK);
    assert_int_equal(fast.n, 40);
    int differ = 0;
    for (size_t i = 0; i < 40; i++) {
        assert_close("fallback", i, slow.val[M_EIGENVECTOR][i],
                     fast.val[M_EIGENVECTOR][i]);
        differ |= slow.val[M_EIGENVECTOR][i] != fast.val[M_EIGENVECTOR][i];
    }
    /* the last bits differ: proof that the other method ran */
    assert_true(differ);
    cent_destroy(&fast);
    cent_destroy(&slow);
    net_destroy(&net);
}

/* A network big enough for cent_compute to run PageRank and eigenvector on
 * two threads gives exactly the values of the kernels run one by one. */
static void test_threads_bit_identical(void **state)
{
    net_t net;
    net_init(&net, NULL);
    uint64_t s = 3;
    for (unsigned k = 0; k < 120000; k++) {
        unsigned a = (unsigned)(splitmix(&s) % 20000);
        unsigned b = (unsigned)(splitmix(&s) % 20000);
        if (a != b) meet(&net, a, b, 1 + (unsigned)(splitmix(&s) % 2));
    }
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_PAGERANK | 1u << M_EIGENVECTOR | 1u << M_DEGREE |
             1u << M_STRENGTH;
    cent_t c;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    spec_graph_t g;
    assert_int_equal(spec_graph_build(&net, 0, &g), DN_OK);
    assert_true(g.nnz >= 200000);
    size_t n = net.nactors;
    double *pr = malloc(n * sizeof *pr), *ev = malloc(n * sizeof *ev);
    assert_non_null(pr);
    assert_non_null(ev);
    assert_int_equal(spec_pagerank(&g, 0.85, pr, NULL), 0);
    assert_int_equal(spec_eigenvector(&g, 0, ev, NULL), 0);
    assert_memory_equal(pr, c.val[M_PAGERANK], n * sizeof *pr);
    assert_memory_equal(ev, c.val[M_EIGENVECTOR], n * sizeof *ev);
    for (size_t i = 0; i < n; i++) {
        assert_true(c.val[M_DEGREE][i] == (double)(g.start[i + 1] - g.start[i]));
        assert_true(c.val[M_STRENGTH][i] == g.strength[i]);
    }
    free(pr);
    free(ev);
    spec_graph_destroy(&g);
    cent_destroy(&c);
    net_destroy(&net);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_karate),
        cmocka_unit_test(test_weighted_random),
        cmocka_unit_test(test_disconnected),
        cmocka_unit_test(test_bipartite),
        cmocka_unit_test(test_single_edge_and_empty),
        cmocka_unit_test(test_bad_edges),
        cmocka_unit_test(test_arpack_fallback),
        cmocka_unit_test(test_threads_bit_identical),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
