/* dot: the network as a Graphviz graph (cgraph), and its DOT text.
 *
 * The graph is undirected (one edge per pair of actors, as in net_t); the
 * direction of visits is drawn with arrowheads (dir=forward towards the
 * host, dir=both when both travelled).  Nodes get synthetic names n0, n1 …
 * in actor order and carry the actor's name in `label`, so no name can break
 * the DOT syntax (Graphviz 2.42's agwrite escapes only `"`).  Everything
 * the picture shows is deterministic: the same network gives byte-identical
 * DOT.
 *
 * What the picture means:
 *   node shape  kind: person ellipse, institution box, state hexagon,
 *               group parallelogram;
 *   node fill   kind (or community, with the border colour giving the kind);
 *   node size   the chosen measure (label font and minimum size grow with the
 *               square root of value / maximum);
 *   edge colour and line   the most frequent relation of the pair: visit blue
 *               with arrowheads, meeting vermillion, agreement bold green,
 *               recognition / relations / founding dotted, affiliation
 *               dashed grey;
 *   edge width  log of the number of events (capped);
 *   edge label  the years, "1992–2012 (7)" (span, event count);
 *   tooltips    node: kind, events and measures; edge: counts per relation,
 *               years and the kept evidence events (date, doc:line,
 *               sentence).
 * The `id` attributes (carried into SVG) name actors by their id in net:
 * node `a<actor>`, edge `e_a<tail>_a<head>`; classes are
 * `actor kind-<kind>` and `tie rel-<relation>`.  The HTML report's script
 * relies on them to link tables and picture. */
#ifndef DOT_H
#define DOT_H

#include "write/graphviz_lazy.h"

#include "analysis/centrality.h"
#include "net/net.h"
#include "util/buf.h"

typedef struct {
    measure_t size_by;        /* node size by this measure (if computed) */
    int with_affiliations;    /* edge width counts affiliation events */
    const long *community;    /* community per actor (nactors entries), or
                                 NULL; < 0 = none */
    const char *title;        /* shown above the legend; NULL = none */
    int edge_labels;          /* years on edges: 1 always, 0 never, -1 when
                                 at most DOT_AUTO_LABEL_EDGES edges are
                                 drawn (beyond that they hide the picture) */
    int backbone;             /* keep only each actor's `backbone` heaviest
                                 ties (an edge stays when it is among the
                                 heaviest of either end); 0 = every tie;
                                 -1 = DOT_BACKBONE_K when more than
                                 DOT_AUTO_LABEL_EDGES ties would be drawn */
    long ego;                 /* the actor of an ego network, or -1: all
                                 its ties stay when the rest is thinned */
} dot_opts_t;

/* The backbone of big pictures: near-complete graphs of the top actors are
 * unreadable and stall layout; each actor's few heaviest ties show its
 * main partners. */
#define DOT_BACKBONE_K 3

/* Pictures with more edges than this get no edge labels when edge_labels
 * is -1, and translucent edges (so hubs' bundles stay readable). */
#define DOT_AUTO_LABEL_EDGES 120

/* Above this many actors, Prism (the overlap removal of neato and sfdp)
 * gets DOT_PRISM_BIG attempts instead of its default 1000: on the 1,000
 * most central actors of the 100k-event benchmark file the layout took
 * 1.7 s with the default, 0.8-1.2 s with 20 attempts, leaving 5 of
 * 1,000 labels touching (0 with the default; 8,427 with no attempts). */
#define DOT_PRISM_FULL_MAX 500
#define DOT_PRISM_BIG "prism20"

/* Defaults: size by strength, edge labels automatic (-1), no communities,
 * no title. */
void dot_opts_init(dot_opts_t *o);

/* Builds the picture of the actors with show[i] != 0 (all when show is NULL)
 * and the edges among them.  c may be NULL (uniform node size, no measures
 * in tooltips) or have some measures missing.  On success *out is a new
 * graph the caller releases with agclose(); returns DN_OK, or DN_ENOMEM
 * (reported) leaving *out NULL. */
int dot_build(const net_t *net, const cent_t *c, const unsigned char *show,
              const dot_opts_t *o, Agraph_t **out);

/* Writes g as DOT to path (NULL or "-" = stdout).  A file appears only when
 * everything was written (src/util/outfile.h).  Returns DN_OK or DN_EIO
 * (reported). */
int dot_write(Agraph_t *g, const char *path);

/* Appends s escaped for a Graphviz escString attribute (label, tooltip):
 * backslashes doubled (quadrupled when for_tooltip: Graphviz unescapes
 * tooltips twice), `&` as `&amp;` (Graphviz decodes entities), control
 * characters as spaces.  Returns 0, or -1 when memory runs out. */
int dot_escape(buf_t *b, const char *s, size_t n, int for_tooltip);

#endif
