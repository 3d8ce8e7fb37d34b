/* dipnet timeline: each actor's rank by period, as a table, CSV or an SVG
 * rank chart. */
#include <stdlib.h>
#include <string.h>

#include "analysis/centrality.h"
#include "analysis/timeline.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/input.h"
#include "write/timeline_out.h"
#include "util/diag.h"
#include "util/outfile.h"

static const char help[] =
    "usage: dipnet timeline [--period year|5y|decade] [-n N] [--by MEASURE]\n"
    "                       [--format table|csv|svg] [-o FILE] INPUT...\n"
    "\n"
    "Ranks the most central actors in every period: how their place in the\n"
    "network changes over time.  Each period's measure is computed on the\n"
    "network of that period's events alone; an event spanning several\n"
    "periods counts in each; undated events are left out.\n"
    "  --period P       year (default), 5y (2010-14, 2015-19 ...) or decade\n"
    "  -n, --top N      the N most central actors of the whole time\n"
    "                   (default 10, 0 = all)\n"
    "  --by MEASURE     rank by this measure (default degree); actors with\n"
    "                   the same value share a rank (1, 2, 2, 4)\n"
    "  --kind LIST      rank only actors of these kinds\n"
    "  --format F       table (default), csv (one row per actor and period)\n"
    "                   or svg (a rank chart: one line per actor, rank 1 at\n"
    "                   the top); default from the extension of -o\n"
    "  -o FILE          write to FILE instead of standard output\n"
    "\n"
    "Examples:\n"
    "  dipnet timeline graphs/seed.tsv\n"
    "  dipnet timeline --period 5y --kind person -o out/ranks.svg events.tsv\n"
    "  dipnet timeline --period decade --by pagerank --format csv "
    "--from icews x.tsv\n";

typedef int (*writer_fn)(FILE *, const timeline_t *, const timeline_ranks_t *,
                         const char *);

/* Extensions in any case: X.SVG is SVG. */
#define ends_with cli_has_ext

static writer_fn pick_writer(const cli_opts_t *o)
{
    const char *f = o->format;
    if (!f && o->output && ends_with(o->output, ".svg")) f = "svg";
    if (!f && o->output && ends_with(o->output, ".csv")) f = "csv";
    if (!f || !strcmp(f, "table")) return timeline_write_table;
    if (!strcmp(f, "csv")) return timeline_write_csv;
    if (!strcmp(f, "svg")) return timeline_write_svg;
    return NULL;
}

int cmd_timeline(int argc, char **argv)
{
    static char full_help[sizeof help + 4096];
    snprintf(full_help, sizeof full_help, "%s%s", help, cli_help_common);
    cli_opts_t o;
    cli_opts_init(&o);
    int rc = cli_parse(argc, argv,
                       CLI_O_INPUT | CLI_O_FILTER | CLI_O_MEASURE | CLI_O_TOP |
                           CLI_O_OUTPUT | CLI_O_FORMAT | CLI_O_BY |
                           CLI_O_PERIOD,
                       full_help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    /* Each period is its own network: a whole-time tie weight or degree
     * would say nothing about it. */
    if (o.min_weight > 1 || o.min_degree > 0)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "timeline: --min-weight and --min-degree are not "
                          "for timeline (each period is ranked on its own "
                          "events; --min-confidence and --cameo apply)");
    writer_fn write = pick_writer(&o);
    if (!write)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "timeline: --format takes table, csv or svg, not "
                          "`%s`", o.format);
    int width = o.period ? timeline_period_parse(o.period) : 1;
    if (width < 0)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "timeline: --period takes year, 5y or decade, not "
                          "`%s`", o.period);
    measure_t by = (measure_t)o.by;
    if ((rc = cli_guard_output(&o, o.output))) return rc;
    timeline_t t;
    timeline_init(&t, width, &o.net);
    timeline_ranks_t r;
    memset(&r, 0, sizeof r);
    if (!(rc = input_read_all(&o, timeline_add_event, &t))) {
        if (t.nundated)
            diag_note(NULL, 0, 0, "%zu undated event(s) left out of the "
                      "timeline", t.nundated);
        rc = timeline_rank(&t, &o.cent, by, o.kind_mask,
                           o.top < 0 ? 10 : o.top, &r);
    }
    if (!rc) {
        char title[256];
        if (o.ninputs == 1) snprintf(title, sizeof title, "%s", o.inputs[0]);
        else snprintf(title, sizeof title, "%zu inputs", o.ninputs);
        outfile_t of;
        if (!(rc = outfile_open(&of, o.output)))
            rc = outfile_finish(&of, write(of.fp, &t, &r, title));
    }
    timeline_ranks_destroy(&r);
    timeline_destroy(&t);
    return rc;
}
