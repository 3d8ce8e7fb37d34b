/* export: helpers shared by the GraphML, GEXF and CSV writers. */
#include "write/export.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "util/date.h"

void export_format_double(double v, char out[32])
{
    if (!isfinite(v) || v == 0) v = 0; /* also turns -0 into 0 */
    snprintf(out, 32, "%.15g", v);
    if (strtod(out, NULL) != v) snprintf(out, 32, "%.17g", v);
}

int export_shown(const export_t *x, size_t actor)
{
    return !x->show || x->show[actor];
}

int export_edge_shown(const export_t *x, const net_edge_t *e)
{
    return export_shown(x, e->a) && export_shown(x, e->b);
}

static int spell_cmp(const void *pa, const void *pb)
{
    const export_spell_t *a = pa, *b = pb;
    if (a->first != b->first) return a->first < b->first ? -1 : 1;
    return a->last < b->last ? -1 : a->last > b->last;
}

size_t export_merge_spells(export_spell_t *v, size_t n)
{
    if (n < 2) return n;
    qsort(v, n, sizeof *v, spell_cmp);
    size_t k = 0;
    for (size_t i = 1; i < n; i++) {
        if (v[i].first <= date_day_after(v[k].last)) {
            if (v[i].last > v[k].last) v[k].last = v[i].last;
        } else {
            v[++k] = v[i];
        }
    }
    return k + 1;
}

static int push_spell(export_spell_t **v, size_t *n, size_t *cap, long first,
                      long last)
{
    if (*n == *cap) {
        size_t nc = *cap ? *cap * 2 : 16;
        export_spell_t *w = realloc(*v, nc * sizeof *w);
        if (!w) return -1;
        *v = w;
        *cap = nc;
    }
    (*v)[*n].first = first;
    (*v)[*n].last = last;
    (*n)++;
    return 0;
}

/* Whether the kept events are all the events of the edge. */
static int all_kept(const net_t *net, const net_edge_t *e)
{
    return net_edge_nkept(net, e) == e->total &&
           net_edge_first_event(net, e) != NET_NONE;
}

int export_edge_spells(const net_t *net, const net_edge_t *e,
                       export_spell_t **v, size_t *n, size_t *cap)
{
    size_t start = *n;
    if (all_kept(net, e)) {
        for (uint32_t k = net_edge_first_event(net, e); k != NET_NONE;
             k = net->events[k].next) {
            const net_event_t *x = &net->events[k];
            if (!x->start.year) continue;
            long last = ev_date_last_day(x->end.year ? x->end : x->start);
            long first = ev_date_first_day(x->start);
            if (last < first) last = first;
            if (push_spell(v, n, cap, first, last) < 0) return -1;
        }
    } else {
        size_t ny;
        const short *ys = net_edge_years(e, &ny);
        for (size_t i = 0; i < ny; i++)
            if (push_spell(v, n, cap, ys[i] * 10000L + 101,
                           ys[i] * 10000L + 1231) < 0)
                return -1;
    }
    /* An undated tie has no spells (and *v may still be NULL). */
    if (*n > start) *n = start + export_merge_spells(*v + start, *n - start);
    return 0;
}

void export_format_day(long day, char out[11])
{
    unsigned long u = day < 0 ? 0 : (unsigned long)day;
    snprintf(out, 11, "%04u-%02u-%02u", (unsigned)(u / 10000 % 10000),
             (unsigned)(u / 100 % 100), (unsigned)(u % 100));
}

void export_edge_dates(const net_t *net, const net_edge_t *e, char first[11],
                       char last[11])
{
    first[0] = last[0] = '\0';
    if (all_kept(net, e)) {
        ev_date_t lo = {0, 0, 0}, hi = {0, 0, 0};
        long hi_day = 0;
        for (uint32_t k = net_edge_first_event(net, e); k != NET_NONE;
             k = net->events[k].next) {
            const net_event_t *x = &net->events[k];
            if (!x->start.year) continue;
            ev_date_t end = x->end.year ? x->end : x->start;
            if (!lo.year || ev_date_cmp(x->start, lo) < 0) lo = x->start;
            long d = ev_date_last_day(end);
            if (!hi.year || d > hi_day) {
                hi = end;
                hi_day = d;
            }
        }
        ev_date_format(lo, first);
        ev_date_format(hi, last);
        return;
    }
    size_t ny;
    const short *ys = net_edge_years(e, &ny);
    if (!ny) return;
    snprintf(first, 11, "%04d", ys[0]);
    snprintf(last, 11, "%04d", ys[ny - 1]);
}

int export_edge_years(const net_edge_t *e, buf_t *b)
{
    buf_clear(b);
    size_t ny;
    const short *ys = net_edge_years(e, &ny);
    for (size_t i = 0; i < ny; i++)
        if (buf_printf(b, "%s%04d", i ? "," : "", ys[i]) < 0) return -1;
    return 0;
}

void export_actor_years(const export_t *x, short *first, short *last)
{
    const net_t *net = x->net;
    for (size_t i = 0; i < net->nactors; i++) first[i] = last[i] = 0;
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        if (!export_edge_shown(x, e)) continue;
        size_t ny;
        const short *ys = net_edge_years(e, &ny);
        if (!ny) continue;
        uint32_t ends[2] = {e->a, e->b};
        for (int k = 0; k < 2; k++) {
            uint32_t a = ends[k];
            if (!first[a] || ys[0] < first[a]) first[a] = ys[0];
            if (!last[a] || ys[ny - 1] > last[a]) last[a] = ys[ny - 1];
        }
    }
}

int export_measure_is_count(measure_t m)
{
    return m == M_DEGREE || m == M_STRENGTH || m == M_VISITS_MADE ||
           m == M_VISITS_HOSTED;
}
