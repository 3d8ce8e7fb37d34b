/* dipnet export: the network as GraphML, GEXF or CSV for other tools. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
#include "write/export.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/outfile.h"

static const char help[] =
    "usage: dipnet export --format graphml|gexf|csv [-o FILE] [options] "
    "INPUT...\n"
    "\n"
    "Writes the network for other tools, with the centrality measures as\n"
    "node attributes and per-relation counts, years, dates and the first\n"
    "evidence sentence as edge attributes.\n"
    "  --format F       graphml  typed attributes (yEd, Gephi, igraph, NetworkX)\n"
    "                   gexf     Gephi; dates as spells for its timeline\n"
    "                   csv      node and edge tables: with -o FILE.csv, two\n"
    "                            files FILE.nodes.csv and FILE.edges.csv; on\n"
    "                            standard output the node table, an empty\n"
    "                            line, then the edge table\n"
    "                   csv-nodes, csv-edges   one of the two tables\n"
    "                   (default: from the extension of -o)\n"
    "  -o FILE          write to FILE instead of standard output\n"
    "  --communities A  add a community attribute: louvain or leiden\n"
    "                   (seeded by --seed: the same input gives the same\n"
    "                   communities)\n"
    "  --top N          only the N most central actors (by --by, default\n"
    "                   degree) and the ties among them (default: all)\n"
    "\n"
    "Node ids are n0, n1 ... as in `dipnet dot`; edges are undirected, with\n"
    "weight = number of events of any relation and visit counts each way.\n"
    "\n"
    "Examples:\n"
    "  dipnet export --format graphml -o out/seed.graphml graphs/seed.tsv\n"
    "  dipnet export -o out/seed.gexf --communities leiden graphs/*.tsv\n"
    "  dipnet export --format csv -o out/seed.csv graphs/seed.tsv\n"
    "  dipnet export --format csv-edges --since 2010 events.tsv | less\n";

typedef enum { F_GRAPHML, F_GEXF, F_CSV, F_CSV_NODES, F_CSV_EDGES } fmt_t;

/* Extensions in any case: X.GEXF is GEXF. */
#define ends_with cli_has_ext

static int pick_format(const cli_opts_t *o, fmt_t *f)
{
    const char *s = o->format;
    if (!s && o->output && strcmp(o->output, "-")) {
        if (ends_with(o->output, ".graphml")) s = "graphml";
        else if (ends_with(o->output, ".gexf")) s = "gexf";
        else if (ends_with(o->output, ".csv")) s = "csv";
    }
    if (!s)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "export: --format graphml, gexf or csv is required "
                          "(or -o FILE.graphml|.gexf|.csv)");
    if (!strcmp(s, "graphml")) *f = F_GRAPHML;
    else if (!strcmp(s, "gexf")) *f = F_GEXF;
    else if (!strcmp(s, "csv")) *f = F_CSV;
    else if (!strcmp(s, "csv-nodes")) *f = F_CSV_NODES;
    else if (!strcmp(s, "csv-edges")) *f = F_CSV_EDGES;
    else
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "export: --format takes graphml, gexf, csv, "
                          "csv-nodes or csv-edges, not `%s`", s);
    return DN_OK;
}

/* -o FILE.csv -> FILE.nodes.csv / FILE.edges.csv (FILE.nodes.csv when the
 * name has no .csv). */
static int csv_paths(const char *out, buf_t *nodes, buf_t *edges)
{
    size_t n = strlen(out);
    if (ends_with(out, ".csv")) n -= 4;
    if (buf_append(nodes, out, n) < 0 || buf_puts(nodes, ".nodes.csv") < 0 ||
        buf_append(edges, out, n) < 0 || buf_puts(edges, ".edges.csv") < 0)
        return diag_nomem("export");
    return DN_OK;
}

static int write_one(const char *path, int (*fn)(FILE *, const export_t *),
                     const export_t *x)
{
    outfile_t of;
    int rc = outfile_open(&of, path);
    if (rc) return rc;
    return outfile_finish(&of, fn(of.fp, x));
}

/* Both tables to stdout, or to two files that appear only when both were
 * written. */
static int write_csv_pair(const char *out, const export_t *x)
{
    if (!out || !strcmp(out, "-")) {
        outfile_t of;
        int rc = outfile_open(&of, NULL);
        if (rc) return rc;
        rc = export_write_csv_nodes(of.fp, x);
        if (!rc) {
            fputs("\r\n", of.fp);
            rc = export_write_csv_edges(of.fp, x);
        }
        return outfile_finish(&of, rc);
    }
    buf_t pn, pe;
    buf_init(&pn);
    buf_init(&pe);
    outfile_t on, oe;
    int rc = csv_paths(out, &pn, &pe);
    if (!rc && !(rc = outfile_open(&on, buf_cstr(&pn)))) {
        if (!(rc = outfile_open(&oe, buf_cstr(&pe)))) {
            rc = export_write_csv_nodes(on.fp, x);
            if (!rc) rc = export_write_csv_edges(oe.fp, x);
            int bad_n = fflush(on.fp) != 0 || ferror(on.fp);
            int bad_e = fflush(oe.fp) != 0 || ferror(oe.fp);
            if (rc && rc != DN_EIO) {
                outfile_abort(&on);
                outfile_abort(&oe);
            } else if (rc || bad_n || bad_e) {
                /* Commit the broken one (it reports the write error and
                 * removes its temporary file); drop the other, so neither
                 * table appears without its partner. */
                if (bad_n || !bad_e) {
                    outfile_commit(&on);
                    outfile_abort(&oe);
                } else {
                    outfile_commit(&oe);
                    outfile_abort(&on);
                }
                rc = DN_EIO;
            } else if ((rc = outfile_commit(&on))) {
                outfile_abort(&oe);
            } else {
                rc = outfile_commit(&oe);
            }
        } else {
            outfile_abort(&on);
        }
    }
    buf_destroy(&pn);
    buf_destroy(&pe);
    return rc;
}

int cmd_export(int argc, char **argv)
{
    static char full_help[sizeof help + 4096];
    snprintf(full_help, sizeof full_help, "%s%s", help, cli_help_common);
    cli_opts_t o;
    cli_opts_init(&o);
    int rc = cli_parse(argc, argv,
                       CLI_O_INPUT | CLI_O_FILTER | CLI_O_MEASURE | CLI_O_EGO |
                           CLI_O_TOP | CLI_O_OUTPUT | CLI_O_FORMAT |
                           CLI_O_COMMUNITIES | CLI_O_BY,
                       full_help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    fmt_t fmt = F_GRAPHML;
    if ((rc = pick_format(&o, &fmt))) return rc;
    int alg;
    if ((rc = cli_community_alg(&o, "export", &alg))) return rc;
    measure_t by = (measure_t)o.by;
    o.cent.mask |= 1u << by;
    /* The paths that will be written, for the input = output guard. */
    buf_t pn, pe;
    buf_init(&pn);
    buf_init(&pe);
    const char *outs[2] = {o.output, NULL};
    if (fmt == F_CSV && o.output && strcmp(o.output, "-")) {
        if ((rc = csv_paths(o.output, &pn, &pe))) goto done;
        outs[0] = buf_cstr(&pn);
        outs[1] = buf_cstr(&pe);
    }
    for (int k = 0; k < 2; k++)
        if ((rc = cli_guard_output(&o, outs[k]))) goto done;
    o.net.max_events_per_edge = EXPORT_KEEP_EVENTS;
    pipeline_t p;
    rc = pipeline_run(&p, &o, alg, by, o.top < 0 ? 0 : o.top);
    if (!rc) {
        char title[256];
        if (o.ninputs == 1) snprintf(title, sizeof title, "%s", o.inputs[0]);
        else snprintf(title, sizeof title, "%zu inputs", o.ninputs);
        export_t x = {.net = &p.net, .cent = &p.cent, .show = p.show,
                      .title = title};
        if (alg >= 0) {
            x.community = p.comm.membership;
            x.modularity = p.comm.modularity;
            x.community_alg = community_alg_name((community_alg_t)alg);
        }
        switch (fmt) {
        case F_GRAPHML: rc = write_one(o.output, export_write_graphml, &x); break;
        case F_GEXF: rc = write_one(o.output, export_write_gexf, &x); break;
        case F_CSV_NODES: rc = write_one(o.output, export_write_csv_nodes, &x); break;
        case F_CSV_EDGES: rc = write_one(o.output, export_write_csv_edges, &x); break;
        case F_CSV: rc = write_csv_pair(o.output, &x); break;
        }
    }
    pipeline_destroy(&p);
done:
    buf_destroy(&pn);
    buf_destroy(&pe);
    return rc;
}
