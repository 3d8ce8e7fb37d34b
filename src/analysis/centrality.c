#include "analysis/centrality.h"

#include <igraph.h>
#include <math.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#include "analysis/brandes.h"
#include "analysis/igraph_guard.h"
#include "analysis/reference.h"
#include "analysis/spectral.h"
#include "util/diag.h"
#include "util/threads.h"
#include "util/timing.h"

/* A small deterministic generator: the sample must not depend on igraph's
 * RNG state or the platform's rand(). */
static uint64_t splitmix(uint64_t *s)
{
    uint64_t z = (*s += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
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

/* k distinct actors drawn uniformly (partial Fisher-Yates, seeded); NULL
 * when out of memory.  The caller frees the array. */
static uint32_t *draw_sources(size_t n, long k, unsigned long seed)
{
    uint32_t *src = malloc((n ? n : 1) * sizeof *src);
    if (!src) return NULL;
    for (size_t i = 0; i < n; i++) src[i] = (uint32_t)i;
    uint64_t state = seed;
    for (long i = 0; i < k; i++) {
        size_t j = (size_t)i + splitmix(&state) % (n - (size_t)i);
        uint32_t t = src[i];
        src[i] = src[j];
        src[j] = t;
    }
    return src;
}

/* k actors drawn uniformly and independently (with replacement, seeded);
 * NULL when out of memory.  The caller frees the array. */
static uint32_t *draw_iid(size_t n, size_t k, unsigned long seed)
{
    uint32_t *src = malloc((k ? k : 1) * sizeof *src);
    if (!src) return NULL;
    uint64_t state = seed ^ 0x5851f42d4c957f2dULL;
    for (size_t i = 0; i < k; i++) src[i] = (uint32_t)(splitmix(&state) % n);
    return src;
}

/* The radius of the two-sided empirical Bernstein bound (Maurer and
 * Pontil 2009, theorem 4, applied to x and 1 - x) on the mean of k >= 2
 * independent values in [0, 1] whose sum is s1 and sum of squares s2:
 * the mean is within it of the expectation except with probability at
 * most 4 e^-L. */
static double eb_radius(double s1, double s2, double k, double L)
{
    double var = (s2 - s1 * s1 / k) / (k - 1);  /* unbiased */
    if (var < 0) var = 0;
    return sqrt(2 * var * L / k) + 7 * L / (3 * (k - 1));
}

/* How many of the actors ranked first by est are certainly the most
 * central, as a set, when each true value lies in est[v] +- rad[v] (rad
 * NULL: +- r for all): the largest j <= top such that the smallest lower
 * end among the first j is above every other upper end. */
static long certain_top(const double *est, const double *rad, double r,
                        size_t n, size_t top)
{
    if (top > n) top = n;
    if (top == 0) return 0;
    size_t *best = malloc(top * sizeof *best);
    if (!best) return 0; /* no claim when memory is short */
    size_t nb = 0;
    for (size_t v = 0; v < n; v++) {
        if (nb == top && est[v] <= est[best[nb - 1]]) continue;
        size_t i = nb < top ? nb++ : nb - 1;
        while (i > 0 && est[best[i - 1]] < est[v]) {
            best[i] = best[i - 1];
            i--;
        }
        best[i] = v;
    }
    /* the highest upper end outside the first `top` */
    unsigned char *in = calloc(n, 1);
    if (!in) {
        free(best);
        return 0;
    }
    for (size_t i = 0; i < top; i++) in[best[i]] = 1;
    double rest = -INFINITY;
    for (size_t v = 0; v < n; v++)
        if (!in[v] && est[v] + (rad ? rad[v] : r) > rest)
            rest = est[v] + (rad ? rad[v] : r);
    free(in);
    /* suffix maxima of the upper ends inside, prefix minima of the lower */
    long certain = 0;
    double lo = INFINITY;
    for (size_t j = 1; j <= top; j++) {
        size_t v = best[j - 1];
        double l = est[v] - (rad ? rad[v] : r);
        if (l < lo) lo = l;
        double hi = rest;
        for (size_t i = j; i < top; i++) {
            double u = est[best[i]] + (rad ? rad[best[i]] : r);
            if (u > hi) hi = u;
        }
        if (lo > hi) certain = (long)j;
    }
    free(best);
    return certain;
}

/* Scales sampled sums to the estimates: betweenness (halved sums over k
 * sources) estimates k/n of the total (Brandes-Pich), scaled by n/k;
 * harmonic: the mean of 1/distance over the n-1 others, a source's own 0
 * distance adding nothing, so (1/k) sum times n/(n-1) (Eppstein-Wang);
 * k = 0: exact sums. */
static void scale_paths(size_t n, size_t k, int normalized, double *bc,
                        double *h)
{
    if (bc) {
        if (k)
            for (size_t v = 0; v < n; v++) bc[v] *= (double)n / (double)k;
        if (normalized && n > 2)
            for (size_t v = 0; v < n; v++)
                bc[v] *= 2.0 / ((double)(n - 1) * (double)(n - 2));
    }
    if (h && n > 1) {
        double scale = k ? (double)n / ((double)k * (double)(n - 1))
                         : 1.0 / (double)(n - 1);
        for (size_t v = 0; v < n; v++) h[v] *= scale;
    }
}

/* The guarantee of out's betweenness (scaled as asked): exact, or from k
 * distinct sampled sources by Serfling's bound for sampling without
 * replacement (1974; the values' range, not their variance), each
 * normalised value within +-eps except with probability delta/n. */
static void fixed_guarantee(const cent_opts_t *o, size_t n, size_t k,
                            cent_t *out)
{
    long top = o->top_k > 0 ? o->top_k : CENT_TOP_K;
    out->top_k = top;
    const double *bc = out->val[M_BETWEENNESS];
    if (!k || n < 3) {
        out->top_certain = (long)n < top ? (long)n : top;
        return;
    }
    double pairs = (double)(n - 1) * (double)(n - 2) / 2;
    double delta = o->bc_delta > 0 && o->bc_delta < 1 ? o->bc_delta : CENT_DELTA;
    double f = ((double)k - 1) / (double)n;
    double eps = (double)n / (double)(n - 1) *
                 sqrt((1 - f) * log(2.0 * (double)n / delta) / (2.0 * (double)k));
    double unit = o->normalized ? 1.0 : pairs;
    out->betweenness_epsilon = eps * unit;
    out->betweenness_delta = delta;
    out->top_certain = certain_top(bc, NULL, eps * unit, n, (size_t)top);
}

/* Adaptive sampling of betweenness (with harmonic closeness from the same
 * sources when asked): rounds of iid sources, 64 first, doubling (64, 128,
 * 256 ... sources in all), until
 * every normalised value is within +-epsilon with probability 1 - delta
 * (empirical Bernstein per actor, union bound over the actors and every
 * round the rule may look at), or the top_k are certain, or the next round
 * would pass the work budget.  Returns DN_OK, DN_ENOMEM (reported), or 1
 * when the budget reaches every actor: exact is then as cheap. */
static int adaptive_paths(const spec_graph_t *g, const cent_opts_t *o,
                          double *bc, double *h, cent_t *out)
{
    size_t n = g->n;
    double per = (double)n + (double)g->nnz;
    double budget = o->work_budget > 0 ? o->work_budget : CENT_WORK_BUDGET;
    size_t first = CENT_FIRST_SAMPLES;
    double capd = budget / per;
    if (capd >= (double)n || first >= n) return 1;
    /* the largest doubling of `first` the budget affords (at least one
     * round of `first`, whatever the budget) */
    size_t cap = first, rounds = 1;
    while ((double)(2 * cap) <= capd && 2 * cap < n) {
        cap *= 2;
        rounds++;
    }
    double delta = o->bc_delta > 0 && o->bc_delta < 1 ? o->bc_delta : CENT_DELTA;
    double eps_goal = o->bc_epsilon > 0 ? o->bc_epsilon : CENT_EPSILON;
    size_t top = o->top_k > 0 ? (size_t)o->top_k : CENT_TOP_K;
    double L = log(4.0 * (double)n * (double)rounds / delta);
    uint32_t *src = draw_iid(n, cap, o->seed);
    double *s2 = calloc(n, sizeof *s2), *t1 = malloc(n * sizeof *t1);
    double *t2 = malloc(n * sizeof *t2), *th = h ? malloc(n * sizeof *th) : NULL;
    double *est = malloc(n * sizeof *est), *rad = malloc(n * sizeof *rad);
    int rc = DN_OK;
    if (!src || !s2 || !t1 || !t2 || (h && !th) || !est || !rad) {
        rc = diag_nomem("betweenness");
        goto out;
    }
    memset(bc, 0, n * sizeof *bc);
    if (h) memset(h, 0, n * sizeof *h);
    double scale = 1.0 / (double)(n - 2);   /* a dependency is <= n - 2 */
    double nn1 = (double)n / (double)(n - 1);
    size_t done = 0, k = first;
    double eps = INFINITY;
    long certain = 0;
    for (;;) {
        brandes_job_t job = {src + done, k - done, t1, th, 0, t2};
        if (brandes_run(g, &job)) {
            rc = diag_nomem("betweenness");
            goto out;
        }
        for (size_t v = 0; v < n; v++) {
            bc[v] += t1[v];
            s2[v] += t2[v];
            if (h) h[v] += th[v];
        }
        done = k;
        /* per actor: y = dependency / (n - 2) in [0, 1]; the normalised
         * betweenness is n/(n-1) times its mean over all sources */
        eps = 0;
        for (size_t v = 0; v < n; v++) {
            double y1 = 2 * bc[v] * scale, y2 = s2[v] * scale * scale;
            est[v] = nn1 * y1 / (double)k;
            rad[v] = nn1 * eb_radius(y1, y2, (double)k, L);
            if (rad[v] > eps) eps = rad[v];
        }
        certain = certain_top(est, rad, 0, n, top);
        if (eps <= eps_goal || (size_t)certain >= (top < n ? top : n) ||
            k >= cap)
            break;
        k *= 2;
    }
    scale_paths(n, done, o->normalized, bc, h);
    double pairs = (double)(n - 1) * (double)(n - 2) / 2;
    out->betweenness_sources = (long)done;
    if (h) out->harmonic_sources = (long)done;
    out->betweenness_epsilon = eps * (o->normalized ? 1.0 : pairs);
    out->betweenness_delta = delta;
    out->top_certain = certain;
    out->top_k = (long)top;
    out->betweenness_adaptive = 1;
out:
    free(src);
    free(s2);
    free(t1);
    free(t2);
    free(th);
    free(est);
    free(rad);
    return rc;
}

/* Betweenness and harmonic closeness (those of them asked for), from one
 * set of searches on dipnet's own adjacency: from every actor, from k
 * seeded sampled sources (--samples; the same for both measures, so each
 * estimate stays unbiased and neither depends on whether the other was
 * asked for), or, above exact_limit actors, adaptively (adaptive_paths).
 *   betweenness: as igraph_betweenness (each unordered pair once);
 *   harmonic: the mean of 1/distance over the n-1 others.
 * The scaling of sampled sums is scale_paths'. */
static int path_measures(const net_t *net, const spec_graph_t *g,
                         const cent_opts_t *o, cent_t *out)
{
    size_t n = net->nactors;
    int want_bc = !!(o->mask & (1u << M_BETWEENNESS));
    int want_h = !!(o->mask & (1u << M_HARMONIC));
    double *bc = NULL, *h = NULL;
    if (want_bc &&
        !(bc = out->val[M_BETWEENNESS] = malloc((n ? n : 1) * sizeof *bc)))
        return diag_nomem("betweenness");
    if (want_h && !(h = out->val[M_HARMONIC] = malloc((n ? n : 1) * sizeof *h)))
        return diag_nomem("harmonic");
    timing_mark(NULL);
    long k = sample_size(n, o);
    if (k && want_bc && o->samples <= 0) {
        int rc = adaptive_paths(g, o, bc, h, out);
        if (rc != 1) {
            timing_mark(h ? "betw+harm" : "betweenness");
            return rc;
        }
        k = 0; /* the budget covers every actor: exact */
    }
    uint32_t *src = NULL;
    if (k && !(src = draw_sources(n, k, o->seed)))
        return diag_nomem(want_bc ? "betweenness" : "harmonic");
    brandes_job_t job = {src, (size_t)k, bc, h, 0, NULL};
    int rc = brandes_run(g, &job);
    free(src);
    if (rc) return diag_nomem(want_bc ? "betweenness" : "harmonic");
    scale_paths(n, (size_t)k, o->normalized, bc, h);
    if (bc) {
        out->betweenness_sources = k;
        fixed_guarantee(o, n, (size_t)k, out);
    }
    if (h) out->harmonic_sources = k;
    timing_mark(bc && h ? "betw+harm" : bc ? "betweenness" : "harmonic");
    return DN_OK;
}

/* Degree and strength straight from the edges: no graph needed. */
static int degree_strength(const net_t *net, const cent_opts_t *o,
                           cent_t *out)
{
    size_t n = net->nactors;
    double *deg = NULL, *str = NULL;
    if (o->mask & (1u << M_DEGREE) &&
        !(deg = out->val[M_DEGREE] = calloc(n ? n : 1, sizeof *deg)))
        return diag_nomem("degree");
    if (o->mask & (1u << M_STRENGTH) &&
        !(str = out->val[M_STRENGTH] = calloc(n ? n : 1, sizeof *str)))
        return diag_nomem("strength");
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        uint32_t wt = net_edge_weight(net, e, o->with_affiliations);
        if (!wt) continue;
        if (deg) {
            deg[e->a] += 1;
            deg[e->b] += 1;
        }
        if (str) {
            str[e->a] += wt;
            str[e->b] += wt;
        }
    }
    return DN_OK;
}

/* The same from the adjacency: row lengths and row sums (the weights are
 * event counts, so the sums are exact whatever their order). */
static int degree_strength_csr(const spec_graph_t *g, const cent_opts_t *o,
                               cent_t *out)
{
    size_t n = g->n;
    if (o->mask & (1u << M_DEGREE)) {
        double *deg = out->val[M_DEGREE] = malloc((n ? n : 1) * sizeof *deg);
        if (!deg) return diag_nomem("degree");
        for (size_t i = 0; i < n; i++)
            deg[i] = (double)(g->start[i + 1] - g->start[i]);
    }
    if (o->mask & (1u << M_STRENGTH)) {
        double *str = out->val[M_STRENGTH] = malloc((n ? n : 1) * sizeof *str);
        if (!str) return diag_nomem("strength");
        memcpy(str, g->strength, n * sizeof *str);
    }
    return DN_OK;
}

/* Above this many stored entries PageRank and eigenvector run at once on
 * two threads (each kernel stays sequential, so the values do not depend
 * on it); below it a thread costs more than it saves. */
#define PAR_MIN_NNZ 200000

typedef struct {
    const spec_graph_t *g;
    long max_iter;
    double *x;
    int rc;
} eig_job_t;

static void *eig_thread(void *arg)
{
    eig_job_t *j = arg;
    j->rc = spec_eigenvector(j->g, j->max_iter, j->x, NULL);
    return NULL;
}

/* PageRank and eigenvector centrality on dipnet's own adjacency. */
static int spectral_measures(const net_t *net, const cent_opts_t *o,
                             const spec_graph_t *gp, cent_t *out)
{
    size_t n = net->nactors;
    int want_pr = !!(o->mask & (1u << M_PAGERANK));
    int want_ev = !!(o->mask & (1u << M_EIGENVECTOR));
    double *pr = NULL, *ev = NULL;
    if (want_pr && !(pr = out->val[M_PAGERANK] = malloc((n ? n : 1) * sizeof *pr)))
        return diag_nomem("pagerank");
    if (want_ev && !(ev = out->val[M_EIGENVECTOR] = malloc((n ? n : 1) * sizeof *ev)))
        return diag_nomem("eigenvector");
    int rc = DN_OK;
    timing_mark(NULL);
    eig_job_t job = {gp, o->eig_max_iter, ev, 0};
    int threaded = 0;
    pthread_t th;
    if (want_pr && want_ev && gp->nnz >= PAR_MIN_NNZ && threads_allowed() > 1)
        threaded = pthread_create(&th, NULL, eig_thread, &job) == 0;
    if (want_pr && spec_pagerank(gp, 0.85, pr, NULL) < 0) rc = -1;
    if (threaded) {
        pthread_join(th, NULL);
        timing_mark("pr+eigvec");
    } else {
        if (want_pr) timing_mark("pagerank");
        if (want_ev) {
            eig_thread(&job);
            timing_mark("eigenvector");
        }
    }
    if (rc < 0) return diag_nomem("pagerank");
    if (!want_ev) return DN_OK;
    if (job.rc < 0) return diag_nomem("eigenvector");
    if (gp->nnz == 0) {
        /* dipnet's convention (igraph says 1): no interaction, no
         * centrality */
        memset(ev, 0, n * sizeof *ev);
    } else if (job.rc > 0) {
        /* Power iteration did not settle within its cap (tiny spectral
         * gap): igraph's ARPACK does not depend on the gap. */
        rc = ref_eigenvector(net, o->with_affiliations, ev);
        timing_mark("eigenvector");
    }
    return rc;
}

/* Visits made and hosted: counted while the network was built. */
static int visits(const net_t *net, const cent_opts_t *o, cent_t *out)
{
    size_t n = net->nactors;
    for (int m = M_VISITS_MADE; m <= M_VISITS_HOSTED; m++) {
        if (!(o->mask & (1u << m))) continue;
        if (!(out->val[m] = malloc((n ? n : 1) * sizeof(double))))
            return diag_nomem(measure_name((measure_t)m));
        for (size_t i = 0; i < n; i++)
            out->val[m][i] = m == M_VISITS_MADE ? net->actors[i].visits_made
                                                : net->actors[i].visits_hosted;
    }
    return DN_OK;
}

/* --engine igraph: every measure by igraph's own functions, with the same
 * sampled sources as dipnet's kernels. */
static int igraph_engine(const net_t *net, const cent_opts_t *o, cent_t *out)
{
    size_t n = net->nactors;
    unsigned paths = o->mask & (1u << M_BETWEENNESS | 1u << M_HARMONIC);
    ref_sample_t sample = {NULL, paths ? sample_size(n, o) : 0};
    uint32_t *src = NULL;
    int rc = DN_OK;
    if (sample.k && !(sample.src = src = draw_sources(n, sample.k, o->seed)))
        rc = diag_nomem("betweenness");
    if (o->mask & (1u << M_BETWEENNESS)) out->betweenness_sources = sample.k;
    if (o->mask & (1u << M_HARMONIC)) out->harmonic_sources = sample.k;
    if (!rc) rc = ref_compute(net, o, sample, out);
    if (!rc && out->val[M_BETWEENNESS])
        fixed_guarantee(o, n, (size_t)sample.k, out);
    if (!rc) rc = visits(net, o, out);
    free(src);
    if (rc) cent_destroy(out);
    return rc;
}

int cent_compute(const net_t *net, const cent_opts_t *o, cent_t *out)
{
    igraph_guard_install();
    /* ARPACK (eigenvector fallback) draws its start from igraph's RNG:
     * seed it, so that the measures depend on the network only, not on
     * what ran before in this process. */
    igraph_rng_seed(igraph_rng_default(), (igraph_uint_t)o->seed);
    memset(out, 0, sizeof *out);
    size_t n = net->nactors;
    out->n = n;
    out->mask = o->mask;
    if (o->engine_igraph) return igraph_engine(net, o, out);
    int rc = DN_OK;
    const unsigned spectral = 1u << M_PAGERANK | 1u << M_EIGENVECTOR;
    const unsigned paths = 1u << M_BETWEENNESS | 1u << M_HARMONIC;
    spec_graph_t g;
    memset(&g, 0, sizeof g);
    timing_mark(NULL);
    if (o->mask & (spectral | paths)) {
        /* one adjacency for all of them */
        rc = spec_graph_build(net, o->with_affiliations, &g);
        timing_mark("adjacency");
    }
    if (!rc && o->mask & (1u << M_DEGREE | 1u << M_STRENGTH)) {
        /* from the adjacency when there is one: it has both already */
        rc = g.start ? degree_strength_csr(&g, o, out)
                     : degree_strength(net, o, out);
        timing_mark(o->mask & (1u << M_DEGREE) ? "degree" : "strength");
    }
    if (!rc && o->mask & spectral) rc = spectral_measures(net, o, &g, out);
    /* exact betweenness and harmonic closeness share their searches */
    if (!rc && o->mask & paths) rc = path_measures(net, &g, o, out);
    if (!rc) rc = visits(net, o, out);
    spec_graph_destroy(&g);
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
