/* net: the actors table and the aggregated network built from events.
 *
 * One node per actor (canonical name + kind; names that differ only in case
 * or diacritics are one actor, the first spelling seen is its label).  One
 * edge per unordered pair of actors, with per-relation counts, the distinct
 * years, visit direction, and (optionally) a few of its events as evidence.
 * Built by streaming events in (net_add_event is an ev_sink_fn), so a
 * million-event file never needs to be held in memory. */
#ifndef NET_H
#define NET_H

#include <stddef.h>
#include <stdint.h>

#include "io/event.h"
#include "util/buf.h"
#include "util/radix.h"
#include "util/strtab.h"

typedef struct net_batch net_batch_t; /* private to net.c */

/* Filters applied as events stream in. */
typedef struct {
    ev_date_t since, until;     /* keep events whose dates overlap; events
                                   with no date are dropped when either is
                                   set */
    unsigned relation_mask;     /* bit per ev_relation_t; 0 = all */
    unsigned max_events_per_edge; /* evidence kept per edge (0 = none) */
    double min_confidence;      /* > 0: drop events with a confidence below
                                   it (events without one are kept) */
    const char *cameo;          /* comma list of CAMEO codes or prefixes
                                   ("04" = 040..046): keep only events with
                                   such a `cameo` cell; NULL = all */
    const char *exclude_cameo;  /* the same list form: drop those events
                                   (events without a code are kept) */
} net_opts_t;

void net_opts_init(net_opts_t *o);   /* all events, 0 kept per edge */

typedef struct {
    uint32_t name;              /* id in net_t.names (display label) */
    uint32_t ident;             /* id in net_t.idstr: the registry id, ""
                                   when the actor is not in the registry */
    ev_kind_t kind;
    uint32_t visits_made, visits_hosted;
    uint32_t events;            /* events of any relation touching it */
} net_actor_t;

/* A kept event (evidence).  place and doc are ids in net_t.text, evidence
 * an id in net_t.sentences: read them with net_event_place/_doc/_evidence. */
typedef struct {
    uint32_t source, target;    /* actor ids as written in the event */
    ev_relation_t relation;
    ev_date_t start, end;
    uint32_t place, doc, evidence;
    long line;
    uint32_t next;              /* next kept event of the same edge, or
                                   NET_NONE */
} net_event_t;

#define NET_NONE UINT32_MAX
#define NET_INLINE_YEARS 4

/* Read the years through net_edge_years, the kept events through
 * net_edge_first_event, the counts per relation through net_edge_count and
 * the visits from b to a through net_edge_visits_ba; the other fields
 * directly.  32 bytes, half a cache line: aggregating a big file is a
 * cache miss per event on this record, and its size is most of the memory
 * a big network takes (on this kind of virtual machine every fresh
 * megabyte also costs a slow first touch).  Nearly every tie of a big
 * file has events of one relation only; its counts are then `total` alone
 * (more == NET_NONE, the relation in `rel`), and only the others keep
 * their counts per relation in net_t.more. */
typedef struct {
    uint32_t a, b;              /* actor ids, a < b */
    uint32_t total;             /* events of every relation */
    uint32_t visits_ab;         /* visits a made to b */
    uint32_t more;              /* NET_NONE: every event is of relation
                                   rel; else the index of the edge's
                                   net_edge_more_t in net_t.more */
    uint16_t nyears;            /* distinct years, sorted ascending: */
    uint8_t rel;                /* the one relation (when more == NET_NONE) */
    uint8_t spare;
    union {                     /* inline up to NET_INLINE_YEARS, else on */
        short inl[NET_INLINE_YEARS]; /* the heap (capacity: the next */
        short *heap;            /* power of two >= max(nyears, 8)) */
    } years;
} net_edge_t;

/* The counts of an edge with events of several relations (or a count that
 * reached UINT32_MAX, where sums are held): read them through
 * net_edge_count and net_edge_visits_ba. */
typedef struct {
    uint32_t count[EV_REL_COUNT];
    uint32_t visits_ba;         /* visits b made to a */
} net_edge_more_t;

/* The kept events of an edge (private to net.c: read them with
 * net_edge_first_event and net_edge_nkept).  Apart from the edge record
 * and only when evidence is kept, so that the networks of big files,
 * which keep none, do not carry them. */
typedef struct {
    uint32_t first, last;       /* kept events (NET_NONE if none) */
    uint32_t n;
} net_kept_t;

/* A slot of the pair table (private to net.c): the home slot of a pair is
 * the top bits of its 64-bit hash, the tag its top 32 bits, so a probe
 * rarely looks at an edge that is not the one sought, and growing the table
 * is one pass in slot order. */
typedef struct {
    uint32_t tag;
    uint32_t id;                /* edge id + 1; 0 = empty */
} net_pair_slot_t;

/* What a resolver says about one spelling (see net_set_resolver). */
typedef struct {
    const char *key;            /* the actor's key: spellings with equal
                                   keys are one actor */
    const char *label;          /* the name shown */
    const char *id;             /* the registry id ("" when none) */
    ev_kind_t kind;             /* the actor's kind */
    const char *how;            /* static: which rule matched ("exact",
                                   "transliteration", "none" ...) */
} net_resolved_t;

/* Resolves a spelling (name as written + kind given by the reader); the
 * strings it fills stay valid until the next call.  Returns DN_OK or
 * DN_ENOMEM. */
typedef int (*net_resolve_fn)(void *ctx, const char *name, ev_kind_t kind,
                              net_resolved_t *out);

/* A distinct spelling (name + kind as the input wrote it), kept for
 * `dipnet actors`: which actor it became, by which rule, first seen where. */
typedef struct {
    uint32_t name;              /* id in net_t.names */
    ev_kind_t kind;
    uint32_t actor;
    const char *how;            /* static */
    uint32_t doc;               /* id in net_t.spelldocs */
    long line;
} net_spelling_t;

typedef struct {
    net_opts_t opts;
    strtab_t keys;              /* normalised actor keys -> actor id; with
                                   a resolver: spelling keys -> spelling
                                   id */
    int identity;               /* actors are keyed by resolved keys (ids
                                   below); set by net_set_resolver */
    net_resolve_fn resolve;
    void *resolve_ctx;
    strtab_t ids;               /* identity mode: actor keys that are no
                                   spelling's own key -> ids_actor */
    uint32_t *ids_actor;
    size_t capids_actor;
    uint32_t *akey;             /* identity mode: actor -> where its key
                                   is (net.c: NET_AKEY_SPELLING) */
    size_t capakey;
    strtab_t idstr;             /* registry ids of actors (net_actor_id) */
    strtab_t spelldocs;         /* documents where spellings were first seen
                                   (strtab_add: by id only) */
    uint32_t *spell_actor;      /* identity mode: spelling id -> actor id */
    net_spelling_t *spells;
    size_t nspells, capspells;
    strtab_t names;             /* labels (strtab_add: by id only) */
    strtab_t text;              /* docs and places of kept events */
    uint32_t last_doc;          /* id + 1 in text of the document of the
                                   last kept event (0: none) */
    strtab_t sentences;         /* evidence sentences of kept events: stored,
                                   not indexed (nearly all are distinct, and
                                   an index of a million would cost more
                                   than it saves) */
    net_actor_t *actors;
    size_t nactors, capactors;
    net_edge_t *edges;
    size_t nedges, capedges;
    net_edge_more_t *more;      /* counts of the edges of several
                                   relations (net_edge_t.more) */
    size_t nmore, capmore;
    net_kept_t *kept;           /* per edge, when max_events_per_edge > 0
                                   (else NULL) */
    net_pair_slot_t *pair_slots; /* (a,b) -> edge id + 1 */
    size_t npair_slots;
    uint64_t pair_work;         /* slots and edge records the adding of
                                   events visited, rehashing included (for
                                   the tests of linear growth) */
    size_t expect;              /* events the caller expects in all
                                   (net_expect_events; 0 = unknown) */
    size_t grown_nread, grown_nedges; /* nread and nedges when the pair
                                   table last grew */
    net_event_t *events;
    size_t nevents, capevents;
    size_t nread;               /* events offered */
    size_t nfiltered;           /* dropped by the filters */
    size_t nselfloops;          /* dropped: source and target the same */
    uint32_t *years_heap;       /* the edges with their years on the heap */
    size_t nyears_heap, capyears_heap;
    int defer_actor_counts;     /* net_defer_actor_counts */
    int defer_ties;             /* net_defer_ties: events go to tie_log */
    radix_rec_t *tie_log;       /* deferred events: actor pair, event
                                   number, relation, count (net.c) */
    uint32_t *tie_years;        /* per deferred event: start and end year */
    size_t ntie_log, captie_log; /* records */
    size_t ntie_events, captie_years; /* deferred events (one or more
                                   records each) */
    size_t tie_check;           /* log size at which to look again whether
                                   the pairs repeat (net.c) */
    buf_t keybuf;               /* scratch for actor keys */
    net_batch_t *batch;         /* scratch of net_add_events (lazy) */
} net_t;

/* Initialises an empty network with the given filters (copied). */
void net_init(net_t *net, const net_opts_t *opts);
void net_destroy(net_t *net);

/* Makes an empty network key its actors through `fn` (ident/identity.h):
 * each distinct spelling is resolved once, when first seen, and spellings
 * with the same key become one actor, labelled and kinded as the resolver
 * says.  Without a resolver an actor is its name + kind (case and
 * diacritics ignored). */
void net_set_resolver(net_t *net, net_resolve_fn fn, void *ctx);

/* Builds in *out the network of net with actor i merged into map[i]
 * (map[map[i]] == map[i]; an actor with map[i] == i keeps its label, id
 * and kind; actors keep their order):
 * counts, years, visits and kept evidence are added up, ties inside a
 * merged actor are dropped (counted in nselfloops), spellings follow.
 * `how` (static, may be NULL) replaces the rule of the spellings of merged
 * actors.  Returns DN_OK or DN_ENOMEM (then *out is destroyed). */
int net_merge(const net_t *net, const uint32_t *map, const char *how,
              net_t *out);

/* The registry id of an actor ("" when it is not in the registry). */
const char *net_actor_id(const net_t *net, size_t actor);

/* Adds one event (an ev_sink_fn: ctx is the net_t).  Returns DN_OK or
 * DN_ENOMEM (reported). */
int net_add_event(const ev_event_t *ev, void *ctx);

/* Adds n events in order (an ev_batch_fn: ctx is the net_t); the same
 * network (ids, order, counts, evidence) as n calls of net_add_event, but
 * several times faster on big files: the events go through a software
 * pipeline that computes the hashes of events ahead and prefetches their
 * table slots, so the cache misses of many events overlap.  Returns DN_OK
 * or DN_ENOMEM (reported once, for the first event that net_add_event
 * would have failed on).  After an error the network is only fit for
 * net_destroy (as after a failed net_add_event). */
int net_add_events(const ev_event_t *evs, size_t n, void *ctx);

/* Tells the network how many events it will have been offered in all
 * (counting those offered already), e.g. from the input's size; 0 =
 * unknown.  Only a hint for sizing: a big pair table then grows once to the
 * size the rest of the input needs instead of doubling step by step (each
 * step a fresh table, zeroed page by page, and a rehash).  The network is
 * the same with or without it. */
void net_expect_events(net_t *net, size_t n);

/* Leaves the actors' events and visits uncounted while events are added,
 * until net_count_actors counts them from the edges.  Why: counting per
 * event writes two actor records at random, which on a big file is a
 * cache miss each; the edges say the same in one pass at the end. */
void net_defer_actor_counts(net_t *net);
/* Counts the actors' events and visits from the edges after
 * net_defer_actor_counts (the same figures as counting per event), and
 * counts per event again from then on; a no-op without a deferral. */
void net_count_actors(net_t *net);

/* Defers the ties as well as the actors' counts (net_defer_actor_counts)
 * of a network that has no ties yet and keeps no evidence (else a no-op):
 * the events are logged (actor pair, relation, count, years: 20 bytes
 * each) and aggregated into ties by net_flush_ties, which sorts them by
 * pair.  Why: adding each event to a hash table of pairs far larger than
 * the cache is a miss per event (a third of reading a 10M-event file);
 * sorting streams through memory.  The network is the same, ties in the
 * same order (that of their first event).  The log's memory grows with
 * the events, the table's with the pairs: when a sample of a big log
 * shows the pairs repeating (most events on pairs seen before), the log
 * is flushed and the events go on one at a time, so that memory stays
 * with the pairs (ten million events between three actors stream). */
void net_defer_ties(net_t *net);
/* Builds the ties of the events logged since net_defer_ties and counts
 * the actors (net_count_actors); later events are added one by one
 * again.  Returns DN_OK or DN_ENOMEM (reported; the network is then only
 * fit for net_destroy).  A no-op without a deferral. */
int net_flush_ties(net_t *net);

/* Frees what only adding events needs (the table of actor pairs, the
 * batch scratch): a network that is read is kept for its measures, and
 * the table is a fifth of its memory.  Adding events later builds the
 * table again (one pass over the edges); net_edge_between meanwhile scans
 * the edges. */
void net_drop_pair_index(net_t *net);

/* Finds an actor by name (any kind when kind < 0), matching the way actors
 * are merged (case and diacritics ignored).  Returns the id or -1. */
long net_find_actor(const net_t *net, const char *name, int kind);

/* Finds the actor a user means by `query` (--ego): the exact name (case
 * and diacritics ignored), else the name with a German inflection ending
 * removed (Nasarbajews, Bundespräsidenten), else the one actor whose last
 * name matches (Merkel, A. Merkel), else the one actor whose name contains
 * the query.  Returns the id, -1 when nothing matches, or -2 when several
 * do (their ids in cand[0..*ncand), at most maxcand). */
long net_match_actor(const net_t *net, const char *query, uint32_t *cand,
                     size_t maxcand, size_t *ncand);

const char *net_actor_name(const net_t *net, size_t actor);
/* The place, document and evidence sentence of a kept event ("" when the
 * event had none); owned by the network. */
const char *net_event_place(const net_t *net, const net_event_t *ev);
const char *net_event_doc(const net_t *net, const net_event_t *ev);
const char *net_event_evidence(const net_t *net, const net_event_t *ev);
/* The edge between actors a and b, or NULL. */
const net_edge_t *net_edge_between(const net_t *net, uint32_t a, uint32_t b);
/* The distinct years of an edge (sorted); *n receives the count. */
const short *net_edge_years(const net_edge_t *e, size_t *n);
/* The first kept event of edge e of net (follow net_event_t.next), or
 * NET_NONE when it has none. */
uint32_t net_edge_first_event(const net_t *net, const net_edge_t *e);
/* How many events of edge e of net are kept. */
uint32_t net_edge_nkept(const net_t *net, const net_edge_t *e);
/* The events of relation r on edge e of net. */
static inline uint32_t net_edge_count(const net_t *net, const net_edge_t *e,
                                      ev_relation_t r)
{
    if (e->more != NET_NONE) return net->more[e->more].count[r];
    return e->rel == r ? e->total : 0;
}

/* The visits b made to a on edge e of net (visits_ab: a to b). */
static inline uint32_t net_edge_visits_ba(const net_t *net,
                                          const net_edge_t *e)
{
    if (e->more != NET_NONE) return net->more[e->more].visits_ba;
    /* one relation, no sum held at UINT32_MAX: every visit went one way
     * or the other */
    return e->rel == EV_REL_VISIT ? e->total - e->visits_ab : 0;
}

/* Number of events on edge e of net that count for interaction
 * centrality: everything except affiliation unless with_affiliations. */
static inline uint32_t net_edge_weight(const net_t *net, const net_edge_t *e,
                                       int with_affiliations)
{
    return with_affiliations
               ? e->total
               : e->total - net_edge_count(net, e, EV_REL_AFFILIATION);
}

/* Builds in *sub the network induced by the actors with keep[i] != 0: their
 * edges and kept events; actor ids are renumbered in order.  map_out (if
 * non-NULL, nactors entries, filled by the call) maps old ids to new ones
 * (NET_NONE when dropped).  Returns DN_OK or DN_ENOMEM. */
int net_induce(const net_t *net, const unsigned char *keep, net_t *sub,
               uint32_t *map_out);

/* As net_induce, keeping only the edges with ekeep[j] != 0 (nedges
 * entries; NULL = every edge between kept actors). */
int net_induce_edges(const net_t *net, const unsigned char *keep,
                     const unsigned char *ekeep, net_t *sub,
                     uint32_t *map_out);

/* Builds in *sub the network without its light ties and thin actors: the
 * ties with at least min_weight events (all when <= 1), then the actors
 * with at least min_degree of those ties (when min_degree > 0; else the
 * actors that kept a tie, or all when min_weight <= 1).  Returns DN_OK or
 * DN_ENOMEM (reported); on success *sub is the caller's to destroy. */
int net_prune(const net_t *net, uint32_t min_weight, size_t min_degree,
              net_t *sub);

/* The edges of every actor in CSR form: the ids of actor i's edges are
 * (*list)[(*start)[i] .. (*start)[i+1]).  Only edges with use[e] != 0 are
 * listed (all when use is NULL).  *start (nactors+1) and *list are new
 * arrays the caller frees.  Returns DN_OK or DN_ENOMEM (reported). */
int net_incidence(const net_t *net, const unsigned char *use,
                  uint32_t **start, uint32_t **list);

/* Adjacency helpers: fills keep[] (nactors entries) with the actors within
 * `depth` hops of `ego` over edges of weight > 0 (affiliations counted when
 * with_affiliations).  Returns DN_OK or DN_ENOMEM. */
int net_ego_mask(const net_t *net, uint32_t ego, int depth,
                 int with_affiliations, unsigned char *keep);

#endif
