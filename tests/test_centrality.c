/* Tests of the network and centrality against published values:
 * Zachary's karate club and Padgett's Florentine families. */
#include "testutil.h"

#include <math.h>

#include "analysis/centrality.h"
#include "io/evtsv.h"
#include "net/net.h"

static void load(const char *path, net_t *net)
{
    net_init(net, NULL);
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, path, net_add_event, net), DN_OK);
    fclose(fp);
}

static double value(const net_t *net, const cent_t *c, measure_t m,
                    const char *name)
{
    long id = net_find_actor(net, name, -1);
    if (id < 0) fail_msg("no actor %s", name);
    return c->val[m][id];
}

#define assert_near(a, b, eps) \
    do { double x_ = (a), y_ = (b); \
         if (fabs(x_ - y_) > (eps)) fail_msg("%s = %.6f, expected %.6f", #a, x_, y_); \
    } while (0)

static void test_karate(void **state)
{
    net_t net;
    load("tests/fixtures/karate.tsv", &net);
    assert_int_equal(net.nactors, 34);
    assert_int_equal(net.nedges, 78);
    cent_opts_t o;
    cent_opts_init(&o);
    cent_t c;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    assert_int_equal(c.betweenness_sources, 0);
    /* Published: betweenness of member 1 = 231.0714, member 34 = 160.5516. */
    assert_near(value(&net, &c, M_BETWEENNESS, "Member 1"), 231.0714, 1e-3);
    assert_near(value(&net, &c, M_BETWEENNESS, "Member 34"), 160.5516, 1e-3);
    assert_near(value(&net, &c, M_BETWEENNESS, "Member 3"), 75.8508, 1e-3);
    assert_near(value(&net, &c, M_DEGREE, "Member 1"), 16, 0);
    assert_near(value(&net, &c, M_STRENGTH, "Member 34"), 17, 0);
    /* networkx pagerank(alpha=0.85): 0.09700 (member 1), 0.10092 (34). */
    assert_near(value(&net, &c, M_PAGERANK, "Member 1"), 0.0970018, 1e-5);
    assert_near(value(&net, &c, M_PAGERANK, "Member 34"), 0.1009179, 1e-5);
    /* networkx eigenvector (L2 norm): 0.35549 / 0.37336; ours max = 1. */
    assert_near(value(&net, &c, M_EIGENVECTOR, "Member 1") /
                    value(&net, &c, M_EIGENVECTOR, "Member 34"),
                0.35549144 / 0.37336347, 1e-5);
    assert_near(value(&net, &c, M_EIGENVECTOR, "Member 34"), 1.0, 1e-9);
    /* Normalised betweenness: 231.0714 / 528 = 0.43764 (networkx). */
    cent_t cn;
    o.normalized = 1;
    o.mask = 1u << M_BETWEENNESS;
    assert_int_equal(cent_compute(&net, &o, &cn), DN_OK);
    assert_near(value(&net, &cn, M_BETWEENNESS, "Member 1"), 0.4376353, 1e-6);
    assert_null(cn.val[M_PAGERANK]);
    cent_destroy(&cn);
    cent_destroy(&c);
    net_destroy(&net);
}

static void test_florentine(void **state)
{
    net_t net;
    load("tests/fixtures/florentine.tsv", &net);
    assert_int_equal(net.nactors, 15);
    cent_opts_t o;
    cent_opts_init(&o);
    cent_t c;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    /* Published (igraph/UCINET convention): Medici 47.5; networkx's 95.0
     * counts ordered pairs.  Guadagni 23.1667, Albizzi 19.3333. */
    assert_near(value(&net, &c, M_BETWEENNESS, "Medici"), 47.5, 1e-9);
    assert_near(value(&net, &c, M_BETWEENNESS, "Guadagni"), 46.333 / 2, 1e-3);
    assert_near(value(&net, &c, M_BETWEENNESS, "Albizzi"), 38.667 / 2, 1e-3);
    assert_near(value(&net, &c, M_BETWEENNESS, "Pazzi"), 0, 1e-9);
    assert_near(value(&net, &c, M_DEGREE, "Medici"), 6, 0);
    /* The ranking puts Medici first by betweenness, ties broken by name. */
    uint32_t ids[15];
    for (uint32_t i = 0; i < 15; i++) ids[i] = i;
    cent_rank(&net, &c, M_BETWEENNESS, ids, 15);
    assert_string_equal(net_actor_name(&net, ids[0]), "Medici");
    assert_string_equal(net_actor_name(&net, ids[1]), "Guadagni");
    /* zero-betweenness families in name order */
    assert_string_equal(net_actor_name(&net, ids[11]), "Acciaiuoli");
    assert_string_equal(net_actor_name(&net, ids[12]), "Ginori");
    cent_destroy(&c);
    net_destroy(&net);
}

/* Sampling with every actor as a source must give the exact values: this
 * pins the n/(2k) scaling of the Brandes-Pich estimate. */
static void test_sampled_betweenness_scaling(void **state)
{
    net_t net;
    load("tests/fixtures/karate.tsv", &net);
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_BETWEENNESS;
    cent_t exact, est;
    assert_int_equal(cent_compute(&net, &o, &exact), DN_OK);
    o.samples = 33; /* all but one source: close to exact */
    assert_int_equal(cent_compute(&net, &o, &est), DN_OK);
    assert_int_equal(est.betweenness_sources, 33);
    double se = 0, sx = 0;
    for (size_t i = 0; i < 34; i++) {
        se += est.val[M_BETWEENNESS][i];
        sx += exact.val[M_BETWEENNESS][i];
    }
    assert_near(se / sx, 1.0, 0.1);
    /* The top broker stays the top broker. */
    uint32_t a[34], b[34];
    for (uint32_t i = 0; i < 34; i++) a[i] = b[i] = i;
    cent_rank(&net, &exact, M_BETWEENNESS, a, 34);
    cent_rank(&net, &est, M_BETWEENNESS, b, 34);
    assert_int_equal(a[0], b[0]);
    cent_destroy(&exact);
    cent_destroy(&est);
    net_destroy(&net);
}

/* Adds a meeting of `count` events between actors named A<a> and A<b>. */
static void meet(net_t *net, unsigned a, unsigned b, uint32_t count)
{
    char x[16], y[16];
    snprintf(x, sizeof x, "A%u", a);
    snprintf(y, sizeof y, "A%u", b);
    ev_event_t e;
    memset(&e, 0, sizeof e);
    e.source = x;
    e.target = y;
    e.relation = EV_REL_MEETING;
    e.confidence = -1;
    e.count = count;
    assert_int_equal(net_add_event(&e, net), DN_OK);
}

/* A seeded network of n actors with a few hubs (each new actor meets
 * earlier ones, the busy ones more often), weights 1 to 3. */
static void hub_network(net_t *net, unsigned n, unsigned seed)
{
    net_init(net, NULL);
    uint64_t st = seed;
    for (unsigned v = 1; v < n; v++) {
        for (int j = 0; j < 3; j++) {
            st = st * 6364136223846793005ULL + 1442695040888963407ULL;
            unsigned r = (unsigned)(st >> 33);
            /* squaring favours small ids: the early actors become hubs */
            double u = (double)(r % 10007) / 10007.0;
            unsigned to = (unsigned)(u * u * v);
            if (to != v) meet(net, v, to, 1 + r % 3);
        }
    }
}

/* The work of one source, for budgets given in sources. */
static double per_source(const net_t *net)
{
    return (double)net->nactors + 2.0 * (double)net->nedges;
}

static size_t overlap(const uint32_t *a, const uint32_t *b, size_t k)
{
    size_t n = 0;
    for (size_t i = 0; i < k; i++)
        for (size_t j = 0; j < k; j++)
            if (a[i] == b[j]) n++;
    return n;
}

/* Above exact_limit actors the sample grows from 64 sources, doubling,
 * within the work budget: the estimate's top 10 is mostly the exact top
 * 10, every value lies within the stated epsilon (which it must with
 * probability 0.9; the seed makes this run one fixed draw), and the
 * guarantee fields are filled; exact runs state exactness. */
static void test_adaptive_betweenness(void **state)
{
    (void)state;
    net_t net;
    hub_network(&net, 1500, 7);
    size_t n = net.nactors;
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_BETWEENNESS | 1u << M_STRENGTH;
    o.exact = 1;
    cent_t exact, est, quick;
    assert_int_equal(cent_compute(&net, &o, &exact), DN_OK);
    assert_int_equal(exact.betweenness_sources, 0);
    assert_true(exact.betweenness_epsilon == 0 && exact.betweenness_delta == 0);
    assert_int_equal(exact.top_certain, 20);
    o.exact = 0;
    o.exact_limit = 100;
    o.work_budget = 512 * per_source(&net);
    assert_int_equal(cent_compute(&net, &o, &est), DN_OK);
    assert_true(est.betweenness_adaptive);
    long k = est.betweenness_sources;
    assert_true(k == 64 || k == 128 || k == 256 || k == 512);
    assert_true(est.betweenness_epsilon > 0);
    assert_true(est.betweenness_delta == CENT_DELTA);
    assert_int_equal(est.top_k, CENT_TOP_K);
    assert_true(est.top_certain >= 0 && est.top_certain <= CENT_TOP_K);
    double worst = 0;
    for (size_t v = 0; v < n; v++) {
        double d = fabs(est.val[M_BETWEENNESS][v] - exact.val[M_BETWEENNESS][v]);
        if (d > worst) worst = d;
    }
    if (worst > est.betweenness_epsilon)
        fail_msg("error %g beyond the stated epsilon %g", worst,
                 est.betweenness_epsilon);
    uint32_t *a = malloc(n * sizeof *a), *b = malloc(n * sizeof *b);
    assert_non_null(a);
    assert_non_null(b);
    for (uint32_t i = 0; i < n; i++) a[i] = b[i] = i;
    cent_rank(&net, &exact, M_BETWEENNESS, a, n);
    cent_rank(&net, &est, M_BETWEENNESS, b, n);
    size_t ov = overlap(a, b, 10);
    print_message("adaptive: %ld sources, epsilon %g (worst error %g), "
                  "top %ld certain, top-10 overlap %zu\n", k,
                  est.betweenness_epsilon, worst, est.top_certain, ov);
    if (ov < 8) fail_msg("top-10 overlap %zu with %ld sources", ov, k);
    /* the certain top ranks are the exact top ranks (as a set) */
    if (est.top_certain > 0)
        assert_int_equal(overlap(a, b, (size_t)est.top_certain),
                         (size_t)est.top_certain);
    /* a loose goal is met at once: 64 sources */
    o.bc_epsilon = 1.0;
    assert_int_equal(cent_compute(&net, &o, &quick), DN_OK);
    assert_int_equal(quick.betweenness_sources, 64);
    assert_true(quick.betweenness_epsilon <=
                1.0 * (double)(n - 1) * (double)(n - 2) / 2);
    free(a);
    free(b);
    cent_destroy(&exact);
    cent_destroy(&est);
    cent_destroy(&quick);
    net_destroy(&net);
}

/* Two hubs joined through a broker, 700 partners each: the three
 * brokers are certainly the top 3 long before the budget is spent, and
 * the sampling stops there; a budget that reaches every actor is exact. */
static void test_adaptive_stops_when_top_certain(void **state)
{
    (void)state;
    net_t net;
    net_init(&net, NULL);
    meet(&net, 0, 1, 1);
    meet(&net, 0, 2, 1);
    for (unsigned i = 0; i < 700; i++) {
        meet(&net, 1, 3 + i, 1);
        meet(&net, 2, 703 + i, 1);
    }
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_BETWEENNESS;
    o.exact_limit = 100;
    o.top_k = 3;
    o.work_budget = 1024 * per_source(&net);
    cent_t c;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    print_message("two hubs: %ld sources, top %ld certain\n",
                  c.betweenness_sources, c.top_certain);
    assert_int_equal(c.top_certain, 3);
    assert_true(c.betweenness_sources < 1024);
    uint32_t ids[1403];
    for (uint32_t i = 0; i < 1403; i++) ids[i] = i;
    cent_rank(&net, &c, M_BETWEENNESS, ids, 1403);
    for (int i = 0; i < 3; i++) {
        const char *name = net_actor_name(&net, ids[i]);
        assert_true(!strcmp(name, "A0") || !strcmp(name, "A1") ||
                    !strcmp(name, "A2"));
    }
    cent_destroy(&c);
    o.work_budget = 2000 * per_source(&net);
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    assert_int_equal(c.betweenness_sources, 0);
    assert_int_equal(c.top_certain, 3);
    cent_destroy(&c);
    net_destroy(&net);
}

/* The sampled harmonic estimate is unbiased: with most actors as sources it
 * is close to the exact value for everybody. */
static void test_sampled_harmonic(void **state)
{
    net_t net;
    load("tests/fixtures/karate.tsv", &net);
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_HARMONIC;
    cent_t exact, est;
    assert_int_equal(cent_compute(&net, &o, &exact), DN_OK);
    assert_int_equal(exact.harmonic_sources, 0);
    /* networkx harmonic_centrality(member 1) / 33 = 0.70202 (unweighted) */
    assert_near(value(&net, &exact, M_HARMONIC, "Member 1"), 23.1666667 / 33, 1e-6);
    o.samples = 30;
    assert_int_equal(cent_compute(&net, &o, &est), DN_OK);
    assert_int_equal(est.harmonic_sources, 30);
    for (size_t i = 0; i < 34; i++)
        assert_near(est.val[M_HARMONIC][i] / exact.val[M_HARMONIC][i], 1.0, 0.15);
    /* With betweenness the searches are shared (the same sources): the
     * harmonic estimate does not depend on what else was asked for. */
    cent_t both;
    o.mask |= 1u << M_BETWEENNESS;
    assert_int_equal(cent_compute(&net, &o, &both), DN_OK);
    assert_int_equal(both.harmonic_sources, 30);
    assert_int_equal(both.betweenness_sources, 30);
    assert_memory_equal(both.val[M_HARMONIC], est.val[M_HARMONIC], 34 * sizeof(double));
    cent_destroy(&both);
    cent_destroy(&exact);
    cent_destroy(&est);
    net_destroy(&net);
}

static void test_weights_and_affiliations(void **state)
{
    static const char t[] =
        "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence\n"
        "A\tperson\tvisit\tX\tstate\t2010\t\t\td\t1\t\n"
        "A\tperson\tvisit\tX\tstate\t2012\t\t\td\t2\t\n"
        "X\tstate\tvisit\tA\tperson\t2012\t\t\td\t3\t\n"
        "B\tperson\tmeeting\tA\tperson\t2011-05\t\t\td\t4\t\n"
        "B\tperson\taffiliation\tY\tinstitution\t\t\t\td\t5\t\n"
        "b\tperson\tmeeting\tb\tperson\t\t\t\td\t6\t\n";
    net_t net;
    net_init(&net, NULL);
    FILE *fp = fmemopen((void *)t, sizeof t - 1, "r");
    assert_int_equal(evtsv_read(fp, "w.tsv", net_add_event, &net), DN_OK);
    fclose(fp);
    assert_int_equal(net.nactors, 4);   /* b == B: case is ignored */
    assert_int_equal(net.nselfloops, 1);
    cent_opts_t o;
    cent_opts_init(&o);
    cent_t c;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    assert_near(value(&net, &c, M_STRENGTH, "A"), 4, 0);
    assert_near(value(&net, &c, M_DEGREE, "B"), 1, 0);   /* Y not counted */
    assert_near(value(&net, &c, M_VISITS_MADE, "A"), 2, 0);
    assert_near(value(&net, &c, M_VISITS_HOSTED, "A"), 1, 0);
    assert_near(value(&net, &c, M_DEGREE, "Y"), 0, 0);
    cent_destroy(&c);
    o.with_affiliations = 1;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    assert_near(value(&net, &c, M_DEGREE, "B"), 2, 0);
    cent_destroy(&c);
    const net_edge_t *e = net_edge_between(&net, (uint32_t)net_find_actor(&net, "X", -1),
                                           (uint32_t)net_find_actor(&net, "A", -1));
    assert_non_null(e);
    size_t ny;
    const short *ys = net_edge_years(e, &ny);
    assert_int_equal(ny, 2);
    assert_int_equal(ys[0], 2010);
    assert_int_equal(ys[1], 2012);
    net_destroy(&net);
}

static void test_filters(void **state)
{
    net_opts_t no;
    net_opts_init(&no);
    ev_date_parse("2011", 4, &no.since, NULL);
    ev_date_parse("2011-12", 7, &no.until, NULL);
    net_t net;
    net_init(&net, &no);
    ev_event_t ev = {.source = "A", .target = "B", .relation = EV_REL_MEETING};
    ev_date_parse("2010", 4, &ev.start, NULL);
    ev_date_parse("2011-02", 7, &ev.end, NULL);   /* span overlaps */
    net_add_event(&ev, &net);
    ev_date_parse("2012", 4, &ev.start, NULL);
    ev.end.year = 0;
    net_add_event(&ev, &net);                     /* after the window */
    ev.start.year = 0;
    net_add_event(&ev, &net);                     /* undated: dropped */
    assert_int_equal(net.nedges, 1);
    assert_int_equal(net.edges[0].total, 1);
    assert_int_equal(net.nfiltered, 2);
    net_destroy(&net);
}

static void test_ego_and_induce(void **state)
{
    net_t net;
    load("tests/fixtures/florentine.tsv", &net);
    unsigned char keep[15];
    long medici = net_find_actor(&net, "medici", -1);
    assert_true(medici >= 0);
    assert_int_equal(net_ego_mask(&net, (uint32_t)medici, 1, 0, keep), DN_OK);
    size_t k = 0;
    for (size_t i = 0; i < 15; i++) k += keep[i];
    assert_int_equal(k, 7);   /* Medici and its six partners */
    net_t sub;
    assert_int_equal(net_induce(&net, keep, &sub, NULL), DN_OK);
    assert_int_equal(sub.nactors, 7);
    assert_true(net_find_actor(&sub, "Pazzi", -1) < 0);
    net_destroy(&sub);
    net_destroy(&net);
}

static void test_match_actor(void **state)
{
    static const char t[] =
        "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence\n"
        "Nursultan Nasarbajew\tperson\tvisit\tDeutschland\tstate\t\t\t\t\t\t\n"
        "Angela Merkel\tperson\tvisit\tKasachstan\tstate\t\t\t\t\t\t\n"
        "Horst Köhler\tperson\tvisit\tKasachstan\tstate\t\t\t\t\t\t\n"
        "Hans Köhler\tperson\tmeeting\tAngela Merkel\tperson\t\t\t\t\t\t\n"
        "Bundestag\tinstitution\tmeeting\tDeutschland\tstate\t\t\t\t\t\t\n";
    net_t net;
    net_init(&net, NULL);
    FILE *fp = fmemopen((void *)t, sizeof t - 1, "r");
    assert_int_equal(evtsv_read(fp, "m.tsv", net_add_event, &net), DN_OK);
    fclose(fp);
    uint32_t cand[4];
    size_t nc;
    long merkel = net_find_actor(&net, "Angela Merkel", -1);
    long nasa = net_find_actor(&net, "Nursultan Nasarbajew", -1);
    assert_int_equal(net_match_actor(&net, "angela MERKEL", cand, 4, &nc), merkel);
    assert_int_equal(net_match_actor(&net, "Merkel", cand, 4, &nc), merkel);
    assert_int_equal(net_match_actor(&net, "A. Merkel", cand, 4, &nc), merkel);
    assert_int_equal(net_match_actor(&net, "Nasarbajews", cand, 4, &nc), nasa);
    assert_int_equal(net_match_actor(&net, "Nursultan Nasarbajews", cand, 4, &nc), nasa);
    assert_int_equal(net_match_actor(&net, "Bundestags", cand, 4, &nc),
                     net_find_actor(&net, "Bundestag", -1));
    assert_int_equal(net_match_actor(&net, "Kohler", cand, 4, &nc), -2);
    assert_int_equal(nc, 2);
    assert_int_equal(net_match_actor(&net, "H. Köhler", cand, 4, &nc), -2);
    assert_int_equal(net_match_actor(&net, "Horst Kohler", cand, 4, &nc),
                     net_find_actor(&net, "Horst Köhler", -1));
    assert_int_equal(net_match_actor(&net, "Putin", cand, 4, &nc), -1);
    net_destroy(&net);
}

static void test_measure_names(void **state)
{
    size_t bad = 0;
    assert_int_equal(measure_parse_list("degree,pagerank", &bad),
                     (1 << M_DEGREE) | (1 << M_PAGERANK));
    assert_int_equal(measure_parse_list("degree,pagernk", &bad), -1);
    assert_int_equal(bad, 7);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_karate),
        cmocka_unit_test(test_florentine),
        cmocka_unit_test(test_sampled_betweenness_scaling),
        cmocka_unit_test(test_sampled_harmonic),
        cmocka_unit_test(test_adaptive_betweenness),
        cmocka_unit_test(test_adaptive_stops_when_top_certain),
        cmocka_unit_test(test_weights_and_affiliations),
        cmocka_unit_test(test_filters),
        cmocka_unit_test(test_ego_and_induce),
        cmocka_unit_test(test_match_actor),
        cmocka_unit_test(test_measure_names),
    };
    return cmocka_run_group_tests_name("centrality", tests, NULL, NULL);
}
