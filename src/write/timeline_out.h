/* timeline_out: the ranks by period (analysis/timeline.h) as a text table,
 * CSV, or an SVG rank chart ("bump chart": one line per actor, periods
 * left to right, rank 1 at the top). */
#ifndef TIMELINE_OUT_H
#define TIMELINE_OUT_H

#include <stdio.h>

#include "analysis/timeline.h"

/* Each writes to fp (owned by the caller); title (may be NULL) names the
 * input.  Returns DN_OK, DN_EIO on a write error, or DN_ENOMEM. */
int timeline_write_table(FILE *fp, const timeline_t *t,
                         const timeline_ranks_t *r, const char *title);
/* One row per actor and period (long format): actor, kind, overall_rank,
 * period, period_first, period_last, rank, value, ranked — rank and value
 * empty when the actor had no events in the period. */
int timeline_write_csv(FILE *fp, const timeline_t *t,
                       const timeline_ranks_t *r, const char *title);
/* A self-contained SVG (DejaVu Sans; no scripts, no external files). */
int timeline_write_svg(FILE *fp, const timeline_t *t,
                       const timeline_ranks_t *r, const char *title);

#endif
