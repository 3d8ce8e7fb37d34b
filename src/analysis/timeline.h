/* timeline: how actors' centrality changes over time.
 *
 * Events stream in once (timeline_add_event is an ev_sink_fn) and go into
 * one network per period — a calendar year, five years (2010–2014) or a
 * decade (2010–2019), aligned to the calendar — and into one network of the
 * whole time (`all`).  An event spanning several periods (start–end) counts
 * in each.  Undated events cannot be placed and are left out (counted).
 * timeline_rank then ranks actors in every period by a measure computed on
 * that period's network alone. */
#ifndef TIMELINE_H
#define TIMELINE_H

#include <stddef.h>

#include "analysis/centrality.h"
#include "net/net.h"

/* Parses "year", "5y", "decade" (also "1y", "10y"); returns the period
 * length in years, or -1 when unknown. */
int timeline_period_parse(const char *s);

typedef struct {
    int width;               /* years per period */
    net_opts_t opts;         /* filters, applied to every network */
    int first_year;          /* first year of period 0 (when nperiods) */
    size_t nperiods;
    net_t **periods;         /* owned; NULL for a period without events */
    net_t all;               /* every placed event once */
    size_t nundated;         /* events left out for want of a date */
    size_t nread;            /* events offered */
} timeline_t;

/* Starts an empty timeline of width-year periods with filters opts
 * (copied; NULL = none). */
void timeline_init(timeline_t *t, int width, const net_opts_t *opts);
void timeline_destroy(timeline_t *t);

/* Adds one event (an ev_sink_fn; ctx is the timeline_t).  Returns DN_OK or
 * DN_ENOMEM (reported). */
int timeline_add_event(const ev_event_t *ev, void *ctx);

/* First and last year of period p. */
int timeline_period_first(const timeline_t *t, size_t p);
int timeline_period_last(const timeline_t *t, size_t p);
/* A short label: "2012", "2010-14", "2010s" (out: at least 16 bytes). */
void timeline_period_label(const timeline_t *t, size_t p, char *out,
                           size_t size);

/* The ranks of the chosen actors in every period.  Ranks are competition
 * ranks (1, 2, 2, 4: actors with the same value share a rank) among the
 * actors of the period whose kind is in kind_mask (0 = all). */
typedef struct {
    measure_t by;
    size_t nrows;            /* actors shown */
    size_t nperiods;
    uint32_t *actor;         /* owned; row -> actor id in t->all, in order
                                of their rank over the whole time */
    long *overall;           /* owned; row -> rank over the whole time */
    long *rank;              /* owned; [row * nperiods + p], 0 = no events
                                in that period */
    double *value;           /* owned; same layout, the measure's value */
    size_t *nranked;         /* owned; per period, actors ranked */
    size_t nranked_all;      /* actors ranked over the whole time */
    long sampled;            /* > 0 when betweenness was estimated from
                                sampled sources in some network */
} timeline_ranks_t;

/* Ranks the `top` most central actors of the whole time (by measure `by`,
 * ties by name; all when top <= 0) in every period.  co gives the measure
 * options (its mask is ignored: only `by` is computed).  Returns DN_OK,
 * DN_ENOMEM (reported) or an igraph failure (reported); *out is released
 * with timeline_ranks_destroy (also after a failure). */
int timeline_rank(const timeline_t *t, const cent_opts_t *co, measure_t by,
                  unsigned kind_mask, long top, timeline_ranks_t *out);
void timeline_ranks_destroy(timeline_ranks_t *r);

#endif
