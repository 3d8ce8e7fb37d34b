/* brandes: betweenness and harmonic closeness by single-source Dijkstra
 * searches on the compressed adjacency of analysis/spectral.h.
 *
 * The distance of an edge is 1/weight.  Each search counts the shortest
 * paths to every node (sigma) and, for betweenness, accumulates the
 * dependencies in reverse order of settlement (Brandes 2001).  Two path
 * lengths count as equal the way igraph 0.10 decides it: lengths are kept
 * as 1 + distance and compared with a relative tolerance of 1e-10
 * (IGRAPH_SHORTEST_PATH_EPSILON), so that 1/2 + 1/2 and 1/1, or 1/3 three
 * times and 1/1, are ties.  tests/test_brandes.c checks the results
 * against igraph_betweenness, igraph_betweenness_subset and
 * igraph_harmonic_centrality to 1e-9.
 *
 * The sources are split over threads; the contribution of each source is
 * added to the totals in the order of the sources whatever thread computed
 * it, so the result is bit-identical for any number of threads.  Memory:
 * O(n + m) per thread.  The kernels never report errors and never call
 * igraph (safe off the main thread). */
#ifndef BRANDES_H
#define BRANDES_H

#include <stddef.h>
#include <stdint.h>

#include "analysis/spectral.h"

typedef struct {
    const uint32_t *sources; /* k source ids (< n; a source given twice is
                                searched twice); NULL: every
                                node in id order, k ignored */
    size_t k;
    double *betweenness;     /* n values or NULL: half the sum over the
                                sources of each node's dependency (each
                                unordered pair once when all nodes are
                                sources: igraph_betweenness's value) */
    double *harmonic;        /* n values or NULL: sum over the sources
                                s != v of 1/d(s, v), unreachable 0 */
    int threads;             /* threads to use; 0: threads_allowed() when
                                the work is big enough, else 1 */
    double *betweenness_sq;  /* n values or NULL: the sum over the sources
                                of each node's squared dependency (not
                                halved), for the variance of a sampled
                                estimate; needs betweenness */
} brandes_job_t;

/* Runs the searches of job on g, filling the arrays job asks for (caller-
 * allocated, n each; overwritten).  Returns 0, or -1 when out of memory
 * (not reported: the caller reports; the arrays are then undefined). */
int brandes_run(const spec_graph_t *g, const brandes_job_t *job);

#endif
