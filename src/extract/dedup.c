/* dedup: the candidate events of a document and their deduplication.
 *
 * The rules add candidates (cand_add, candidate.c); at the end of a document the same
 * event told twice becomes one row: the same relation between the same two
 * actors (either order when undirected: util/pairindex.h, the key rule
 * io/evlist.c shares), overlapping dates, and not two of the events one
 * phrase tells at once ("die beiden Besuche"); the row keeps the more precise date, the
 * first place given and the highest confidence.  Each candidate is compared
 * only with the earlier rows of its key, so a document of n candidates
 * costs n hash look-ups, not n^2 comparisons. */
#include "extract/dedup.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/frame_affil.h"
#include "util/diag.h"

static void interval(ev_date_t a, ev_date_t b, long *lo, long *hi)
{
    *lo = ev_date_first_day(a);
    *hi = ev_date_last_day(b.year ? b : a);
}

/* 1 when the undated candidate u, told in the body in the present or
 * perfect, cannot be the dated event d: u stands for the article's day
 * (as its row will say), and d ended over a month before it ("empfing ihn
 * zu einem Gespräch" today; "hatte ihn im Oktober 2015 besucht").  A
 * headline's undated event may be any of the body's. */
static int undated_is_other(const extractor_impl_t *x, const cand_t *u, const cand_t *d)
{
    if (u->start.year || u->past || u->sent == 0 || !x->ref.year || !x->ref.day || !d->start.year) return 0;
    return ev_date_last_day(d->end.year ? d->end : d->start) + 31 < ev_date_first_day(x->ref);
}

static int dates_compatible(const extractor_impl_t *x, const cand_t *a, const cand_t *b)
{
    if (undated_is_other(x, a, b) || undated_is_other(x, b, a)) return 0;
    if (!a->start.year || !b->start.year) return 1;
    long al, ah, bl, bh;
    interval(a->start, a->end, &al, &ah);
    interval(b->start, b->end, &bl, &bh);
    return al <= bh && bl <= ah;
}

/* Two visits of one traveller to one state told with days at most two
 * days apart ("traf am Donnerstagabend ein", "wurde am Freitag empfangen")
 * are one trip: 1 when a and b are such days. */
static int same_trip(const cand_t *a, const cand_t *b)
{
    if (a->rel != EV_REL_VISIT || !a->start.day || !b->start.day) return 0;
    long al, ah, bl, bh;
    interval(a->start, a->end, &al, &ah);
    interval(b->start, b->end, &bl, &bh);
    return bl <= ah + 3 && al <= bh + 3;
}

/* A row and the ids of the "several at once" groups its candidates came
 * from.  Two frames that read one telling (a visit found by its place and
 * again as a summit guest) give one row, whatever trigger they share. */
typedef struct {
    size_t cand;          /* representative */
    int32_t many[8];
    int nmany;
    int body;             /* a candidate of it was told below the headline */
} row_t;

/* 1 when the text's first sentence is a headline: its first line,
 * standing alone before a blank line, with no full stop.  Headlines are
 * telegraphic ("Nehammer in Kairo, Schallenberg empfängt Mirsojan"): an
 * event they alone tell is not kept. */
static int has_headline(const extractor_impl_t *x)
{
    if (x->doc.nsent < 2) return 0;
    const text_sent_t *se = &x->doc.sents[0];
    if (!se->ntok) return 0;
    const text_tok_t *last = &x->doc.toks[se->tok + se->ntok - 1];
    if (last->type == TOK_PUNCT && (last->cp == '.' || last->cp == '!')) return 0;
    return x->doc.sents[1].line > se->line + 1;
}

static int row_has_many(const row_t *r, int32_t m)
{
    if (m < 0) return 0;
    for (int k = 0; k < r->nmany; k++) if (r->many[k] == m) return 1;
    return 0;
}

/* Drops the affiliations found only in the lexicon's terms of persons the
 * text gives another affiliation ("Bundespräsident X": the office the
 * text names, not a second row for the state).  Linear: one mark per
 * actor.  DN_OK or DN_ENOMEM. */
static int drop_held(extractor_impl_t *x)
{
    unsigned char *told = calloc(x->nact ? x->nact : 1, 1);
    if (!told) return diag_nomem("extract");
    int acts = 0;
    for (size_t i = 0; i < x->ncand; i++) {
        const cand_t *o = &x->cand[i];
        if (o->held || o->dropped) continue;
        if (o->rel == EV_REL_AFFILIATION && o->src >= 0) told[o->src] = 1;
        if (o->rel != EV_REL_AFFILIATION) acts = 1;
    }
    /* a text that tells no act of diplomacy (an English one, a weather
     * report naming Merkel) gets none of these either */
    for (size_t i = 0; i < x->ncand; i++)
        if (x->cand[i].held && (!acts || (x->cand[i].src >= 0 && told[x->cand[i].src]))) x->cand[i].dropped = 1;
    free(told);
    return DN_OK;
}

int dedup_emit(extractor_impl_t *x, const char *doc, ev_sink_fn sink, void *ctx)
{
    if (affil_drop_visited_guesses(x) || drop_held(x)) return DN_ENOMEM;
    /* the sentence no event may rest on alone: the headline, if any */
    const uint32_t head = has_headline(x) ? 0 : UINT32_MAX;
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
            int trip = same_trip(o, c);
            if ((!trip && !dates_compatible(x, o, c)) || row_has_many(&rows[r], c->many)) { r = nr; continue; }
            /* keep the more precise date (a trip's whole span) and the
             * higher confidence */
            long ol, oh, cl, ch;
            interval(o->start, o->end, &ol, &oh);
            interval(c->start, c->end, &cl, &ch);
            if (trip) {
                ev_date_t lo = cl < ol ? c->start : o->start;
                ev_date_t hi = ch > oh ? (c->end.year ? c->end : c->start) : (o->end.year ? o->end : o->start);
                o->start = lo;
                o->end = ev_date_cmp(hi, lo) > 0 ? hi : (ev_date_t){ 0, 0, 0 };
            } else if (!o->start.year || (c->start.year && ch - cl < oh - ol)) {
                o->start = c->start;
                o->end = c->end;
            }
            if (!o->place && c->place) o->place = c->place;
            if (c->conf > o->conf) o->conf = c->conf;
            if (rows[r].nmany < 8 && c->many >= 0) rows[r].many[rows[r].nmany++] = c->many;
            if (c->sent != head) rows[r].body = 1;
            break;
        }
        if (r == nr) {
            if (pairindex_add(&x->rowidx, c->rel, (uint32_t)c->src, (uint32_t)c->dst, und,
                              (uint32_t)nr) < 0) {
                free(rows);
                return diag_nomem("extract");
            }
            rows[nr].cand = i;
            rows[nr].nmany = 0;
            rows[nr].body = c->sent != head || c->rel == EV_REL_AFFILIATION;
            if (c->many >= 0) rows[nr].many[rows[nr].nmany++] = c->many;
            nr++;
        }
    }
    int rc = DN_OK;
    for (size_t r = 0; r < nr && !rc; r++) {
        if (!rows[r].body) continue;
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
        /* where the row's date came from: its sentence, or the article's
         * date (--date or the dateline) for an event told without one and
         * not in the pluperfect, so that time windows keep it */
        if (c->rel != EV_REL_AFFILIATION) {
            ev.start = c->start;
            ev.end = c->end;
            if (ev.start.year) {
                ev.extra = (ev_extra_t){ 1, EV_DATE_SOURCE_NAME, &EV_DATE_SOURCE_VALUE[EV_DS_TEXT] };
            } else if (x->ref.year && x->ref.day && !c->past) {
                ev.start = x->ref;
                ev.extra = (ev_extra_t){ 1, EV_DATE_SOURCE_NAME, &EV_DATE_SOURCE_VALUE[EV_DS_ARTICLE] };
            }
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

