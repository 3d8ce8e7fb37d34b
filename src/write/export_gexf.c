/* GEXF 1.2 (Gephi), a dynamic graph with timeformat="date": every edge
 * has spells (closed ranges of days) from the dates of its events, every
 * node the union of its edges' spells, so Gephi's timeline shows the ties
 * as they happen.  An edge without any dated event has no spells (present
 * all the time), and so has every node touching such an edge — Gephi hides
 * an edge whose ends are hidden.  Attribute ids are the attribute names.
 * The edge weight (number of events) is the <edge weight> attribute, not a
 * separate attribute, so it is not listed among the edge attributes. */
#include "write/export.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"
#include "util/escape.h"

typedef struct {
    FILE *fp;
    buf_t esc;
    int nomem;
} xw_t;

static const char *esc(xw_t *w, const char *s)
{
    buf_clear(&w->esc);
    if (esc_xml(&w->esc, s, strlen(s)) < 0) w->nomem = 1;
    return buf_cstr(&w->esc);
}

static void attr_def(xw_t *w, const char *name, const char *type)
{
    fprintf(w->fp, "      <attribute id=\"%s\" title=\"%s\" type=\"%s\"/>\n",
            name, name, type);
}

static void val_str(xw_t *w, const char *name, const char *v)
{
    if (!v || !*v) return;
    fprintf(w->fp, "          <attvalue for=\"%s\" value=\"%s\"/>\n", name,
            esc(w, v));
}

static void val_long(xw_t *w, const char *name, long v)
{
    fprintf(w->fp, "          <attvalue for=\"%s\" value=\"%ld\"/>\n", name, v);
}

static void val_double(xw_t *w, const char *name, double v)
{
    char s[32];
    export_format_double(v, s);
    fprintf(w->fp, "          <attvalue for=\"%s\" value=\"%s\"/>\n", name, s);
}

static void spells(xw_t *w, const export_spell_t *v, size_t n)
{
    if (!n) return;
    fputs("        <spells>\n", w->fp);
    for (size_t i = 0; i < n; i++) {
        char a[11], b[11];
        export_format_day(v[i].first, a);
        export_format_day(v[i].last, b);
        fprintf(w->fp, "          <spell start=\"%s\" end=\"%s\"/>\n", a, b);
    }
    fputs("        </spells>\n", w->fp);
}

int export_write_gexf(FILE *fp, const export_t *x)
{
    const net_t *net = x->net;
    size_t na = net->nactors, ne = net->nedges;
    xw_t w = {.fp = fp};
    buf_init(&w.esc);
    buf_t years;
    buf_init(&years);
    /* Edge spells in one array (edge i owns sp[off[i] .. off[i+1])); node
     * spells gathered per node through a CSR adjacency of shown edges. */
    export_spell_t *sp = NULL, *ns = NULL;
    size_t nsp = 0, capsp = 0, capns = 0;
    size_t *off = malloc((ne + 1) * sizeof *off);
    uint32_t *deg = calloc(na + 1, sizeof *deg);
    uint32_t *adj = malloc((2 * ne + 1) * sizeof *adj);
    uint32_t *fill = calloc(na + 1, sizeof *fill);
    unsigned char *timeless = calloc(na + 1, 1);
    short *fy = malloc((na + 1) * sizeof *fy);
    short *ly = malloc((na + 1) * sizeof *ly);
    int rc = DN_OK;
    if (!off || !deg || !adj || !fill || !timeless || !fy || !ly) {
        rc = diag_nomem("GEXF");
        goto out;
    }
    export_actor_years(x, fy, ly);
    for (size_t i = 0; i < ne; i++) {
        off[i] = nsp;
        const net_edge_t *e = &net->edges[i];
        if (!export_edge_shown(x, e)) continue;
        if (export_edge_spells(net, e, &sp, &nsp, &capsp) < 0) {
            rc = diag_nomem("GEXF");
            goto out;
        }
        if (nsp == off[i]) timeless[e->a] = timeless[e->b] = 1;
        deg[e->a + 1]++;
        deg[e->b + 1]++;
    }
    off[ne] = nsp;
    for (size_t i = 0; i < na; i++) deg[i + 1] += deg[i];
    for (size_t i = 0; i < ne; i++) {
        const net_edge_t *e = &net->edges[i];
        if (!export_edge_shown(x, e)) continue;
        adj[deg[e->a] + fill[e->a]++] = (uint32_t)i;
        adj[deg[e->b] + fill[e->b]++] = (uint32_t)i;
    }

    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          "<gexf xmlns=\"http://www.gexf.net/1.2draft\" version=\"1.2\">\n"
          "  <meta>\n    <creator>dipnet</creator>\n",
          fp);
    if (x->title && *x->title)
        fprintf(fp, "    <description>%s</description>\n", esc(&w, x->title));
    fputs("  </meta>\n"
          "  <graph mode=\"dynamic\" defaultedgetype=\"undirected\" "
          "timeformat=\"date\">\n"
          "    <attributes class=\"node\" mode=\"static\">\n",
          fp);
    attr_def(&w, "registry_id", "string");
    attr_def(&w, "kind", "string");
    attr_def(&w, "events", "integer");
    attr_def(&w, "first_year", "integer");
    attr_def(&w, "last_year", "integer");
    for (int m = 0; x->cent && m < M_COUNT; m++)
        if (x->cent->val[m])
            attr_def(&w, measure_name((measure_t)m),
                     export_measure_is_count((measure_t)m) ? "integer"
                                                           : "double");
    if (x->community) attr_def(&w, "community", "integer");
    fputs("    </attributes>\n"
          "    <attributes class=\"edge\" mode=\"static\">\n", fp);
    for (int r = 0; r < EV_REL_COUNT; r++)
        attr_def(&w, ev_relation_name((ev_relation_t)r), "integer");
    attr_def(&w, "visits_source_target", "integer");
    attr_def(&w, "visits_target_source", "integer");
    attr_def(&w, "years", "string");
    attr_def(&w, "first_date", "string");
    attr_def(&w, "last_date", "string");
    attr_def(&w, "evidence", "string");
    attr_def(&w, "evidence_doc", "string");
    fputs("    </attributes>\n    <nodes>\n", fp);

    for (size_t i = 0; i < na && !w.nomem; i++) {
        if (!export_shown(x, i)) continue;
        const net_actor_t *a = &net->actors[i];
        fprintf(fp, "      <node id=\"n%zu\" label=\"%s\">\n", i,
                esc(&w, net_actor_name(net, i)));
        fputs("        <attvalues>\n", fp);
        val_str(&w, "registry_id", net_actor_id(net, i));
        val_str(&w, "kind", ev_kind_name(a->kind));
        val_long(&w, "events", (long)a->events);
        if (fy[i]) {
            val_long(&w, "first_year", fy[i]);
            val_long(&w, "last_year", ly[i]);
        }
        for (int m = 0; x->cent && m < M_COUNT; m++) {
            if (!x->cent->val[m]) continue;
            double v = x->cent->val[m][i];
            if (export_measure_is_count((measure_t)m))
                val_long(&w, measure_name((measure_t)m), (long)(v + 0.5));
            else
                val_double(&w, measure_name((measure_t)m), v);
        }
        if (x->community && x->community[i] >= 0)
            val_long(&w, "community", x->community[i]);
        fputs("        </attvalues>\n", fp);
        if (!timeless[i]) {
            size_t k = 0;
            for (uint32_t j = deg[i]; j < deg[i + 1]; j++) {
                uint32_t eid = adj[j];
                for (size_t s = off[eid]; s < off[eid + 1]; s++) {
                    if (k == capns) {
                        size_t nc = capns ? capns * 2 : 16;
                        export_spell_t *t = realloc(ns, nc * sizeof *t);
                        if (!t) {
                            rc = diag_nomem("GEXF");
                            goto out;
                        }
                        ns = t;
                        capns = nc;
                    }
                    ns[k++] = sp[s];
                }
            }
            spells(&w, ns, export_merge_spells(ns, k));
        }
        fputs("      </node>\n", fp);
    }
    fputs("    </nodes>\n    <edges>\n", fp);
    for (size_t i = 0; i < ne && !w.nomem; i++) {
        const net_edge_t *e = &net->edges[i];
        if (!export_edge_shown(x, e)) continue;
        fprintf(fp,
                "      <edge id=\"e%zu\" source=\"n%u\" target=\"n%u\" "
                "weight=\"%lu\">\n",
                i, (unsigned)e->a, (unsigned)e->b, (unsigned long)e->total);
        fputs("        <attvalues>\n", fp);
        for (int r = 0; r < EV_REL_COUNT; r++)
            val_long(&w, ev_relation_name((ev_relation_t)r), (long)net_edge_count(net, e, (ev_relation_t)r));
        val_long(&w, "visits_source_target", (long)e->visits_ab);
        val_long(&w, "visits_target_source", (long)net_edge_visits_ba(net, e));
        if (export_edge_years(e, &years) < 0) w.nomem = 1;
        val_str(&w, "years", buf_cstr(&years));
        char first[11], last[11];
        export_edge_dates(net, e, first, last);
        val_str(&w, "first_date", first);
        val_str(&w, "last_date", last);
        if (net_edge_first_event(net, e) != NET_NONE) {
            const net_event_t *ev = &net->events[net_edge_first_event(net, e)];
            val_str(&w, "evidence", net_event_evidence(net, ev));
            const char *doc = net_event_doc(net, ev);
            if (*doc) {
                buf_t d;
                buf_init(&d);
                if (buf_puts(&d, doc) < 0 ||
                    (ev->line > 0 && buf_printf(&d, ":%ld", ev->line) < 0))
                    w.nomem = 1;
                val_str(&w, "evidence_doc", buf_cstr(&d));
                buf_destroy(&d);
            }
        }
        fputs("        </attvalues>\n", fp);
        /* sp is NULL when no tie has a date: no pointer arithmetic then */
        if (off[i + 1] > off[i]) spells(&w, sp + off[i], off[i + 1] - off[i]);
        fputs("      </edge>\n", fp);
    }
    fputs("    </edges>\n  </graph>\n</gexf>\n", fp);
    if (w.nomem) rc = diag_nomem("GEXF");
out:
    free(sp);
    free(ns);
    free(off);
    free(deg);
    free(adj);
    free(fill);
    free(timeless);
    free(fy);
    free(ly);
    buf_destroy(&years);
    buf_destroy(&w.esc);
    if (rc) return rc;
    return ferror(fp) ? DN_EIO : DN_OK;
}
