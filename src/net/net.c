#include "net/net.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <utf8proc.h>

#include "util/bigmem.h"
#include "util/buf.h"
#include "util/diag.h"

/* net_add_events pipeline: the names of event i + NB_DIST are prefetched
 * while event i is in stage 1 (keys, hashes, prefetch of the key slots),
 * i - NB_DIST in stage 2 (actor ids, prefetch of the pair slot and the
 * actors), i - 2 NB_DIST in stage 3 (a look at the pair slots: prefetch of
 * the edge) and i - 3 NB_DIST in stage 4 (edge id, the update).  A distance
 * of 8-20 events covers a memory latency (measured: all about equal);
 * NB_RING holds the events in flight. */
#define NB_DIST 16
#define NB_RING 128
_Static_assert(NB_RING > 4 * NB_DIST, "the ring holds the events in flight");

enum { NB_LIVE, NB_FILTERED, NB_SELFLOOP };

typedef struct {
    uint32_t hs, ht;            /* hashes of the actor keys */
    uint32_t s, t;              /* actor ids */
    uint64_t ph;                /* hash of the pair */
    int state;                  /* NB_* */
} nb_item_t;

struct net_batch {
    nb_item_t item[NB_RING];
    buf_t key[NB_RING][2];      /* source and target keys */
};

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
    strtab_init(&net->sentences);
    strtab_init(&net->ids);
    strtab_init(&net->idstr);
    strtab_init(&net->spelldocs);
    buf_init(&net->keybuf);
}

void net_set_resolver(net_t *net, net_resolve_fn fn, void *ctx)
{
    net->identity = fn != NULL;
    net->resolve = fn;
    net->resolve_ctx = ctx;
}

static void batch_free(net_batch_t *b)
{
    if (!b) return;
    for (size_t i = 0; i < NB_RING; i++) {
        buf_destroy(&b->key[i][0]);
        buf_destroy(&b->key[i][1]);
    }
    free(b);
}

void net_destroy(net_t *net)
{
    /* The edges with their years on the heap are listed: reading every
     * record of ten million edges to find them cost a tenth of a second. */
    for (size_t i = 0; i < net->nyears_heap; i++)
        free(net->edges[net->years_heap[i]].years.heap);
    free(net->years_heap);
    bigmem_free(net->edges);
    free(net->more);
    bigmem_free(net->kept);
    bigmem_free(net->actors);
    bigmem_free(net->pair_slots);
    bigmem_free(net->tie_log);
    bigmem_free(net->tie_years);
    bigmem_free(net->events);
    strtab_destroy(&net->keys);
    strtab_destroy(&net->names);
    strtab_destroy(&net->text);
    strtab_destroy(&net->sentences);
    strtab_destroy(&net->ids);
    strtab_destroy(&net->idstr);
    strtab_destroy(&net->spelldocs);
    bigmem_free(net->spell_actor);
    bigmem_free(net->akey);
    bigmem_free(net->ids_actor);
    bigmem_free(net->spells);
    buf_destroy(&net->keybuf);
    batch_free(net->batch);
    memset(net, 0, sizeof *net);
}

/* Eight ASCII bytes (high bits clear) with A-Z lowered: per byte, bit 7
 * of x + 0x3F is set from 'A' up and of x + 0x25 above 'Z' (no carries
 * between bytes, as every byte is < 0x80). */
static inline uint64_t lower8(uint64_t w)
{
    const uint64_t ones = 0x0101010101010101ULL;
    uint64_t ge_a = w + (0x80 - 'A') * ones;
    uint64_t gt_z = w + (0x80 - 'Z' - 1) * ones;
    return w | ((ge_a & ~gt_z & 0x80 * ones) >> 2);
}

/* The merge key of a name: kind + case-folded name without diacritics, so
 * that "Köhler", "KÖHLER" and "Kohler" are one actor.  ASCII names (the
 * bulk of event datasets) take a fast path, eight bytes at a time, without
 * allocation. */
static int actor_key(const char *name, int kind, buf_t *key)
{
    const uint64_t high = 0x8080808080808080ULL;
    size_t n = strlen(name);
    key->len = 0;
    if (key->cap < n + 10 && buf_reserve(key, n + 9) < 0) /* + word stores */
        return -1;
    char *out = key->data;
    out[0] = (char)('0' + kind);
    const unsigned char *p = (const unsigned char *)name;
    /* Whole words, the last one overlapping the one before: lowering is
     * idempotent, and fixed-size steps keep the branches predictable. */
    if (n >= 8) {
        uint64_t w;
        for (size_t i = 0; i + 8 < n; i += 8) {
            memcpy(&w, p + i, 8);
            if (w & high) goto fold;
            w = lower8(w);
            memcpy(out + 1 + i, &w, 8);
        }
        memcpy(&w, p + n - 8, 8);
        if (w & high) goto fold;
        w = lower8(w);
        memcpy(out + 1 + n - 8, &w, 8);
    } else if (n >= 4) {
        uint32_t lo, up;
        memcpy(&lo, p, 4);
        memcpy(&up, p + n - 4, 4);
        uint64_t w = lo | (uint64_t)up << 32;
        if (w & high) goto fold;
        w = lower8(w);
        lo = (uint32_t)w;
        up = (uint32_t)(w >> 32);
        memcpy(out + 1, &lo, 4);
        memcpy(out + 1 + n - 4, &up, 4);
    } else {
        for (size_t i = 0; i < n; i++) {
            if (p[i] >= 0x80) goto fold;
            out[i + 1] = (char)(p[i] >= 'A' && p[i] <= 'Z' ? p[i] + 32 : p[i]);
        }
    }
    out[n + 1] = '\0';
    key->len = n + 1;
    return 0;
fold:;
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

/* A new actor labelled `name` with registry id `ident`.  Returns its id
 * or -1 when memory runs out. */
static long new_actor(net_t *net, const char *name, const char *ident,
                      ev_kind_t kind)
{
    if (net->nactors == net->capactors) {
        size_t cap = net->capactors ? net->capactors * 2 : 256;
        net_actor_t *a = bigmem_grow(net->actors,
                                     net->nactors * sizeof *a, cap, sizeof *a);
        if (!a) return -1;
        net->actors = a;
        net->capactors = cap;
    }
    /* Labels are only read back by id: no index (a hash table of 100k
     * labels cost 16 MB of fresh memory and a cache miss per actor). */
    long nid = strtab_add(&net->names, name, strlen(name));
    long iid = strtab_intern(&net->idstr, ident, strlen(ident), NULL);
    if (nid < 0 || iid < 0) return -1;
    net_actor_t *a = &net->actors[net->nactors];
    memset(a, 0, sizeof *a);
    a->name = (uint32_t)nid;
    a->ident = (uint32_t)iid;
    a->kind = kind;
    return (long)net->nactors++;
}

/* Records spelling sid (new) of actor `actor` (name NULL: the actor's
 * label).  Returns 0 or -1. */
static int add_spelling(net_t *net, size_t sid, const char *name,
                        ev_kind_t kind, uint32_t actor, const char *how,
                        const char *doc, long line)
{
    if (sid >= net->capspells) {
        size_t cap = net->capspells ? net->capspells * 2 : 256;
        while (cap <= sid) cap *= 2;
        /* bigmem: a big file's million spellings on small pages cost
         * a page fault per 4 KiB, and faults are dear on a virtual
         * machine */
        uint32_t *m = bigmem_grow(net->spell_actor,
                                  net->capspells * sizeof *m, cap, sizeof *m);
        if (!m) return -1;
        net->spell_actor = m;
        net_spelling_t *sp = bigmem_grow(net->spells,
                                         net->capspells * sizeof *sp, cap,
                                         sizeof *sp);
        if (!sp) return -1;
        net->spells = sp;
        net->capspells = cap;
    }
    /* name NULL: the spelling is the actor's label (most names): no copy */
    long nid = name ? strtab_add(&net->names, name, strlen(name))
                    : (long)net->actors[actor].name;
    /* where it was first seen: a list, not an index (100k spellings of a
     * big file would make a hash table of their documents); spellings
     * first seen in one document one after the other share its entry */
    if (!doc) doc = "";
    size_t dn = strlen(doc);
    size_t nd = strtab_count(&net->spelldocs);
    long did = nd && strtab_len(&net->spelldocs, nd - 1) == dn &&
                       !memcmp(strtab_str(&net->spelldocs, nd - 1), doc, dn)
                   ? (long)nd - 1
                   : strtab_add(&net->spelldocs, doc, dn);
    if (nid < 0 || did < 0) return -1;
    net_spelling_t *sp = &net->spells[sid];
    sp->name = (uint32_t)nid;
    sp->kind = kind;
    sp->actor = actor;
    sp->how = how;
    sp->doc = (uint32_t)did;
    sp->line = line;
    net->spell_actor[sid] = actor;
    net->nspells = sid + 1;
    return 0;
}

/* Identity mode: where the key of each actor is.  An actor of a name in
 * no registry (nearly all of a big file's) has its first spelling's key:
 * akey = that spelling | NET_AKEY_SPELLING, and the key is not stored
 * again.  Any other key (registry ids, sectors, --aliases targets) is in
 * net->ids: akey = its id there, ids_actor[id] = the actor. */
#define NET_AKEY_SPELLING 0x80000000u

static int set_akey(net_t *net, uint32_t actor, uint32_t where)
{
    if (actor >= net->capakey) {
        size_t cap = net->capakey ? net->capakey * 2 : 256;
        while (cap <= actor) cap *= 2;
        uint32_t *a = bigmem_grow(net->akey, net->capakey * sizeof *a, cap,
                                  sizeof *a);
        if (!a) return -1;
        net->akey = a;
        net->capakey = cap;
    }
    net->akey[actor] = where;
    return 0;
}

/* The actor whose key is key[0..n) (h its hash), or -1. */
static long find_actor_key(const net_t *net, const char *key, size_t n,
                           uint32_t h)
{
    long slot = strtab_find_h(&net->ids, key, n, h);
    if (slot >= 0) return (long)net->ids_actor[slot];
    long s = strtab_find_h(&net->keys, key, n, h);
    if (s < 0 || (size_t)s >= net->nspells) return -1;
    uint32_t a = net->spell_actor[s];
    return net->akey[a] == ((uint32_t)s | NET_AKEY_SPELLING) ? (long)a : -1;
}

/* A new actor (identity mode) with key key[0..n) (hash h); `spelling` is
 * the id of the spelling whose own key it is, or -1.  Returns its id or
 * -1 when memory runs out. */
static long new_keyed_actor(net_t *net, const char *key, size_t n, uint32_t h,
                            long spelling, const char *label,
                            const char *ident, ev_kind_t kind)
{
    long aid = new_actor(net, label, ident, kind);
    if (aid < 0) return -1;
    if (spelling >= 0)
        return set_akey(net, (uint32_t)aid,
                        (uint32_t)spelling | NET_AKEY_SPELLING) < 0 ? -1 : aid;
    long slot = strtab_intern_h(&net->ids, key, n, h, NULL);
    if (slot < 0) return -1;
    if ((size_t)slot >= net->capids_actor) {
        size_t cap = net->capids_actor ? net->capids_actor * 2 : 64;
        while (cap <= (size_t)slot) cap *= 2;
        uint32_t *m = bigmem_grow(net->ids_actor,
                                  net->capids_actor * sizeof *m, cap,
                                  sizeof *m);
        if (!m) return -1;
        net->ids_actor = m;
        net->capids_actor = cap;
    }
    net->ids_actor[slot] = (uint32_t)aid;
    return set_akey(net, (uint32_t)aid, (uint32_t)slot) < 0 ? -1 : aid;
}

/* The key of actor i (identity mode); its length in *n. */
static const char *actor_key_of(const net_t *net, size_t i, size_t *n)
{
    uint32_t w = net->akey[i];
    const strtab_t *t = w & NET_AKEY_SPELLING ? &net->keys : &net->ids;
    w &= ~NET_AKEY_SPELLING;
    *n = strtab_len(t, w);
    return strtab_str(t, w);
}

/* The actor of a new spelling sid (its key k, hash h), resolved
 * (identity mode). */
static long resolve_spelling(net_t *net, size_t sid, const buf_t *k,
                             uint32_t h, const char *name, ev_kind_t kind,
                             const ev_event_t *ev)
{
    net_resolved_t r;
    if (net->resolve(net->resolve_ctx, name, kind, &r)) return -1;
    /* a name in no registry keeps its spelling's key: no other spelling
     * has it, so only a key of net->ids can be its actor's */
    size_t rn = strlen(r.key);
    int self = rn == k->len && !memcmp(r.key, k->data, rn);
    long aid;
    if (self) {
        long slot = strtab_find_h(&net->ids, r.key, rn, h);
        aid = slot >= 0 ? (long)net->ids_actor[slot] : -1;
    } else {
        h = strtab_hash(r.key, rn);
        aid = find_actor_key(net, r.key, rn, h);
    }
    int added = aid < 0;
    if (added) {
        aid = new_keyed_actor(net, r.key, rn, h, self ? (long)sid : -1,
                              r.label, r.id, r.kind);
        if (aid < 0) return -1;
    }
    if (add_spelling(net, sid, added && !strcmp(r.label, name) ? NULL : name,
                     kind, (uint32_t)aid, r.how, ev ? ev->doc : NULL,
                     ev ? ev->line : 0) < 0)
        return -1;
    return aid;
}

/* The actor of a key (h = its hash), added with `name` as its label when
 * new (identity mode: the key is a spelling's, resolved when new).  ev
 * (may be NULL) says where the name was first seen.  Returns the id or -1
 * when memory runs out. */
/* Identity mode: the spelling id of a key (h = its hash), resolved when
 * new.  Returns the id or -1 when memory runs out. */
static long intern_spelling(net_t *net, const buf_t *k, uint32_t h,
                            const char *name, ev_kind_t kind,
                            const ev_event_t *ev)
{
    int added = 0;
    long id = strtab_intern_h(&net->keys, k->data, k->len, h, &added);
    if (id < 0 || !added) return id;
    return resolve_spelling(net, (size_t)id, k, h, name, kind, ev) < 0 ? -1 : id;
}

static long intern_key(net_t *net, const buf_t *k, uint32_t h,
                       const char *name, ev_kind_t kind, const ev_event_t *ev)
{
    int added = 0;
    long id = strtab_intern_h(&net->keys, k->data, k->len, h, &added);
    if (id < 0) return -1;
    if (net->identity) {
        if (!added) return net->spell_actor[id];
        return resolve_spelling(net, (size_t)id, k, h, name, kind, ev);
    }
    if (!added) return id;
    return new_actor(net, name, "", kind);
}

static long intern_actor(net_t *net, const char *name, ev_kind_t kind,
                         const ev_event_t *ev)
{
    buf_t *k = &net->keybuf; /* reused: no per-event allocation */
    if (actor_key(name, (int)kind, k) < 0) return -1;
    return intern_key(net, k, strtab_hash(k->data, k->len), name, kind, ev);
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

/* The pair table holds at most 2^32 slots: a home index is the top bits
 * of a 32-bit tag. */
#define PAIR_MAX_SLOTS ((size_t)1 << 32)

static size_t pair_home(size_t nslots, uint32_t tag)
{
    return (size_t)tag >> (32 - __builtin_ctzll((unsigned long long)nslots));
}

/* Rehashes the pair table into ns slots (a power of two >= 1024).  Homes
 * grow with the slot index, so the old slots, read in order, land in the
 * new table nearly in order too. */
static int resize_pairs(net_t *net, size_t ns)
{
    if (ns > PAIR_MAX_SLOTS) return -1;
    net_pair_slot_t *slots = bigmem_calloc(ns, sizeof *slots);
    if (!slots) return -1;
    uint64_t work = net->npair_slots;
    for (size_t i = 0; i < net->npair_slots; i++) {
        net_pair_slot_t s = net->pair_slots[i];
        if (!s.id) continue;
        size_t j = pair_home(ns, s.tag);
        while (slots[j].id) {
            j = (j + 1) & (ns - 1);
            work++;
        }
        slots[j] = s;
    }
    net->pair_work += work;
    bigmem_free(net->pair_slots);
    net->pair_slots = slots;
    net->npair_slots = ns;
    return 0;
}

/* ------------------------------------------------ deferred ties (log)
 * net_defer_ties: each event is a record of the log (radix_rec_t): key =
 * the pair (a << 32 | b, a < b), val = event number << 32 | count << 4 |
 * relation << 1 | (the source is a); its start and end years in
 * tie_years[event number].  A count above TIE_MAX_COUNT takes several
 * records of the same event (adding a count in parts gives the same
 * sums: every sum is held at UINT32_MAX either way). */
#define TIE_MAX_COUNT ((1u << 28) - 1)
/* Records and events a log holds (32-bit event numbers and group
 * starts); a longer input flushes and goes on one event at a time. */
#define TIE_MAX_LOG ((size_t)UINT32_MAX - 1)

/* Grows the array *p of `used` elements of `size` bytes (capacity *cap)
 * by doubling from 4096 until it holds `want`.  Returns 0 or -1 when
 * memory runs out (*p and *cap then unchanged). */
static int grow_doubling(void **p, size_t *cap, size_t used, size_t want,
                         size_t size)
{
    if (want <= *cap) return 0;
    size_t c = *cap ? *cap : 4096;
    while (c < want) c *= 2;
    void *q = bigmem_grow(*p, used * size, c, size);
    if (!q) return -1;
    *p = q;
    *cap = c;
    return 0;
}

/* Makes room for `recs` records and `events` events in the log.
 * Returns 0 or -1 when memory runs out. */
static int reserve_tie_log(net_t *net, size_t recs, size_t events)
{
    void *l = net->tie_log, *y = net->tie_years;
    int rc = grow_doubling(&l, &net->captie_log, net->ntie_log, recs,
                           sizeof *net->tie_log);
    net->tie_log = l;
    if (!rc)
        rc = grow_doubling(&y, &net->captie_years, net->ntie_events, events,
                           sizeof *net->tie_years);
    net->tie_years = y;
    return rc;
}

static int log_tie_flush(net_t *net, const ev_event_t *ev, uint32_t s,
                         uint32_t t);

/* The log is first checked for repeating pairs at this many records,
 * then at every doubling; TIE_SAMPLE records are sampled. */
#define TIE_CHECK_FIRST ((size_t)1 << 20)
#define TIE_SAMPLE ((size_t)1 << 14)

/* Do the pairs of the log repeat?  Yes when fewer than half of the pairs
 * of an even sample of its records are distinct: the pair table then
 * holds fewer pairs than the log holds events, and is the smaller.  On
 * a failed allocation the answer is yes (the table needs no more). */
static int log_repeats(const net_t *net)
{
    radix_rec_t *a = malloc(2 * TIE_SAMPLE * sizeof *a);
    if (!a) return 1;
    size_t step = net->ntie_log / TIE_SAMPLE;
    for (size_t i = 0; i < TIE_SAMPLE; i++)
        a[i] = (radix_rec_t){net->tie_log[i * step].key, 0};
    radix_rec_t *r = radix_sort(a, a + TIE_SAMPLE, TIE_SAMPLE, 64);
    size_t distinct = 1;
    for (size_t i = 1; i < TIE_SAMPLE; i++) distinct += r[i].key != r[i - 1].key;
    free(a);
    return distinct * 2 < TIE_SAMPLE;
}

/* Logs an accepted event from actor s to actor t (s != t) while the ties
 * are deferred.  Returns DN_OK or DN_ENOMEM (reported). */
static int log_tie(net_t *net, const ev_event_t *ev, uint32_t s, uint32_t t)
{
    uint32_t n = ev_count(ev);
    size_t recs = 1 + (n - 1) / TIE_MAX_COUNT;
    if (net->ntie_log + recs > TIE_MAX_LOG || net->ntie_events >= TIE_MAX_LOG)
        return log_tie_flush(net, ev, s, t);
    if (net->ntie_log >= net->tie_check) {
        if (net->tie_check && log_repeats(net))
            return log_tie_flush(net, ev, s, t);
        net->tie_check = net->tie_check ? 2 * net->tie_check : TIE_CHECK_FIRST;
    }
    if (reserve_tie_log(net, net->ntie_log + recs, net->ntie_events + 1) < 0)
        return diag_nomem("edges");
    uint32_t a = s < t ? s : t, b = s < t ? t : s;
    uint64_t key = (uint64_t)a << 32 | b;
    uint64_t seq = net->ntie_events++;
    uint64_t tail = (uint64_t)ev->relation << 1 | (s == a);
    for (; n; n -= n < TIE_MAX_COUNT ? n : TIE_MAX_COUNT) {
        uint64_t part = n < TIE_MAX_COUNT ? n : TIE_MAX_COUNT;
        net->tie_log[net->ntie_log++] =
            (radix_rec_t){key, seq << 32 | part << 4 | tail};
    }
    net->tie_years[seq] = (uint32_t)(uint16_t)ev->start.year |
                          (uint32_t)(uint16_t)ev->end.year << 16;
    return DN_OK;
}

/* From this size on the pair table grows to the size that the expected
 * events project (pair_next_size): by then it has seen enough pairs for
 * their rate to say something (2^17 slots: 64k pairs). */
#define PAIR_PROJECT_MIN ((size_t)1 << 17)

void net_expect_events(net_t *net, size_t n)
{
    net->expect = n;
    /* the log of deferred ties in one piece (bigmem: pages never
     * written cost nothing); a failure here is met again when it grows */
    if (net->defer_ties && n > net->nread) {
        size_t more = n - net->nread;
        reserve_tie_log(net, net->ntie_log + more, net->ntie_events + more);
    }
}

/* The pair table's next size: double the present one, or, when the caller
 * said how many events to expect (net_expect_events) and the table is big
 * enough, the size that the pairs still to come need at load <= 1/2.
 * Why: each doubling maps a fresh table, which this kind of virtual machine
 * zeroes slowly page by page, and rehashes every pair into it; a 10M-event
 * file passed through seven of them (skipping them saved about 4 % of the
 * CPU time of its core report, paired against doubling).  The
 * projection takes the rate of new pairs per event since the last growth
 * for the rest of the input.  That rate falls as a file goes on (pairs
 * repeat), so the table may end one doubling bigger than doubling would
 * have made it, and never smaller: it still doubles when full. */
static size_t pair_next_size(const net_t *net)
{
    size_t ns = net->npair_slots ? net->npair_slots * 2 : 1024;
    if (ns < PAIR_PROJECT_MIN || net->expect <= net->nread ||
        net->nread <= net->grown_nread)
        return ns;
    double rate = (double)(net->nedges - net->grown_nedges) /
                  (double)(net->nread - net->grown_nread);
    double want = 2 * ((double)net->nedges +
                       rate * (double)(net->expect - net->nread));
    while (ns < PAIR_MAX_SLOTS && (double)ns < want) ns *= 2;
    return ns;
}

/* Load <= 1/2: nearly every event of a big file is a new pair, and a miss
 * probes 1/2 (1 + 1/(1-load)^2) slots: 2.5 at 1/2 (mostly within the
 * prefetched line of 8 slots), 8.5 at 3/4. */
static int pairs_full(const net_t *net, size_t nedges)
{
    return nedges * 2 > net->npair_slots;
}

_Static_assert(sizeof(net_edge_t) == 32, "two edge records to a cache line");

static int reserve_edges(net_t *net, size_t n)
{
    if (n <= net->capedges) return 0;
    if (net->opts.max_events_per_edge) {
        net_kept_t *k = bigmem_grow(net->kept, net->nedges * sizeof *k, n,
                                    sizeof *k);
        if (!k) return -1;
        net->kept = k;
    }
    net_edge_t *e = bigmem_grow(net->edges, net->nedges * sizeof *e, n,
                                sizeof *e);
    if (!e) return -1;
    net->edges = e;
    net->capedges = n;
    return 0;
}

/* The edge of a < b (h = pair_hash(a, b)) or -1; *slot (if non-NULL) gets
 * the empty slot where it would go; *work (if non-NULL) grows by the slots
 * and edge records looked at. */
static long find_edge_h(const net_t *net, uint32_t a, uint32_t b, uint64_t h,
                        size_t *slot, uint64_t *work)
{
    if (!net->npair_slots) return -1;
    size_t mask = net->npair_slots - 1, n = 0;
    uint32_t tag = (uint32_t)(h >> 32);
    long found = -1;
    for (size_t i = pair_home(net->npair_slots, tag);; i = (i + 1) & mask) {
        const net_pair_slot_t *s = &net->pair_slots[i];
        n++;
        if (!s->id) {
            if (slot) *slot = i;
            break;
        }
        if (s->tag == tag) {
            const net_edge_t *e = &net->edges[s->id - 1];
            n++;
            if (e->a == a && e->b == b) {
                found = (long)(s->id - 1);
                break;
            }
        }
    }
    if (work) *work += n;
    return found;
}

static long find_edge(const net_t *net, uint32_t a, uint32_t b, size_t *slot)
{
    return find_edge_h(net, a, b, pair_hash(a, b), slot, NULL);
}

/* Builds the pair table again for the edges a network has (after
 * net_drop_pair_index).  Returns 0 or -1 when memory runs out. */
static int rebuild_pairs(net_t *net)
{
    size_t ns = 1024;
    while (net->nedges * 2 >= ns) ns *= 2;
    if (ns > PAIR_MAX_SLOTS) return -1;
    net_pair_slot_t *slots = bigmem_calloc(ns, sizeof *slots);
    if (!slots) return -1;
    for (size_t k = 0; k < net->nedges; k++) {
        uint32_t tag = (uint32_t)(pair_hash(net->edges[k].a, net->edges[k].b) >> 32);
        size_t j = pair_home(ns, tag);
        while (slots[j].id) j = (j + 1) & (ns - 1);
        slots[j] = (net_pair_slot_t){tag, (uint32_t)(k + 1)};
    }
    net->pair_slots = slots;
    net->npair_slots = ns;
    return 0;
}

void net_drop_pair_index(net_t *net)
{
    bigmem_free(net->pair_slots);
    net->pair_slots = NULL;
    net->npair_slots = 0;
    batch_free(net->batch);
    net->batch = NULL;
}

/* The edge of a < b (h = pair_hash(a, b)), added when new.  Returns its id
 * or -1 when memory runs out. */
static long get_edge_h(net_t *net, uint32_t a, uint32_t b, uint64_t h)
{
    if (!net->pair_slots && net->nedges && rebuild_pairs(net) < 0) return -1;
    size_t slot = 0;
    long id = find_edge_h(net, a, b, h, &slot, &net->pair_work);
    if (id >= 0) return id;
    if (pairs_full(net, net->nedges + 1)) {
        if (resize_pairs(net, pair_next_size(net)) < 0) return -1;
        net->grown_nread = net->nread;
        net->grown_nedges = net->nedges;
        find_edge_h(net, a, b, h, &slot, &net->pair_work);
    }
    if (net->nedges == net->capedges &&
        reserve_edges(net, net->capedges ? net->capedges * 2 : 256) < 0)
        return -1;
    net_edge_t *e = &net->edges[net->nedges];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    e->more = NET_NONE;
    if (net->kept)
        net->kept[net->nedges] = (net_kept_t){NET_NONE, NET_NONE, 0};
    net->pair_slots[slot].tag = (uint32_t)(h >> 32);
    net->pair_slots[slot].id = (uint32_t)(net->nedges + 1);
    return (long)net->nedges++;
}

static long get_edge(net_t *net, uint32_t a, uint32_t b)
{
    return get_edge_h(net, a, b, pair_hash(a, b));
}

/* Adds a year to an edge of net (which counts the edges with years on the
 * heap).  Returns 0 or -1 when memory runs out. */
static int add_year(net_t *net, net_edge_t *e, short y)
{
    size_t n = e->nyears;
    short *ys = n <= NET_INLINE_YEARS ? e->years.inl : e->years.heap;
    size_t i = 0;
    while (i < n && ys[i] < y) i++;
    if (i < n && ys[i] == y) return 0;
    if (n == UINT16_MAX) return 0; /* more years than exist */
    if (n == NET_INLINE_YEARS) {
        if (net->nyears_heap == net->capyears_heap) {
            size_t cap = net->capyears_heap ? 2 * net->capyears_heap : 64;
            uint32_t *l = realloc(net->years_heap, cap * sizeof *l);
            if (!l) return -1;
            net->years_heap = l;
            net->capyears_heap = cap;
        }
        short *h = malloc(8 * sizeof *h);
        if (!h) return -1;
        memcpy(h, e->years.inl, sizeof e->years.inl);
        net->years_heap[net->nyears_heap++] = (uint32_t)(e - net->edges);
        e->years.heap = ys = h;
    } else if (n > NET_INLINE_YEARS && n >= 8 && !(n & (n - 1))) {
        /* n is the capacity (a power of two): double it */
        short *h = realloc(ys, 2 * n * sizeof *h);
        if (!h) return -1;
        e->years.heap = ys = h;
    }
    memmove(ys + i + 1, ys + i, (n - i) * sizeof *ys);
    ys[i] = y;
    e->nyears++;
    return 0;
}

const short *net_edge_years(const net_edge_t *e, size_t *n)
{
    *n = e->nyears;
    return e->nyears <= NET_INLINE_YEARS ? e->years.inl : e->years.heap;
}

/* 1 when code starts with one of the comma-separated codes of list. */
static int cameo_in(const char *list, const char *code)
{
    for (const char *p = list; *p;) {
        size_t n = strcspn(p, ",");
        if (n && !strncasecmp(code, p, n)) return 1;
        p += n;
        if (*p) p++;
    }
    return 0;
}

/* a + b, held at UINT32_MAX: an aggregated row's count can push a sum of
 * counts past 32 bits, and a weight that wrapped would rank the busiest
 * tie last. */
static inline uint32_t sat_add(uint32_t a, uint64_t b)
{
    uint64_t c = (uint64_t)a + b;
    return c > UINT32_MAX ? UINT32_MAX : (uint32_t)c;
}

static int passes_filters(const net_opts_t *o, const ev_event_t *ev)
{
    if (o->relation_mask && !(o->relation_mask & (1u << ev->relation)))
        return 0;
    if (o->min_confidence > 0 && ev->confidence >= 0 &&
        ev->confidence < o->min_confidence)
        return 0;
    if (o->cameo || o->exclude_cameo) {
        const char *code = "";
        for (size_t i = 0; i < ev->extra.n; i++)
            if (!strcmp(ev->extra.names[i], "cameo")) {
                code = ev->extra.values[i] ? ev->extra.values[i] : "";
                break;
            }
        if (o->cameo && (!*code || !cameo_in(o->cameo, code))) return 0;
        if (o->exclude_cameo && *code && cameo_in(o->exclude_cameo, code))
            return 0;
    }
    if (o->since.year || o->until.year) {
        if (!ev->start.year) return 0;
        long first = ev_date_first_day(ev->start);
        long last = ev_date_last_day(ev->end.year ? ev->end : ev->start);
        if (o->since.year && last < ev_date_first_day(o->since)) return 0;
        if (o->until.year && first > ev_date_last_day(o->until)) return 0;
    }
    return 1;
}

/* The id in net->text of a kept event's document.  Events come in runs of
 * one document, so the last one is compared first: asking the table, which
 * holds every document of a big file, is a cache miss per event.  The id
 * is the one strtab_intern gives. */
static long doc_id(net_t *net, const char *doc)
{
    size_t n = strlen(doc);
    if (net->last_doc) {
        uint32_t id = net->last_doc - 1;
        if (strtab_len(&net->text, id) == n &&
            !memcmp(strtab_str(&net->text, id), doc, n))
            return (long)id;
    }
    long id = strtab_intern(&net->text, doc, n, NULL);
    if (id >= 0) net->last_doc = (uint32_t)id + 1;
    return id;
}

static int keep_event(net_t *net, const net_edge_t *e, const ev_event_t *ev,
                      uint32_t src, uint32_t dst)
{
    if (net->nevents == net->capevents) {
        size_t cap = net->capevents ? net->capevents * 2 : 256;
        /* bigmem: a million kept events grow in place or move their
         * pages, instead of being copied at every doubling */
        net_event_t *v = bigmem_grow(net->events, net->nevents * sizeof *v,
                                     cap, sizeof *v);
        if (!v) return -1;
        net->events = v;
        net->capevents = cap;
    }
    long place = strtab_intern(&net->text, ev->place ? ev->place : "",
                               ev->place ? strlen(ev->place) : 0, NULL);
    long doc = doc_id(net, ev->doc ? ev->doc : "");
    long evi = strtab_add(&net->sentences, ev->evidence ? ev->evidence : "",
                          ev->evidence ? strlen(ev->evidence) : 0);
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
    net_kept_t *kp = &net->kept[e - net->edges];
    if (kp->last == NET_NONE) kp->first = id;
    else net->events[kp->last].next = id;
    kp->last = id;
    kp->n++;
    return 0;
}

/* Adds the events and visits of every edge of net to its two actors.
 * The same sums as counting event by event: each event adds its count to
 * one edge and to that edge's two actors, and sat_add holds at the same
 * bound whichever way the counts are grouped. */
static void add_edge_counts(net_t *net)
{
    const size_t ahead = 16; /* the actors of a big network: misses */
    for (size_t i = 0; i < net->nedges; i++) {
        if (i + ahead < net->nedges) {
            __builtin_prefetch(&net->actors[net->edges[i + ahead].a], 1);
            __builtin_prefetch(&net->actors[net->edges[i + ahead].b], 1);
        }
        const net_edge_t *e = &net->edges[i];
        net_actor_t *a = &net->actors[e->a], *b = &net->actors[e->b];
        a->visits_made = sat_add(a->visits_made, e->visits_ab);
        b->visits_hosted = sat_add(b->visits_hosted, e->visits_ab);
        uint32_t ba = net_edge_visits_ba(net, e);
        b->visits_made = sat_add(b->visits_made, ba);
        a->visits_hosted = sat_add(a->visits_hosted, ba);
        a->events = sat_add(a->events, e->total);
        b->events = sat_add(b->events, e->total);
    }
}

void net_defer_actor_counts(net_t *net)
{
    net->defer_actor_counts = 1;
}

void net_count_actors(net_t *net)
{
    if (!net->defer_actor_counts) return;
    for (size_t i = 0; i < net->nactors; i++)
        net->actors[i].visits_made = net->actors[i].visits_hosted =
            net->actors[i].events = 0;
    add_edge_counts(net);
    net->defer_actor_counts = 0;
}

/* Gives edge e of net its counts per relation (net_edge_more_t), the
 * same figures its one relation held in `total`.  Returns 0 or -1 when
 * memory runs out. */
static int edge_enrich(net_t *net, net_edge_t *e)
{
    if (e->more != NET_NONE) return 0;
    if (net->nmore == net->capmore) {
        size_t cap = net->capmore ? 2 * net->capmore : 64;
        if (cap > NET_NONE) return -1;
        net_edge_more_t *m = realloc(net->more, cap * sizeof *m);
        if (!m) return -1;
        net->more = m;
        net->capmore = cap;
    }
    net_edge_more_t *m = &net->more[net->nmore];
    memset(m, 0, sizeof *m);
    m->count[e->rel] = e->total;
    m->visits_ba = net_edge_visits_ba(net, e);
    e->more = (uint32_t)net->nmore++;
    return 0;
}

/* Adds n events of relation r to edge e of net (a visit: made by e->a
 * when ab, else by e->b), holding every sum at UINT32_MAX.  An edge
 * stays compact (total alone) while its events are of one relation and
 * its total below UINT32_MAX, so that total - visits_ab is the visits
 * made by b exactly.  Returns 0 or -1 when memory runs out. */
static int edge_add(net_t *net, net_edge_t *e, ev_relation_t r, uint32_t n,
                    int ab)
{
    if (e->more == NET_NONE) {
        if (!e->total) e->rel = (uint8_t)r; /* no counts yet: any relation */
        if (e->rel == r && (uint64_t)e->total + n < UINT32_MAX) {
            e->total += n;
            if (r == EV_REL_VISIT && ab) e->visits_ab += n;
            return 0;
        }
        if (edge_enrich(net, e) < 0) return -1;
    }
    net_edge_more_t *m = &net->more[e->more];
    m->count[r] = sat_add(m->count[r], n);
    e->total = sat_add(e->total, n);
    if (r == EV_REL_VISIT) {
        if (ab) e->visits_ab = sat_add(e->visits_ab, n);
        else m->visits_ba = sat_add(m->visits_ba, n);
    }
    return 0;
}

/* The years y0 (start; 0: none) to y1 (end; 0: no span) of an event,
 * added to edge e of net: every year of a span, up to 200.  Returns
 * DN_OK or DN_ENOMEM (reported). */
static int edge_add_years(net_t *net, net_edge_t *e, short y0, short y1)
{
    if (y0 && add_year(net, e, y0) < 0) return diag_nomem("years");
    if (y1 && y1 != y0) {
        for (int y = y0 + 1; y <= y1 && y - y0 < 200; y++)
            if (add_year(net, e, (short)y) < 0) return diag_nomem("years");
    }
    return DN_OK;
}

/* The update of an accepted event from actor s to actor t on edge eid.
 * Returns DN_OK or DN_ENOMEM (reported). */
static int apply_event(net_t *net, const ev_event_t *ev, uint32_t s,
                       uint32_t t, uint32_t eid)
{
    net_edge_t *e = &net->edges[eid];
    uint32_t n = ev_count(ev);
    if (edge_add(net, e, ev->relation, n, s == e->a) < 0)
        return diag_nomem("edges");
    if (!net->defer_actor_counts) {
        net->actors[s].events = sat_add(net->actors[s].events, n);
        net->actors[t].events = sat_add(net->actors[t].events, n);
    }
    if (ev->relation == EV_REL_VISIT) {
        if (!net->defer_actor_counts) {
            net->actors[s].visits_made = sat_add(net->actors[s].visits_made, n);
            net->actors[t].visits_hosted = sat_add(net->actors[t].visits_hosted, n);
        }
    }
    int rc = edge_add_years(net, e, ev->start.year, ev->end.year);
    if (rc) return rc;
    if (net->kept && net->kept[eid].n < net->opts.max_events_per_edge &&
        keep_event(net, e, ev, s, t) < 0)
        return diag_nomem("evidence");
    return DN_OK;
}

/* A new edge a < b of net, at the end (room reserved).  Returns it. */
static net_edge_t *append_edge(net_t *net, uint32_t a, uint32_t b)
{
    net_edge_t *e = &net->edges[net->nedges++];
    memset(e, 0, sizeof *e);
    e->a = a;
    e->b = b;
    e->more = NET_NONE;
    return e;
}

/* Adds the records r[g..) of one pair (key bits `w` per actor) as a new
 * edge: the updates apply_event would have made, in the events' order.
 * Returns DN_OK or DN_ENOMEM (reported). */
static int replay_pair(net_t *net, const radix_rec_t *r, size_t n, size_t g,
                       unsigned w)
{
    uint64_t key = r[g].key;
    net_edge_t *e = append_edge(net, (uint32_t)(key >> w),
                                (uint32_t)(key & (((uint64_t)1 << w) - 1)));
    for (size_t i = g; i < n && r[i].key == key; i++) {
        uint64_t v = r[i].val;
        uint32_t y = net->tie_years[v >> 32];
        if (edge_add(net, e, (ev_relation_t)((v >> 1) & 7),
                     (uint32_t)(v >> 4) & TIE_MAX_COUNT, (int)(v & 1)) < 0)
            return diag_nomem("edges");
        int rc = edge_add_years(net, e, (short)(uint16_t)y,
                                (short)(uint16_t)(y >> 16));
        if (rc) return rc;
    }
    return DN_OK;
}

/* The log's records sorted by pair (actor ids of w bits packed into the
 * low 2w bits of the key, so the sort takes as few passes as the actors
 * need); tmp is the other buffer.  Returns the sorted buffer. */
static radix_rec_t *sort_tie_log(net_t *net, radix_rec_t *tmp, unsigned w)
{
    radix_rec_t *l = net->tie_log;
    for (size_t i = 0; i < net->ntie_log; i++)
        l[i].key = (l[i].key >> 32) << w | (l[i].key & UINT32_MAX);
    return radix_sort(l, tmp, net->ntie_log, 2 * w);
}

/* The ties of the logged events, in the order of their first events:
 * the sorted log's pairs, each marked at its first event's number
 * (first[k] = 1 + where the pair of event k starts in the sorted log, 0
 * when event k is not its pair's first), then read in that order. */
static int build_ties(net_t *net)
{
    size_t n = net->ntie_log, nev = net->ntie_events;
    if (!n) return DN_OK;
    unsigned w = net->nactors > 1
                     ? 64 - (unsigned)__builtin_clzll(net->nactors - 1) : 1;
    radix_rec_t *tmp = bigmem_alloc(n, sizeof *tmp);
    if (!tmp) return diag_nomem("edges");
    radix_rec_t *r = sort_tie_log(net, tmp, w);
    /* the other buffer (n records >= nev numbers) holds `first` */
    uint32_t *first = (uint32_t *)(r == tmp ? net->tie_log : tmp);
    memset(first, 0, nev * sizeof *first);
    size_t npairs = 0;
    for (size_t i = 0; i < n; i++)
        if (!i || r[i].key != r[i - 1].key) {
            first[r[i].val >> 32] = (uint32_t)i + 1;
            npairs++;
        }
    int rc = reserve_edges(net, net->nedges + npairs) < 0
                 ? diag_nomem("edges") : DN_OK;
    /* a pair's records and their years are misses: asked for early */
    const size_t ahead = 16;
    for (size_t k = 0; k < nev && !rc; k++) {
        if (k + ahead < nev && first[k + ahead])
            __builtin_prefetch(&r[first[k + ahead] - 1]);
        if (k + ahead / 2 < nev && first[k + ahead / 2])
            __builtin_prefetch(
                &net->tie_years[r[first[k + ahead / 2] - 1].val >> 32]);
        if (first[k]) rc = replay_pair(net, r, n, first[k] - 1, w);
    }
    bigmem_free(tmp);
    return rc;
}

void net_defer_ties(net_t *net)
{
    if (net->nedges || net->opts.max_events_per_edge) return;
    net->defer_ties = 1;
    net->defer_actor_counts = 1;
}

int net_flush_ties(net_t *net)
{
    if (!net->defer_ties) return DN_OK;
    net->defer_ties = 0;
    int rc = build_ties(net);
    bigmem_free(net->tie_log);
    bigmem_free(net->tie_years);
    net->tie_log = NULL;
    net->tie_years = NULL;
    net->ntie_log = net->captie_log = 0;
    net->ntie_events = net->captie_years = 0;
    net->tie_check = 0;
    if (!rc) net_count_actors(net);
    return rc;
}

/* A log that is full: its ties are built, and the event goes on as
 * net_add_event adds it without a deferral. */
static int log_tie_flush(net_t *net, const ev_event_t *ev, uint32_t s,
                         uint32_t t)
{
    int rc = net_flush_ties(net);
    if (rc) return rc;
    uint32_t a = s < t ? s : t, b = s < t ? t : s;
    long eid = get_edge(net, a, b);
    if (eid < 0) return diag_nomem("edges");
    return apply_event(net, ev, s, t, (uint32_t)eid);
}

int net_add_event(const ev_event_t *ev, void *ctx)
{
    net_t *net = ctx;
    net->nread++;
    if (!passes_filters(&net->opts, ev)) {
        net->nfiltered++;
        return DN_OK;
    }
    long s = intern_actor(net, ev->source, ev->source_kind, ev);
    long t = s < 0 ? -1 : intern_actor(net, ev->target, ev->target_kind, ev);
    if (s < 0 || t < 0) return diag_nomem("actors");
    if (s == t) {
        net->nselfloops += ev_count(ev);
        return DN_OK;
    }
    if (net->defer_ties) return log_tie(net, ev, (uint32_t)s, (uint32_t)t);
    uint32_t a = (uint32_t)(s < t ? s : t), b = (uint32_t)(s < t ? t : s);
    long eid = get_edge(net, a, b);
    if (eid < 0) return diag_nomem("edges");
    return apply_event(net, ev, (uint32_t)s, (uint32_t)t, (uint32_t)eid);
}

/* ----------------------------------------------------- the batch pipeline
 * Each stage handles the events in input order, so ids are given out in
 * the order net_add_event gives them.  A stage that fails records the
 * event; the later stages still finish the events before it, and the
 * failure reported is the one net_add_event would have met first. */

typedef struct {
    net_t *net;
    net_batch_t *b;
    const ev_event_t *evs;
    size_t stop;                /* first failed event (n when none) */
    const char *what;           /* its diag_nomem label */
} nb_run_t;

static void nb_fail(nb_run_t *r, size_t i, const char *what)
{
    if (i < r->stop) {
        r->stop = i;
        r->what = what;
    }
}

/* One line: a record is half a cache line, the array starts on a line
 * (bigmem), so no record straddles two. */
static void prefetch_edge(const net_edge_t *e)
{
    __builtin_prefetch(e, 1);
}

/* Stage 1: filters, keys, their hashes; prefetch the key slots. */
static void nb_stage1(nb_run_t *r, size_t i)
{
    const ev_event_t *ev = &r->evs[i];
    nb_item_t *it = &r->b->item[i % NB_RING];
    buf_t *k = r->b->key[i % NB_RING];
    it->state = passes_filters(&r->net->opts, ev) ? NB_LIVE : NB_FILTERED;
    if (it->state != NB_LIVE) return;
    if (actor_key(ev->source, (int)ev->source_kind, &k[0]) < 0 ||
        actor_key(ev->target, (int)ev->target_kind, &k[1]) < 0) {
        nb_fail(r, i, "actors");
        return;
    }
    it->hs = strtab_hash(k[0].data, k[0].len);
    it->ht = strtab_hash(k[1].data, k[1].len);
    strtab_prefetch(&r->net->keys, it->hs);
    strtab_prefetch(&r->net->keys, it->ht);
}

static void nb_pair(nb_run_t *r, nb_item_t *it, uint32_t s, uint32_t t);

/* Stage 2: actor ids; prefetch the pair slot and the actor records.  In
 * identity mode: spelling ids, and a prefetch of their actors (a miss
 * each: stage 2b reads them). */
static void nb_stage2(nb_run_t *r, size_t i)
{
    nb_item_t *it = &r->b->item[i % NB_RING];
    if (it->state != NB_LIVE) return;
    const ev_event_t *ev = &r->evs[i];
    net_t *net = r->net;
    buf_t *k = r->b->key[i % NB_RING];
    long (*intern)(net_t *, const buf_t *, uint32_t, const char *, ev_kind_t,
                   const ev_event_t *) =
        net->identity ? intern_spelling : intern_key;
    long s = intern(net, &k[0], it->hs, ev->source, ev->source_kind, ev);
    long t = s < 0 ? -1
                   : intern(net, &k[1], it->ht, ev->target, ev->target_kind, ev);
    if (s < 0 || t < 0) {
        nb_fail(r, i, "actors");
        return;
    }
    if (net->identity) {
        it->s = (uint32_t)s;
        it->t = (uint32_t)t;
        __builtin_prefetch(&net->spell_actor[s]);
        __builtin_prefetch(&net->spell_actor[t]);
        return;
    }
    nb_pair(r, it, (uint32_t)s, (uint32_t)t);
}

/* Stage 2b (identity mode): the actors of the spellings, then as stage 2. */
static void nb_stage2b(nb_run_t *r, size_t i)
{
    nb_item_t *it = &r->b->item[i % NB_RING];
    if (it->state != NB_LIVE) return;
    const net_t *net = r->net;
    nb_pair(r, it, net->spell_actor[it->s], net->spell_actor[it->t]);
}

/* The end of stage 2: actors s and t of an event. */
static void nb_pair(nb_run_t *r, nb_item_t *it, uint32_t s, uint32_t t)
{
    net_t *net = r->net;
    it->s = s;
    it->t = t;
    if (s == t) {
        it->state = NB_SELFLOOP;
        return;
    }
    uint32_t a = (uint32_t)(s < t ? s : t), b = (uint32_t)(s < t ? t : s);
    it->ph = pair_hash(a, b);
    if (net->npair_slots)
        __builtin_prefetch(&net->pair_slots[pair_home(net->npair_slots,
                                                      (uint32_t)(it->ph >> 32))], 1);
    if (!net->defer_actor_counts) {
        __builtin_prefetch(&net->actors[s], 1);
        __builtin_prefetch(&net->actors[t], 1);
    }
}

/* Stage 3: a look at the pair slots, which prefetches the edge that
 * probably is the event's.  Only a look: edges are added in stage 4, in
 * order (an edge that an event in flight adds is found there, in cache). */
static void nb_stage3(nb_run_t *r, size_t i)
{
    const nb_item_t *it = &r->b->item[i % NB_RING];
    const net_t *net = r->net;
    if (it->state != NB_LIVE || !net->npair_slots) return;
    size_t mask = net->npair_slots - 1;
    uint32_t tag = (uint32_t)(it->ph >> 32);
    for (size_t k = pair_home(net->npair_slots, tag);; k = (k + 1) & mask) {
        const net_pair_slot_t *s = &net->pair_slots[k];
        if (!s->id) return;
        if (s->tag == tag) {
            prefetch_edge(&net->edges[s->id - 1]);
            return;
        }
    }
}

/* Stage 4: the update, as net_add_event does it. */
static int nb_stage4(nb_run_t *r, size_t i)
{
    nb_item_t *it = &r->b->item[i % NB_RING];
    net_t *net = r->net;
    net->nread++;
    if (it->state == NB_FILTERED) net->nfiltered++;
    else if (it->state == NB_SELFLOOP) net->nselfloops += ev_count(&r->evs[i]);
    else {
        uint32_t s = it->s, t = it->t;
        if (net->defer_ties) return log_tie(net, &r->evs[i], s, t);
        long eid = get_edge_h(net, s < t ? s : t, s < t ? t : s, it->ph);
        if (eid < 0) return diag_nomem("edges");
        return apply_event(net, &r->evs[i], s, t, (uint32_t)eid);
    }
    return DN_OK;
}

int net_add_events(const ev_event_t *evs, size_t n, void *ctx)
{
    net_t *net = ctx;
    if (n < 2) return n ? net_add_event(evs, ctx) : DN_OK;
    if (!net->batch) {
        net->batch = calloc(1, sizeof *net->batch);
        if (!net->batch) return diag_nomem("actors");
    }
    nb_run_t r = {net, net->batch, evs, n, NULL};
    /* Round j prefetches the names of event j + D (a producer thread on
     * another core wrote them: each is a miss), runs stage 1 on event j,
     * stage 2 on j - D, stage 3 on j - 2D and stage 4 on j - 3D; a stage
     * never passes r.stop.  Identity mode puts stage 2b on j - 2D (the
     * actors of the spellings stage 2 found), and stages 3 and 4 one
     * distance later. */
    const size_t D = NB_DIST, X = net->identity ? NB_DIST : 0;
    for (size_t j = 0; j < D && j < n; j++) {
        __builtin_prefetch(evs[j].source);
        __builtin_prefetch(evs[j].target);
    }
    for (size_t j = 0; j < n + 3 * D + X; j++) {
        if (j + D < n) {
            __builtin_prefetch(evs[j + D].source);
            __builtin_prefetch(evs[j + D].target);
        }
        if (j < r.stop) nb_stage1(&r, j);
        if (j >= D && j - D < r.stop) nb_stage2(&r, j - D);
        if (X && j >= D + X && j - D - X < r.stop) nb_stage2b(&r, j - D - X);
        if (j >= 2 * D + X && j - 2 * D - X < r.stop)
            nb_stage3(&r, j - 2 * D - X);
        if (j >= 3 * D + X && j - 3 * D - X < r.stop) {
            int rc = nb_stage4(&r, j - 3 * D - X);
            if (rc) return rc; /* reported; the earliest failure */
        }
    }
    if (r.stop < n) {
        net->nread++; /* net_add_event counts the event it fails on */
        return diag_nomem(r.what);
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
        if (net->identity && net->resolve) {
            /* the name as the readers' names are resolved: Nazarbayev finds
             * the actor labelled Nursultan Nasarbajew */
            net_resolved_t r;
            if (net->resolve(net->resolve_ctx, name, (ev_kind_t)k, &r)) break;
            size_t rn = strlen(r.key);
            found = find_actor_key(net, r.key, rn, strtab_hash(r.key, rn));
            if (found >= 0) break;
        }
        if (actor_key(name, k, &key) < 0) break;
        found = strtab_find(&net->keys, key.data, key.len);
        if (found >= 0 && net->identity) found = net->spell_actor[found];
    }
    buf_destroy(&key);
    return found;
}

const char *net_actor_id(const net_t *net, size_t actor)
{
    return strtab_str(&net->idstr, net->actors[actor].ident);
}

const char *net_event_place(const net_t *net, const net_event_t *ev)
{
    return strtab_str(&net->text, ev->place);
}

const char *net_event_doc(const net_t *net, const net_event_t *ev)
{
    return strtab_str(&net->text, ev->doc);
}

const char *net_event_evidence(const net_t *net, const net_event_t *ev)
{
    return strtab_str(&net->sentences, ev->evidence);
}

const char *net_actor_name(const net_t *net, size_t actor)
{
    return strtab_str(&net->names, net->actors[actor].name);
}

const net_edge_t *net_edge_between(const net_t *net, uint32_t a, uint32_t b)
{
    if (a > b) { uint32_t t = a; a = b; b = t; }
    if (!net->pair_slots) { /* dropped (net_drop_pair_index): a scan */
        for (size_t k = 0; k < net->nedges; k++)
            if (net->edges[k].a == a && net->edges[k].b == b)
                return &net->edges[k];
        return NULL;
    }
    long id = find_edge(net, a, b, NULL);
    return id < 0 ? NULL : &net->edges[id];
}

uint32_t net_edge_first_event(const net_t *net, const net_edge_t *e)
{
    return net->kept ? net->kept[e - net->edges].first : NET_NONE;
}

uint32_t net_edge_nkept(const net_t *net, const net_edge_t *e)
{
    return net->kept ? net->kept[e - net->edges].n : 0;
}

/* Copies edge e's years and kept evidence events from net into sub's edge
 * d, its actors renumbered by map.  limit: stop at the evidence limit of
 * sub (a merge) or keep every event (keep_event limits a copy itself).
 * Returns 0, or -1 when memory runs out. */
static int copy_edge_events(const net_t *net, const net_edge_t *e, net_t *sub, net_edge_t *d,
                            const uint32_t *map, int limit)
{
    size_t ny;
    const short *ys = net_edge_years(e, &ny);
    for (size_t i = 0; i < ny; i++)
        if (add_year(sub, d, ys[i]) < 0) return -1;
    for (uint32_t k = net_edge_first_event(net, e); k != NET_NONE;
         k = net->events[k].next) {
        if (limit && net_edge_nkept(sub, d) >= sub->opts.max_events_per_edge)
            break;
        const net_event_t *x = &net->events[k];
        ev_event_t ev;
        memset(&ev, 0, sizeof ev);
        ev.relation = x->relation;
        ev.start = x->start;
        ev.end = x->end;
        ev.place = net_event_place(net, x);
        ev.doc = net_event_doc(net, x);
        ev.evidence = net_event_evidence(net, x);
        ev.line = x->line;
        if (keep_event(sub, d, &ev, map[x->source], map[x->target]) < 0)
            return -1;
    }
    return 0;
}

/* Adds the counts and visits of edge e of net to edge d of sub (swap: d's
 * ends are e's the other way round), every sum held at UINT32_MAX.  A
 * compact e into an empty d stays compact.  Returns 0 or -1 when memory
 * runs out. */
static int edge_add_edge(const net_t *net, const net_edge_t *e, int swap,
                         net_t *sub, net_edge_t *d)
{
    uint32_t ab = e->visits_ab, ba = net_edge_visits_ba(net, e);
    if (swap) {
        uint32_t t = ab;
        ab = ba;
        ba = t;
    }
    if (d->more == NET_NONE && !d->total && e->more == NET_NONE) {
        d->rel = e->rel;
        d->total = e->total;
        d->visits_ab = ab;
        return 0;
    }
    if (edge_enrich(sub, d) < 0) return -1;
    net_edge_more_t *m = &sub->more[d->more];
    for (int r = 0; r < EV_REL_COUNT; r++)
        m->count[r] = sat_add(m->count[r], net_edge_count(net, e, (ev_relation_t)r));
    d->total = sat_add(d->total, e->total);
    d->visits_ab = sat_add(d->visits_ab, ab);
    m->visits_ba = sat_add(m->visits_ba, ba);
    return 0;
}

/* Re-adds an edge's counts under new ids (used by net_induce). */
static int copy_edge(const net_t *net, const net_edge_t *e, net_t *sub,
                     const uint32_t *map)
{
    uint32_t a = map[e->a], b = map[e->b];
    long eid = get_edge(sub, a < b ? a : b, a < b ? b : a);
    if (eid < 0) return -1;
    net_edge_t *d = &sub->edges[eid];
    /* map is monotonic, so a < b keeps its orientation */
    if (edge_add_edge(net, e, 0, sub, d) < 0) return -1;
    return copy_edge_events(net, e, sub, d, map, 0);
}

/* Adds actor i of net to sub (label, registry id, kind; in identity mode
 * under its key).  Returns the new id or -1 when memory runs out. */
static long copy_actor(const net_t *net, size_t i, net_t *sub)
{
    const net_actor_t *a = &net->actors[i];
    if (!net->identity) return intern_actor(sub, net_actor_name(net, i), a->kind,
                                            NULL);
    sub->identity = 1;
    sub->resolve = net->resolve;
    sub->resolve_ctx = net->resolve_ctx;
    size_t n;
    const char *key = actor_key_of(net, i, &n);
    uint32_t h = strtab_hash(key, n);
    long id = find_actor_key(sub, key, n, h);
    if (id >= 0) return id;
    return new_keyed_actor(sub, key, n, h, -1, net_actor_name(net, i),
                           net_actor_id(net, i), a->kind);
}

/* Copies the spellings of net into sub (identity mode), their actors
 * mapped by map (NET_NONE: dropped).  Returns 0 or -1. */
static int copy_spellings(const net_t *net, const uint32_t *map,
                          const uint32_t *unused, net_t *sub)
{
    (void)unused;
    if (!net->identity) return 0;
    for (size_t i = 0; i < net->nspells; i++) {
        const net_spelling_t *sp = &net->spells[i];
        if (map[sp->actor] == NET_NONE) continue;
        int added = 0;
        long sid = strtab_intern(&sub->keys, strtab_str(&net->keys, i),
                                 strtab_len(&net->keys, i), &added);
        if (sid < 0) return -1;
        if (!added) continue;
        if (add_spelling(sub, (size_t)sid, strtab_str(&net->names, sp->name),
                         sp->kind, map[sp->actor], sp->how,
                         strtab_str(&net->spelldocs, sp->doc), sp->line) < 0)
            return -1;
    }
    return 0;
}

int net_induce(const net_t *net, const unsigned char *keep, net_t *sub,
               uint32_t *map_out)
{
    return net_induce_edges(net, keep, NULL, sub, map_out);
}

int net_prune(const net_t *net, uint32_t min_weight, size_t min_degree,
              net_t *sub)
{
    size_t n = net->nactors, m = net->nedges;
    unsigned char *keep = malloc(n + 1), *ekeep = malloc(m + 1);
    size_t *deg = calloc(n + 1, sizeof *deg);
    if (!keep || !ekeep || !deg) {
        free(keep); free(ekeep); free(deg);
        return diag_nomem("pruning the network");
    }
    for (size_t j = 0; j < m; j++) {
        const net_edge_t *e = &net->edges[j];
        ekeep[j] = e->total >= min_weight;
        if (ekeep[j]) {
            deg[e->a]++;
            deg[e->b]++;
        }
    }
    for (size_t i = 0; i < n; i++)
        keep[i] = min_degree ? deg[i] >= min_degree
                             : min_weight <= 1 || deg[i] > 0;
    int rc = net_induce_edges(net, keep, ekeep, sub, NULL);
    free(keep); free(ekeep); free(deg);
    return rc;
}

int net_induce_edges(const net_t *net, const unsigned char *keep,
                     const unsigned char *ekeep, net_t *sub,
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
        long id = copy_actor(net, i, sub);
        if (id < 0) { rc = diag_nomem("subnetwork"); goto out; }
        map[i] = (uint32_t)id;
        sub->actors[id].visits_made = a->visits_made;
        sub->actors[id].visits_hosted = a->visits_hosted;
        sub->actors[id].events = a->events;
    }
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        if (map[e->a] == NET_NONE || map[e->b] == NET_NONE) continue;
        if (ekeep && !ekeep[i]) continue;
        if (copy_edge(net, e, sub, map) < 0) {
            rc = diag_nomem("subnetwork");
            goto out;
        }
    }
    /* Visits made/hosted count only within the subnetwork. */
    for (size_t i = 0; i < sub->nactors; i++)
        sub->actors[i].visits_made = sub->actors[i].visits_hosted =
            sub->actors[i].events = 0;
    add_edge_counts(sub);
    sub->nread = net->nread;
    sub->nfiltered = net->nfiltered;
    sub->nselfloops = net->nselfloops;
    if (copy_spellings(net, map, NULL, sub) < 0) rc = diag_nomem("subnetwork");
out:
    if (!map_out) free(map);
    if (rc) net_destroy(sub);
    return rc;
}

/* Adds a year list and counts of edge e (of net) to edge d of sub, whose
 * ends are a2, b2 (new ids of e->a, e->b), with its kept events. */
static int add_edge_into(const net_t *net, const net_edge_t *e, net_t *sub,
                         const uint32_t *final)
{
    uint32_t a2 = final[e->a], b2 = final[e->b];
    long eid = get_edge(sub, a2 < b2 ? a2 : b2, a2 < b2 ? b2 : a2);
    if (eid < 0) return -1;
    net_edge_t *d = &sub->edges[eid];
    if (edge_add_edge(net, e, a2 > b2, sub, d) < 0) return -1;
    return copy_edge_events(net, e, sub, d, final, 1);
}

int net_merge(const net_t *net, const uint32_t *map, const char *how,
              net_t *out)
{
    net_opts_t o = net->opts;
    net_init(out, &o);
    out->identity = net->identity;
    out->resolve = net->resolve;
    out->resolve_ctx = net->resolve_ctx;
    size_t n = net->nactors;
    uint32_t *final = malloc((n + 1) * sizeof *final);
    int rc = DN_OK;
    if (!final) { rc = diag_nomem("merging actors"); goto out; }
    for (size_t i = 0; i < n; i++) {
        if (map[i] != i) continue;
        long id = copy_actor(net, i, out);
        if (id < 0) { rc = diag_nomem("merging actors"); goto out; }
        final[i] = (uint32_t)id;
    }
    for (size_t i = 0; i < n; i++) final[i] = final[map[i]];
    for (size_t i = 0; i < net->nedges; i++) {
        const net_edge_t *e = &net->edges[i];
        if (final[e->a] == final[e->b]) {
            out->nselfloops += e->total;
            continue;
        }
        if (add_edge_into(net, e, out, final) < 0) {
            rc = diag_nomem("merging actors");
            goto out;
        }
    }
    add_edge_counts(out);
    out->nread = net->nread;
    out->nfiltered = net->nfiltered;
    out->nselfloops += net->nselfloops;
    if (copy_spellings(net, final, how ? map : NULL, out) < 0)
        rc = diag_nomem("merging actors");
    if (how && !rc)
        for (size_t i = 0; i < net->nspells; i++)
            if (map[net->spells[i].actor] != net->spells[i].actor)
                out->spells[i].how = how;
out:
    free(final);
    if (rc) net_destroy(out);
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
        use[j] = net_edge_weight(net, &net->edges[j], with_affiliations) > 0;
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
