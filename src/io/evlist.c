#include "io/evlist.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util/buf.h"
#include "util/diag.h"

void evlist_init(evlist_t *l)
{
    memset(l, 0, sizeof *l);
    strtab_init(&l->strs);
    pairindex_init(&l->idx);
}

void evlist_destroy(evlist_t *l)
{
    strtab_destroy(&l->strs);
    pairindex_destroy(&l->idx);
    free(l->items);
    memset(l, 0, sizeof *l);
}

static long intern(evlist_t *l, const char *s)
{
    if (!s) s = "";
    return strtab_intern(&l->strs, s, strlen(s), NULL);
}

/* Two dates are compatible when either is unknown or one's range lies
 * inside the other's (2012-02 and 2012-02-07). */
static int dates_compatible(ev_date_t as, ev_date_t ae, ev_date_t bs,
                            ev_date_t be)
{
    if (!as.year || !bs.year) return 1;
    long a0 = ev_date_first_day(as), a1 = ev_date_last_day(ae.year ? ae : as);
    long b0 = ev_date_first_day(bs), b1 = ev_date_last_day(be.year ? be : bs);
    return (a0 <= b0 && b1 <= a1) || (b0 <= a0 && a1 <= b1);
}

static long span_days(ev_date_t s, ev_date_t e)
{
    if (!s.year) return 1L << 40;
    return ev_date_last_day(e.year ? e : s) - ev_date_first_day(s);
}

static int same_actors(const evlist_item_t *it, const ev_event_t *ev,
                       long s, long t)
{
    if (it->relation != ev->relation) return 0;
    if (it->source == (uint32_t)s && it->target == (uint32_t)t &&
        it->source_kind == ev->source_kind && it->target_kind == ev->target_kind)
        return 1;
    return ev_relation_undirected(ev->relation) && it->source == (uint32_t)t &&
           it->target == (uint32_t)s && it->source_kind == ev->target_kind &&
           it->target_kind == ev->source_kind;
}

/* The extractor's date_source column of ev as EV_DS_*, kept through
 * merging. */
static uint8_t date_source_of(const ev_event_t *ev)
{
    for (size_t i = 0; i < ev->extra.n; i++) {
        if (strcmp(ev->extra.names[i], EV_DATE_SOURCE_NAME[0])) continue;
        for (uint8_t k = EV_DS_TEXT; k <= EV_DS_ARTICLE; k++)
            if (!strcmp(ev->extra.values[i], EV_DATE_SOURCE_VALUE[k])) return k;
    }
    return EV_DS_NONE;
}

int evlist_add(const ev_event_t *ev, void *ctx)
{
    evlist_t *l = ctx;
    long s = intern(l, ev->source), t = intern(l, ev->target);
    if (s < 0 || t < 0) return diag_nomem("events");
    /* Only the earlier events of the same relation between the same two
     * actors can be the same event: their list, in arrival order. */
    int und = ev_relation_undirected(ev->relation);
    for (int32_t k = pairindex_first(&l->idx, ev->relation, (uint32_t)s, (uint32_t)t, und);
         k >= 0; k = pairindex_next(&l->idx, k)) {
        evlist_item_t *it = &l->items[l->idx.val[k]];
        /* Within one document the extractor has already decided: two equal
         * rows there are two events ("die beiden Besuche ... 2015"). */
        if (!strcmp(strtab_str(&l->strs, it->doc), ev->doc ? ev->doc : ""))
            continue;
        if (!same_actors(it, ev, s, t) ||
            !dates_compatible(it->start, it->end, ev->start, ev->end))
            continue;
        /* Counted lists ("sieben Besuche (1992, 1997 ...)") give distinct
         * dated events; two undated tellings of one event merge. */
        if (span_days(ev->start, ev->end) < span_days(it->start, it->end)
            || (it->date_source == EV_DS_ARTICLE && date_source_of(ev) == EV_DS_TEXT)) {
            it->start = ev->start;
            it->end = ev->end;
            it->date_source = date_source_of(ev);
        }
        if (ev->confidence > it->confidence) it->confidence = ev->confidence;
        if (!strtab_len(&l->strs, it->place) && ev->place && *ev->place) {
            long p = intern(l, ev->place);
            if (p < 0) return diag_nomem("events");
            it->place = (uint32_t)p;
        }
        const char *doc = ev->doc ? ev->doc : "";
        if (ev->line != it->line || strcmp(doc, strtab_str(&l->strs, it->doc))) {
            buf_t b;
            buf_init(&b);
            int bad = buf_puts(&b, strtab_str(&l->strs, it->evidence)) < 0 ||
                      buf_printf(&b, " [also %s:%ld]", doc, ev->line) < 0;
            long e = bad ? -1 : (long)strtab_intern(&l->strs, b.data, b.len, NULL);
            buf_destroy(&b);
            if (e < 0) return diag_nomem("events");
            it->evidence = (uint32_t)e;
        }
        l->merged++;
        return DN_OK;
    }
    if (l->n == l->cap) {
        size_t cap = l->cap ? l->cap * 2 : 64;
        evlist_item_t *v = realloc(l->items, cap * sizeof *v);
        if (!v) return diag_nomem("events");
        l->items = v;
        l->cap = cap;
    }
    long p = intern(l, ev->place), d = intern(l, ev->doc),
         e = intern(l, ev->evidence);
    if (p < 0 || d < 0 || e < 0) return diag_nomem("events");
    evlist_item_t *it = &l->items[l->n];
    it->source = (uint32_t)s;
    it->target = (uint32_t)t;
    it->source_kind = ev->source_kind;
    it->target_kind = ev->target_kind;
    it->relation = ev->relation;
    it->start = ev->start;
    it->end = ev->end;
    it->place = (uint32_t)p;
    it->doc = (uint32_t)d;
    it->evidence = (uint32_t)e;
    it->line = ev->line;
    it->confidence = ev->confidence;
    it->date_source = date_source_of(ev);
    it->order = l->n++;
    if (pairindex_add(&l->idx, ev->relation, (uint32_t)s, (uint32_t)t, und, (uint32_t)it->order) < 0) {
        l->n--;
        return diag_nomem("events");
    }
    return DN_OK;
}

uint64_t evlist_work(const evlist_t *l)
{
    return l->idx.work;
}

int evlist_emit(const evlist_t *l, ev_sink_fn sink, void *ctx)
{
    for (size_t i = 0; i < l->n; i++) {
        const evlist_item_t *it = &l->items[i];
        ev_event_t ev;
        memset(&ev, 0, sizeof ev);
        ev.source = strtab_str(&l->strs, it->source);
        ev.target = strtab_str(&l->strs, it->target);
        ev.source_kind = it->source_kind;
        ev.target_kind = it->target_kind;
        ev.relation = it->relation;
        ev.start = it->start;
        ev.end = it->end;
        ev.place = strtab_str(&l->strs, it->place);
        ev.doc = strtab_str(&l->strs, it->doc);
        ev.evidence = strtab_str(&l->strs, it->evidence);
        ev.line = it->line;
        ev.confidence = it->confidence;
        if (it->date_source)
            ev.extra = (ev_extra_t){ 1, EV_DATE_SOURCE_NAME, &EV_DATE_SOURCE_VALUE[it->date_source] };
        int rc = sink(&ev, ctx);
        if (rc) return rc;
    }
    return DN_OK;
}
