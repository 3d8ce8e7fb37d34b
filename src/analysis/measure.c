/* measure: names, meanings and options of the measures (measure.h). */
#include "analysis/measure.h"

#include <stdlib.h>
#include <string.h>

static const char *const names[M_COUNT] = {
    "degree", "strength", "visits_made", "visits_hosted",
    "betweenness", "harmonic", "eigenvector", "pagerank"};

static const char *const helps[M_COUNT] = {
    "number of distinct partners",
    "number of events with partners (sum of edge weights)",
    "visits the actor made (travelled to the partner)",
    "visits the actor hosted (the partner travelled to it)",
    "shortest paths through the actor, distance = 1/weight (broker role)",
    "mean of 1/distance to every other actor, distance = 1/weight (above 1 when partners share many events)",
    "eigenvector centrality, weighted, scaled so the maximum is 1",
    "PageRank, weighted, damping 0.85 (sums to 1)"};

const char *measure_name(measure_t m) { return names[m]; }
const char *measure_help(measure_t m) { return helps[m]; }

int measure_parse(const char *s, size_t n)
{
    for (int i = 0; i < M_COUNT; i++)
        if (strlen(names[i]) == n && memcmp(names[i], s, n) == 0) return i;
    return -1;
}

long measure_parse_list(const char *s, size_t *bad)
{
    unsigned long mask = 0;
    const char *p = s;
    for (;;) {
        const char *c = strchr(p, ',');
        size_t n = c ? (size_t)(c - p) : strlen(p);
        int m = measure_parse(p, n);
        if (n == 3 && memcmp(p, "all", 3) == 0) mask |= M_ALL;
        else if (m < 0) {
            if (bad) *bad = (size_t)(p - s);
            return -1;
        } else mask |= 1u << m;
        if (!c) break;
        p = c + 1;
    }
    return (long)mask;
}

void cent_opts_init(cent_opts_t *o)
{
    memset(o, 0, sizeof *o);
    o->mask = M_ALL;
    o->exact_limit = CENT_EXACT_LIMIT;
    o->seed = 42;
    o->bc_epsilon = CENT_EPSILON;
    o->bc_delta = CENT_DELTA;
    o->top_k = CENT_TOP_K;
    o->work_budget = CENT_WORK_BUDGET;
}

void cent_destroy(cent_t *c)
{
    for (int m = 0; m < M_COUNT; m++) free(c->val[m]);
    memset(c, 0, sizeof *c);
}
