/* evlist: an owning list of events that merges the same event told twice.
 *
 * Texts tell events more than once ("der Besuch ... während dieses
 * Besuchs"), and several documents tell the same visit.  Rows with the same
 * source, relation and target (either order for undirected relations) and
 * compatible dates (equal, one unknown, or one inside the other) become one
 * row: the most precise date wins, the first evidence is kept and later
 * places are appended to it ("also DOC:LINE"), the highest confidence wins. */
#ifndef EVLIST_H
#define EVLIST_H

#include "io/event.h"
#include "util/pairindex.h"
#include "util/strtab.h"

typedef struct {
    uint32_t source, target, place, doc, evidence; /* ids in strs */
    ev_kind_t source_kind, target_kind;
    ev_relation_t relation;
    ev_date_t start, end;
    long line;
    double confidence;
    size_t order;                 /* arrival order, for stable output */
    uint8_t date_source;          /* the extractor's date_source column
                                     (EV_DS_*, io/event.h) */
} evlist_item_t;

typedef struct {
    strtab_t strs;
    evlist_item_t *items;
    size_t n, cap;
    size_t merged;                /* rows folded into earlier ones */
    pairindex_t idx;              /* (relation, source, target) -> items */
} evlist_t;

void evlist_init(evlist_t *l);
void evlist_destroy(evlist_t *l);

/* Adds an event (an ev_sink_fn; ctx is the evlist_t), merging it into an
 * earlier compatible one.  Returns DN_OK or DN_ENOMEM. */
int evlist_add(const ev_event_t *ev, void *ctx);

/* Steps taken so far looking for earlier tellings (hash slots and list
 * entries visited): grows with the number of events, not its square (the
 * tests check it). */
uint64_t evlist_work(const evlist_t *l);

/* Calls sink for every item in arrival order (strings valid during the
 * call).  Returns DN_OK or the sink's code. */
int evlist_emit(const evlist_t *l, ev_sink_fn sink, void *ctx);

#endif
