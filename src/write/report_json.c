#include "write/report.h"

#include <jansson.h>

#include "util/diag.h"

static int put_community(const report_t *r, size_t k, const uint32_t *m,
                         size_t n, void *ctx)
{
    json_t *arr = ctx, *c = json_object(), *mem = json_array();
    int bad = !c || !mem;
    for (size_t i = 0; i < n && !bad; i++)
        bad |= json_array_append_new(mem, json_string(net_actor_name(r->net, m[i])));
    if (!bad) {
        bad |= json_object_set_new(c, "community", json_integer((json_int_t)k + 1));
        bad |= json_object_set_new(c, "size", json_integer((json_int_t)n));
        bad |= json_object_set_new(c, "members", mem);
        mem = NULL;
        bad |= json_array_append_new(arr, c);
        c = NULL;
    }
    json_decref(mem);
    json_decref(c);
    return bad ? DN_ENOMEM : 0;
}

int report_write_json(FILE *fp, const report_t *r)
{
    json_t *root = json_object(), *rows = json_array(), *meta = json_object();
    int bad = !root || !rows || !meta;
    size_t ties, events;
    report_counts(r, &ties, &events);
    if (!bad) {
        bad |= json_object_set_new(meta, "actors", json_integer((json_int_t)r->net->nactors));
        bad |= json_object_set_new(meta, "ties", json_integer((json_int_t)ties));
        bad |= json_object_set_new(meta, "events", json_integer((json_int_t)events));
        bad |= json_object_set_new(meta, "ranked_by", json_string(measure_name(r->by)));
        bad |= json_object_set_new(meta, "betweenness_sources",
                                   json_integer(r->cent->betweenness_sources));
        bad |= json_object_set_new(meta, "betweenness_estimated",
                                   json_boolean(r->cent->betweenness_sources > 0));
        bad |= json_object_set_new(meta, "harmonic_sources",
                                   json_integer(r->cent->harmonic_sources));
        /* the guarantee of the betweenness values (0, 0 when exact) */
        if (r->cent->val[M_BETWEENNESS]) {
            bad |= json_object_set_new(meta, "betweenness_epsilon",
                                       json_real(r->cent->betweenness_epsilon));
            bad |= json_object_set_new(meta, "betweenness_delta",
                                       json_real(r->cent->betweenness_delta));
            bad |= json_object_set_new(meta, "top_certain",
                                       json_integer(r->cent->top_certain));
            bad |= json_object_set_new(meta, "top_k",
                                       json_integer(r->cent->top_k));
        }
    }
    for (size_t i = 0; i < r->n && !bad; i++) {
        uint32_t id = r->ids[i];
        json_t *row = json_object();
        if (!row) { bad = 1; break; }
        bad |= json_object_set_new(row, "rank", json_integer((json_int_t)i + 1));
        bad |= json_object_set_new(row, "actor",
                                   json_string(net_actor_name(r->net, id)));
        bad |= json_object_set_new(row, "id",
                                   json_string(net_actor_id(r->net, id)));
        bad |= json_object_set_new(row, "kind",
                                   json_string(ev_kind_name(r->net->actors[id].kind)));
        for (int m = 0; m < M_COUNT; m++) {
            const double *v = r->cent->val[m];
            json_t *x;
            if (!v) x = json_null();
            else if (m <= M_VISITS_HOSTED) x = json_integer((json_int_t)v[id]);
            else x = json_real(v[id]);
            bad |= json_object_set_new(row, measure_name((measure_t)m), x);
        }
        bad |= json_array_append_new(rows, row);
    }
    if (!bad) {
        bad |= json_object_set_new(root, "network", meta);
        meta = NULL;
        bad |= json_object_set_new(root, "actors", rows);
        rows = NULL;
    }
    if (!bad && r->comm) {
        json_t *comms = json_array();
        bad |= !comms;
        if (!bad) bad |= report_each_community(r, put_community, comms) != 0;
        if (!bad) {
            bad |= json_object_set_new(json_object_get(root, "network"), "communities_algorithm",
                                       json_string(community_alg_name(r->comm->alg)));
            bad |= json_object_set_new(json_object_get(root, "network"), "modularity", json_real(r->comm->modularity));
        }
        if (!bad) bad |= json_object_set_new(root, "communities", comms);
        else json_decref(comms);
    }

    int rc = DN_OK;
    if (bad) rc = diag_nomem("JSON report");
    else if (json_dumpf(root, fp, JSON_INDENT(2) | JSON_PRESERVE_ORDER |
                                      JSON_REAL_PRECISION(10)) != 0 ||
             fputc('\n', fp) == EOF)
        rc = DN_EIO;
    json_decref(rows);
    json_decref(meta);
    json_decref(root);
    return rc;
}
