/* measure: what the centrality measures are — their names, one-line
 * meanings, the options that choose them and the table of values that
 * holds them.  The computation is analysis/centrality.h (dipnet's kernels)
 * and analysis/reference.h (igraph's); both fill a cent_t. */
#ifndef MEASURE_H
#define MEASURE_H

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

/* Sets the defaults: every measure, exact up to CENT_EXACT_LIMIT actors,
 * then adaptive sampling (CENT_EPSILON, CENT_DELTA, CENT_TOP_K,
 * CENT_WORK_BUDGET), seed 42. */
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

/* Frees the values of c (owned by c) and clears it. */
void cent_destroy(cent_t *c);

#endif
