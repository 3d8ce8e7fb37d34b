/* CSV node and edge tables (RFC 4180: CRLF line ends, fields with a comma,
 * quote or line break quoted, quotes doubled).  The headers Id, Label,
 * Source, Target, Type and Weight are the ones Gephi's spreadsheet import
 * recognises; the other columns become attributes there.  Text cells go
 * through esc_csv_put (util/escape.h), which defuses formulas. */
#include "write/export.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"
#include "util/escape.h"

int export_write_csv_nodes(FILE *fp, const export_t *x)
{
    const net_t *net = x->net;
    short *fy = malloc((net->nactors + 1) * sizeof *fy);
    short *ly = malloc((net->nactors + 1) * sizeof *ly);
    if (!fy || !ly) {
        free(fy);
        free(ly);
        return diag_nomem("CSV");
    }
    export_actor_years(x, fy, ly);
    /* not "id": Gephi matches its Id column case-insensitively */
    fputs("Id,Label,registry_id,kind,events,first_year,last_year", fp);
    for (int m = 0; x->cent && m < M_COUNT; m++)
        if (x->cent->val[m]) fprintf(fp, ",%s", measure_name((measure_t)m));
    if (x->community) fputs(",community", fp);
    fputs("\r\n", fp);
    for (size_t i = 0; i < net->nactors; i++) {
        if (!export_shown(x, i)) continue;
        const net_actor_t *a = &net->actors[i];
        fprintf(fp, "n%zu,", i);
        esc_csv_put(fp, net_actor_name(net, i));
        fputc(',', fp);
        esc_csv_put(fp, net_actor_id(net, i));
        fprintf(fp, ",%s,%lu,", ev_kind_name(a->kind), (unsigned long)a->events);
        if (fy[i]) fprintf(fp, "%d,%d", fy[i], ly[i]);
        else fputs(",", fp);
        for (int m = 0; x->cent && m < M_COUNT; m++) {
            if (!x->cent->val[m]) continue;
            double v = x->cent->val[m][i];
            if (export_measure_is_count((measure_t)m)) {
                fprintf(fp, ",%ld", (long)(v + 0.5));
            } else {
                char s[32];
                export_format_double(v, s);
                fprintf(fp, ",%s", s);
            }
        }
        if (x->community) {
            if (x->community[i] >= 0) fprintf(fp, ",%ld", x->community[i]);
            else fputs(",", fp);
        }
        fputs("\r\n", fp);
    }
    free(fy);
    free(ly);
    return ferror(fp) ? DN_EIO : DN_OK;
}

int export_write_csv_edges(FILE *fp, const export_t *x)
{
    const net_t *net = x->net;
    buf_t years;
    buf_init(&years);
    int nomem = 0;
    fputs("Source,Target,Type,Weight,source_label,target_label", fp);
    for (int r = 0; r < EV_REL_COUNT; r++)
        fprintf(fp, ",%s", ev_relation_name((ev_relation_t)r));
    fputs(",visits_source_target,visits_target_source,years,first_date,"
          "last_date,evidence,evidence_doc\r\n",
          fp);
    for (size_t i = 0; i < net->nedges && !nomem; i++) {
        const net_edge_t *e = &net->edges[i];
        if (!export_edge_shown(x, e)) continue;
        fprintf(fp, "n%u,n%u,Undirected,%lu,", (unsigned)e->a, (unsigned)e->b,
                (unsigned long)e->total);
        esc_csv_put(fp, net_actor_name(net, e->a));
        putc(',', fp);
        esc_csv_put(fp, net_actor_name(net, e->b));
        for (int r = 0; r < EV_REL_COUNT; r++)
            fprintf(fp, ",%lu", (unsigned long)net_edge_count(net, e, (ev_relation_t)r));
        fprintf(fp, ",%lu,%lu,", (unsigned long)e->visits_ab,
                (unsigned long)net_edge_visits_ba(net, e));
        if (export_edge_years(e, &years) < 0) nomem = 1;
        esc_csv_put(fp, buf_cstr(&years));
        char first[11], last[11];
        export_edge_dates(net, e, first, last);
        fprintf(fp, ",%s,%s,", first, last);
        if (net_edge_first_event(net, e) != NET_NONE) {
            const net_event_t *ev = &net->events[net_edge_first_event(net, e)];
            esc_csv_put(fp, net_event_evidence(net, ev));
            putc(',', fp);
            const char *doc = net_event_doc(net, ev);
            if (*doc) {
                buf_clear(&years);
                if (buf_puts(&years, doc) < 0 ||
                    (ev->line > 0 && buf_printf(&years, ":%ld", ev->line) < 0))
                    nomem = 1;
                esc_csv_put(fp, buf_cstr(&years));
            }
        } else {
            putc(',', fp);
        }
        fputs("\r\n", fp);
    }
    buf_destroy(&years);
    if (nomem) return diag_nomem("CSV");
    return ferror(fp) ? DN_EIO : DN_OK;
}
