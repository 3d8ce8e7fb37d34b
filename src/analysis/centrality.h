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

#include "net/net.h"

typedef enum {
    M_DEGREE,         /* distinct partners */
    M_STRENGTH,       /* number of events with partners */
    M_VISITS_MADE,
    M_VISITS_HOSTED,
    M_BETWEENNESS,
    M_HARMONIC,
    M_EIGENVECTOR,
    M_PAGERANK,
    M_COUNT
} measure_t;

#define M_ALL ((1u << M_COUNT) - 1)

/* Name as used on the command line, in CSV and JSON ("degree", ...). */
const char *measure_name(measure_t m);
/* One line saying what the measure means (for table/Markdown legends). */
const char *measure_help(measure_t m);
/* Parses a name; -1 when unknown. */
int measure_parse(const char *s, size_t n);
/* Parses a comma-separated list into a mask; -1 on an unknown name, with
 * *bad set to the offending entry's offset. */
long measure_parse_list(const char *s, size_t *bad);

typedef struct {
    unsigned mask;            /* measures to compute (bit per measure_t) */
    int with_affiliations;    /* affiliation edges count as interaction */
    int normalized;           /* betweenness normalised to [0,1] */
    int exact;                /* never sample betweenness */
    long samples;             /* sampled sources for betweenness and
                                 harmonic closeness; 0 = automatic */
    long exact_limit;         /* above this many actors sample (default
                                 CENT_EXACT_LIMIT) */
    unsigned long seed;       /* RNG seed for sampling */
    int engine_igraph;        /* compute with igraph's own functions
                                 (--engine igraph), the reference */
    long eig_max_iter;        /* cap on the eigenvector power iteration
                                 before igraph's ARPACK takes over; 0 =
                                 SPEC_EIG_MAX_ITER (tests set it small) */
    /* Automatic sampling (above exact_limit actors, no `samples`): the
     * sources double from CENT_FIRST_SAMPLES until every betweenness value
     * is within +-epsilon (normalised: a fraction of all pairs) with
     * probability 1 - delta, or the top_k are certain, or the next round
     * would pass work_budget (sources x (actors + adjacency entries)). */
    double bc_epsilon;        /* CENT_EPSILON */
    double bc_delta;          /* CENT_DELTA */
    long top_k;               /* CENT_TOP_K */
    double work_budget;       /* CENT_WORK_BUDGET */
} cent_opts_t;

#define CENT_EXACT_LIMIT 5000
#define CENT_DEFAULT_SAMPLES 256   /* --engine igraph's automatic sample */
#define CENT_FIRST_SAMPLES 64
#define CENT_EPSILON 0.01
#define CENT_DELTA 0.1
#define CENT_TOP_K 20
/* At most 512 sources on the 100k-event benchmark network (n + nnz =
 * 197k; measured: 256 sources found 17 of the exact top 20 for 2 of 8
 * seeds, 512 at least 18 for all 8), 64 on the 1M one. */
#define CENT_WORK_BUDGET 1.2e8

void cent_opts_init(cent_opts_t *o);

typedef struct {
    size_t n;                 /* number of actors */
    unsigned mask;            /* measures present */
    double *val[M_COUNT];     /* owned; NULL for measures not computed */
    long betweenness_sources; /* 0 = exact, else sources sampled */
    long harmonic_sources;    /* 0 = exact, else sources sampled */
    /* The guarantee of sampled betweenness (0, 0 when exact): with
     * probability at least 1 - delta every value is within +-epsilon of
     * the exact one (epsilon in the units of val[M_BETWEENNESS]), and the
     * top_certain actors ranked first by betweenness are certainly the
     * top_certain most central (as a set; at most top_k of them). */
    double betweenness_epsilon;
    double betweenness_delta;
    long top_certain, top_k;
    int betweenness_adaptive; /* the sample grew until a bound was met
                                 (or the work budget ran out) */
} cent_t;

/* Computes the measures asked for over all actors of net.  Returns DN_OK,
 * DN_ENOMEM, or DN_ENOMEM with a message when igraph fails.  *out must be
 * released with cent_destroy. */
int cent_compute(const net_t *net, const cent_opts_t *opts, cent_t *out);
void cent_destroy(cent_t *c);

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
