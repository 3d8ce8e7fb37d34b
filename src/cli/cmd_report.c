#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "write/report.h"
#include "util/diag.h"
#include "util/outfile.h"
#include "util/timing.h"

static const char help[] =
    "usage: dipnet report [-n N] [--by MEASURE] [--kind K] [--format F]\n"
    "                     [-o FILE] [options] INPUT...\n"
    "\n"
    "Lists the most-connected actors with their centrality.\n"
    "  -n, --top N      actors to list (default 20, 0 = all)\n"
    "  --by MEASURE     rank by this measure (default degree; ties by name)\n"
    "  --format F       table (default), csv, json, md, or html: one\n"
    "                   self-contained page with the picture (zoom, pan, find\n"
    "                   an actor; hover a tie for its evidence, click an\n"
    "                   actor), sortable tables, events; with --ego every\n"
    "                   tie of the ego stays in the picture\n"
    "  --layout L       picture layout for html (dot, neato, fdp, sfdp, circo)\n"
    "  -o FILE          write to FILE instead of standard output\n"
    "  --communities louvain|leiden   also list communities and modularity\n"
    "                   (seeded with --seed: reproducible)\n"
    "\n"
    "Examples:\n"
    "  dipnet report graphs/seed.tsv\n"
    "  dipnet report -n 10 --by betweenness --kind person data/*.txt\n"
    "  dipnet report --format json --measures degree,pagerank events.tsv\n"
    "  dipnet report --format html -o out/seed.html graphs/seed.tsv\n";

/* Fills what the HTML page's picture needs into r: every actor of a small
 * network, the 200 most central of a big one (pipeline_picture_top, as
 * `dipnet dot`), and with --ego the ego and all its ties (as `dipnet
 * render --ego`).  r->picture is allocated; the caller frees it. */
static int picture_of(const pipeline_t *p, const cli_opts_t *o, measure_t by,
                      report_t *r)
{
    const net_t *net = &p->net;
    unsigned char *pic = malloc(net->nactors + 1);
    if (!pic) return diag_nomem("report");
    r->picture = pic;
    r->show = p->show;
    r->layout = o->layout;
    r->with_affiliations = o->cent.with_affiliations;
    int rc = cli_select(net, &p->cent, o, by,
                        pipeline_picture_top(net->nactors), pic);
    if (!rc && p->ego >= 0) {
        r->has_ego = 1;
        r->ego = (uint32_t)p->ego;
        pic[p->ego] = 1;
    }
    return rc;
}

int cmd_report(int argc, char **argv)
{
    static char full_help[sizeof help + 4096];
    snprintf(full_help, sizeof full_help, "%s%s", help, cli_help_common);
    cli_opts_t o;
    cli_opts_init(&o);
    int rc = cli_parse(argc, argv,
                       CLI_O_INPUT | CLI_O_FILTER | CLI_O_MEASURE | CLI_O_EGO |
                           CLI_O_TOP | CLI_O_OUTPUT | CLI_O_FORMAT | CLI_O_BY |
                           CLI_O_COMMUNITIES | CLI_O_LAYOUT,
                       full_help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    const report_format_t *fmt = report_format_find(o.format);
    if (!fmt)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "report: --format takes %s, not `%s`",
                          report_format_names, o.format);
    if (fmt->needs & REPORT_NEEDS_EVIDENCE)
        o.net.max_events_per_edge = 8; /* evidence for the page */
    measure_t by = (measure_t)o.by;
    int alg;
    if ((rc = cli_community_alg(&o, "report", &alg))) return rc;
    /* The ranking measure is always computed, whatever --measures says. */
    o.cent.mask |= 1u << by;
    if ((rc = cli_guard_output(&o, o.output))) return rc;
    pipeline_t p;
    rc = pipeline_run(&p, &o, alg, by, 0);
    long top = o.top < 0 ? 20 : o.top;
    uint32_t *ids = NULL;
    size_t n = 0;
    if (!rc && !(ids = malloc((p.net.nactors + 1) * sizeof *ids)))
        rc = diag_nomem("report");
    if (!rc) {
        for (size_t i = 0; i < p.net.nactors; i++)
            if (p.show[i]) ids[n++] = (uint32_t)i;
        cent_rank_top(&p.net, &p.cent, by, ids, n, top > 0 ? (size_t)top : 0);
        if (top > 0 && (size_t)top < n) n = (size_t)top;
        timing_mark("rank");
    }
    if (!rc) {
        char title[256] = "";
        if (o.ninputs == 1) snprintf(title, sizeof title, "%s", o.inputs[0]);
        else snprintf(title, sizeof title, "%zu inputs", o.ninputs);
        report_t r = {.net = &p.net, .cent = &p.cent, .ids = ids, .n = n,
                      .by = by, .title = title,
                      .comm = alg >= 0 ? &p.comm : NULL,
                      .with_affiliations = o.cent.with_affiliations};
        if (fmt->needs & REPORT_NEEDS_PICTURE)
            rc = picture_of(&p, &o, by, &r);
        outfile_t of;
        if (!rc && !(rc = outfile_open(&of, o.output)))
            rc = outfile_finish(&of, fmt->write(of.fp, &r));
        free((void *)r.picture);
        char note[REPORT_NOTE_MAX];
        if (!rc && (fmt->needs & REPORT_NOTE_TO_STDERR) &&
            *report_betweenness_note(&r, note))
            diag_note(NULL, 0, 0, "%s", note);
    }
    free(ids);
    pipeline_destroy(&p);
    return rc;
}
