#include "analysis/spectral.h"

#include <float.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/bigmem.h"
#include "util/diag.h"

void spec_graph_destroy(spec_graph_t *g)
{
    bigmem_free(g->start);
    bigmem_free(g->col);
    bigmem_free(g->woff);
    bigmem_free(g->wval);
    bigmem_free(g->strength);
    memset(g, 0, sizeof *g);
}

/* Allocates g's row arrays for n rows (zeroed): the first step of a
 * build, then count() for every edge, then fill(). */
static int begin(spec_graph_t *g, size_t n)
{
    memset(g, 0, sizeof *g);
    g->n = n;
    /* bigmem: arrays of millions of entries, written once in a random
     * order, cost a page fault per 4 KiB on small pages */
    g->start = bigmem_calloc(n + 1, sizeof *g->start);
    g->woff = bigmem_calloc(n + 1, sizeof *g->woff);
    g->strength = bigmem_calloc(n ? n : 1, sizeof *g->strength);
    if (!g->start || !g->woff || !g->strength) {
        spec_graph_destroy(g);
        return diag_nomem("building the adjacency");
    }
    return DN_OK;
}

/* Counts edge u-v of weight x > 0 into the row lengths (kept one place
 * ahead: start[i + 1] counts row i). */
static inline void count(spec_graph_t *g, uint32_t u, uint32_t v, double x)
{
    g->start[u + 1]++;
    g->start[v + 1]++;
    if (x != 1) {
        g->woff[u + 1]++;
        g->woff[v + 1]++;
    }
}

/* A weighted entry on its way to its row. */
typedef struct {
    uint32_t row, col;
    double w;
} entry_t;

/* Where fill reads its edges: arrays a[k]-b[k] with weight w[k] (NULL:
 * 1), or the network's edge records with their weights in wu[k] (0: not
 * counted).  Why the second: a copy of a million edges' ends costs more
 * memory and time than reading them from the records again. */
typedef struct {
    const uint32_t *a, *b;
    const double *w;
    const net_edge_t *edges;
    const uint32_t *wu;
} edge_src_t;

static inline double edge_get(const edge_src_t *s, size_t k, uint32_t *u,
                              uint32_t *v)
{
    if (s->edges) {
        *u = s->edges[k].a;
        *v = s->edges[k].b;
        return s->wu[k];
    }
    *u = s->a[k];
    *v = s->b[k];
    return s->w ? s->w[k] : 1.0;
}

/* Fills the rows of g, counted already, from the m edges of src that were
 * counted (weights <= 0 are skipped here as they were there).  Each row lists its weight-1 neighbours first, then
 * the others, each part in edge order.
 *
 * A counting sort, but in two steps: scattering 2m entries straight into
 * their rows is a cache miss per entry once the arrays outgrow the cache
 * (100k rows, 2M entries), so the entries first go to a few hundred
 * buckets of consecutive rows (a few hundred write streams, which the
 * cache holds), then each bucket, whose rows are in cache, is spread into
 * its rows.  Both steps keep edge order.  Weight-1 entries travel as 8
 * bytes (row, col), the few others with their weight. */
static int fill(spec_graph_t *g, size_t m, const edge_src_t *src)
{
    size_t n = g->n, *start = g->start, *woff = g->woff;
    for (size_t i = 0; i < n; i++) {
        start[i + 1] += start[i];
        woff[i + 1] += woff[i];
    }
    size_t nnz = g->nnz = start[n], nw = woff[n];
    g->col = bigmem_calloc(nnz ? nnz : 1, sizeof *g->col);
    g->wval = bigmem_calloc(nw ? nw : 1, sizeof *g->wval);
    unsigned shift = 0;
    while ((n >> shift) > 512) shift++;
    size_t nb = (n >> shift) + 1;
    size_t *pos = bigmem_calloc(2 * n + 2 * nb, sizeof *pos);
    uint64_t *tu = bigmem_calloc(nnz - nw ? nnz - nw : 1, sizeof *tu);
    entry_t *tw = bigmem_calloc(nw ? nw : 1, sizeof *tw);
    if (!g->col || !g->wval || !pos || !tu || !tw) {
        bigmem_free(pos);
        bigmem_free(tu);
        bigmem_free(tw);
        spec_graph_destroy(g);
        return diag_nomem("building the adjacency");
    }
    /* bucket cursors: weight-1 entries before row r are start[r] -
     * woff[r], the others woff[r] */
    size_t *bu = pos + 2 * n, *bw = bu + nb;
    for (size_t j = 0; j < nb; j++) {
        size_t r = j << shift;
        if (r > n) r = n;
        bu[j] = start[r] - woff[r];
        bw[j] = woff[r];
    }
    for (size_t k = 0; k < m; k++) {
        uint32_t u, v;
        double x = edge_get(src, k, &u, &v);
        if (!(x > 0)) continue;
        if (x == 1) {
            tu[bu[u >> shift]++] = (uint64_t)u << 32 | v;
            tu[bu[v >> shift]++] = (uint64_t)v << 32 | u;
        } else {
            tw[bw[u >> shift]++] = (entry_t){u, v, x};
            tw[bw[v >> shift]++] = (entry_t){v, u, x};
        }
    }
    /* row cursors: pos[i] for row i's weight-1 part, pos[n + i] for the
     * rest (as an index into wval) */
    for (size_t i = 0; i < n; i++) {
        pos[i] = start[i];
        pos[n + i] = woff[i];
    }
    uint32_t *col = g->col;
    for (size_t k = 0; k < nnz - nw; k++)
        col[pos[tu[k] >> 32]++] = (uint32_t)tu[k];
    for (size_t k = 0; k < nw; k++) {
        uint32_t r = tw[k].row;
        size_t q = pos[n + r]++;
        col[start[r + 1] - (woff[r + 1] - q)] = tw[k].col;
        g->wval[q] = tw[k].w;
    }
    /* strengths row by row (sequential, unlike summing per edge): the
     * weight-1 entries, then the others in order */
    for (size_t i = 0; i < n; i++) {
        double sum = (double)((start[i + 1] - start[i]) - (woff[i + 1] - woff[i]));
        for (size_t q = woff[i]; q < woff[i + 1]; q++) sum += g->wval[q];
        g->strength[i] = sum;
    }
    bigmem_free(tu);
    bigmem_free(tw);
    bigmem_free(pos);
    return DN_OK;
}

int spec_graph_build(const net_t *net, int with_aff, spec_graph_t *g)
{
    /* The weights of the edges, counted on the way; fill reads the ends
     * from the records. */
    size_t ne = net->nedges;
    uint32_t *wu = bigmem_calloc(ne ? ne : 1, sizeof *wu);
    int rc = begin(g, net->nactors);
    if (!rc && !wu) {
        spec_graph_destroy(g);
        rc = diag_nomem("building the adjacency");
    }
    if (!rc) {
        for (size_t i = 0; i < ne; i++) {
            const net_edge_t *e = &net->edges[i];
            wu[i] = net_edge_weight(net, e, with_aff);
            if (wu[i]) count(g, e->a, e->b, wu[i]);
        }
        edge_src_t src = {NULL, NULL, NULL, net->edges, wu};
        rc = fill(g, ne, &src);
    }
    bigmem_free(wu);
    return rc;
}

int spec_graph_from_edges(size_t n, size_t m, const uint32_t *a,
                          const uint32_t *b, const double *w,
                          spec_graph_t *g)
{
    for (size_t k = 0; k < m; k++)
        if (a[k] >= n || b[k] >= n || a[k] == b[k]) {
            memset(g, 0, sizeof *g);
            return diag_error(DN_EINPUT, NULL, 0, 0,
                              "edge %zu (%u-%u) is a self-loop or names a "
                              "node beyond %zu", k, (unsigned)a[k],
                              (unsigned)b[k], n);
        }
    int rc = begin(g, n);
    if (rc) return rc;
    for (size_t k = 0; k < m; k++)
        if (!w || w[k] > 0) count(g, a[k], b[k], w ? w[k] : 1.0);
    edge_src_t src = {a, b, w, NULL, NULL};
    return fill(g, m, &src);
}

/* sum_j A_ij x_j over row i.  Four partial sums over the weight-1 part: a
 * single one is a chain of dependent additions, which is what bounds a
 * product; the order of the additions is fixed, so the result does not
 * vary between runs. */
static inline double row_dot(const spec_graph_t *g, size_t i, const double *x)
{
    const uint32_t *col = g->col;
    size_t k = g->start[i], e = g->start[i + 1];
    size_t w0 = g->woff[i], nw = g->woff[i + 1] - w0;
    size_t split = e - nw;
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (; k + 4 <= split; k += 4) {
        a0 += x[col[k]];
        a1 += x[col[k + 1]];
        a2 += x[col[k + 2]];
        a3 += x[col[k + 3]];
    }
    for (; k < split; k++) a0 += x[col[k]];
    const double *wv = g->wval + w0 - split;
    for (; k < e; k++) a1 += wv[k] * x[col[k]];
    return (a0 + a1) + (a2 + a3);
}

/* PageRank.
 *
 * igraph (PRPACK, undirected) solves x = d P'x + d (sum of dangling x) u +
 * (1 - d) v with P the row-normalised weights and u = v uniform, then
 * normalises x to sum 1.  In an undirected graph the dangling actors are
 * exactly the isolated ones, and all of them get the same value z, so the
 * system closes: z = (1 - d) / (n - d * n_isolated), and every other actor
 * has x_i = z + d sum_j w_ij x_j / s_j.  With x = S y (S = diag of the
 * strengths) that is (S - d W) y = z 1: symmetric and positive definite
 * (strictly diagonally dominant), so conjugate gradients apply, with S as
 * the preconditioner.  The preconditioned matrix I - d S^-1/2 W S^-1/2 has
 * its spectrum in [1 - d, 1 + d], so CG needs far fewer products than
 * Gauss-Seidel or the power method, which crawl at rate d^2 to d on the
 * nearly bipartite hub-and-periphery graphs of event data.
 *
 * Stopping rule, with a proof: the residual r = z 1 + d W y - S y is also
 * the residual of the x-equation, and the error e = x - x* satisfies
 * (I - d W S^-1) e = -r.  (I - d W S^-1)^-1 = sum_k (d W S^-1)^k has no
 * negative entries and maps z 1 to x*, so |r_i| <= PR_TOL z for every i
 * gives |e_i| <= PR_TOL x*_i: every value within PR_TOL relative.  A
 * second term PR_FLOOR x_i in the test allows for the rounding of the
 * residual itself on hubs (their x is thousands of times z); it adds at
 * most PR_FLOOR (max x / z) relative.  The test is made on the recomputed
 * residual, not only on CG's running one.  igraph's own tolerance is 1e-10
 * on the sum of the changes, so the two agree to well within 1e-9. */
#define PR_TOL 1e-12
#define PR_FLOOR 1e-14
#define PR_MAX_ITER 1000 /* never reached: CG needs a few dozen */

/* q = (S - d W) p over the rows with s_i > 0 (others 0); returns p.q. */
static double pr_apply(const spec_graph_t *g, double d, const double *p,
                       double *q)
{
    double pq = 0;
    for (size_t i = 0; i < g->n; i++) {
        double s = g->strength[i];
        q[i] = s > 0 ? s * p[i] - d * row_dot(g, i, p) : 0;
        pq += p[i] * q[i];
    }
    return pq;
}

/* Is |r_i| within PR_TOL z + PR_FLOOR x_i (x_i = s_i y_i)? */
static inline int pr_ok(double r, double s, double y, double z)
{
    return fabs(r) <= PR_TOL * z + PR_FLOOR * s * fabs(y);
}

int spec_pagerank(const spec_graph_t *g, double damping, double *x,
                  spec_info_t *info)
{
    size_t n = g->n;
    spec_info_t dummy;
    if (!info) info = &dummy;
    info->iterations = 0;
    info->converged = 1;
    if (n == 0) return 0;
    size_t niso = 0;
    const double *s = g->strength;
    for (size_t i = 0; i < n; i++) niso += s[i] == 0;
    const double d = damping;
    const double z = (1 - d) / ((double)n - d * (double)niso);
    if (niso == n) {
        for (size_t i = 0; i < n; i++) x[i] = 1.0 / (double)n;
        return 0;
    }
    /* bigmem: a million actors' vectors on small pages cost thousands of
     * page faults, dear on a virtual machine */
    double *y = bigmem_alloc(n, sizeof *y), *r = bigmem_alloc(n, sizeof *r);
    double *p = bigmem_alloc(n, sizeof *p), *q = bigmem_alloc(n, sizeof *q);
    if (!y || !r || !p || !q) {
        bigmem_free(y);
        bigmem_free(r);
        bigmem_free(p);
        bigmem_free(q);
        return -1;
    }
    /* start from the uniform x = 1/n */
    for (size_t i = 0; i < n; i++)
        y[i] = s[i] > 0 ? 1.0 / ((double)n * s[i]) : 0;
    info->converged = 0;
    int restart = 1;
    double rz = 0;
    while (info->iterations < PR_MAX_ITER) {
        if (restart) {
            /* true residual; done when small, else (re)start CG from it */
            pr_apply(g, d, y, q);
            int ok = 1;
            rz = 0;
            for (size_t i = 0; i < n; i++) {
                r[i] = s[i] > 0 ? z - q[i] : 0;
                ok &= pr_ok(r[i], s[i], y[i], z);
                p[i] = s[i] > 0 ? r[i] / s[i] : 0;
                rz += r[i] * p[i];
            }
            if (ok) {
                info->converged = 1;
                break;
            }
            restart = 0;
        }
        double alpha = rz / pr_apply(g, d, p, q);
        double rz2 = 0;
        int ok = 1;
        for (size_t i = 0; i < n; i++) {
            if (!(s[i] > 0)) continue;
            y[i] += alpha * p[i];
            r[i] -= alpha * q[i];
            ok &= pr_ok(r[i], s[i], y[i], z);
            rz2 += r[i] * r[i] / s[i];
        }
        info->iterations++;
        if (ok) {
            restart = 1;
            continue;
        }
        double beta = rz2 / rz;
        rz = rz2;
        for (size_t i = 0; i < n; i++)
            if (s[i] > 0) p[i] = r[i] / s[i] + beta * p[i];
    }
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        x[i] = s[i] > 0 ? y[i] * s[i] : z;
        sum += x[i];
    }
    for (size_t i = 0; i < n; i++) x[i] /= sum;
    bigmem_free(y);
    bigmem_free(r);
    bigmem_free(p);
    bigmem_free(q);
    return 0;
}

/* Eigenvector centrality.
 *
 * The leading eigenvector of the weighted adjacency A (igraph: ARPACK,
 * largest algebraic eigenvalue, scaled so the largest entry is 1).  Power
 * iteration on A + cI, c > 0, from the strength vector: the shift keeps
 * the iteration from oscillating on bipartite graphs (where -lambda_1 is
 * an eigenvalue too) and costs little elsewhere; c = lambda/10 with lambda
 * the Rayleigh quotient of the current iterate.  Entries stay >= 0
 * throughout, and isolated actors (strength 0) stay exactly 0 as igraph's are up to
 * rounding.  On a disconnected graph the components with a smaller leading
 * eigenvalue decay to 0, as in igraph.
 *
 * Stopping: with delta_k the largest change of an iterate (scaled to max
 * 1) and rho = delta_k / delta_{k-1} the observed contraction, the
 * remaining error is about delta_k rho / (1 - rho); we stop when that is
 * below EIG_TOL twice in a row (a one-off small ratio does not end it),
 * or when the change is down to rounding (EIG_FLOOR): with a slow rate
 * the estimate can ask for more than double precision can give.
 * When the spectral gap is tiny rho is close to 1 and the cap is hit (or,
 * from the contraction observed so far, would be hit: then we stop at
 * once): the caller then uses ARPACK, so correctness never rests on the
 * gap, and a hopeless case costs a few dozen products, not the cap. */
#define EIG_TOL 1e-13
#define EIG_FLOOR (64 * DBL_EPSILON) /* a change at rounding level */
#define EIG_SHIFT 0.1 /* c = EIG_SHIFT x the Rayleigh quotient */

int spec_eigenvector(const spec_graph_t *g, long max_iter, double *x,
                     spec_info_t *info)
{
    size_t n = g->n;
    spec_info_t dummy;
    if (!info) info = &dummy;
    info->iterations = 0;
    info->converged = 1;
    if (max_iter <= 0) max_iter = SPEC_EIG_MAX_ITER;
    if (g->nnz == 0) {
        /* igraph: no edges, every actor 1 */
        for (size_t i = 0; i < n; i++) x[i] = 1;
        return 0;
    }
    double *y = bigmem_alloc(n, sizeof *y);
    if (!y) return -1;
    double smax = 0;
    for (size_t i = 0; i < n; i++)
        if (g->strength[i] > smax) smax = g->strength[i];
    for (size_t i = 0; i < n; i++) x[i] = g->strength[i] / smax;
    double prev = -1, hist[8] = {0};
    int good = 0;
    info->converged = 0;
    while (info->iterations < max_iter) {
        double ymax = 0, xy = 0, xx = 0;
        for (size_t i = 0; i < n; i++) {
            double v = row_dot(g, i, x);
            xy += x[i] * v;
            xx += x[i] * x[i];
            y[i] = v;
        }
        double c = EIG_SHIFT * xy / xx;
        for (size_t i = 0; i < n; i++) {
            y[i] += c * x[i];
            if (y[i] > ymax) ymax = y[i];
        }
        double delta = 0;
        for (size_t i = 0; i < n; i++) {
            y[i] /= ymax;
            double dd = fabs(y[i] - x[i]);
            if (dd > delta) delta = dd;
        }
        double *t = x; x = y; y = t;
        info->iterations++;
        double rho = prev > 0 ? delta / prev : 1;
        prev = delta;
        hist[info->iterations % 8] = delta;
        if (delta <= EIG_FLOOR || (rho < 1 && delta * rho / (1 - rho) < EIG_TOL))
            good++;
        else
            good = 0;
        if (good >= 2) {
            info->converged = 1;
            break;
        }
        /* Hopeless: the contraction over the last 8 products says the
         * cap will be reached first; stop now so the fallback starts
         * early instead of after max_iter products. */
        if (info->iterations >= 24 && delta > 0) {
            double r8 = pow(delta / hist[(info->iterations + 1) % 8], 1.0 / 7);
            double need = r8 < 1 ? log(EIG_TOL * (1 - r8) / delta) / log(r8)
                                 : HUGE_VAL;
            if ((double)info->iterations + need > (double)max_iter) break;
        }
    }
    /* The result must end in the caller's array. */
    if (info->iterations % 2) {
        memcpy(y, x, n * sizeof *x);
        bigmem_free(x);
    } else
        bigmem_free(y);
    return info->converged ? 0 : 1;
}
