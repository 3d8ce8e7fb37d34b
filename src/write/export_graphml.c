/* GraphML with typed attributes (<key attr.name attr.type>), as read by
 * yEd, Gephi, igraph (igraph_read_graph_graphml) and NetworkX
 * (read_graphml).  Key ids are "v_<name>", "e_<name>", "g_<name>" so node
 * and edge attributes of the same name cannot clash. */
#include "write/export.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"
#include "util/escape.h"

typedef struct {
    FILE *fp;
    buf_t esc;
    int nomem;
} gw_t;

static const char *esc(gw_t *w, const char *s)
{
    buf_clear(&w->esc);
    if (esc_xml(&w->esc, s, strlen(s)) < 0) w->nomem = 1;
    return buf_cstr(&w->esc);
}

static void key(gw_t *w, const char *for_, const char *prefix,
                const char *name, const char *type)
{
    fprintf(w->fp,
            "  <key id=\"%s_%s\" for=\"%s\" attr.name=\"%s\" "
            "attr.type=\"%s\"/>\n",
            prefix, name, for_, name, type);
}

static void data_str(gw_t *w, const char *indent, const char *k,
                     const char *v)
{
    if (!v || !*v) return;
    fprintf(w->fp, "%s<data key=\"%s\">%s</data>\n", indent, k, esc(w, v));
}

static void data_long(gw_t *w, const char *indent, const char *k, long v)
{
    fprintf(w->fp, "%s<data key=\"%s\">%ld</data>\n", indent, k, v);
}

static void data_double(gw_t *w, const char *indent, const char *k, double v)
{
    char s[32];
    export_format_double(v, s);
    fprintf(w->fp, "%s<data key=\"%s\">%s</data>\n", indent, k, s);
}

int export_write_graphml(FILE *fp, const export_t *x)
{
    const net_t *net = x->net;
    gw_t w = {.fp = fp};
    buf_init(&w.esc);
    buf_t years;
    buf_init(&years);
    short *fy = malloc((net->nactors + 1) * sizeof *fy);
    short *ly = malloc((net->nactors + 1) * sizeof *ly);
    if (!fy || !ly) {
        free(fy);
        free(ly);
        return diag_nomem("GraphML");
    }
    export_actor_years(x, fy, ly);

    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\"\n"
          "    xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"\n"
          "    xsi:schemaLocation=\"http://graphml.graphdrawing.org/xmlns "
          "http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd\">\n",
          fp);
    key(&w, "graph", "g", "description", "string");
    if (x->community) {
        key(&w, "graph", "g", "community_algorithm", "string");
        key(&w, "graph", "g", "modularity", "double");
    }
    key(&w, "node", "v", "label", "string");
    key(&w, "node", "v", "registry_id", "string");
    key(&w, "node", "v", "kind", "string");
    key(&w, "node", "v", "events", "int");
    key(&w, "node", "v", "first_year", "int");
    key(&w, "node", "v", "last_year", "int");
    for (int m = 0; x->cent && m < M_COUNT; m++)
        if (x->cent->val[m])
            key(&w, "node", "v", measure_name((measure_t)m),
                export_measure_is_count((measure_t)m) ? "int" : "double");
    if (x->community) key(&w, "node", "v", "community", "int");
    key(&w, "edge", "e", "weight", "double");
    for (int r = 0; r < EV_REL_COUNT; r++)
        key(&w, "edge", "e", ev_relation_name((ev_relation_t)r), "int");
    key(&w, "edge", "e", "visits_source_target", "int");
    key(&w, "edge", "e", "visits_target_source", "int");
    key(&w, "edge", "e", "years", "string");
    key(&w, "edge", "e", "first_date", "string");
    key(&w, "edge", "e", "last_date", "string");
    key(&w, "edge", "e", "evidence", "string");
    key(&w, "edge", "e", "evidence_doc", "string");

    fputs("  <graph id=\"dipnet\" edgedefault=\"undirected\">\n", fp);
    data_str(&w, "    ", "g_description", x->title);
    if (x->community) {
        data_str(&w, "    ", "g_community_algorithm",
                 x->community_alg ? x->community_alg : "");
        data_double(&w, "    ", "g_modularity", x->modularity);
    }
    for (size_t i = 0; i < net->nactors; i++) {
        if (!export_shown(x, i)) continue;
        const net_actor_t *a = &net->actors[i];
        fprintf(fp, "    <node id=\"n%zu\">\n", i);
        data_str(&w, "      ", "v_label", net_actor_name(net, i));
        data_str(&w, "      ", "v_registry_id", net_actor_id(net, i));
        data_str(&w, "      ", "v_kind", ev_kind_name(a->kind));
        data_long(&w, "      ", "v_events", (long)a->events);
        if (fy[i]) {
            data_long(&w, "      ", "v_first_year", fy[i]);
            data_long(&w, "      ", "v_last_year", ly[i]);
        }
        for (int m = 0; x->cent && m < M_COUNT; m++) {
            if (!x->cent->val[m]) continue;
            char k[48];
            snprintf(k, sizeof k, "v_%s", measure_name((measure_t)m));
            double v = x->cent->val[m][i];
            if (export_measure_is_count((measure_t)m))
                data_long(&w, "      ", k, (long)(v + 0.5));
            else
                data_double(&w, "      ", k, v);
        }
        if (x->community && x->community[i] >= 0)
            data_long(&w, "      ", "v_community", x->community[i]);
        fputs("    </node>\n", fp);
    }
    for (size_t i = 0; i < net->nedges && !w.nomem; i++) {
        const net_edge_t *e = &net->edges[i];
        if (!export_edge_shown(x, e)) continue;
        fprintf(fp, "    <edge id=\"e%zu\" source=\"n%u\" target=\"n%u\">\n",
                i, (unsigned)e->a, (unsigned)e->b);
        data_double(&w, "      ", "e_weight", e->total);
        for (int r = 0; r < EV_REL_COUNT; r++) {
            char k[48];
            snprintf(k, sizeof k, "e_%s", ev_relation_name((ev_relation_t)r));
            data_long(&w, "      ", k, (long)net_edge_count(net, e, (ev_relation_t)r));
        }
        data_long(&w, "      ", "e_visits_source_target", (long)e->visits_ab);
        data_long(&w, "      ", "e_visits_target_source", (long)net_edge_visits_ba(net, e));
        if (export_edge_years(e, &years) < 0) w.nomem = 1;
        data_str(&w, "      ", "e_years", buf_cstr(&years));
        char first[11], last[11];
        export_edge_dates(net, e, first, last);
        data_str(&w, "      ", "e_first_date", first);
        data_str(&w, "      ", "e_last_date", last);
        if (net_edge_first_event(net, e) != NET_NONE) {
            const net_event_t *ev = &net->events[net_edge_first_event(net, e)];
            data_str(&w, "      ", "e_evidence",
                     net_event_evidence(net, ev));
            const char *doc = net_event_doc(net, ev);
            if (*doc) {
                char where[64];
                snprintf(where, sizeof where, ":%ld", ev->line);
                buf_t d;
                buf_init(&d);
                if (buf_puts(&d, doc) < 0 ||
                    (ev->line > 0 && buf_puts(&d, where) < 0))
                    w.nomem = 1;
                data_str(&w, "      ", "e_evidence_doc", buf_cstr(&d));
                buf_destroy(&d);
            }
        }
        fputs("    </edge>\n", fp);
    }
    fputs("  </graph>\n</graphml>\n", fp);
    free(fy);
    free(ly);
    buf_destroy(&years);
    buf_destroy(&w.esc);
    if (w.nomem) return diag_nomem("GraphML");
    return ferror(fp) ? DN_EIO : DN_OK;
}
