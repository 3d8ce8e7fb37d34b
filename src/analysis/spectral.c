#include "analysis/spectral.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

void spec_graph_destroy(spec_graph_t *g)
{
    free(g->start);
    free(g->col);
    free(g->w);
    free(g->strength);
    memset(g, 0, sizeof *g);
}

/* Allocates the arrays for n rows and nnz entries; start[] zeroed. */
static int graph_alloc(spec_graph_t *g, size_t n, size_t nnz)
{
    memset(g, 0, sizeof *g);
    g->n = n;
    g->nnz = nnz;
    g->start = calloc(n + 1, sizeof *g->start);
    g->col = malloc((nnz ? nnz : 1) * sizeof *g->col);
    g->w = malloc((nnz ? nnz : 1) * sizeof *g->w);
    g->strength = calloc(n ? n : 1, sizeof *g->strength);
    if (!g->start || !g->col || !g->w || !g->strength) {
        spec_graph_destroy(g);
        return diag_nomem("building the adjacency");
    }
    return DN_OK;
}

/* start[i+1] holds row i's length on entry; turns it into offsets and
 * returns a copy of the offsets (the fill cursors), or NULL. */
static size_t *prefix_and_cursors(spec_graph_t *g)
{
    for (size_t i = 0; i < g->n; i++) g->start[i + 1] += g->start[i];
    size_t *pos = malloc((g->n ? g->n : 1) * sizeof *pos);
    if (pos) memcpy(pos, g->start, g->n * sizeof *pos);
    return pos;
}

static inline void put(spec_graph_t *g, size_t *pos, uint32_t a, uint32_t b,
                       double wt)
{
    size_t p = pos[a]++, q = pos[b]++;
    g->col[p] = b;
    g->w[p] = wt;
    g->col[q] = a;
    g->w[q] = wt;
    g->strength[a] += wt;
    g->strength[b] += wt;
}

int spec_graph_build(const net_t *net, int with_aff, spec_graph_t *g)
{
    /* Counting sort by endpoint: one pass counts the rows, one fills them.
     * The weights of the first pass are kept so the second touches only
     * the endpoints of each edge. */
    size_t ne = net->nedges, m = 0;
    uint32_t *wt = malloc((ne ? ne : 1) * sizeof *wt);
    if (!wt) return diag_nomem("building the adjacency");
    size_t *len = calloc(net->nactors + 1, sizeof *len);
    if (!len) {
        free(wt);
        return diag_nomem("building the adjacency");
    }
    for (size_t i = 0; i < ne; i++) {
        const net_edge_t *e = &net->edges[i];
        uint32_t x = wt[i] = net_edge_weight(e, with_aff);
        if (x) {
            len[e->a + 1]++;
            len[e->b + 1]++;
            m++;
        }
    }
    int rc = graph_alloc(g, net->nactors, 2 * m);
    if (rc) {
        free(wt);
        free(len);
        return rc;
    }
    free(g->start);
    g->start = len;
    size_t *pos = prefix_and_cursors(g);
    if (!pos) {
        free(wt);
        spec_graph_destroy(g);
        return diag_nomem("building the adjacency");
    }
    for (size_t i = 0; i < ne; i++)
        if (wt[i]) put(g, pos, net->edges[i].a, net->edges[i].b, wt[i]);
    free(pos);
    free(wt);
    return DN_OK;
}

int spec_graph_from_edges(size_t n, size_t m, const uint32_t *a,
                          const uint32_t *b, const double *w,
                          spec_graph_t *g)
{
    size_t keep = 0;
    for (size_t k = 0; k < m; k++) {
        if (a[k] >= n || b[k] >= n || a[k] == b[k]) {
            memset(g, 0, sizeof *g);
            return diag_error(DN_EINPUT, NULL, 0, 0,
                              "edge %zu (%u-%u) is a self-loop or names a "
                              "node beyond %zu", k, (unsigned)a[k],
                              (unsigned)b[k], n);
        }
        if (!w || w[k] > 0) keep++;
    }
    int rc = graph_alloc(g, n, 2 * keep);
    if (rc) return rc;
    for (size_t k = 0; k < m; k++)
        if (!w || w[k] > 0) {
            g->start[a[k] + 1]++;
            g->start[b[k] + 1]++;
        }
    size_t *pos = prefix_and_cursors(g);
    if (!pos) {
        spec_graph_destroy(g);
        return diag_nomem("building the adjacency");
    }
    for (size_t k = 0; k < m; k++)
        if (!w || w[k] > 0) put(g, pos, a[k], b[k], w ? w[k] : 1.0);
    free(pos);
    return DN_OK;
}

/* sum_k w[k] x[col[k]] over one row.  Four partial sums: a single one is
 * a chain of dependent additions, which is what bounds a sweep; the order
 * of the additions is fixed, so the result does not vary between runs. */
static inline double row_dot(const uint32_t *col, const double *w, size_t k,
                             size_t e, const double *x)
{
    double a0 = 0, a1 = 0, a2 = 0, a3 = 0;
    for (; k + 4 <= e; k += 4) {
        a0 += w[k] * x[col[k]];
        a1 += w[k + 1] * x[col[k + 1]];
        a2 += w[k + 2] * x[col[k + 2]];
        a3 += w[k + 3] * x[col[k + 3]];
    }
    for (; k < e; k++) a0 += w[k] * x[col[k]];
    return (a0 + a1) + (a2 + a3);
}

/* The connected components with at least one edge: their nodes in
 * order[cstart[c] .. cstart[c+1]), ascending within each; *ncomp receives
 * the count.  order and lab hold n entries, cstart n + 1.  lab is scratch
 * (used as the BFS queue too). */
static void components(const spec_graph_t *g, uint32_t *order, uint32_t *lab,
                       size_t *cstart, size_t *ncomp)
{
    size_t n = g->n, nc = 0;
    const uint32_t NOLAB = UINT32_MAX;
    for (size_t i = 0; i < n; i++) lab[i] = NOLAB;
    /* BFS with order[] as the queue; labels in lab[] */
    for (size_t s = 0; s < n; s++) {
        if (lab[s] != NOLAB || g->start[s] == g->start[s + 1]) continue;
        size_t head = 0, tail = 0;
        order[tail++] = (uint32_t)s;
        lab[s] = (uint32_t)nc;
        while (head < tail) {
            uint32_t v = order[head++];
            for (size_t k = g->start[v]; k < g->start[v + 1]; k++)
                if (lab[g->col[k]] == NOLAB) {
                    lab[g->col[k]] = (uint32_t)nc;
                    order[tail++] = g->col[k];
                }
        }
        nc++;
    }
    /* counting sort by label: ascending node order inside a component */
    for (size_t c = 0; c <= nc; c++) cstart[c] = 0;
    for (size_t i = 0; i < n; i++)
        if (lab[i] != NOLAB) cstart[lab[i] + 1]++;
    for (size_t c = 0; c < nc; c++) cstart[c + 1] += cstart[c];
    for (size_t i = 0; i < n; i++)
        if (lab[i] != NOLAB) order[cstart[lab[i]]++] = (uint32_t)i;
    for (size_t c = nc; c > 0; c--) cstart[c] = cstart[c - 1];
    cstart[0] = 0;
    *ncomp = nc;
}

/* PageRank.
 *
 * igraph (PRPACK, undirected) solves x = d P'x + d (sum of dangling x) u +
 * (1 - d) v with P the row-normalised weights and u = v uniform, then
 * normalises x to sum 1.  In an undirected graph the dangling actors are
 * exactly the isolated ones, and all of them get the same value z, so the
 * system closes: z = (1 - d) / (n - d * n_isolated), and every other actor
 * has x_i = z + d * sum_j w_ij x_j / s_j.  Gauss-Seidel on y_i = x_i / s_i
 * (one division per actor and sweep, none per entry).
 *
 * Convergence: Gauss-Seidel on this M-matrix system contracts at least as
 * fast as the Jacobi iteration, whose error after a sweep is at most
 * d / (1 - d) times the change of that sweep.  We stop when the largest
 * change relative to the actor's own value, times d / (1 - d), is below
 * PR_TOL: every value is then within about PR_TOL relative of the fixed
 * point, well inside the 1e-9 the tests demand against igraph (whose own
 * tolerance is 1e-10 on the 1-norm). */
#define PR_TOL 1e-13
#define PR_MAX_ITER 10000 /* never reached: the contraction is <= d */

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
    for (size_t i = 0; i < n; i++) niso += g->strength[i] == 0;
    const double d = damping;
    const double z = (1 - d) / ((double)n - d * (double)niso);
    if (niso == n) {
        for (size_t i = 0; i < n; i++) x[i] = 1.0 / (double)n;
        return 0;
    }
    double *y = malloc(n * sizeof *y);
    uint32_t *order = malloc(n * sizeof *order);
    uint32_t *lab = malloc(n * sizeof *lab);
    size_t *cstart = malloc((n + 1) * sizeof *cstart);
    if (!y || !order || !lab || !cstart) {
        free(y);
        free(order);
        free(lab);
        free(cstart);
        return -1;
    }
    size_t ncomp;
    components(g, order, lab, cstart, &ncomp);
    free(lab);
    for (size_t i = 0; i < n; i++)
        y[i] = g->strength[i] > 0 ? 1.0 / ((double)n * g->strength[i]) : 0;
    const double factor = d / (1 - d);
    const size_t *start = g->start;
    const uint32_t *col = g->col;
    const double *w = g->w;
    const double *s = g->strength;
    /* Components do not interact (z is known): each is swept until it has
     * converged by itself, so a slow pair of actors off on their own does
     * not keep the big component sweeping. */
    for (size_t c = 0; c < ncomp; c++) {
        const uint32_t *nodes = order + cstart[c];
        size_t nn = cstart[c + 1] - cstart[c];
        long it = 0;
        int ok = 0;
        while (it < PR_MAX_ITER && !ok) {
            double rel = 0;
            for (size_t j = 0; j < nn; j++) {
                uint32_t i = nodes[j];
                double xn = z + d * row_dot(col, w, start[i], start[i + 1], y);
                double r = fabs(xn - y[i] * s[i]) / xn;
                if (r > rel) rel = r;
                y[i] = xn / s[i];
            }
            it++;
            ok = rel * factor < PR_TOL;
        }
        if (it > info->iterations) info->iterations = it;
        if (!ok) info->converged = 0;
    }
    free(order);
    free(cstart);
    double sum = 0;
    for (size_t i = 0; i < n; i++) {
        x[i] = s[i] > 0 ? y[i] * s[i] : z;
        sum += x[i];
    }
    for (size_t i = 0; i < n; i++) x[i] /= sum;
    free(y);
    return 0;
}

/* Eigenvector centrality.
 *
 * The leading eigenvector of the weighted adjacency A (igraph: ARPACK,
 * largest algebraic eigenvalue, scaled so the largest entry is 1).  Power
 * iteration on A + cI, c > 0, from the strength vector: the shift keeps
 * the iteration from oscillating on bipartite graphs (where -lambda_1 is
 * an eigenvalue too) and costs little elsewhere; c = lambda/10 with lambda
 * the Rayleigh quotient of the start.  Entries stay >= 0 throughout, and
 * isolated actors (strength 0) stay exactly 0 as igraph's are up to
 * rounding.  On a disconnected graph the components with a smaller leading
 * eigenvalue decay to 0, as in igraph.
 *
 * Stopping: with delta_k the largest change of an iterate (scaled to max
 * 1) and rho = delta_k / delta_{k-1} the observed contraction, the
 * remaining error is about delta_k rho / (1 - rho); we stop when that is
 * below EIG_TOL twice in a row (a one-off small ratio does not end it).
 * When the spectral gap is tiny rho is close to 1 and the cap is hit: the
 * caller then uses ARPACK, so correctness never rests on the gap. */
#define EIG_TOL 1e-13
#ifndef SHIFT
#define SHIFT 0.1
#endif

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
    double *y = malloc(n * sizeof *y);
    if (!y) return -1;
    double smax = 0;
    for (size_t i = 0; i < n; i++)
        if (g->strength[i] > smax) smax = g->strength[i];
    for (size_t i = 0; i < n; i++) x[i] = g->strength[i] / smax;
    const size_t *start = g->start;
    const uint32_t *col = g->col;
    const double *w = g->w;
    double prev = -1;
    int good = 0;
    info->converged = 0;
    while (info->iterations < max_iter) {
        double ymax = 0, xy = 0, xx = 0;
        for (size_t i = 0; i < n; i++) {
            double v = row_dot(col, w, start[i], start[i + 1], x);
            xy += x[i] * v;
            xx += x[i] * x[i];
            y[i] = v;
        }
        double c = SHIFT * xy / xx;
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
        if (delta == 0 || (rho < 1 && delta * rho / (1 - rho) < EIG_TOL))
            good++;
        else
            good = 0;
        if (good >= 2) {
            info->converged = 1;
            break;
        }
    }
    /* The result must end in the caller's array. */
    if (info->iterations % 2) {
        memcpy(y, x, n * sizeof *x);
        free(x);
    } else
        free(y);
    return info->converged ? 0 : 1;
}
