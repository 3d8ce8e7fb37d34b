/* spectral: PageRank and eigenvector centrality by power iteration on a
 * compressed adjacency built straight from the network.
 *
 * igraph's kernels (PRPACK, ARPACK) pay for generality: building the
 * igraph graph, its adjacency and incidence lists, and restarted Lanczos
 * cost several seconds on a million-event network.  Here the undirected
 * weighted graph is one CSR array pair (both directions of every edge) and
 * each measure is a plain iteration over it.  The definitions are igraph's
 * (igraph_pagerank with PRPACK, directed 0; igraph_eigenvector_centrality
 * with directed 0, scale 1); tests/test_spectral.c checks them against
 * igraph to 1e-9.
 *
 * The kernels never report errors and never call igraph, so they may run
 * on any thread (two at once on the same graph: it is read-only there). */
#ifndef SPECTRAL_H
#define SPECTRAL_H

#include <stddef.h>
#include <stdint.h>

#include "net/net.h"

/* Undirected weighted graph as compressed rows: the neighbours of actor i
 * are col[start[i] .. start[i+1]).  Event counts are 1 for most pairs, so
 * a row lists its weight-1 neighbours first and then the others, whose
 * weights alone are stored: the last woff[i+1] - woff[i] entries of row i
 * have weights wval[woff[i] .. woff[i+1]).  A product then streams about
 * 4 bytes per entry instead of 12, and bandwidth is what bounds it. */
typedef struct {
    size_t n;            /* actors, isolated ones included */
    size_t nnz;          /* stored entries: two per edge */
    size_t *start;       /* n + 1 row offsets */
    uint32_t *col;       /* nnz neighbour ids */
    size_t *woff;        /* n + 1 offsets into wval */
    double *wval;        /* weights other than 1 (> 0) */
    double *strength;    /* n row sums */
} spec_graph_t;

/* Builds the interaction graph of net: one undirected edge per net edge of
 * weight net_edge_weight(e, with_aff) > 0.  Returns DN_OK or DN_ENOMEM
 * (reported).  Release with spec_graph_destroy. */
int spec_graph_build(const net_t *net, int with_aff, spec_graph_t *g);

/* Builds the graph on n nodes from m undirected edges a[k]-b[k] with
 * weight w[k] (w NULL: all 1); edges of weight <= 0 are left out, no
 * self-loops allowed.  Returns DN_OK, DN_EINPUT for an endpoint >= n or a
 * self-loop, or DN_ENOMEM (both reported). */
int spec_graph_from_edges(size_t n, size_t m, const uint32_t *a,
                          const uint32_t *b, const double *w,
                          spec_graph_t *g);

void spec_graph_destroy(spec_graph_t *g);

/* What an iteration did. */
typedef struct {
    long iterations;     /* sweeps / matrix products done */
    int converged;       /* 1 when the tolerance was reached */
} spec_info_t;

/* Products before the eigenvector iteration gives up: at 300 it has cost
 * about what igraph's ARPACK costs on the same graph. */
#define SPEC_EIG_MAX_ITER 300

/* PageRank with the given damping (0.85 for igraph's default) into x[n]
 * (caller-allocated), summing to 1; actors without edges are dangling
 * nodes whose rank is spread uniformly, as in igraph/PRPACK.  Returns 0,
 * or -1 when out of memory (not reported: the caller reports). */
int spec_pagerank(const spec_graph_t *g, double damping, double *x,
                  spec_info_t *info);

/* Eigenvector centrality into x[n] (caller-allocated), scaled so the
 * maximum is 1; all 1 when the graph has no edges (igraph's convention).
 * At most max_iter products (<= 0: SPEC_EIG_MAX_ITER), fewer when the
 * observed convergence rate says the cap would be reached.  Returns 0
 * when converged, 1 when not (x then holds the last iterate and the
 * caller should use another method), -1 when out of memory (not
 * reported). */
int spec_eigenvector(const spec_graph_t *g, long max_iter, double *x,
                     spec_info_t *info);

#endif
