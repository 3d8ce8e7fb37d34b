/* dedup: the candidate events of a document and their deduplication.
 *
 * The rules add candidates (cand_add); at the end of a document the same
 * event told twice becomes one row: the same relation between the same two
 * actors (either order when undirected: util/pairindex.h, the key rule
 * io/evlist.c shares), overlapping dates, and not two events of one
 * trigger ("die beiden Besuche"); the row keeps the more precise date, the
 * first place given and the highest confidence.  Each candidate is compared
 * only with the earlier rows of its key, so a document of n candidates
 * costs n hash look-ups, not n^2 comparisons. */
#include "extract/dedup.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

int cand_add(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel,
             ev_date_t a, ev_date_t b, const char *place, size_t sent,
             double conf, int32_t trig)
{
    if (x->ncand == x->capcand) {
        size_t nc = x->capcand ? x->capcand * 2 : 64;
        cand_t *p = realloc(x->cand, nc * sizeof *p);
        if (!p) return diag_nomem("extract");
        x->cand = p;
        x->capcand = nc;
    }
    cand_t *c = &x->cand[x->ncand++];
    c->src = src;
    c->dst = dst;
    c->rel = rel;
    c->start = a;
    c->end = b;
    c->place = place;
    c->sent = (uint32_t)sent;
    c->conf = conf < 0.05 ? 0.05 : conf > 1 ? 1 : conf;
    c->trig = trig;
    c->dropped = 0;
    return DN_OK;
}

static void interval(ev_date_t a, ev_date_t b, long *lo, long *hi)
{
    *lo = ev_date_first_day(a);
    *hi = ev_date_last_day(b.year ? b : a);
}

static int dates_compatible(const cand_t *a, const cand_t *b)
{
    if (!a->start.year || !b->start.year) return 1;
    long al, ah, bl, bh;
    interval(a->start, a->end, &al, &ah);
    interval(b->start, b->end, &bl, &bh);
    return al <= bh && bl <= ah;
}

typedef struct {
    size_t cand;          /* representative */
    int32_t trig[8];
    int ntrig;
} row_t;

static int row_has_trig(const row_t *r, int32_t t)
{
    if (t < 0) return 0;
    for (int k = 0; k < r->ntrig; k++) if (r->trig[k] == t) return 1;
    return 0;
}

int dedup_emit(extractor_impl_t *x, const char *doc, ev_sink_fn sink, void *ctx)
{
    row_t *rows = malloc((x->ncand + 1) * sizeof *rows);
    if (!rows) return diag_nomem("extract");
    size_t nr = 0;
    pairindex_clear(&x->rowidx);
    for (size_t i = 0; i < x->ncand; i++) {
        cand_t *c = &x->cand[i];
        if (c->dropped) continue;
        /* the earlier rows of the same relation between the same two
         * actors (either order when undirected), in the order they came */
        int und = ev_relation_undirected(c->rel);
        int32_t e = pairindex_first(&x->rowidx, c->rel, (uint32_t)c->src, (uint32_t)c->dst, und);
        size_t r = nr;
        for (; e >= 0; e = pairindex_next(&x->rowidx, e)) {
            r = x->rowidx.val[e];
            cand_t *o = &x->cand[rows[r].cand];
            if (!dates_compatible(o, c) || row_has_trig(&rows[r], c->trig)) { r = nr; continue; }
            /* keep the more precise date and the higher confidence */
            long ol, oh, cl, ch;
            interval(o->start, o->end, &ol, &oh);
            interval(c->start, c->end, &cl, &ch);
            if (!o->start.year || (c->start.year && ch - cl < oh - ol)) {
                o->start = c->start;
                o->end = c->end;
            }
            if (!o->place && c->place) o->place = c->place;
            if (c->conf > o->conf) o->conf = c->conf;
            if (rows[r].ntrig < 8 && c->trig >= 0) rows[r].trig[rows[r].ntrig++] = c->trig;
            break;
        }
        if (r == nr) {
            if (pairindex_add(&x->rowidx, c->rel, (uint32_t)c->src, (uint32_t)c->dst, und,
                              (uint32_t)nr) < 0) {
                free(rows);
                return diag_nomem("extract");
            }
            rows[nr].cand = i;
            rows[nr].ntrig = 0;
            if (c->trig >= 0) rows[nr].trig[rows[nr].ntrig++] = c->trig;
            nr++;
        }
    }
    int rc = DN_OK;
    for (size_t r = 0; r < nr && !rc; r++) {
        const cand_t *c = &x->cand[rows[r].cand];
        const text_sent_t *se = &x->doc.sents[c->sent];
        buf_clear(&x->ev);
        if (buf_append(&x->ev, x->doc.s + se->off, se->end - se->off) < 0) { rc = diag_nomem("extract"); break; }
        ev_event_t ev;
        memset(&ev, 0, sizeof ev);
        ev.source = x->act[c->src].name;
        ev.source_kind = x->act[c->src].kind;
        ev.relation = c->rel;
        ev.target = x->act[c->dst].name;
        ev.target_kind = x->act[c->dst].kind;
        if (c->rel != EV_REL_AFFILIATION) {
            ev.start = c->start;
            ev.end = c->end;
        }
        ev.place = c->place ? c->place : "";
        ev.doc = doc;
        ev.line = se->line;
        ev.evidence = buf_cstr(&x->ev);
        ev.confidence = (double)(long)(c->conf * 100 + 0.5) / 100.0;
        rc = sink(&ev, ctx);
    }
    free(rows);
    return rc;
}

