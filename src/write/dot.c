#include "write/dot.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "write/style.h"
#include "util/diag.h"
#include "util/escape.h"
#include "util/outfile.h"

/* Evidence listed per edge tooltip, and bytes kept of each sentence: enough
 * to judge a tie by hovering, small enough that a dense picture stays a
 * reasonable size. */
#define DOT_TIP_EVENTS 8
#define DOT_TIP_SENTENCE 280
/* Penwidth = 1.2 + 1.5 ln(events), at most this: thin enough that a single
 * event's dotted line is still visible, capped so hubs stay readable. */
#define DOT_MAX_PENWIDTH 7.0

void dot_opts_init(dot_opts_t *o)
{
    o->size_by = M_STRENGTH;
    o->with_affiliations = 0;
    o->community = NULL;
    o->title = NULL;
    o->edge_labels = -1;
    o->backbone = -1;
    o->ego = -1;
}

typedef struct {
    const net_t *net;
    int with_aff;
} weight_ctx_t;

static weight_ctx_t wctx; /* qsort has no context argument in C11 */

static int heavier(const void *pa, const void *pb)
{
    const net_edge_t *a = &wctx.net->edges[*(const uint32_t *)pa];
    const net_edge_t *b = &wctx.net->edges[*(const uint32_t *)pb];
    /* Interactions rank a tie; affiliations (office-holding) only order
     * ties with as many interactions, so they never crowd out diplomacy. */
    uint32_t x = net_edge_weight(wctx.net, a, wctx.with_aff);
    uint32_t y = net_edge_weight(wctx.net, b, wctx.with_aff);
    if (x != y) return x > y ? -1 : 1;
    x = net_edge_count(wctx.net, a, EV_REL_AFFILIATION);
    y = net_edge_count(wctx.net, b, EV_REL_AFFILIATION);
    if (x != y) return x > y ? -1 : 1;
    uint32_t i = *(const uint32_t *)pa, j = *(const uint32_t *)pb;
    return i < j ? -1 : i > j;
}

/* Marks in keep[] (nedges entries) the edges among shown actors that are
 * among the k heaviest of one of their ends, and every tie of `ego` (an
 * actor id, or -1).  Returns the number kept, or (size_t)-1 when memory
 * runs out. */
static size_t backbone_edges(const net_t *net, const uint32_t *idx, int k,
                             int with_aff, long ego, unsigned char *keep)
{
    size_t n = net->nactors, m = net->nedges;
    for (size_t j = 0; j < m; j++) /* the ties among shown actors */
        keep[j] = idx[net->edges[j].a] != NET_NONE &&
                  idx[net->edges[j].b] != NET_NONE;
    uint32_t *start, *list;
    if (net_incidence(net, keep, &start, &list)) return (size_t)-1;
    memset(keep, 0, m);
    wctx.net = net;
    wctx.with_aff = with_aff;
    size_t kept = 0;
    for (size_t i = 0; i < n; i++) {
        uint32_t deg = start[i + 1] - start[i];
        qsort(list + start[i], deg, sizeof *list, heavier);
        /* An ego network is about the ego: all its ties stay. */
        uint32_t upto = (long)i == ego ? deg : (uint32_t)k;
        for (uint32_t t = 0; t < deg && t < upto; t++)
            if (!keep[list[start[i] + t]]) {
                keep[list[start[i] + t]] = 1;
                kept++;
            }
    }
    free(start); free(list);
    return kept;
}

int dot_escape(buf_t *b, const char *s, size_t n, int for_tooltip)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        int rc;
        if (ch == '\\')
            rc = buf_puts(b, for_tooltip ? "\\\\\\\\" : "\\\\");
        else if (ch == '&')
            rc = buf_puts(b, "&amp;");
        else if (ch < 0x20 || ch == 0x7f)
            rc = buf_putc(b, ' ');
        else
            rc = buf_putc(b, (char)ch);
        if (rc) return -1;
    }
    return 0;
}

/* Text for an HTML-like label (the legend): markup escaped by esc_xml
 * (util/escape.h), backslashes doubled because Graphviz unescapes those in
 * HTML text too. */
static int html_escape(buf_t *b, const char *s)
{
    for (;;) {
        const char *bs = strchr(s, '\\');
        size_t n = bs ? (size_t)(bs - s) : strlen(s);
        if (esc_xml(b, s, n) < 0) return -1;
        if (!bs) return 0;
        if (buf_puts(b, "\\\\") < 0) return -1;
        s = bs + 1;
    }
}

/* Fixed-point number without locale: v rounded to `dec` decimals (0..2),
 * trailing zeros dropped. */
static int put_fixed(buf_t *b, double v, int dec)
{
    long scale = dec == 2 ? 100 : dec == 1 ? 10 : 1;
    long x = lround(v * (double)scale);
    int rc = buf_printf(b, "%s%ld", x < 0 ? "-" : "", labs(x) / scale);
    long frac = labs(x) % scale;
    if (rc == 0 && frac) {
        if (dec == 2)
            rc = frac % 10 ? buf_printf(b, ".%02ld", frac)
                           : buf_printf(b, ".%ld", frac / 10);
        else
            rc = buf_printf(b, ".%ld", frac);
    }
    return rc;
}

typedef struct {
    Agraph_t *g;
    Agsym_t *n_id, *n_label, *n_shape, *n_fill, *n_color, *n_penwidth,
        *n_fontsize, *n_width, *n_height, *n_tooltip, *n_class;
    Agsym_t *e_id, *e_class, *e_color, *e_style, *e_penwidth, *e_dir,
        *e_label, *e_tooltip, *e_labeltooltip;
    buf_t b;
    size_t nshown;      /* actors in the picture */
} dot_ctx_t;


/* cgraph's setters take char * but copy the value (agstrdup). */
static int set_str(void *obj, Agsym_t *sym, const char *v)
{
    return agxset(obj, sym, (char *)v);
}

/* Sets the attribute to the buffer's content, then empties the buffer. */
static int set_buf(void *obj, Agsym_t *sym, buf_t *b)
{
    int rc = agxset(obj, sym, b->len ? b->data : "");
    buf_clear(b);
    return rc;
}

static Agsym_t *decl(Agraph_t *g, int kind, const char *name,
                     const char *dflt)
{
    return agattr(g, kind, (char *)name, (char *)dflt);
}

static int declare_attrs(dot_ctx_t *x)
{
    Agraph_t *g = x->g;
    /* Graph: never concentrate, splines=ortho or newrank (they crash or
     * hang Graphviz 2.42). */
    if (!decl(g, AGRAPH, "fontname", "DejaVu Sans")
        || !decl(g, AGRAPH, "fontsize", "10")
        || !decl(g, AGRAPH, "bgcolor", "white")
        || !decl(g, AGRAPH, "pad", "0.2")
        || !decl(g, AGRAPH, "outputorder", "edgesfirst")
        || !decl(g, AGRAPH, "overlap",
                 x->nshown > DOT_PRISM_FULL_MAX ? DOT_PRISM_BIG : "false")
        || !decl(g, AGRAPH, "labelloc", "b")
        || !decl(g, AGRAPH, "labeljust", "l"))
        return -1;
    x->n_id = decl(g, AGNODE, "id", "");
    x->n_label = decl(g, AGNODE, "label", "\\N");
    x->n_shape = decl(g, AGNODE, "shape", "ellipse");
    if (!decl(g, AGNODE, "style", "filled")
        || !decl(g, AGNODE, "fontname", "DejaVu Sans"))
        return -1;
    x->n_fontsize = decl(g, AGNODE, "fontsize", "10");
    x->n_fill = decl(g, AGNODE, "fillcolor", "#eeeeee");
    x->n_color = decl(g, AGNODE, "color", "#444444");
    x->n_penwidth = decl(g, AGNODE, "penwidth", "1");
    x->n_width = decl(g, AGNODE, "width", "0.75");
    x->n_height = decl(g, AGNODE, "height", "0.5");
    x->n_tooltip = decl(g, AGNODE, "tooltip", "");
    x->n_class = decl(g, AGNODE, "class", "");
    x->e_id = decl(g, AGEDGE, "id", "");
    x->e_class = decl(g, AGEDGE, "class", "");
    if (!decl(g, AGEDGE, "fontname", "DejaVu Sans")
        || !decl(g, AGEDGE, "fontsize", "8")
        || !decl(g, AGEDGE, "fontcolor", "#444444")
        || !decl(g, AGEDGE, "arrowsize", "0.7"))
        return -1;
    x->e_color = decl(g, AGEDGE, "color", "#888888");
    x->e_style = decl(g, AGEDGE, "style", "solid");
    x->e_penwidth = decl(g, AGEDGE, "penwidth", "1.2");
    x->e_dir = decl(g, AGEDGE, "dir", "none");
    x->e_label = decl(g, AGEDGE, "label", "");
    x->e_tooltip = decl(g, AGEDGE, "tooltip", "");
    x->e_labeltooltip = decl(g, AGEDGE, "labeltooltip", "");
    if (!x->n_id || !x->n_label || !x->n_shape || !x->n_fontsize
        || !x->n_fill || !x->n_color || !x->n_penwidth || !x->n_width
        || !x->n_height || !x->n_tooltip || !x->n_class || !x->e_id
        || !x->e_class || !x->e_color || !x->e_style || !x->e_penwidth
        || !x->e_dir || !x->e_label || !x->e_tooltip || !x->e_labeltooltip)
        return -1;
    return 0;
}

/* Communities ranked by size among the shown actors (ties: the one whose
 * first member comes first), so the largest get distinct colours.
 * rank_out[actor] = rank, or -1 for actors without a community. */
typedef struct { long comm; uint32_t first; size_t size; } comm_group_t;

static int cmp_long(const void *a, const void *b)
{
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

static int cmp_group(const void *a, const void *b)
{
    const comm_group_t *x = a, *y = b;
    if (x->size != y->size) return x->size > y->size ? -1 : 1;
    return (x->first > y->first) - (x->first < y->first);
}

static int cmp_group_comm(const void *a, const void *b)
{
    const comm_group_t *x = a, *y = b;
    return (x->comm > y->comm) - (x->comm < y->comm);
}

static int rank_communities(const net_t *net, const unsigned char *show,
                            const long *community, long *rank_out)
{
    size_t n = net->nactors, m = 0;
    long *ids = malloc((n ? n : 1) * sizeof *ids);
    comm_group_t *grp = malloc((n ? n : 1) * sizeof *grp);
    if (!ids || !grp) {
        free(ids);
        free(grp);
        return -1;
    }
    for (size_t i = 0; i < n; i++)
        if ((!show || show[i]) && community[i] >= 0) ids[m++] = community[i];
    qsort(ids, m, sizeof *ids, cmp_long);
    size_t ng = 0;
    for (size_t i = 0; i < m; i++) {
        if (ng == 0 || grp[ng - 1].comm != ids[i]) {
            grp[ng].comm = ids[i];
            grp[ng].size = 0;
            grp[ng].first = UINT32_MAX;
            ng++;
        }
        grp[ng - 1].size++;
    }
    for (size_t i = 0; i < n; i++) {
        if ((show && !show[i]) || community[i] < 0) continue;
        comm_group_t key = { community[i], 0, 0 };
        comm_group_t *gp = bsearch(&key, grp, ng, sizeof *grp, cmp_group_comm);
        if (gp && gp->first == UINT32_MAX) gp->first = (uint32_t)i;
    }
    qsort(grp, ng, sizeof *grp, cmp_group);
    /* grp is now in rank order; store the rank in `size` and re-sort by
     * community id for lookup. */
    for (size_t r = 0; r < ng; r++) grp[r].size = r;
    qsort(grp, ng, sizeof *grp, cmp_group_comm);
    for (size_t i = 0; i < n; i++) {
        rank_out[i] = -1;
        if ((show && !show[i]) || community[i] < 0) continue;
        comm_group_t key = { community[i], 0, 0 };
        comm_group_t *gp = bsearch(&key, grp, ng, sizeof *grp, cmp_group_comm);
        if (gp) rank_out[i] = (long)gp->size;
    }
    free(ids);
    free(grp);
    return 0;
}

static int node_tooltip(buf_t *b, const net_t *net, const cent_t *c,
                        size_t i)
{
    const net_actor_t *a = &net->actors[i];
    const char *name = net_actor_name(net, i);
    int rc = dot_escape(b, name, strlen(name), 1);
    rc = rc || buf_printf(b, "\\n%s \u00b7 %u event%s", ev_kind_name(a->kind),
                          (unsigned)a->events, a->events == 1 ? "" : "s");
    if (!rc && (a->visits_made || a->visits_hosted))
        rc = buf_printf(b, " \u00b7 %u visit%s made, %u hosted",
                        (unsigned)a->visits_made,
                        a->visits_made == 1 ? "" : "s",
                        (unsigned)a->visits_hosted);
    for (int m = 0; c && !rc && m < M_COUNT; m++) {
        if (!c->val[m] || i >= c->n) continue;
        rc = buf_printf(b, "\\n%s: ", measure_name((measure_t)m))
             || style_measure_value(b, (measure_t)m, c->val[m][i]);
    }
    return rc ? -1 : 0;
}

static int put_date_span(buf_t *b, ev_date_t s, ev_date_t e)
{
    char d1[11], d2[11];
    ev_date_format(s, d1);
    if (!ev_date_known(e)) return buf_puts(b, d1[0] ? d1 : "undated");
    ev_date_format(e, d2);
    return buf_printf(b, "%s\u2013%s", d1[0] ? d1 : "?", d2);
}

static int edge_tooltip(buf_t *b, const net_t *net, const net_edge_t *e,
                        uint32_t tail, uint32_t head)
{
    const char *tn = net_actor_name(net, tail), *hn = net_actor_name(net, head);
    int rc = dot_escape(b, tn, strlen(tn), 1)
             || buf_puts(b, " \u2013 ")
             || dot_escape(b, hn, strlen(hn), 1)
             || buf_puts(b, "\\n");
    int first = 1;
    uint32_t ba = net_edge_visits_ba(net, e);
    for (int r = 0; !rc && r < EV_REL_COUNT; r++) {
        uint32_t c = net_edge_count(net, e, (ev_relation_t)r);
        if (!c) continue;
        rc = buf_printf(b, "%s%u %s", first ? "" : ", ", (unsigned)c,
                        style_rel_count_name((ev_relation_t)r, c));
        first = 0;
        if (!rc && r == EV_REL_VISIT) {
            const char *an = net_actor_name(net, e->a);
            const char *bn = net_actor_name(net, e->b);
            /* Say who travelled; a one-way visit already shows it. */
            if (e->visits_ab && ba)
                rc = buf_puts(b, " (")
                     || dot_escape(b, an, strlen(an), 1)
                     || buf_printf(b, " \u2192 %u, ", (unsigned)e->visits_ab)
                     || dot_escape(b, bn, strlen(bn), 1)
                     || buf_printf(b, " \u2192 %u)", (unsigned)ba);
        }
    }
    size_t ny = 0;
    const short *y = net_edge_years(e, &ny);
    if (!rc && ny) {
        rc = buf_puts(b, "\\nyears: ");
        if (ny <= 12) {
            for (size_t i = 0; !rc && i < ny; i++)
                rc = buf_printf(b, "%s%d", i ? ", " : "", y[i]);
        } else if (!rc) {
            rc = buf_printf(b, "%d\u2013%d (%zu years)", y[0], y[ny - 1], ny);
        }
    }
    size_t shown = 0;
    for (uint32_t k = net_edge_first_event(net, e); !rc && k != NET_NONE;
         k = net->events[k].next) {
        const net_event_t *ev = &net->events[k];
        if (shown == DOT_TIP_EVENTS) break;
        shown++;
        const char *src = strtab_str(&net->names, net->actors[ev->source].name);
        const char *dst = strtab_str(&net->names, net->actors[ev->target].name);
        rc = buf_puts(b, "\\n\u2022 ")
             || put_date_span(b, ev->start, ev->end)
             || buf_putc(b, ' ')
             || dot_escape(b, src, strlen(src), 1)
             || buf_printf(b, " %s ", ev_relation_name(ev->relation))
             || dot_escape(b, dst, strlen(dst), 1);
        const char *place = net_event_place(net, ev);
        if (!rc && place[0])
            rc = buf_puts(b, " in ") || dot_escape(b, place, strlen(place), 1);
        const char *doc = net_event_doc(net, ev);
        if (!rc && doc[0]) {
            rc = buf_puts(b, "\\n   ") || dot_escape(b, doc, strlen(doc), 1);
            if (!rc && ev->line > 0) rc = buf_printf(b, ":%ld", ev->line);
        }
        const char *sent = net_event_evidence(net, ev);
        size_t sl = strlen(sent);
        if (!rc && sl) {
            size_t keep = style_utf8_prefix(sent, sl, DOT_TIP_SENTENCE);
            rc = buf_puts(b, doc[0] ? ": \u201e" : "\\n   \u201e")
                 || dot_escape(b, sent, keep, 1)
                 || buf_puts(b, keep < sl ? "\u2026\u201c" : "\u201c");
        }
    }
    if (!rc && e->total > shown && shown > 0)
        rc = buf_printf(b, "\\n\u2026 %u more event%s without evidence shown",
                        (unsigned)(e->total - shown),
                        e->total - shown == 1 ? "" : "s");
    return rc ? -1 : 0;
}

/* The legend under the picture: title, the kinds and relations that occur,
 * and what size, width and labels mean. */
static int legend(buf_t *b, const dot_opts_t *o, unsigned kinds,
                  unsigned rels, int sized, int communities, int arrows,
                  int labels, double scale)
{
    /* Body text at the graph's fontsize (set by the caller). */
    int rc = buf_puts(b, "<table border=\"0\" cellborder=\"0\" cellspacing=\"0\" "
                         "cellpadding=\"2\">");
    if (!rc && o->title && o->title[0])
        rc = buf_puts(b, "<tr><td align=\"left\"><font point-size=\"")
             || put_fixed(b, 14 * scale, 0)
             || buf_puts(b, "\"><b>")
             || html_escape(b, o->title)
             || buf_puts(b, "</b></font></td></tr>");
    if (!rc && kinds) {
        rc = buf_puts(b, "<tr><td align=\"left\"><table border=\"0\" "
                         "cellspacing=\"3\" cellpadding=\"2\"><tr>"
                         "<td>actors:</td>");
        for (int k = 0; !rc && k < EV_KIND_COUNT; k++)
            if (kinds & (1u << k))
                rc = buf_printf(b, "<td bgcolor=\"%s\" color=\"%s\" border=\"1\">"
                                   "%s (%s)</td>",
                                communities ? "white" : style_kind_fill((ev_kind_t)k),
                                style_kind_border((ev_kind_t)k),
                                ev_kind_name((ev_kind_t)k),
                                style_kind_shape((ev_kind_t)k));
        rc = rc || buf_puts(b, "</tr></table></td></tr>");
    }
    if (!rc && rels) {
        rc = buf_puts(b, "<tr><td align=\"left\"><table border=\"0\" "
                         "cellspacing=\"3\" cellpadding=\"1\"><tr>"
                         "<td>ties:</td>");
        for (int r = 0; !rc && r < EV_REL_COUNT; r++)
            if (rels & (1u << r))
                rc = buf_printf(b, "<td><font color=\"%s\">%s</font> %s</td>",
                                style_rel_color((ev_relation_t)r),
                                style_rel_sample((ev_relation_t)r),
                                ev_relation_name((ev_relation_t)r));
        rc = rc || buf_puts(b, "</tr></table></td></tr>");
    }
    if (!rc) {
        rc = buf_puts(b, "<tr><td align=\"left\"><font point-size=\"")
             || put_fixed(b, 8 * scale, 0)
             || buf_puts(b, "\" color=\"#555555\">");
        if (!rc && sized)
            rc = buf_printf(b, "size: %s \u00b7 ", measure_name(o->size_by));
        if (!rc && communities)
            rc = buf_puts(b, "fill: community, border: kind \u00b7 ");
        rc = rc || buf_puts(b, "line width: number of events");
        if (!rc && labels)
            rc = buf_puts(b, " \u00b7 edge label: years (events)");
        if (!rc && arrows)
            rc = buf_puts(b, " \u00b7 arrow: who travelled to whom");
        rc = rc || buf_puts(b, "</font></td></tr>");
    }
    return rc || buf_puts(b, "</table>") ? -1 : 0;
}

static int build(const net_t *net, const cent_t *c, const unsigned char *show,
                 const dot_opts_t *o, dot_ctx_t *x, uint32_t *idx,
                 long *crank, Agnode_t **nodes, unsigned char *ekeep)
{
    Agraph_t *g = x->g;
    buf_t *b = &x->b;
    const double *size = NULL;
    double maxv = 0;
    if (c && (unsigned)o->size_by < M_COUNT && c->val[o->size_by]
        && c->n == net->nactors)
        size = c->val[o->size_by];
    for (size_t i = 0; size && i < net->nactors; i++)
        if ((!show || show[i]) && isfinite(size[i]) && size[i] > maxv)
            maxv = size[i];
    if (maxv <= 0) size = NULL;

    unsigned kinds = 0, rels = 0;
    int arrows = 0;
    size_t nshown_edges = 0;
    for (size_t i = 0; i < net->nactors; i++)
        idx[i] = show && !show[i] ? NET_NONE : 0;
    for (size_t j = 0; j < net->nedges; j++)
        if (idx[net->edges[j].a] != NET_NONE && idx[net->edges[j].b] != NET_NONE)
            nshown_edges++;
    int k_bb = o->backbone < 0
                   ? (nshown_edges > DOT_AUTO_LABEL_EDGES ? DOT_BACKBONE_K : 0)
                   : o->backbone;
    size_t all_edges = nshown_edges;
    if (k_bb > 0) {
        size_t kept = backbone_edges(net, idx, k_bb, o->with_affiliations,
                                     o->ego, ekeep);
        if (kept == (size_t)-1) return -1;
        nshown_edges = kept;
    } else
        for (size_t j = 0; j < net->nedges; j++) ekeep[j] = 1;
    dot_opts_t thin;
    char title[600];
    if (k_bb > 0 && nshown_edges < all_edges) {
        /* Say in the picture that ties were left out. */
        thin = *o;
        if (o->ego >= 0 && (size_t)o->ego < net->nactors)
            snprintf(title, sizeof title, "%s%sall ties of %s, each other "
                     "actor's %d heaviest (%zu of %zu shown)",
                     o->title ? o->title : "", o->title ? " — " : "",
                     net_actor_name(net, (size_t)o->ego), k_bb, nshown_edges,
                     all_edges);
        else
            snprintf(title, sizeof title, "%s%seach actor's %d heaviest ties "
                     "(%zu of %zu shown)", o->title ? o->title : "",
                     o->title ? " — " : "", k_bb, nshown_edges, all_edges);
        thin.title = title;
        o = &thin;
    }
    int dense = nshown_edges > DOT_AUTO_LABEL_EDGES;
    int labels = o->edge_labels < 0 ? !dense : o->edge_labels != 0;
    uint32_t k = 0;
    char name[32];
    for (size_t i = 0; i < net->nactors; i++) {
        idx[i] = NET_NONE;
        if (show && !show[i]) continue;
        idx[i] = k;
        snprintf(name, sizeof name, "n%u", (unsigned)k);
        Agnode_t *n = agnode(g, name, 1);
        if (!n) return -1;
        nodes[k++] = n;
        const net_actor_t *a = &net->actors[i];
        kinds |= 1u << a->kind;
        const char *label = net_actor_name(net, i);
        if (buf_printf(b, "a%zu", i) || set_buf(n, x->n_id, b)
            || dot_escape(b, label, strlen(label), 0)
            || set_buf(n, x->n_label, b)
            || set_str(n, x->n_shape, style_kind_shape(a->kind)))
            return -1;
        if (crank) {
            if (set_str(n, x->n_fill, crank[i] < 0 ? "#ffffff"
                                          : style_community_fill((size_t)crank[i]))
                || set_str(n, x->n_color, style_kind_border(a->kind))
                || set_str(n, x->n_penwidth, "2"))
                return -1;
        } else if (set_str(n, x->n_fill, style_kind_fill(a->kind))
                   || set_str(n, x->n_color, style_kind_border(a->kind))) {
            return -1;
        }
        if (size) {
            double v = isfinite(size[i]) && size[i] > 0 ? size[i] : 0;
            double r = sqrt(v / maxv);
            if (put_fixed(b, 10 + 8 * r, 1) || set_buf(n, x->n_fontsize, b)
                || put_fixed(b, 0.75 + 0.75 * r, 2) || set_buf(n, x->n_width, b)
                || put_fixed(b, 0.5 + 0.4 * r, 2) || set_buf(n, x->n_height, b))
                return -1;
        }
        if (node_tooltip(b, net, c, i) || set_buf(n, x->n_tooltip, b)
            || buf_printf(b, "actor kind-%s", ev_kind_name(a->kind))
            || set_buf(n, x->n_class, b))
            return -1;
    }

    for (size_t j = 0; j < net->nedges; j++) {
        const net_edge_t *e = &net->edges[j];
        if (idx[e->a] == NET_NONE || idx[e->b] == NET_NONE || !ekeep[j])
            continue;
        uint32_t tail = e->a, head = e->b;
        const char *dir = NULL;
        uint32_t ba = net_edge_visits_ba(net, e);
        if (e->visits_ab && ba) dir = "both";
        else if (e->visits_ab) dir = "forward";
        else if (ba) { tail = e->b; head = e->a; dir = "forward"; }
        if (dir) arrows = 1;
        Agedge_t *ed = agedge(g, nodes[idx[tail]], nodes[idx[head]], NULL, 1);
        if (!ed) return -1;
        ev_relation_t r = style_dominant_relation(net, e);
        rels |= 1u << r;
        uint32_t w = net_edge_weight(net, e, o->with_affiliations);
        double pw = 1.2 + 1.5 * log(w > 1 ? (double)w : 1.0);
        if (pw > DOT_MAX_PENWIDTH) pw = DOT_MAX_PENWIDTH;
        if (buf_printf(b, "e_a%u_a%u", (unsigned)tail, (unsigned)head)
            || set_buf(ed, x->e_id, b)
            || buf_printf(b, "tie rel-%s", ev_relation_name(r))
            || set_buf(ed, x->e_class, b)
            || buf_printf(b, "%s%s", style_rel_color(r), dense ? "b0" : "")
            || set_buf(ed, x->e_color, b)
            || set_str(ed, x->e_style, style_rel_line(r))
            || put_fixed(b, pw, 1) || set_buf(ed, x->e_penwidth, b)
            || (dir && set_str(ed, x->e_dir, dir)))
            return -1;
        if (labels && (style_years(b, e) || set_buf(ed, x->e_label, b)))
            return -1;
        if (edge_tooltip(b, net, e, tail, head)
            || set_buf(ed, x->e_tooltip, b))
            return -1;
        /* The label shows the same text when hovered. */
        if (labels && set_str(ed, x->e_labeltooltip,
                                      agxget(ed, x->e_tooltip)))
            return -1;
    }

    /* A big picture is viewed zoomed out: grow the legend with it. */
    double scale = k <= 20 ? 1.0 : sqrt(k / 20.0);
    if (scale > 2.5) scale = 2.5;
    if (legend(b, o, kinds, rels, size != NULL, crank != NULL, arrows, labels,
               scale))
        return -1;
    char *html = agstrdup_html(g, b->data);
    buf_clear(b);
    if (!html) return -1;
    Agsym_t *lab = agattr(g, AGRAPH, "label", "");
    int rc = lab ? agxset(g, lab, html) : -1;
    agstrfree(g, html);
    if (!rc && scale > 1) {
        Agsym_t *fs = agattr(g, AGRAPH, "fontsize", NULL);
        rc = !fs || put_fixed(b, 10 * scale, 0) || set_buf(g, fs, b);
    }
    return rc ? -1 : 0;
}

int dot_build(const net_t *net, const cent_t *c, const unsigned char *show,
              const dot_opts_t *o, Agraph_t **out)
{
    dot_opts_t dflt;
    if (!o) {
        dot_opts_init(&dflt);
        o = &dflt;
    }
    *out = NULL;
    dot_ctx_t x;
    memset(&x, 0, sizeof x);
    buf_init(&x.b);
    size_t n = net->nactors ? net->nactors : 1;
    uint32_t *idx = malloc(n * sizeof *idx);
    Agnode_t **nodes = malloc(n * sizeof *nodes);
    long *crank = o->community ? malloc(n * sizeof *crank) : NULL;
    unsigned char *ekeep = malloc(net->nedges + 1);
    int rc = DN_OK;
    if (!idx || !nodes || !ekeep || (o->community && !crank)) {
        rc = diag_nomem("dot: graph");
        goto done;
    }
    if (crank && rank_communities(net, show, o->community, crank)) {
        rc = diag_nomem("dot: communities");
        goto done;
    }
    for (size_t i = 0; i < net->nactors; i++) x.nshown += !show || show[i];
    /* Named, or the SVG title would be "%N". */
    x.g = agopen("dipnet", Agundirected, NULL);
    if (!x.g || declare_attrs(&x) || build(net, c, show, o, &x, idx, crank, nodes, ekeep)) {
        if (x.g) agclose(x.g);
        rc = diag_nomem("dot: graph");
        goto done;
    }
    *out = x.g;
done:
    buf_destroy(&x.b);
    free(idx);
    free(nodes);
    free(crank);
    free(ekeep);
    return rc;
}

int dot_write(Agraph_t *g, const char *path)
{
    outfile_t of;
    int rc = outfile_open(&of, path);
    if (rc) return rc;
    if (agwrite(g, of.fp) != 0 && !ferror(of.fp)) {
        outfile_abort(&of);
        return diag_error(DN_EIO, path && strcmp(path, "-") ? path : "<stdout>",
                          0, 0, "graphviz could not write the graph");
    }
    return outfile_commit(&of); /* a failed write: reported with its errno */
}
