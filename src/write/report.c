#include "write/report.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

const char *const report_columns[] = {
    "rank", "actor", "kind", "degree", "strength", "visits_made",
    "visits_hosted", "betweenness", "harmonic", "eigenvector", "pagerank"};
const size_t report_ncolumns = sizeof report_columns / sizeof report_columns[0];

static const report_format_t formats[] = {
    {"table", report_write_table, 0},
    {"csv", report_write_csv, REPORT_NOTE_TO_STDERR},
    {"json", report_write_json, 0},
    {"md", report_write_md, 0},
    {"markdown", report_write_md, 0},
    {"html", report_write_html, REPORT_NEEDS_EVIDENCE | REPORT_NEEDS_PICTURE},
};
const char report_format_names[] = "table, csv, json, md or html";

const report_format_t *report_format_find(const char *name)
{
    if (!name) return &formats[0];
    for (size_t i = 0; i < sizeof formats / sizeof formats[0]; i++)
        if (!strcmp(formats[i].name, name)) return &formats[i];
    return NULL;
}

void report_format_value(const report_t *r, measure_t m, uint32_t id,
                         int full, char out[32])
{
    const double *v = r->cent->val[m];
    if (!v) {
        out[0] = '\0';
        return;
    }
    double x = v[id];
    switch (m) {
    case M_DEGREE:
    case M_STRENGTH:
    case M_VISITS_MADE:
    case M_VISITS_HOSTED:
        snprintf(out, 32, "%.0f", x);
        break;
    default:
        if (full) snprintf(out, 32, "%.10g", x);
        else if (m == M_PAGERANK) snprintf(out, 32, "%.4f", x);
        else if (m == M_BETWEENNESS) snprintf(out, 32, "%.2f", x);
        else snprintf(out, 32, "%.3f", x);
        /* -0.000 helps nobody */
        if (!strcmp(out, "-0.000")) strcpy(out, "0.000");
        if (!strcmp(out, "-0.00")) strcpy(out, "0.00");
        break;
    }
}

void report_counts(const report_t *r, size_t *ties, size_t *events)
{
    size_t t = 0, e = 0;
    for (size_t i = 0; i < r->net->nedges; i++) {
        const net_edge_t *ed = &r->net->edges[i];
        if (net_edge_weight(r->net, ed, r->cent ? 0 : 1)) t++;
        e += ed->total;
    }
    *ties = t;
    *events = e;
}

const char *report_betweenness_note(const report_t *r,
                                    char out[REPORT_NOTE_MAX])
{
    out[0] = '\0';
    const cent_t *c = r->cent;
    int b = c->val[M_BETWEENNESS] && c->betweenness_sources;
    int h = c->val[M_HARMONIC] && c->harmonic_sources;
    if (!b && !h) return out;
    int w = snprintf(out, REPORT_NOTE_MAX,
                     "%s%s%s %s estimated from %ld sampled sources",
                     b ? "betweenness" : "", b && h ? " and " : "",
                     h ? "harmonic" : "", b && h ? "are" : "is",
                     b ? c->betweenness_sources : c->harmonic_sources);
    if (b && c->betweenness_delta > 0 && w > 0 && w < REPORT_NOTE_MAX) {
        char eps[32];
        snprintf(eps, sizeof eps, "%.4g", c->betweenness_epsilon);
        int w2 = snprintf(out + w, (size_t)(REPORT_NOTE_MAX - w),
                          "%s; with probability %g%% every betweenness is "
                          "within \u00b1%s of the exact value, and the top "
                          "%ld of %ld are certain",
                          c->betweenness_adaptive ? " (until a bound was met "
                                                    "or the work budget spent)"
                                                  : "",
                          100 * (1 - c->betweenness_delta), eps,
                          c->top_certain, c->top_k);
        if (w2 > 0) w += w2;
    }
    if (w > 0 && w < REPORT_NOTE_MAX)
        snprintf(out + w, (size_t)(REPORT_NOTE_MAX - w),
                 "; --exact computes exact values");
    return out;
}

int report_each_community(const report_t *r, report_community_fn fn,
                          void *ctx)
{
    if (!r->comm) return DN_OK;
    for (size_t k = 0; k < r->comm->ncommunities; k++) {
        size_t n = 0;
        uint32_t *m = community_members(r->net, r->comm, k, &n);
        if (!m) return DN_ENOMEM;
        int rc = fn(r, k, m, n, ctx);
        free(m);
        if (rc) return rc;
    }
    return DN_OK;
}
