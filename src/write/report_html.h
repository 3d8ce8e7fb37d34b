/* report_html: the report as one self-contained HTML page.
 *
 * No network access is needed to view it: CSS and script are inline, the
 * picture is inline SVG (from render_data), fonts are the reader's own.
 * The page has: a summary in words (size, time span, who travelled most,
 * who hosted most, the main broker, the busiest tie), the picture (zoom,
 * pan, a search box that finds and centres an actor, names of small actors
 * shown as it is zoomed in; hover a tie for its dates and evidence, click
 * an actor to highlight its ties),
 * sortable tables (click a header) of the top actors of every measure and
 * of the strongest ties, the events with their provenance (date, doc:line,
 * sentence), and what each measure means.  All text from the data is
 * HTML-escaped. */
#ifndef REPORT_HTML_H
#define REPORT_HTML_H

#include <stdio.h>

#include "write/report.h"

/* Rows of the evidence table at most (the kept events, by date). */
#define REPORT_HTML_MAX_EVENTS 1000
/* Rows of the strongest-ties table. */
#define REPORT_HTML_MAX_TIES 50

/* Writes the page to fp.
 *   r     the report: net, cent, ids = the actors ranked by r->by (their
 *         number r->n is also "top N" for every other measure), title;
 *   show  actors eligible for the per-measure tops (nactors entries, e.g.
 *         the --kind selection), or NULL for all;
 *   svg   the picture as SVG text (an XML prologue is skipped), built by
 *         dot_build on the same net (node ids a<actor id>), or NULL.
 * The caller owns fp and everything passed.  Returns DN_OK, DN_EIO on a
 * write error, or DN_ENOMEM (reported). */
int report_html_write(FILE *fp, const report_t *r, const unsigned char *show,
                      const char *svg);

/* The whole page with its picture: draws the actors with picture[i] != 0
 * (NULL = all) and the ties among them (dot_build, node size by r->by,
 * edges weighted with or without affiliations, every tie of r->ego kept
 * when r->has_ego), renders that as SVG with
 * `layout` (NULL = render_default_layout) and writes the page as
 * report_html_write does.  Returns DN_OK or the first error (reported). */
int report_html_write_with_picture(FILE *fp, const report_t *r,
                                   const unsigned char *show,
                                   const unsigned char *picture,
                                   const char *layout, int with_affiliations);

#endif
