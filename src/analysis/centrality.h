/* centrality: measures over the interaction network.
 *
 * The interaction graph is undirected with weight = number of events per
 * pair (affiliations left out unless asked for).  Path-based measures
 * (betweenness, harmonic closeness) use distance = 1/weight: many events
 * make two actors close.  Strength, eigenvector and PageRank use weight.
 * Every measure is computed by dipnet itself on one compressed adjacency:
 * degree, strength, PageRank and eigenvector in analysis/spectral.h,
 * betweenness and harmonic closeness in analysis/brandes.h, each tested
 * against igraph's own functions to 1e-9.  igraph's graph is built only for
 * the rare eigenvector fallback to ARPACK. */
#ifndef CENTRALITY_H
#define CENTRALITY_H

#include <stddef.h>

#include "analysis/measure.h" /* measure_t, cent_opts_t, cent_t */

/* Computes the measures asked for over all actors of net.  Returns DN_OK,
 * DN_ENOMEM, or DN_ENOMEM with a message when igraph fails.  *out must be
 * released with cent_destroy. */
int cent_compute(const net_t *net, const cent_opts_t *opts, cent_t *out);

/* Sorts actor ids by measure m descending; ties by strength descending
 * (degree when m is strength) when computed, then by name ascending (byte
 * order of the label), then kind.  ids[] holds n actor ids (in/out). */
void cent_rank(const net_t *net, const cent_t *c, measure_t m, uint32_t *ids,
               size_t n);

/* Like cent_rank but only the first k places are needed: ids[0..k) get the
 * k best in order (the rest in no order).  O(n log k). */
void cent_rank_top(const net_t *net, const cent_t *c, measure_t m,
                   uint32_t *ids, size_t n, size_t k);

#endif
