#include "net/net.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/buf.h"
#include "util/diag.h"

void net_opts_init(net_opts_t *o)
{
    memset(o, 0, sizeof *o);
}

void net_init(net_t *net, const net_opts_t *opts)
{
    memset(net, 0, sizeof *net);
    if (opts) net->opts = *opts;
    else net_opts_init(&net->opts);
    strtab_init(&net->keys);
    strtab_init(&net->names);
    strtab_init(&net->text);
    buf_init(&net->keybuf);
}

void net_destroy(net_t *net)
{
    for (size_t i = 0; i < net->nedges; i++) free(net->edges[i].years_heap);
    free(net->edges);
    free(net->actors);
    free(net->pair_slots);
    free(net->events);
    strtab_destroy(&net->keys);
    strtab_destroy(&net->names);
    strtab_destroy(&net->text);
    buf_destroy(&net->keybuf);
    memset(net, 0, sizeof *net);
}

/* The merge key of a name: kind + case-folded name without diacritics, so
 * that "Köhler", "KÖHLER" and "Kohler" are one actor.  ASCII names (the
 * bulk of event datasets) take a fast path without allocation. */
static int actor_key(const char *name, int kind, buf_t *key)
{
    buf_clear(key);
    size_t n = strlen(name);
    if (buf_reserve(key, n + 1) < 0) return -1;
    char *out = key->data;
    out[0] = (char)('0' + kind);
    const unsigned char *p = (const unsigned char *)name;
    size_t i = 0;
    for (; i < n && p[i] < 0x80; i++)
        out[i + 1] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
    if (i == n) {
        key->len = n + 1;
        out[n + 1] = '\0';
        return 0;
    }
    utf8proc_uint8_t *mapped = NULL;
    utf8proc_ssize_t m = utf8proc_map(
        p, 0, &mapped,
        UTF8PROC_NULLTERM | UTF8PROC_STABLE | UTF8PROC_COMPOSE |
            UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK);
    key->len = 1;
    if (m < 0) /* not valid UTF-8 (readers reject that earlier): raw bytes */
        return buf_append(key, name, n);
    int rc = buf_append(key, (const char *)mapped, (size_t)m);
    free(mapped);
    return rc;
}

static long intern_actor(net_t *net, const char *name, ev_kind_t kind)
{
    buf_t *k = &net->keybuf; /* reused: no per-event allocation */
    if (actor_key(name, (int)kind, k) < 0) return -1;
    int added = 0;
    long id = strtab_intern(&net->keys, k->data, k->len, &added);
    if (id < 0) return -1;
    if (!added) return id;
    if (net->nactors == net->capactors) {
        size_t cap = net->capactors ? net->capactors * 2 : 256;
        net_actor_t *a = realloc(net->actors, cap * sizeof *a);
        if (!a) return -1;
        net->actors = a;
        net->capactors = cap;
    }
    long nid = strtab_intern(&net->names, name, strlen(name), NULL);
    if (nid < 0) return -1;
    net_actor_t *a = &net->actors[net->nactors++];
    memset(a, 0, sizeof *a);
    a->name = (uint32_t)nid;
    a->kind = kind;
    return id;
}

static uint64_t pair_hash(uint32_t a, uint32_t b)
{
    uint64_t x = ((uint64_t)a << 32) | b;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb3f99ed558c5ULL;
    x ^= x >> 33;
    return x;
}

static int grow_pairs(net_t *net)
{
    size_t ns = net->npair_slots ? net->npair_slots * 2 : 1024;
    net_pair_slot_t *slots = calloc(ns, sizeof *slots);
    if (!slots) return -1;
    for (size_t i = 0; i < net->npair_slots; i++) {
        net_pair_slot_t s = net->pair_slots[i];
        if (!s.id) continue;
        size_t j = pair_hash((uint32_t)(s.key >> 32), (uint32_t)s.key) & (ns - 1);
        while (slots[j].id) j = (j + 1) & (ns - 1);
        slots[j] = s;
    }
    free(net->pair_slots);
    net->pair_slots = slots;
    net->npair_slots = ns;
    return 0;
}

static long find_edge(const net_t *net, uint32_t a, uint32_t b, size_t *slot)
{
    if (!net->npair_slots) return -1;
    size_t mask = net->npair_slots - 1;
    uint64_t key = (uint64_t)a << 32 | b;
    for (size_t i = pair_hash(a, b) & mask;; i = (i + 1) & mask) {
        const net_pair_slot_t *s = &net->pair_slots[i];
        if (!s->id) {
            if (slot) *slot = i;
            return -1;
        }
        if (s->key == key) return (long)(s->id - 1);
    }
}

static long get_edge(net_t *net, uint32_t a, uint32_t b)
{
    size_t slot = 0;
    long id = find_edge(net, a, b, &slot);
    if (id >= 0) return id;
    if ((net->nedges + 1) * 4 > net->npair_slots * 3) {
        if (grow_pairs(net) < 0) return -1;
        find_edge(net, a, b, &slot);
    }
    if (net->nedges == net->capedges) {
        size_t cap = net->capedges ? net->capedges * 2 : 256;
        net_edge_t *e = realloc(net->edges, cap * sizeof *e);
        if (!e) return -1;
        net->edges = e;
        net->capedges = cap;
    }
    net_edge_t *e = &net->edges[net->nedges];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    e->first_event = e->last_event = NET_NONE;
    net->pair_slots[slot].key = (uint64_t)a << 32 | b;
    net->pair_slots[slot].id = (uint32_t)(net->nedges + 1);
    return (long)net->nedges++;
}

static int add_year(net_edge_t *e, short y)
{
    short *ys = e->nyears <= NET_INLINE_YEARS && !e->years_heap
                    ? e->years_inline : e->years_heap;
    size_t i = 0;
    while (i < e->nyears && ys[i] < y) i++;
    if (i < e->nyears && ys[i] == y) return 0;
    if (e->nyears == UINT16_MAX) return 0; /* more years than exist */
    if (!e->years_heap && e->nyears == NET_INLINE_YEARS) {
        short *h = malloc(8 * sizeof *h);
        if (!h) return -1;
        memcpy(h, e->years_inline, sizeof e->years_inline);
        e->years_heap = h;
        e->capyears = 8;
        ys = h;
    } else if (e->years_heap && e->nyears == e->capyears) {
        short *h = realloc(e->years_heap, (size_t)e->capyears * 2 * sizeof *h);
        if (!h) return -1;
        e->years_heap = h;
        e->capyears *= 2;
        ys = h;
    }
    memmove(ys + i + 1, ys + i, (e->nyears - i) * sizeof *ys);
    ys[i] = y;
    e->nyears++;
    return 0;
}

const short *net_edge_years(const net_edge_t *e, size_t *n)
{
    *n = e->nyears;
    return e->years_heap ? e->years_heap : e->years_inline;
}

static int passes_filters(const net_opts_t *o, const ev_event_t *ev)
{
    if (o->relation_mask && !(o->relation_mask & (1u << ev->relation)))
        return 0;
    if (o->since.year || o->until.year) {
        if (!ev->start.year) return 0;
        long first = ev_date_first_day(ev->start);
        long last = ev_date_last_day(ev->end.year ? ev->end : ev->start);
        if (o->since.year && last < ev_date_first_day(o->since)) return 0;
        if (o->until.year && first > ev_date_last_day(o->until)) return 0;
    }
    return 1;
}

static int keep_event(net_t *net, net_edge_t *e, const ev_event_t *ev,
                      uint32_t src, uint32_t dst)
{
    if (net->nevents == net->capevents) {
        size_t cap = net->capevents ? net->capevents * 2 : 256;
        net_event_t *v = realloc(net->events, cap * sizeof *v);
        if (!v) return -1;
        net->events = v;
        net->capevents = cap;
    }
    long place = strtab_intern(&net->text, ev->place ? ev->place : "",
                               ev->place ? strlen(ev->place) : 0, NULL);
    long doc = strtab_intern(&net->text, ev->doc ? ev->doc : "",
                             ev->doc ? strlen(ev->doc) : 0, NULL);
    long evi = strtab_intern(&net->text, ev->evidence ? ev->evidence : "",
                             ev->evidence ? strlen(ev->evidence) : 0, NULL);
    if (place < 0 || doc < 0 || evi < 0) return -1;
    uint32_t id = (uint32_t)net->nevents++;
    net_event_t *k = &net->events[id];
    k->source = src;
    k->target = dst;
    k->relation = ev->relation;
    k->start = ev->start;
    k->end = ev->end;
    k->place = (uint32_t)place;
    k->doc = (uint32_t)doc;
    k->evidence = (uint32_t)evi;
    k->line = ev->line;
    k->next = NET_NONE;
    if (e->last_event == NET_NONE) e->first_event = id;
    else net->events[e->last_event].next = id;
    e->last_event = id;
    e->nkept++;
    return 0;
}

int net_add_event(const ev_event_t *ev, void *ctx)
{
    net_t *net = ctx;
    net->nread++;
    if (!passes_filters(&net->opts, ev)) {
        net->nfiltered++;
        return DN_OK;
    }
    long s = intern_actor(net, ev->source, ev->source_kind);
    long t = s < 0 ? -1 : intern_actor(net, ev->target, ev->target_kind);
    if (s < 0 || t < 0) return diag_nomem("actors");
    if (s == t) {
        net->nselfloops++;
        return DN_OK;
    }
    uint32_t a = (uint32_t)(s < t ? s : t), b = (uint32_t)(s < t ? t : s);
    long eid = get_edge(net, a, b);
    if (eid < 0) return diag_nomem("edges");
    net_edge_t *e = &net->edges[eid];
    if (e->count[ev->relation] < UINT32_MAX) e->count[ev->relation]++;
    if (e->total < UINT32_MAX) e->total++;
    net->actors[s].events++;
    net->actors[t].events++;
    if (ev->relation == EV_REL_VISIT) {
        net->actors[s].visits_made++;
        net->actors[t].visits_hosted++;
        if ((uint32_t)s == a) e->visits_ab++;
        else e->visits_ba++;
    }
    if (ev->start.year && add_year(e, ev->start.year) < 0)
        return diag_nomem("years");
    if (ev->end.year && ev->end.year != ev->start.year) {
        for (int y = ev->start.year + 1; y <= ev->end.year && y - ev->start.year < 200; y++)
            if (add_year(e, (short)y) < 0) return diag_nomem("years");
    }
    if (e->nkept < net->opts.max_events_per_edge &&
        keep_event(net, e, ev, (uint32_t)s, (uint32_t)t) < 0)
        return diag_nomem("evidence");
    return DN_OK;
}

int net_add_events(const ev_event_t *evs, size_t n, void *ctx)
{
    for (size_t i = 0; i < n; i++) {
        int rc = net_add_event(&evs[i], ctx);
        if (rc) return rc;
    }
    return DN_OK;
}

long net_find_actor(const net_t *net, const char *name, int kind)
{
    buf_t key;
    buf_init(&key);
    long found = -1;
    for (int k = 0; k < EV_KIND_COUNT && found < 0; k++) {
        if (kind >= 0 && k != kind) continue;
        if (actor_key(name, k, &key) < 0) break;
        found = strtab_find(&net->keys, key.data, key.len);
    }
    buf_destroy(&key);
    return found;
}

const char *net_actor_name(const net_t *net, size_t actor)
{
    return strtab_str(&net->names, net->actors[actor].name);
}

const net_edge_t *net_edge_between(const net_t *net, uint32_t a, uint32_t b)
{
    if (a > b) { uint32_t t = a; a = b; b = t; }
    long id = find_edge(net, a, b, NULL);
    return id < 0 ? NULL : &net->edges[id];
}

uint32_t net_edge_weight(const net_edge_t *e, int with_affiliations)
{
    return with_affiliations ? e->total
                             : e->total - e->count[EV_REL_AFFILIATION];
}

/* Re-adds an edge's counts under new ids (used by net_induce). */
static int copy_edge(const net_t *net, const net_edge_t *e, net_t *sub,
                     const uint32_t *map)
{
    uint32_t a = map[e->a], b = map[e->b];
    long eid = get_edge(sub, a < b ? a : b, a < b ? b : a);
    if (eid < 0) return -1;
    net_edge_t *d = &sub->edges[eid];
    memcpy(d->count, e->count, sizeof d->count);
    d->total = e->total;
    /* map is monotonic, so a < b keeps its orientation */
    d->visits_ab = e->visits_ab;
    d->visits_ba = e->visits_ba;
    size_t ny;
    const short *ys = net_edge_years(e, &ny);
    for (size_t i = 0; i < ny; i++)
        if (add_year(d, ys[i]) < 0) return -1;
    for (uint32_t k = e->first_event; k != NET_NONE; k = net->events[k].next) {
        const net_event_t *x = &net->events[k];
        ev_event_t ev;
        memset(&ev, 0, sizeof ev);
        ev.relation = x->relation;
        ev.start = x->start;
        ev.end = x->end;
        ev.place = strtab_str(&net->text, x->place);
        ev.doc = strtab_str(&net->text, x->doc);
        ev.evidence = strtab_str(&net->text, x->evidence);
        ev.line = x->line;
        if (keep_event(sub, d, &ev, map[x->source], map[x->target]) < 0)
            return -1;
    }
    return 0;
}

int net_induce(const net_t *net, const unsigned char *keep, net_t *sub,
               uint32_t *map_out)
{
    net_opts_t o = net->opts;
    net_init(sub, &o);
    uint32_t *map = map_out ? map_out : malloc((net->nactors + 1) * sizeof *map);
    if (!map) return diag_nomem("subnetwork");
    int rc = DN_OK;
    for (size_t i = 0; i < net->nactors; i++) {
        map[i] = NET_NONE;
        if (!keep[i]) continue;
        const net_actor_t *a = &net->actors[i];
        long id = intern_actor(sub, net_actor_name(net, i), a->kind);
        if (id < 0) { rc = diag_nomem("subnetwork"); goto out; }
        map[i] = (uint32_t)id;
        sub->actors[id].visits_made = a->visits_made;
        sub->actors[id].visits_hosted = a->visits_hosted;
        sub->actors[id].events = a->events;
    }
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        if (map[e->a] == NET_NONE || map[e->b] == NET_NONE) continue;
        if (copy_edge(net, e, sub, map) < 0) {
            rc = diag_nomem("subnetwork");
            goto out;
        }
    }
    /* Visits made/hosted count only within the subnetwork. */
    for (size_t i = 0; i < sub->nactors; i++)
        sub->actors[i].visits_made = sub->actors[i].visits_hosted =
            sub->actors[i].events = 0;
    for (size_t i = 0; i < sub->nedges; i++) {
        net_edge_t *e = &sub->edges[i];
        sub->actors[e->a].visits_made += e->visits_ab;
        sub->actors[e->b].visits_hosted += e->visits_ab;
        sub->actors[e->b].visits_made += e->visits_ba;
        sub->actors[e->a].visits_hosted += e->visits_ba;
        sub->actors[e->a].events += e->total;
        sub->actors[e->b].events += e->total;
    }
    sub->nread = net->nread;
    sub->nfiltered = net->nfiltered;
    sub->nselfloops = net->nselfloops;
out:
    if (!map_out) free(map);
    if (rc) net_destroy(sub);
    return rc;
}

int net_incidence(const net_t *net, const unsigned char *use,
                  uint32_t **start_out, uint32_t **list_out)
{
    size_t n = net->nactors, m = net->nedges;
    uint32_t *start = calloc(n + 1, sizeof *start);
    uint32_t *list = malloc((2 * m + 1) * sizeof *list);
    uint32_t *fill = calloc(n + 1, sizeof *fill);
    if (!start || !list || !fill) {
        free(start); free(list); free(fill);
        return diag_nomem("adjacency");
    }
    for (size_t j = 0; j < m; j++) {
        if (use && !use[j]) continue;
        start[net->edges[j].a + 1]++;
        start[net->edges[j].b + 1]++;
    }
    for (size_t i = 0; i < n; i++) start[i + 1] += start[i];
    for (size_t j = 0; j < m; j++) {
        if (use && !use[j]) continue;
        const net_edge_t *e = &net->edges[j];
        list[start[e->a] + fill[e->a]++] = (uint32_t)j;
        list[start[e->b] + fill[e->b]++] = (uint32_t)j;
    }
    free(fill);
    *start_out = start;
    *list_out = list;
    return DN_OK;
}

int net_ego_mask(const net_t *net, uint32_t ego, int depth,
                 int with_affiliations, unsigned char *keep)
{
    size_t n = net->nactors, m = net->nedges;
    memset(keep, 0, n);
    unsigned char *use = malloc(m + 1);
    uint32_t *queue = malloc((n + 1) * sizeof *queue);
    int *dist = malloc((n + 1) * sizeof *dist);
    uint32_t *start = NULL, *list = NULL;
    int rc = DN_OK;
    if (!use || !queue || !dist) rc = diag_nomem("ego network");
    for (size_t j = 0; !rc && j < m; j++)
        use[j] = net_edge_weight(&net->edges[j], with_affiliations) > 0;
    if (!rc) rc = net_incidence(net, use, &start, &list);
    if (!rc) {
        for (size_t i = 0; i < n; i++) dist[i] = -1;
        size_t head = 0, tail = 0;
        queue[tail++] = ego;
        dist[ego] = 0;
        keep[ego] = 1;
        while (head < tail) {
            uint32_t v = queue[head++];
            if (dist[v] >= depth) continue;
            for (uint32_t k = start[v]; k < start[v + 1]; k++) {
                const net_edge_t *e = &net->edges[list[k]];
                uint32_t w = e->a == v ? e->b : e->a;
                if (dist[w] >= 0) continue;
                dist[w] = dist[v] + 1;
                keep[w] = 1;
                queue[tail++] = w;
            }
        }
    }
    free(use); free(queue); free(dist); free(start); free(list);
    return rc;
}

/* The folded form of a name (the merge key without its kind digit). */
static int fold(const char *name, buf_t *out)
{
    if (actor_key(name, 0, out) < 0) return -1;
    memmove(out->data, out->data + 1, out->len); /* drop the kind digit */
    out->len--;
    return 0;
}

static const char *last_word(const char *s)
{
    const char *w = strrchr(s, ' ');
    return w ? w + 1 : s;
}

/* Strips one German case ending from the last word, when what is left is
 * still a plausible name (at least three letters). */
static int strip_inflection(buf_t *b)
{
    static const char *const endings[] = {"ns", "es", "en", "s", "n"};
    const char *lw = last_word(b->data);
    size_t wl = strlen(lw);
    for (size_t i = 0; i < sizeof endings / sizeof endings[0]; i++) {
        size_t el = strlen(endings[i]);
        if (wl >= el + 3 && !strcmp(lw + wl - el, endings[i])) {
            b->len -= el;
            b->data[b->len] = '\0';
            return 1;
        }
    }
    return 0;
}

static long add_cand(uint32_t id, uint32_t *cand, size_t maxcand, size_t *n)
{
    for (size_t i = 0; i < *n && i < maxcand; i++)
        if (cand[i] == id) return 0;
    if (*n < maxcand) cand[*n] = id;
    (*n)++;
    return 0;
}

long net_match_actor(const net_t *net, const char *query, uint32_t *cand,
                     size_t maxcand, size_t *ncand)
{
    *ncand = 0;
    long id = net_find_actor(net, query, -1);
    if (id >= 0) return id;
    buf_t q, a;
    buf_init(&q);
    buf_init(&a);
    long found = -1;
    if (fold(query, &q) < 0) goto out;
    /* 1. an inflected form of a whole name */
    buf_t stem;
    buf_init(&stem);
    if (buf_append(&stem, q.data, q.len) == 0 && strip_inflection(&stem)) {
        for (size_t i = 0; i < net->nactors && found < 0; i++) {
            if (fold(net_actor_name(net, i), &a) < 0) break;
            if (!strcmp(a.data, stem.data)) found = (long)i;
        }
    }
    if (found >= 0) { buf_destroy(&stem); goto out; }
    /* 2. the last name (with an optional first name or initial) */
    const char *qlast = last_word(stem.len ? stem.data : q.data);
    const char *qlast_raw = last_word(q.data);
    int qmulti = strchr(q.data, ' ') != NULL;
    for (size_t i = 0; i < net->nactors; i++) {
        if (fold(net_actor_name(net, i), &a) < 0) break;
        const char *al = last_word(a.data);
        if (strcmp(al, qlast) && strcmp(al, qlast_raw)) continue;
        if (qmulti && a.data[0] != q.data[0]) continue; /* initials differ */
        add_cand((uint32_t)i, cand, maxcand, ncand);
    }
    if (*ncand == 0) {
        /* 3. a part of one name */
        for (size_t i = 0; i < net->nactors; i++) {
            if (fold(net_actor_name(net, i), &a) < 0) break;
            if (q.len >= 3 && strstr(a.data, q.data))
                add_cand((uint32_t)i, cand, maxcand, ncand);
        }
    }
    buf_destroy(&stem);
    if (*ncand == 1) {
        found = cand[0];
        *ncand = 0;
    } else if (*ncand > 1) found = -2;
out:
    buf_destroy(&q);
    buf_destroy(&a);
    return found;
}
