/* dipnet dot: the network as Graphviz DOT; the picture commands' shared
 * body (cmd_picture), which `render` (cmd_render.c) uses too. */
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"
#include "cli/commands.h"
#include "cli/pipeline.h"
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

int cmd_picture(int argc, char **argv, const char *help, int render)
{
    static char full_help[4096 + 4096];
    snprintf(full_help, sizeof full_help, "%s%s", help, cli_help_common);
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
    /* evidence for the ties' tooltips, which a bitmap does not show */
    o.net.max_events_per_edge =
        render && !render_keeps_tooltips(o.image_format, o.output) ? 0 : 5;
    pipeline_t p;
    rc = pipeline_run(&p, &o, alg, (measure_t)o.size_by,
                      o.top < 0 ? PIPELINE_TOP_PICTURE : o.top);
    Agraph_t *g = NULL;
    if (!rc) {
        dot_opts_t d;
        dot_opts_init(&d);
        d.ego = p.ego;
        if (p.ego >= 0) p.show[p.ego] = 1;
        d.size_by = (measure_t)o.size_by;
        d.with_affiliations = o.cent.with_affiliations;
        char title[512];
        /* The actor --ego matched, not what was typed. */
        if (p.ego >= 0)
            snprintf(title, sizeof title, "ego network of %s, depth %d%s%s",
                     net_actor_name(&p.net, (size_t)p.ego), o.depth,
                     o.ninputs == 1 ? ": " : "",
                     o.ninputs == 1 ? o.inputs[0] : "");
        else snprintf(title, sizeof title, "%s", o.ninputs == 1 ? o.inputs[0] : "");
        d.title = title[0] ? title : NULL;
        d.community = alg >= 0 ? p.comm.membership : NULL;
        rc = dot_build(&p.net, &p.cent, p.show, &d, &g);
        timing_mark("dot graph");
    }
    /* The graph holds copies of all it shows: the network goes before the
     * layout, whose child process would otherwise inherit it. */
    pipeline_destroy(&p);
    if (!rc) rc = render ? render_write_format(g, o.layout, o.image_format,
                                               o.output)
                         : dot_write(g, o.output);
    timing_mark(render ? "layout and render" : "write");
    if (g) agclose(g);
    return rc;
}

int cmd_dot(int argc, char **argv) { return cmd_picture(argc, argv, dot_help, 0); }
