/* report: the most-connected actors as a table, CSV, JSON, Markdown or an
 * HTML page.  One writer per format (report_table.c, report_csv.c,
 * report_json.c, report_md.c, report_html.c) behind this interface, listed
 * in one table (report_format_find); all print numbers in the C locale. */
#ifndef REPORT_H
#define REPORT_H

#include <stdio.h>

#include "analysis/centrality.h"
#include "analysis/community.h"
#include "net/net.h"

typedef struct {
    const net_t *net;
    const cent_t *cent;
    const uint32_t *ids;     /* actors to list, in rank order */
    size_t n;
    measure_t by;            /* the ranking measure */
    const char *title;       /* e.g. the input names */
    const community_t *comm; /* communities to list, or NULL */
    /* Read by the HTML page only (REPORT_NEEDS_PICTURE): */
    const unsigned char *show;    /* actors eligible for the per-measure
                                     tops (nactors entries), NULL = all */
    const unsigned char *picture; /* actors drawn, NULL = all */
    const char *layout;           /* picture layout, NULL = default */
    int with_affiliations;        /* affiliations count as interaction (ties
                                     ranked by events are then ranked with
                                     them); tie weights count them */
    int has_ego;                  /* an ego network: every tie of actor
                                     `ego` stays when the picture is
                                     thinned (dot_opts_t.ego) */
    uint32_t ego;
} report_t;

/* The CSV columns and JSON keys, in order. */
extern const char *const report_columns[];
extern const size_t report_ncolumns;

/* Each writes the report to fp; returns DN_OK, DN_EIO on a write error or
 * DN_ENOMEM.  The caller owns fp. */
int report_write_table(FILE *fp, const report_t *r);
int report_write_csv(FILE *fp, const report_t *r);
int report_write_json(FILE *fp, const report_t *r);
int report_write_md(FILE *fp, const report_t *r);
/* The HTML page with its picture (report_html.h). */
int report_write_html(FILE *fp, const report_t *r);

/* What a format needs from the command besides the ranked actors. */
enum {
    REPORT_NEEDS_EVIDENCE = 1 << 0, /* event evidence kept on each tie */
    REPORT_NEEDS_PICTURE = 1 << 1,  /* r->show, r->picture, r->layout */
    REPORT_NOTE_TO_STDERR = 1 << 2  /* no room for notes in the output */
};

/* One entry per --format value. */
typedef struct {
    const char *name;
    int (*write)(FILE *fp, const report_t *r);
    unsigned needs; /* REPORT_NEEDS_* bits */
} report_format_t;

/* The format called `name` (NULL = the default, table), or NULL when there
 * is none.  The entry is static. */
const report_format_t *report_format_find(const char *name);
/* The format names for messages: "table, csv, json, md or html". */
extern const char report_format_names[];

/* Shared by the writers: the value of measure m for actor id, formatted
 * for people (short) or for machines (full precision); "" when the
 * measure was not computed. */
void report_format_value(const report_t *r, measure_t m, uint32_t id,
                         int full, char out[32]);
/* Counts for the summary line: ties with interaction weight, events. */
void report_counts(const report_t *r, size_t *ties, size_t *events);
/* One sentence on how betweenness was computed and, when it was
 * sampled, the guarantee achieved ("" when exact or absent); written
 * into out (REPORT_NOTE_MAX bytes, the caller's), which it returns. */
#define REPORT_NOTE_MAX 320
const char *report_betweenness_note(const report_t *r,
                                    char out[REPORT_NOTE_MAX]);

/* Calls fn for every community of two or more members (largest first) with
 * its members sorted by name; stops at fn's non-zero return.  Returns
 * DN_OK, DN_ENOMEM or fn's code. */
typedef int (*report_community_fn)(const report_t *r, size_t k,
                                   const uint32_t *members, size_t n,
                                   void *ctx);
int report_each_community(const report_t *r, report_community_fn fn,
                          void *ctx);

#endif
