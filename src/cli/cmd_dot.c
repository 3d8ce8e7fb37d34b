#include <stdlib.h>
#include <string.h>

#include "analysis/centrality.h"
#include "analysis/community.h"
#include "cli/cli.h"
#include "cli/commands.h"
#include "util/diag.h"
#include "util/outfile.h"
#include "util/timing.h"
#include "write/dot.h"
#include "write/render.h"

static const char dot_help[] =
    "usage: dipnet dot [-o FILE] [--top N] [--ego NAME [--depth K]]\n"
    "                  [--since D] [--until D] [--size-by M] INPUT...\n"
    "\n"
    "Writes the network as Graphviz DOT: shape and colour by kind, size by a\n"
    "measure, edge style by relation, width by number of events, years on\n"
    "edges, evidence sentences in tooltips.\n"
    "  --top N        the N most central actors (by --size-by) and their ties\n"
    "                 (default: all up to 300 actors, else 200)\n"
    "  --size-by M    node size by this measure (default degree)\n"
    "  --ego NAME     the ego network; a dense picture keeps each actor's 3\n"
    "                 heaviest ties and every tie of NAME\n"
    "  --communities louvain|leiden   fill colour by community (border:\n"
    "                 kind), seeded with --seed\n"
    "  -o FILE        write to FILE instead of standard output\n"
    "\n"
    "Examples:\n"
    "  dipnet dot graphs/seed.tsv -o out/seed.dot\n"
    "  dipnet dot --ego 'Angela Merkel' --depth 2 events.tsv | dot -Tsvg\n";

static const char render_help[] =
    "usage: dipnet render -o FILE.svg|.png|.pdf [-T svg|png|pdf] [--layout L]\n"
    "                     [--top N] [--ego NAME [--depth K]] INPUT...\n"
    "\n"
    "Draws the network with Graphviz; the format follows the extension (any\n"
    "case), or -T.\n"
    "  -T svg|png|pdf the image format; with -o - or no -o, the image goes\n"
    "                 to standard output\n"
    "  --layout L     dot, neato, fdp, sfdp or circo (default: dot for small\n"
    "                 networks, sfdp for large ones)\n"
    "  --top N        the N most central actors (default as for `dot`)\n"
    "  --size-by M    node size by this measure (default degree)\n"
    "  --communities louvain|leiden   colour by community\n"
    "\n"
    "Examples:\n"
    "  dipnet render -o out/seed.svg graphs/seed.tsv\n"
    "  dipnet render -T png graphs/seed.tsv > seed.png\n"
    "  dipnet render --top 200 -o big.png --from gdelt 20150218.export.CSV\n";

/* Default picture size: every actor of a small network; the 200 most
 * central of a big one (near-complete graphs beyond that stall layout). */
#define DOT_ALL_LIMIT 300
#define DOT_DEFAULT_TOP 200

static int run(int argc, char **argv, int render)
{
    static char full_help[4096 + 4096];
    snprintf(full_help, sizeof full_help, "%s%s",
             render ? render_help : dot_help, cli_help_common);
    cli_opts_t o;
    cli_opts_init(&o);
    unsigned which = CLI_O_INPUT | CLI_O_FILTER | CLI_O_MEASURE | CLI_O_EGO |
                     CLI_O_TOP | CLI_O_OUTPUT | CLI_O_SIZE_BY |
                     CLI_O_COMMUNITIES;
    if (render) which |= CLI_O_LAYOUT | CLI_O_IMAGE;
    int rc = cli_parse(argc, argv, which, full_help, &o);
    if (rc) return rc < 0 ? DN_OK : rc;
    if (render && (!o.output || !strcmp(o.output, "-")) && !o.image_format)
        return diag_error(DN_EUSAGE, NULL, 0, 0,
                          "render: -o FILE.svg|.png|.pdf is required, or -T "
                          "svg|png|pdf for standard output");
    if ((rc = cli_guard_output(&o, o.output))) return rc;
    int alg;
    if ((rc = cli_community_alg(&o, argv[0], &alg))) return rc;
    /* A picture needs its size measure (and cheap counts for tooltips),
     * not every O(nm) measure, unless --measures asks for them. */
    if (!o.measures_given)
        o.cent.mask = 1u << M_DEGREE | 1u << M_STRENGTH | 1u << M_VISITS_MADE |
                      1u << M_VISITS_HOSTED;
    o.cent.mask |= 1u << o.size_by;
    o.net.max_events_per_edge = 5;
    net_t net;
    timing_mark(NULL);
    long ego;
    if ((rc = cli_load_ego(&o, &net, &ego))) return rc;
    timing_mark("read");
    cent_t c;
    if ((rc = cent_compute(&net, &o.cent, &c))) {
        net_destroy(&net);
        return rc;
    }
    community_t comm;
    if ((rc = cli_communities(&o, &net, alg, &comm))) {
        community_destroy(&comm);
        cent_destroy(&c);
        net_destroy(&net);
        return rc;
    }
    long top = o.top;
    if (top < 0) top = net.nactors <= DOT_ALL_LIMIT ? 0 : DOT_DEFAULT_TOP;
    unsigned char *show = malloc(net.nactors + 1);
    Agraph_t *g = NULL;
    if (!show) rc = diag_nomem("picture");
    else if (!(rc = cli_select(&net, &c, &o, (measure_t)o.size_by, top, show))) {
        dot_opts_t d;
        dot_opts_init(&d);
        d.ego = ego;
        if (ego >= 0) show[ego] = 1;
        d.size_by = (measure_t)o.size_by;
        d.with_affiliations = o.cent.with_affiliations;
        char title[512];
        /* The actor --ego matched, not what was typed. */
        if (ego >= 0)
            snprintf(title, sizeof title, "ego network of %s, depth %d%s%s",
                     net_actor_name(&net, (size_t)ego), o.depth,
                     o.ninputs == 1 ? ": " : "",
                     o.ninputs == 1 ? o.inputs[0] : "");
        else snprintf(title, sizeof title, "%s", o.ninputs == 1 ? o.inputs[0] : "");
        d.title = title[0] ? title : NULL;
        d.community = alg >= 0 ? comm.membership : NULL;
        timing_mark("select");
        rc = dot_build(&net, &c, show, &d, &g);
        timing_mark("dot graph");
    }
    if (!rc) rc = render ? render_write_format(g, o.layout, o.image_format,
                                               o.output)
                         : dot_write(g, o.output);
    timing_mark(render ? "layout and render" : "write");
    if (g) agclose(g);
    free(show);
    community_destroy(&comm);
    cent_destroy(&c);
    net_destroy(&net);
    return rc;
}

int cmd_dot(int argc, char **argv) { return run(argc, argv, 0); }
int cmd_render(int argc, char **argv) { return run(argc, argv, 1); }
