/* reference: the measures computed by igraph's own functions.
 *
 * dipnet's kernels (analysis/spectral.h, analysis/brandes.h) are what runs
 * by default: at a million events igraph's PageRank, eigenvector and
 * betweenness routines take seconds where the whole budget is one.  This
 * module keeps igraph as the reference a user can ask for
 * (`--engine igraph`), and as the ARPACK fallback of the eigenvector
 * power iteration.  Same definitions, same sampled sources, same scaling:
 * both engines print the same values (tests/test_cli.c compares them). */
#ifndef REFERENCE_H
#define REFERENCE_H

#include <stdint.h>

#include "analysis/measure.h"
#include "net/net.h"

/* The sampled sources of the path-based measures, the same for betweenness
 * and harmonic closeness: k ids (k = 0: exact). */
typedef struct {
    const uint32_t *src;
    long k;
} ref_sample_t;

/* Computes the measures of o->mask except visits (the caller's) with igraph
 * into out->val[] (owned by out, freed by cent_destroy): betweenness and
 * harmonic closeness exact or from the given sources, scaled as dipnet's
 * kernels scale them.  Returns DN_OK, DN_ENOMEM or a reported igraph
 * failure. */
int ref_compute(const net_t *net, const cent_opts_t *o, ref_sample_t sample,
                cent_t *out);

/* Eigenvector centrality (weighted, maximum 1) by igraph's ARPACK into
 * x[net->nactors].  Returns DN_OK or a reported failure. */
int ref_eigenvector(const net_t *net, int with_affiliations, double *x);

#endif
