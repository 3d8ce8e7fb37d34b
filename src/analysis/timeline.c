#include "analysis/timeline.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

int timeline_period_parse(const char *s)
{
    if (!s) return -1;
    if (!strcmp(s, "year") || !strcmp(s, "1y")) return 1;
    if (!strcmp(s, "5y")) return 5;
    if (!strcmp(s, "decade") || !strcmp(s, "10y")) return 10;
    return -1;
}

void timeline_init(timeline_t *t, int width, const net_opts_t *opts)
{
    memset(t, 0, sizeof *t);
    t->width = width > 0 ? width : 1;
    if (opts) t->opts = *opts;
    else net_opts_init(&t->opts);
    /* Ranks need no evidence sentences. */
    t->opts.max_events_per_edge = 0;
    net_init(&t->all, &t->opts);
}

void timeline_destroy(timeline_t *t)
{
    for (size_t p = 0; p < t->nperiods; p++) {
        if (!t->periods[p]) continue;
        net_destroy(t->periods[p]);
        free(t->periods[p]);
    }
    free(t->periods);
    net_destroy(&t->all);
    memset(t, 0, sizeof *t);
}

static int floor_div(int a, int b)
{
    return a >= 0 ? a / b : -((-a + b - 1) / b);
}

/* The network of the period with key k (= first year / width), created
 * when missing; NULL when memory runs out. */
static net_t *period_net(timeline_t *t, int k)
{
    int first_key = floor_div(t->first_year, t->width);
    if (!t->nperiods) {
        t->periods = calloc(1, sizeof *t->periods);
        if (!t->periods) return NULL;
        t->nperiods = 1;
        first_key = k;
    } else if (k < first_key) {
        size_t add = (size_t)(first_key - k);
        net_t **v = realloc(t->periods, (t->nperiods + add) * sizeof *v);
        if (!v) return NULL;
        memmove(v + add, v, t->nperiods * sizeof *v);
        memset(v, 0, add * sizeof *v);
        t->periods = v;
        t->nperiods += add;
        first_key = k;
    } else if ((size_t)(k - first_key) >= t->nperiods) {
        size_t n = (size_t)(k - first_key) + 1;
        net_t **v = realloc(t->periods, n * sizeof *v);
        if (!v) return NULL;
        memset(v + t->nperiods, 0, (n - t->nperiods) * sizeof *v);
        t->periods = v;
        t->nperiods = n;
    }
    t->first_year = first_key * t->width;
    net_t **slot = &t->periods[k - first_key];
    if (!*slot) {
        net_t *n = malloc(sizeof *n);
        if (!n) return NULL;
        net_init(n, &t->opts);
        *slot = n;
    }
    return *slot;
}

int timeline_add_event(const ev_event_t *ev, void *ctx)
{
    timeline_t *t = ctx;
    t->nread++;
    if (!ev->start.year) {
        t->nundated++;
        return DN_OK;
    }
    size_t filtered = t->all.nfiltered;
    int rc = net_add_event(ev, &t->all);
    if (rc || t->all.nfiltered != filtered) return rc;
    int y0 = ev->start.year;
    int y1 = ev->end.year > y0 ? ev->end.year : y0;
    if (y1 - y0 > 200) y1 = y0 + 200;  /* as net.c: a typo, not history */
    if (t->opts.since.year && y0 < t->opts.since.year) y0 = t->opts.since.year;
    if (t->opts.until.year && y1 > t->opts.until.year) y1 = t->opts.until.year;
    for (int k = floor_div(y0, t->width); k <= floor_div(y1, t->width); k++) {
        net_t *n = period_net(t, k);
        if (!n) return diag_nomem("timeline");
        if ((rc = net_add_event(ev, n))) return rc;
    }
    return DN_OK;
}

int timeline_period_first(const timeline_t *t, size_t p)
{
    return t->first_year + (int)p * t->width;
}

int timeline_period_last(const timeline_t *t, size_t p)
{
    return timeline_period_first(t, p) + t->width - 1;
}

void timeline_period_label(const timeline_t *t, size_t p, char *out,
                           size_t size)
{
    int a = timeline_period_first(t, p), b = timeline_period_last(t, p);
    if (t->width == 1) snprintf(out, size, "%d", a);
    else if (t->width == 10 && a % 10 == 0) snprintf(out, size, "%ds", a);
    else if (a / 100 == b / 100) snprintf(out, size, "%d-%02d", a, b % 100);
    else snprintf(out, size, "%d-%d", a, b);
}

void timeline_ranks_destroy(timeline_ranks_t *r)
{
    if (!r) return;
    free(r->actor);
    free(r->overall);
    free(r->rank);
    free(r->value);
    free(r->nranked);
    memset(r, 0, sizeof *r);
}

static int same_value(double x, double y)
{
    /* cent_rank's tolerance: solver noise does not separate actors. */
    double tol = 1e-9 * (fabs(x) > fabs(y) ? fabs(x) : fabs(y));
    return fabs(x - y) <= tol;
}

/* Ranks the actors of net (of the kinds in mask) by c->val[by]: fills
 * ids[0..*n) in rank order and rank[actor] (0 for actors not ranked). */
static void rank_net(const net_t *net, const cent_t *c, measure_t by,
                     unsigned mask, uint32_t *ids, size_t *n, long *rank)
{
    size_t k = 0;
    for (size_t i = 0; i < net->nactors; i++) {
        rank[i] = 0;
        if (!mask || (mask & (1u << net->actors[i].kind))) ids[k++] = (uint32_t)i;
    }
    cent_rank(net, c, by, ids, k);
    const double *v = c->val[by];
    for (size_t i = 0; i < k; i++)
        rank[ids[i]] = i && same_value(v[ids[i]], v[ids[i - 1]])
                           ? rank[ids[i - 1]] : (long)i + 1;
    *n = k;
}

int timeline_rank(const timeline_t *t, const cent_opts_t *co, measure_t by,
                  unsigned kind_mask, long top, timeline_ranks_t *out)
{
    memset(out, 0, sizeof *out);
    out->by = by;
    out->nperiods = t->nperiods;
    cent_opts_t o = *co;
    o.mask = 1u << by;
    const net_t *all = &t->all;
    size_t na = all->nactors;
    uint32_t *ids = malloc((na + 1) * sizeof *ids);
    long *arank = malloc((na + 1) * sizeof *arank);
    cent_t c;
    memset(&c, 0, sizeof c);
    int rc = DN_OK;
    if (!ids || !arank) {
        rc = diag_nomem("timeline");
        goto out;
    }
    if ((rc = cent_compute(all, &o, &c))) goto out;
    if (c.betweenness_sources > out->sampled) out->sampled = c.betweenness_sources;
    size_t n;
    rank_net(all, &c, by, kind_mask, ids, &n, arank);
    cent_destroy(&c);
    out->nranked_all = n;
    if (top > 0 && (size_t)top < n) n = (size_t)top;
    size_t np = t->nperiods;
    out->nrows = n;
    out->actor = malloc((n + 1) * sizeof *out->actor);
    out->overall = malloc((n + 1) * sizeof *out->overall);
    out->rank = calloc(n * np + 1, sizeof *out->rank);
    out->value = calloc(n * np + 1, sizeof *out->value);
    out->nranked = calloc(np + 1, sizeof *out->nranked);
    if (!out->actor || !out->overall || !out->rank || !out->value ||
        !out->nranked) {
        rc = diag_nomem("timeline");
        goto out;
    }
    for (size_t i = 0; i < n; i++) {
        out->actor[i] = ids[i];
        out->overall[i] = arank[ids[i]];
    }
    for (size_t p = 0; p < np && !rc; p++) {
        const net_t *pn = t->periods[p];
        if (!pn || !pn->nactors) continue;
        uint32_t *pids = malloc((pn->nactors + 1) * sizeof *pids);
        long *prank = malloc((pn->nactors + 1) * sizeof *prank);
        if (!pids || !prank) rc = diag_nomem("timeline");
        else if (!(rc = cent_compute(pn, &o, &c))) {
            if (c.betweenness_sources > out->sampled)
                out->sampled = c.betweenness_sources;
            size_t pk;
            rank_net(pn, &c, by, kind_mask, pids, &pk, prank);
            out->nranked[p] = pk;
            for (size_t i = 0; i < n; i++) {
                uint32_t a = out->actor[i];
                long id = net_find_actor(pn, net_actor_name(all, a),
                                         (int)all->actors[a].kind);
                if (id < 0 || !prank[id]) continue;
                out->rank[i * np + p] = prank[id];
                out->value[i * np + p] = c.val[by][id];
            }
            cent_destroy(&c);
        }
        free(pids);
        free(prank);
    }
out:
    free(ids);
    free(arank);
    if (rc) timeline_ranks_destroy(out);
    return rc;
}
