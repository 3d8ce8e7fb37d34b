/* export: the network as files for other tools — GraphML (yEd, Gephi,
 * igraph, NetworkX), GEXF (Gephi, with dates as spells for its timeline)
 * and CSV node and edge tables (spreadsheets, Gephi's spreadsheet import).
 * One writer per format (export_graphml.c, export_gexf.c, export_csv.c)
 * behind this interface; shared helpers in export.c.
 *
 * Every format carries the same data:
 *   node  id "n<actor id>" (as in the DOT output), label, kind, events,
 *         first_year, last_year, the computed measures, community;
 *   edge  one per pair of actors (undirected): weight = number of events of
 *         any relation, the count per relation, visits each way, the years,
 *         first and last date (as precise as the sources), and the first
 *         kept evidence (sentence, doc:line).
 * Numbers are written in the C locale with enough digits to read back the
 * same double.  Output is deterministic (no time stamps). */
#ifndef EXPORT_H
#define EXPORT_H

#include <stdio.h>

#include "analysis/centrality.h"
#include "net/net.h"
#include "util/buf.h"

/* Evidence kept per edge when building a network for export: edges with at
 * most this many events get spells from their exact dates, others from
 * their years. */
#define EXPORT_KEEP_EVENTS 32

typedef struct {
    const net_t *net;
    const cent_t *cent;          /* measures, or NULL */
    const long *community;       /* community per actor (< 0 none), or NULL */
    double modularity;           /* shown when community is set */
    const char *community_alg;   /* "louvain" / "leiden" when set */
    const unsigned char *show;   /* actors to write (NULL = all); edges are
                                    written when both ends are shown */
    const char *title;           /* description (e.g. the input names), or
                                    NULL */
} export_t;

/* Each writes x to fp (owned by the caller) and returns DN_OK, DN_EIO on
 * a write error, or DN_ENOMEM (reported). */
int export_write_graphml(FILE *fp, const export_t *x);
int export_write_gexf(FILE *fp, const export_t *x);
/* The node table and the edge table (RFC 4180, CRLF, header row naming
 * Id/Label and Source/Target/Type/Weight as Gephi's import expects). */
int export_write_csv_nodes(FILE *fp, const export_t *x);
int export_write_csv_edges(FILE *fp, const export_t *x);

/* ---- shared by the writers ---- */

/* A double in the C locale, shortest of %.15g/%.17g that reads back equal;
 * non-finite values as 0. */
void export_format_double(double v, char out[32]);

int export_shown(const export_t *x, size_t actor);
int export_edge_shown(const export_t *x, const net_edge_t *e);

/* A closed range of days, as YYYYMMDD numbers. */
typedef struct {
    long first, last;
} export_spell_t;

/* The spells of an edge, merged and sorted: from the exact dates of its
 * events when every event was kept (and dated), else one per run of
 * consecutive years.  Appends to *v (growable, *n used, *cap allocated).
 * Returns 0, or -1 when memory runs out. */
int export_edge_spells(const net_t *net, const net_edge_t *e,
                       export_spell_t **v, size_t *n, size_t *cap);

/* Sorts and merges overlapping or adjacent spells in place; returns the
 * new count. */
size_t export_merge_spells(export_spell_t *v, size_t n);

/* YYYYMMDD -> "YYYY-MM-DD". */
void export_format_day(long day, char out[11]);

/* First and last date of an edge as precise as the sources ("2012",
 * "2012-02", "2012-02-07"): from the kept events when every event was kept,
 * else the first and last year.  "" when undated. */
void export_edge_dates(const net_t *net, const net_edge_t *e, char first[11],
                       char last[11]);

/* The years of an edge as "2010,2012,2013" into b (cleared first).
 * Returns 0 or -1 (memory). */
int export_edge_years(const net_edge_t *e, buf_t *b);

/* First and last year over an actor's shown edges (0 when undated).
 * Filled for all actors; arrays of net->nactors entries. */
void export_actor_years(const export_t *x, short *first, short *last);

/* Whether a measure is a count (written as an integer). */
int export_measure_is_count(measure_t m);

#endif
