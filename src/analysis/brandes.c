#include "analysis/brandes.h"

#include <float.h>
#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "util/threads.h"

#define NONE UINT32_MAX

/* How far ahead the neighbour scan prefetches. */
#define PF_AHEAD 16
/* How many settled nodes ahead their rows are fetched. */
#define PF_NODES 8

/* igraph's tolerance on path lengths (IGRAPH_SHORTEST_PATH_EPSILON). */
#define PATH_EPS 1e-10

/* Below this much work (sources x stored entries) one thread is faster
 * than starting another. */
#define PAR_MIN_WORK 4000000.0

/* Compares path lengths a and b (both kept as 1 + distance): 0 when they
 * are equal to PATH_EPS relative, else the sign of a - b.  The rule is
 * igraph_cmp_epsilon's (relative error |a-b| / (|a|+|b|)), so the same
 * paths count as shortest. */
static int len_cmp(double a, double b)
{
    if (a == b) return 0;
    double diff = a - b, adiff = fabs(diff);
    double sum = fabs(a) + fabs(b);
    int sign = diff < 0 ? -1 : 1;
    if (a == 0 || b == 0 || sum < DBL_MIN)
        return adiff < PATH_EPS * DBL_MIN ? 0 : sign;
    if (!isfinite(sum))
        return adiff < PATH_EPS * fabs(a) + PATH_EPS * fabs(b) ? 0 : sign;
    return adiff / sum < PATH_EPS ? 0 : sign;
}

/* What one search leaves for the totals: the nodes it reached in order of
 * settlement and their contributions. */
typedef struct {
    uint32_t *node;
    double *bc;          /* dependency of node[i] (0 for the source) */
    double *h;           /* 1 / d(source, node[i]) (0 for the source) */
    size_t cnt;
    size_t j;            /* index of the source in the job */
} result_t;

/* A thread's working memory; dist == 0 means not reached yet. */
typedef struct {
    double *dist;        /* 1 + distance from the source */
    double *sigma;       /* shortest paths from the source */
    double *delta;       /* dependency */
    uint32_t *head;      /* first predecessor entry, NONE */
    uint32_t *hpos;      /* position in the heap */
    double *hkey;        /* 4-ary min-heap of reached, unsettled nodes */
    uint32_t *hnode;
    size_t hsize;
    uint32_t *pnode;     /* predecessor entries: node, next entry */
    uint32_t *pnext;
    result_t r[2];       /* one being filled, one waiting for its turn */
} ws_t;

typedef struct {
    const spec_graph_t *g;
    const brandes_job_t *job;
    const double *wdist; /* 1 / weight of the stored non-1 weights */
    double minlen;       /* shortest edge length */
    size_t k;
    int want_bc, want_h;
    atomic_size_t next;  /* next source index to claim */
    pthread_mutex_t mu;
    pthread_cond_t cv;
    size_t turn;         /* index of the source whose result goes next */
} ctx_t;

static void ws_free(ws_t *w)
{
    free(w->dist);
    free(w->sigma);
    free(w->delta);
    free(w->head);
    free(w->hpos);
    free(w->hkey);
    free(w->hnode);
    free(w->pnode);
    free(w->pnext);
    for (int i = 0; i < 2; i++) {
        free(w->r[i].node);
        free(w->r[i].bc);
        free(w->r[i].h);
    }
    memset(w, 0, sizeof *w);
}

static int ws_alloc(ws_t *w, size_t n, size_t nnz, int want_bc, int want_h)
{
    memset(w, 0, sizeof *w);
    size_t n1 = n ? n : 1, m1 = nnz ? nnz : 1;
    int ok = (w->dist = calloc(n1, sizeof *w->dist)) &&
             (w->hpos = malloc(n1 * sizeof *w->hpos)) &&
             (w->hkey = malloc(n1 * sizeof *w->hkey)) &&
             (w->hnode = malloc(n1 * sizeof *w->hnode));
    if (ok && want_bc)
        ok = (w->sigma = malloc(n1 * sizeof *w->sigma)) &&
             (w->delta = calloc(n1, sizeof *w->delta)) &&
             (w->head = malloc(n1 * sizeof *w->head)) &&
             (w->pnode = malloc(m1 * sizeof *w->pnode)) &&
             (w->pnext = malloc(m1 * sizeof *w->pnext));
    for (int i = 0; ok && i < 2; i++) {
        ok = (w->r[i].node = malloc(n1 * sizeof *w->r[i].node)) != NULL;
        if (ok && want_bc)
            ok = (w->r[i].bc = malloc(n1 * sizeof *w->r[i].bc)) != NULL;
        if (ok && want_h)
            ok = (w->r[i].h = malloc(n1 * sizeof *w->r[i].h)) != NULL;
    }
    if (!ok) ws_free(w);
    return ok ? 0 : -1;
}

/* Heap: node v with key at position i moves up while its parent is
 * larger. */
__attribute__((always_inline))
static inline void heap_up(ws_t *w, size_t i, uint32_t v, double key)
{
    while (i > 0) {
        size_t p = (i - 1) / 4;
        if (w->hkey[p] <= key) break;
        w->hkey[i] = w->hkey[p];
        w->hnode[i] = w->hnode[p];
        w->hpos[w->hnode[i]] = (uint32_t)i;
        i = p;
    }
    w->hkey[i] = key;
    w->hnode[i] = v;
    w->hpos[v] = (uint32_t)i;
}

/* Removes and returns the node with the smallest key. */
static inline uint32_t heap_pop(ws_t *w)
{
    uint32_t top = w->hnode[0];
    size_t size = --w->hsize;
    if (size == 0) return top;
    double key = w->hkey[size];
    uint32_t v = w->hnode[size];
    size_t i = 0;
    for (;;) {
        size_t c = 4 * i + 1;
        if (c >= size) break;
        size_t end = c + 4 < size ? c + 4 : size, best = c;
        double bk = w->hkey[c];
        for (size_t x = c + 1; x < end; x++)
            if (w->hkey[x] < bk) {
                bk = w->hkey[x];
                best = x;
            }
        if (bk >= key) break;
        w->hkey[i] = bk;
        w->hnode[i] = w->hnode[best];
        w->hpos[w->hnode[i]] = (uint32_t)i;
        i = best;
    }
    w->hkey[i] = key;
    w->hnode[i] = v;
    w->hpos[v] = (uint32_t)i;
    return top;
}

/* Offers the path through u (sigma su, entry count *np) of length alt to
 * v.  With bc, ties to PATH_EPS add u as a predecessor; without, only a
 * strictly shorter path counts (igraph's harmonic closeness). */
__attribute__((always_inline))
static inline void relax(ws_t *w, int bc, uint32_t u, double su, uint32_t v,
                         double alt, uint32_t *np)
{
    double cur = w->dist[v];
    if (cur == 0) {
        w->dist[v] = alt;
        if (bc) {
            w->sigma[v] = su;
            w->pnode[*np] = u;
            w->pnext[*np] = NONE;
            w->head[v] = (*np)++;
        }
        heap_up(w, w->hsize++, v, alt);
        return;
    }
    /* Most offers are clearly longer: no division for them. */
    if (alt - cur > 4 * PATH_EPS * (alt + cur)) return;
    int c = bc ? len_cmp(alt, cur) : (alt < cur ? -1 : 1);
    if (c < 0) {
        w->dist[v] = alt;
        if (bc) {
            w->sigma[v] = su;
            w->pnode[*np] = u;
            w->pnext[*np] = NONE;
            w->head[v] = (*np)++;
        }
        heap_up(w, w->hpos[v], v, alt);
    } else if (c == 0 && bc) {
        w->sigma[v] += su;
        w->pnode[*np] = u;
        w->pnext[*np] = w->head[v];
        w->head[v] = (*np)++;
    }
}

/* Offers u's neighbours the paths through u. */
__attribute__((always_inline))
static inline void scan(const ctx_t *c, ws_t *w, int bc, uint32_t u,
                        uint32_t *np)
{
    const spec_graph_t *g = c->g;
    const uint32_t *col = g->col;
    double du = w->dist[u];
    double su = bc ? w->sigma[u] : 0;
    size_t a = g->start[u], e = g->start[u + 1];
    size_t wb = e - (g->woff[u + 1] - g->woff[u]);
    /* The neighbours' distances are random accesses: ask for them
     * PF_AHEAD entries early. */
    size_t pf = a + PF_AHEAD < e ? a + PF_AHEAD : e;
    for (size_t j = a; j < pf; j++) __builtin_prefetch(&w->dist[col[j]]);
    for (size_t j = a; j < wb; j++) {
        if (j + PF_AHEAD < e) __builtin_prefetch(&w->dist[col[j + PF_AHEAD]]);
        relax(w, bc, u, su, col[j], du + 1.0, np);
    }
    const double *wd = c->wdist + g->woff[u];
    for (size_t j = wb; j < e; j++) {
        if (j + PF_AHEAD < e) __builtin_prefetch(&w->dist[col[j + PF_AHEAD]]);
        relax(w, bc, u, su, col[j], du + wd[j - wb], np);
    }
}

/* One search from s into r; the working arrays are clean again after. */
__attribute__((always_inline))
static inline void search(const ctx_t *c, ws_t *w, int bc, uint32_t s,
                          result_t *r)
{
    const size_t *start = c->g->start, *woff = c->g->woff;
    const uint32_t *col = c->g->col;
    uint32_t *order = r->node;
    size_t cnt = 0;
    uint32_t np = 0;
    w->dist[s] = 1.0;
    if (bc) {
        w->sigma[s] = 1.0;
        w->head[s] = NONE;
    }
    w->hsize = 0;
    heap_up(w, w->hsize++, s, 1.0);
    while (w->hsize) {
        /* Every node within one shortest edge of the minimum is final:
         * no path through another such node can reach it (the margin
         * keeps ties to PATH_EPS out too).  They are settled together so
         * that their rows are fetched ahead while earlier ones are
         * scanned: the scan is bound by those memory accesses. */
        size_t b0 = cnt;
        double lim = (w->hkey[0] + c->minlen) * (1 - 8 * PATH_EPS);
        do order[cnt++] = heap_pop(w);
        while (w->hsize && w->hkey[0] < lim);
        size_t b1 = cnt;
        for (size_t i = b0; i < b1 && i < b0 + 2 * PF_NODES; i++)
            __builtin_prefetch(&start[order[i]]);
        for (size_t i = b0; i < b1 && i < b0 + PF_NODES; i++)
            __builtin_prefetch(&col[start[order[i]]]);
        for (size_t i = b0; i < b1; i++) {
            if (i + 2 * PF_NODES < b1) {
                uint32_t x = order[i + 2 * PF_NODES];
                __builtin_prefetch(&start[x]);
                __builtin_prefetch(&woff[x]);
            }
            if (i + PF_NODES < b1)
                __builtin_prefetch(&col[start[order[i + PF_NODES]]]);
            scan(c, w, bc, order[i], &np);
        }
    }
    r->cnt = cnt;
    if (bc) {
        /* Dependencies in reverse order of settlement: a node's
         * successors are all settled after it. */
        for (size_t i = cnt; i-- > 0;) {
            uint32_t v = order[i];
            double coeff = (1 + w->delta[v]) / w->sigma[v];
            for (uint32_t x = w->head[v]; x != NONE; x = w->pnext[x]) {
                uint32_t p = w->pnode[x];
                w->delta[p] += w->sigma[p] * coeff;
            }
            r->bc[i] = w->delta[v];
        }
        r->bc[0] = 0; /* the source */
    }
    if (c->want_h) r->h[0] = 0;
    for (size_t i = 0; i < cnt; i++) {
        uint32_t v = order[i];
        if (c->want_h && i) r->h[i] = 1.0 / (w->dist[v] - 1.0);
        w->dist[v] = 0;
        if (bc) w->delta[v] = 0;
    }
}

/* Adds r to the totals when it is r's turn; without wait, returns 0 at
 * once when it is not. */
static int commit(ctx_t *c, const result_t *r, int wait)
{
    pthread_mutex_lock(&c->mu);
    while (c->turn != r->j) {
        if (!wait) {
            pthread_mutex_unlock(&c->mu);
            return 0;
        }
        pthread_cond_wait(&c->cv, &c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    /* Only the thread whose turn it is writes the totals; the turn passes
     * through the mutex. */
    double *bc = c->job->betweenness, *h = c->job->harmonic;
    double *bsq = bc ? c->job->betweenness_sq : NULL;
    for (size_t i = 0; i < r->cnt; i++) {
        uint32_t v = r->node[i];
        if (bc) bc[v] += r->bc[i];
        if (bsq) bsq[v] += r->bc[i] * r->bc[i];
        if (h) h[v] += r->h[i];
    }
    pthread_mutex_lock(&c->mu);
    c->turn++;
    pthread_cond_broadcast(&c->cv);
    pthread_mutex_unlock(&c->mu);
    return 1;
}

typedef struct {
    ctx_t *c;
    ws_t w;
} worker_t;

/* Claims sources in turn; keeps at most one finished result waiting for
 * its turn while it computes the next, so a slow source on another thread
 * costs little waiting. */
static void *worker(void *arg)
{
    worker_t *wk = arg;
    ctx_t *c = wk->c;
    ws_t *w = &wk->w;
    int pend = -1;
    for (;;) {
        size_t j = atomic_fetch_add(&c->next, 1);
        if (j >= c->k) break;
        int cur = pend == 0 ? 1 : 0;
        uint32_t s = c->job->sources ? c->job->sources[j] : (uint32_t)j;
        w->r[cur].j = j;
        if (c->want_bc) search(c, w, 1, s, &w->r[cur]);
        else search(c, w, 0, s, &w->r[cur]);
        if (pend >= 0) {
            commit(c, &w->r[pend], 1);
            pend = -1;
        }
        if (!commit(c, &w->r[cur], 0)) pend = cur;
    }
    if (pend >= 0) commit(c, &w->r[pend], 1);
    return NULL;
}

int brandes_run(const spec_graph_t *g, const brandes_job_t *job)
{
    size_t n = g->n;
    size_t k = job->sources ? job->k : n;
    if (job->betweenness) memset(job->betweenness, 0, n * sizeof(double));
    if (job->harmonic) memset(job->harmonic, 0, n * sizeof(double));
    if (job->betweenness && job->betweenness_sq)
        memset(job->betweenness_sq, 0, n * sizeof(double));
    if (n == 0 || k == 0 || (!job->betweenness && !job->harmonic)) return 0;
    ctx_t c;
    memset(&c, 0, sizeof c);
    c.g = g;
    c.job = job;
    c.k = k;
    c.want_bc = job->betweenness != NULL;
    c.want_h = job->harmonic != NULL;
    atomic_init(&c.next, 0);
    size_t nw = g->woff[n];
    double *wdist = malloc((nw ? nw : 1) * sizeof *wdist);
    if (!wdist) return -1;
    c.minlen = nw < g->nnz ? 1.0 : INFINITY;
    for (size_t i = 0; i < nw; i++) {
        wdist[i] = 1.0 / g->wval[i];
        if (wdist[i] < c.minlen) c.minlen = wdist[i];
    }
    c.wdist = wdist;

    int t = job->threads;
    if (t <= 0)
        t = (double)k * (double)(g->nnz + n) >= PAR_MIN_WORK ? threads_allowed()
                                                             : 1;
    if ((size_t)t > k) t = (int)k;
    worker_t *wk = calloc((size_t)t, sizeof *wk);
    if (!wk) {
        free(wdist);
        return -1;
    }
    /* All memory first (a thread cannot report); a thread without memory
     * is simply not started: the others take its sources. */
    int have = 0;
    while (have < t && ws_alloc(&wk[have].w, n, g->nnz, c.want_bc, c.want_h) == 0) {
        wk[have].c = &c;
        have++;
    }
    int rc = 0;
    if (have == 0) {
        rc = -1;
    } else {
        pthread_mutex_init(&c.mu, NULL);
        pthread_cond_init(&c.cv, NULL);
        pthread_t *th = malloc((size_t)have * sizeof *th);
        int started = 1;
        if (th)
            while (started < have &&
                   pthread_create(&th[started], NULL, worker, &wk[started]) == 0)
                started++;
        worker(&wk[0]);
        for (int i = 1; i < started; i++) pthread_join(th[i], NULL);
        free(th);
        pthread_cond_destroy(&c.cv);
        pthread_mutex_destroy(&c.mu);
        if (job->betweenness)
            for (size_t v = 0; v < n; v++) job->betweenness[v] *= 0.5;
    }
    for (int i = 0; i < have; i++) ws_free(&wk[i].w);
    free(wk);
    free(wdist);
    return rc;
}
