/* event: the event record, the interchange unit between the stages.
 *
 * Extraction and the importers produce events; the network consumes them.
 * Strings in an ev_event_t are borrowed: a producer keeps them valid only for
 * the duration of the callback that receives the event (ev_sink_fn), so a
 * consumer copies (or interns) what it keeps. */
#ifndef EVENT_H
#define EVENT_H

#include <stddef.h>
#include <stdint.h>

#include "util/date.h"   /* ev_date_t, ev_date_* */

typedef enum {
    EV_KIND_PERSON,
    EV_KIND_INSTITUTION,
    EV_KIND_STATE,
    EV_KIND_GROUP,
    EV_KIND_COUNT
} ev_kind_t;

typedef enum {
    EV_REL_VISIT,        /* source travels to target (directed) */
    EV_REL_MEETING,      /* talks, consultations, receptions (undirected) */
    EV_REL_AGREEMENT,
    EV_REL_RECOGNITION,
    EV_REL_RELATIONS,    /* diplomatic relations established / broken */
    EV_REL_FOUNDING,
    EV_REL_AFFILIATION,  /* source holds an office in / is a member of target */
    EV_REL_OTHER,        /* imported events outside the above (--all) */
    EV_REL_COUNT
} ev_relation_t;

/* Extra columns after the required ones, kept verbatim (names + values). */
typedef struct {
    size_t n;
    const char *const *names;
    const char *const *values;
} ev_extra_t;

typedef struct {
    const char *source;
    ev_kind_t source_kind;
    ev_relation_t relation;
    const char *target;
    ev_kind_t target_kind;
    ev_date_t start, end;   /* end.year == 0: no span */
    const char *place;      /* "" when unknown */
    const char *doc;
    long line;              /* 1-based line of the evidence in doc, 0 unknown */
    const char *evidence;   /* the sentence ("" when none) */
    double confidence;      /* 0..1; < 0 when not given */
    uint32_t count;         /* how many events the row stands for (an
                               aggregated row: the `count` column); 0 is
                               read as 1, so producers of single events
                               leave it zeroed */
    ev_extra_t extra;
} ev_event_t;

/* The extractor's `date_source` column, one home for its name and values:
 * EV_DATE_SOURCE_NAME[0] is the column name; EV_DATE_SOURCE_VALUE[k] the
 * value of kind k (EV_DS_NONE "", EV_DS_TEXT "text": the sentence dates
 * the event, EV_DS_ARTICLE "article": the article's date, inferred). */
enum { EV_DS_NONE = 0, EV_DS_TEXT = 1, EV_DS_ARTICLE = 2 };
extern const char *const EV_DATE_SOURCE_NAME[1];
extern const char *const EV_DATE_SOURCE_VALUE[3];

/* The number of events ev stands for: its count, at least 1. */
static inline uint32_t ev_count(const ev_event_t *ev)
{
    return ev->count ? ev->count : 1;
}

/* Receives one event; returns 0 to go on, or a dn_status_t to stop (the
 * producer then stops and returns that code). */
typedef int (*ev_sink_fn)(const ev_event_t *ev, void *ctx);

/* Receives n >= 1 events at once, in input order; the events and their
 * strings are valid only during the call.  Same return contract as
 * ev_sink_fn.  Batches let a consumer overlap the memory latency of many
 * events (hash-table prefetching) and let a producer parse ahead. */
typedef int (*ev_batch_fn)(const ev_event_t *evs, size_t n, void *ctx);

/* Names as they are written in the TSV ("person", "visit", ...). */
const char *ev_kind_name(ev_kind_t k);
const char *ev_relation_name(ev_relation_t r);
/* Parse a name; return -1 when unknown.  `n` is the length of s. */
int ev_kind_parse(const char *s, size_t n);
int ev_relation_parse(const char *s, size_t n);

/* Undirected relations: meeting, agreement, relations (and other). */
int ev_relation_undirected(ev_relation_t r);

#endif
