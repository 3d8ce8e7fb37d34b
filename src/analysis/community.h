/* community: groups of actors that interact more among themselves than
 * with the rest (igraph's Louvain and Leiden, maximising modularity).
 *
 * The graph is the interaction graph of centrality.h: undirected, one edge
 * per pair, weight = number of events (affiliations left out unless asked
 * for).  Both algorithms are randomised; the igraph RNG is seeded from the
 * caller's seed, so the same network and seed give the same communities.
 * Communities are numbered 0, 1, ... by decreasing size (ties: the community
 * whose alphabetically first member comes first), so colour palettes go to
 * the big ones and the numbering does not depend on input order. */
#ifndef COMMUNITY_H
#define COMMUNITY_H

#include <stddef.h>

#include "net/net.h"

typedef enum {
    COMMUNITY_LOUVAIN,   /* igraph_community_multilevel */
    COMMUNITY_LEIDEN     /* igraph_community_leiden, modularity objective */
} community_alg_t;

/* Parses "louvain" / "leiden" (also "multilevel"); -1 when unknown. */
int community_alg_parse(const char *s);
const char *community_alg_name(community_alg_t a);

typedef struct {
    size_t n;              /* actors (net->nactors) */
    long *membership;      /* owned; community per actor, or -1 for an
                              actor alone in its community (no partner in
                              the interaction graph): nothing to colour */
    size_t *size;          /* owned; members per community */
    size_t ncommunities;   /* communities with two or more members */
    size_t nsingletons;    /* actors with membership -1 */
    double modularity;     /* of the partition (singletons included),
                              weighted, resolution 1; 0 without edges */
    community_alg_t alg;
} community_t;

/* Detects communities over all actors of net.  Returns DN_OK, DN_ENOMEM
 * (reported), or DN_ENOMEM with a message when igraph fails.  *out must be
 * released with community_destroy (also after a failure). */
int community_detect(const net_t *net, community_alg_t alg,
                     int with_affiliations, unsigned long seed,
                     community_t *out);
void community_destroy(community_t *c);

/* The members of community k, sorted by name (byte order); *n receives the
 * count.  Returns a new array the caller frees, or NULL when memory runs
 * out (reported) or k is out of range (*n = 0). */
uint32_t *community_members(const net_t *net, const community_t *c, size_t k,
                            size_t *n);

#endif
