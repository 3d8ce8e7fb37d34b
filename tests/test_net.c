/* Tests of src/net/net: the batch pipeline (net_add_events) against the
 * one-event path (net_add_event) on varied random events — repeated and
 * new names, case and diacritic variants that merge (utf8proc folding),
 * long names, self-loops, filters, kept evidence, batch sizes across the
 * pipeline's ring — and on allocation failures (malloc, calloc and realloc
 * are wrapped for this binary: mk/reliability.mk). */
#include "testutil.h"

#include "net/net.h"

/* ------------------------------------------------------------ the wraps */

void *__real_malloc(size_t n);
void *__real_calloc(size_t n, size_t m);
void *__real_realloc(void *p, size_t n);

static long alloc_calls;       /* counted while armed */
static long fail_at;           /* fail this call (1-based; 0 = never) */
static size_t fail_size;       /* fail every malloc of this size (0 = never) */
static int injected;           /* a failure was injected */

static int should_fail(size_t n, int is_malloc)
{
    if (fail_size && is_malloc && n == fail_size) {
        injected = 1;
        return 1;
    }
    if (fail_at && ++alloc_calls == fail_at) {
        injected = 1;
        return 1;
    }
    return 0;
}

void *__wrap_malloc(size_t n)
{
    return should_fail(n, 1) ? NULL : __real_malloc(n);
}

void *__wrap_calloc(size_t n, size_t m)
{
    return should_fail(n * m, 0) ? NULL : __real_calloc(n, m);
}

void *__wrap_realloc(void *p, size_t n)
{
    return should_fail(n, 0) ? NULL : __real_realloc(p, n);
}

static void arm(long at, size_t size)
{
    alloc_calls = 0;
    fail_at = at;
    fail_size = size;
    injected = 0;
}

/* ------------------------------------------------------ random events */

static unsigned rng_state;

static unsigned rnd(unsigned n)
{
    rng_state = rng_state * 1103515245u + 12345u;
    return ((rng_state >> 8) & 0xFFFFFF) % n;
}

/* Names whose spellings merge (case, diacritics, ß) or not (kinds),
 * short and longer than a strtab slot holds inline. */
static const char *const fixed_names[] = {
    "Angela Merkel", "ANGELA MERKEL", "angela merkel", "AnGeLa MeRkEl",
    "K\xc3\xb6hler", "K\xc3\x96HLER", "Kohler", "KOHLER",
    "Stra\303\237enministerium", "STRASSENMINISTERIUM",
    "\xc3\x89mile Zola", "EMILE ZOLA", "\xc3\xa9mile zola",
    "Ministry of Foreign Affairs of the Federal Republic",
    "MINISTRY OF FOREIGN AFFAIRS OF THE FEDERAL REPUBLIC",
    "Nursultan Nasarbajew", "Bundespr\xc3\xa4sident", "BUNDESPR\xc3\x84SIDENT",
    "@[Zz`{", "Z", "z", "A", "a", "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefgh",
};
#define NFIXED (sizeof fixed_names / sizeof fixed_names[0])

typedef struct {
    ev_event_t *ev;
    size_t n;
    char (*src)[64];
    char (*dst)[64];
    char (*evi)[48];
} evset_t;

/* A name for pool index v: fixed ones, else "Actor v" (some long) with
 * random letters upper-cased. */
static void make_name(char *out, size_t cap, unsigned v)
{
    if (v < NFIXED) {
        snprintf(out, cap, "%s", fixed_names[v]);
        return;
    }
    snprintf(out, cap, v % 5 ? "actor number %u" : "the ministry of actor %u", v);
    for (char *p = out; *p; p++)
        if (*p >= 'a' && *p <= 'z' && rnd(3) == 0) *p = (char)(*p - 32);
}

static const char *const places[] = {"", "Berlin", "Astana", "Z\xc3\xbcrich"};
static const char *const docs[] = {"a.txt", "b.txt", "news/000001.txt"};

/* n events over a pool of actors that grows as the events go on (new
 * names keep appearing mid-batch). */
static void evset_make(evset_t *s, size_t n, unsigned seed)
{
    rng_state = seed;
    s->n = n;
    s->ev = calloc(n, sizeof *s->ev);
    s->src = calloc(n, sizeof *s->src);
    s->dst = calloc(n, sizeof *s->dst);
    s->evi = calloc(n, sizeof *s->evi);
    assert_non_null(s->ev);
    assert_non_null(s->src);
    assert_non_null(s->dst);
    assert_non_null(s->evi);
    for (size_t i = 0; i < n; i++) {
        ev_event_t *e = &s->ev[i];
        unsigned pool = (unsigned)(NFIXED + 20 + i / 4);
        unsigned a = rnd(8) ? rnd(pool) : rnd((unsigned)NFIXED);
        unsigned b = rnd(pool);
        make_name(s->src[i], sizeof s->src[i], a);
        e->source_kind = (ev_kind_t)(rnd(8) ? 0 : rnd(EV_KIND_COUNT));
        e->target_kind = (ev_kind_t)(rnd(8) ? 0 : rnd(EV_KIND_COUNT));
        if (rnd(20) == 0) { /* a self-loop (perhaps in another spelling) */
            b = a;
            e->target_kind = e->source_kind;
        }
        make_name(s->dst[i], sizeof s->dst[i], b);
        e->source = s->src[i];
        e->target = s->dst[i];
        e->relation = (ev_relation_t)rnd(EV_REL_COUNT);
        if (rnd(10)) {
            e->start.year = (short)(1990 + rnd(31));
            e->start.month = (signed char)rnd(13);
            e->start.day = e->start.month ? (signed char)rnd(29) : 0;
        }
        if (e->start.year && rnd(5) == 0)
            e->end.year = (short)(e->start.year + (rnd(50) ? rnd(4) : 250));
        e->place = places[rnd(4)];
        e->doc = docs[rnd(3)];
        e->line = (long)rnd(500);
        snprintf(s->evi[i], sizeof s->evi[i], "sentence %zu", i);
        e->evidence = s->evi[i];
        e->confidence = -1;
        /* aggregated rows (0 = a single event), a few huge */
        if (rnd(6) == 0) e->count = rnd(50) ? 1 + rnd(9) : UINT32_MAX - rnd(3);
    }
}

static void evset_free(evset_t *s)
{
    free(s->ev);
    free(s->src);
    free(s->dst);
    free(s->evi);
}

/* Adds the events one by one. */
static int add_seq(net_t *net, const evset_t *s)
{
    for (size_t i = 0; i < s->n; i++) {
        int rc = net_add_event(&s->ev[i], net);
        if (rc) return rc;
    }
    return DN_OK;
}

/* Adds the events in batches of random sizes up to maxb (0: one batch). */
static int add_batches(net_t *net, const evset_t *s, unsigned maxb,
                       unsigned seed)
{
    unsigned saved = rng_state;
    rng_state = seed;
    int rc = DN_OK;
    for (size_t i = 0; i < s->n && !rc;) {
        size_t k = maxb ? 1 + rnd(maxb) : s->n;
        if (k > s->n - i) k = s->n - i;
        rc = net_add_events(s->ev + i, k, net);
        i += k;
    }
    rng_state = saved;
    return rc;
}

static void assert_same_net(const net_t *x, const net_t *y)
{
    assert_int_equal(x->nread, y->nread);
    assert_int_equal(x->nfiltered, y->nfiltered);
    assert_int_equal(x->nselfloops, y->nselfloops);
    assert_int_equal(x->nactors, y->nactors);
    assert_int_equal(strtab_count(&x->keys), strtab_count(&y->keys));
    for (size_t i = 0; i < strtab_count(&x->keys); i++)
        assert_string_equal(strtab_str(&x->keys, i), strtab_str(&y->keys, i));
    for (size_t i = 0; i < x->nactors; i++) {
        const net_actor_t *a = &x->actors[i], *b = &y->actors[i];
        assert_string_equal(net_actor_name(x, i), net_actor_name(y, i));
        assert_int_equal(a->kind, b->kind);
        assert_int_equal(a->visits_made, b->visits_made);
        assert_int_equal(a->visits_hosted, b->visits_hosted);
        assert_int_equal(a->events, b->events);
    }
    assert_int_equal(x->nedges, y->nedges);
    for (size_t j = 0; j < x->nedges; j++) {
        const net_edge_t *e = &x->edges[j], *f = &y->edges[j];
        assert_int_equal(e->a, f->a);
        assert_int_equal(e->b, f->b);
        for (int r = 0; r < EV_REL_COUNT; r++)
            assert_int_equal(net_edge_count(x, e, (ev_relation_t)r),
                             net_edge_count(y, f, (ev_relation_t)r));
        assert_int_equal(e->visits_ab, f->visits_ab);
        assert_int_equal(net_edge_visits_ba(x, e), net_edge_visits_ba(y, f));
        assert_int_equal(e->total, f->total);
        assert_int_equal(net_edge_first_event(x, e), net_edge_first_event(y, f));
        assert_int_equal(net_edge_nkept(x, e), net_edge_nkept(y, f));
        assert_int_equal(x->kept != NULL, y->kept != NULL);
        if (x->kept) assert_int_equal(x->kept[j].last, y->kept[j].last);
        size_t ny, nz;
        const short *ys = net_edge_years(e, &ny), *zs = net_edge_years(f, &nz);
        assert_int_equal(ny, nz);
        if (ny) assert_memory_equal(ys, zs, ny * sizeof *ys);
        for (size_t k = 1; k < ny; k++) assert_true(ys[k - 1] < ys[k]);
        assert_ptr_equal(net_edge_between(x, e->b, e->a), e);
    }
    assert_int_equal(x->nevents, y->nevents);
    for (size_t k = 0; k < x->nevents; k++) {
        const net_event_t *p = &x->events[k], *q = &y->events[k];
        assert_int_equal(p->source, q->source);
        assert_int_equal(p->target, q->target);
        assert_int_equal(p->relation, q->relation);
        assert_memory_equal(&p->start, &q->start, sizeof p->start);
        assert_memory_equal(&p->end, &q->end, sizeof p->end);
        assert_int_equal(p->line, q->line);
        assert_int_equal(p->next, q->next);
        assert_string_equal(strtab_str(&x->text, p->place),
                            strtab_str(&y->text, q->place));
        assert_string_equal(strtab_str(&x->text, p->doc),
                            strtab_str(&y->text, q->doc));
        assert_string_equal(net_event_evidence(x, p),
                            net_event_evidence(y, q));
    }
}

/* One comparison: the same events one by one and in batches. */
static void check_equivalent(const net_opts_t *o, size_t n, unsigned seed,
                             unsigned maxb)
{
    evset_t s;
    evset_make(&s, n, seed);
    net_t x, y;
    net_init(&x, o);
    net_init(&y, o);
    assert_int_equal(add_seq(&x, &s), DN_OK);
    assert_int_equal(add_batches(&y, &s, maxb, seed + 1), DN_OK);
    assert_same_net(&x, &y);
    net_destroy(&x);
    net_destroy(&y);
    evset_free(&s);
}

static void test_batch_equals_sequential(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    /* batch sizes around the pipeline depth and ring, and one big batch */
    unsigned sizes[] = {1, 2, 3, 7, 13, 37, 64, 65, 200, 0};
    for (size_t i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
        check_equivalent(&o, 3000, 11 + (unsigned)i, sizes[i]);
}

static void test_batch_evidence_and_filters(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 3;
    check_equivalent(&o, 4000, 101, 50);
    check_equivalent(&o, 4000, 102, 0);
    o.max_events_per_edge = 100000; /* every event kept */
    check_equivalent(&o, 3000, 103, 17);
    o.max_events_per_edge = 2;
    o.relation_mask = 1u << EV_REL_VISIT | 1u << EV_REL_MEETING;
    check_equivalent(&o, 4000, 104, 90);
    net_opts_init(&o);
    ev_date_parse("2000-03", 7, &o.since, NULL);
    ev_date_parse("2010", 4, &o.until, NULL);
    o.max_events_per_edge = 1;
    check_equivalent(&o, 4000, 105, 33);
    o.relation_mask = 1u << EV_REL_AFFILIATION;
    check_equivalent(&o, 4000, 106, 0);
}

/* Many batches that make every table grow several times, in the middle of
 * batches; then the network is still searchable. */
static void test_growth_across_batches(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    evset_t s;
    evset_make(&s, 60000, 7);
    net_t x, y;
    net_init(&x, &o);
    net_init(&y, &o);
    assert_int_equal(add_seq(&x, &s), DN_OK);
    assert_int_equal(add_batches(&y, &s, 1000, 8), DN_OK);
    assert_same_net(&x, &y);
    assert_true(y.nactors > 10000);
    assert_true(y.nedges > 40000);
    assert_true(net_find_actor(&y, "angela merkel", 0) >= 0);
    assert_int_equal(net_find_actor(&y, "ANGELA MERKEL", 0),
                     net_find_actor(&y, "Angela Merkel", 0));
    assert_int_equal(net_find_actor(&y, "Kohler", 0),
                     net_find_actor(&y, "K\xc3\xb6hler", 0));
    net_destroy(&x);
    net_destroy(&y);
    evset_free(&s);
}

/* A network whose pair table was dropped (net_drop_pair_index, after a
 * file is read) still finds its edges, and events added afterwards make
 * the same network as adding them all at once. */
static void test_drop_pair_index(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 2;
    evset_t s, first;
    evset_make(&s, 20000, 5);
    net_t x, y;
    net_init(&x, &o);
    net_init(&y, &o);
    assert_int_equal(add_seq(&x, &s), DN_OK);
    first = s;
    first.n = s.n / 2;
    assert_int_equal(add_batches(&y, &first, 500, 4), DN_OK);
    net_drop_pair_index(&y);
    assert_null(y.pair_slots);
    const net_edge_t *e = &y.edges[y.nedges / 2];
    assert_ptr_equal(net_edge_between(&y, e->b, e->a), e);
    evset_t rest = s;
    rest.ev += first.n;
    rest.n = s.n - first.n;
    assert_int_equal(add_batches(&y, &rest, 500, 6), DN_OK);
    assert_same_net(&x, &y);
    assert_non_null(y.pair_slots);
    e = &y.edges[y.nedges - 1];
    assert_ptr_equal(net_edge_between(&y, e->a, e->b), e);
    net_destroy(&x);
    net_destroy(&y);
    evset_free(&s);
}

/* The pair table's work (slots and edge records visited, rehashing
 * included) per event stays the same as a file grows: twice the events,
 * at most 2.4 times the work.  Linear growth to 10M events rests on it; a
 * weak hash, a table let fill up, or a rehash that probes from scratch
 * would make it grow faster. */
static uint64_t pair_work_of(size_t n, size_t *nedges)
{
    net_opts_t o;
    net_opts_init(&o);
    evset_t s;
    evset_make(&s, n, 11);
    net_t net;
    net_init(&net, &o);
    assert_int_equal(add_batches(&net, &s, 5000, 3), DN_OK);
    uint64_t w = net.pair_work;
    *nedges = net.nedges;
    net_destroy(&net);
    evset_free(&s);
    return w;
}

static void test_pair_work_linear(void **state)
{
    (void)state;
    size_t e1, e2;
    uint64_t w1 = pair_work_of(40000, &e1);
    uint64_t w2 = pair_work_of(80000, &e2);
    print_message("pair work: %llu for 40000 events (%zu ties), %llu for "
                  "80000 (%zu ties), ratio %.2f\n", (unsigned long long)w1,
                  e1, (unsigned long long)w2, e2, (double)w2 / (double)w1);
    assert_true(e2 > e1 * 3 / 2); /* most events make a new tie */
    assert_true(w1 >= 40000);     /* every event looks at a slot */
    assert_true((double)w2 <= 2.4 * (double)w1);
}

/* Told how many events to expect, the pair table grows once to the size
 * they need instead of doubling all the way: the same network, less
 * rehashing work, and a table at most one doubling bigger. */
static void test_expect_events(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    evset_t s;
    evset_make(&s, 200000, 7);
    net_t x, y;
    net_init(&x, &o);
    net_init(&y, &o);
    net_expect_events(&y, s.n);
    assert_int_equal(add_batches(&x, &s, 5000, 3), DN_OK);
    assert_int_equal(add_batches(&y, &s, 5000, 3), DN_OK);
    assert_same_net(&x, &y);
    print_message("pair work: %llu doubling, %llu expecting %zu events; "
                  "slots %zu and %zu for %zu ties\n",
                  (unsigned long long)x.pair_work,
                  (unsigned long long)y.pair_work, s.n, x.npair_slots,
                  y.npair_slots, y.nedges);
    assert_true(y.pair_work < x.pair_work);
    assert_true(y.npair_slots >= 2 * y.nedges);
    assert_true(y.npair_slots <= 2 * x.npair_slots);
    /* an estimate far too low only means doubling again */
    net_t z;
    net_init(&z, &o);
    net_expect_events(&z, s.n / 100);
    assert_int_equal(add_batches(&z, &s, 5000, 3), DN_OK);
    assert_same_net(&x, &z);
    assert_int_equal(z.npair_slots, x.npair_slots);
    net_destroy(&x);
    net_destroy(&y);
    net_destroy(&z);
    evset_free(&s);
}

/* Spellings of one actor merge; kinds keep actors apart; a self-loop in
 * another spelling is still a self-loop; empty batches are fine. */
/* One event row of the count tests. */
static ev_event_t count_ev(const char *s, ev_relation_t r, const char *t,
                           uint32_t count)
{
    ev_event_t e;
    memset(&e, 0, sizeof e);
    e.source = s;
    e.target = t;
    e.relation = r;
    e.confidence = -1;
    e.count = count;
    return e;
}

/* The compact tie record: ties whose events are all of one relation keep
 * no counts per relation (more == NET_NONE), whichever way their visits
 * go; a second relation or a sum reaching UINT32_MAX gives a tie its
 * counts, the same figures as before; merging actors and taking a
 * subnetwork give the same counts, and only the ties that need them
 * carry counts per relation. */
static void test_compact_ties(void **state)
{
    (void)state;
    ev_event_t evs[] = {
        count_ev("A", EV_REL_VISIT, "B", 2),
        count_ev("B", EV_REL_VISIT, "A", 3),  /* A-B: visits both ways */
        count_ev("A", EV_REL_MEETING, "C", 4),
        count_ev("C", EV_REL_MEETING, "A", 1), /* A-C: meetings only */
        count_ev("B", EV_REL_VISIT, "C", 1),
        count_ev("C", EV_REL_AFFILIATION, "B", 6), /* B-C: two relations */
        count_ev("D", EV_REL_VISIT, "E", UINT32_MAX - 1),
        count_ev("E", EV_REL_VISIT, "D", 5),  /* D-E: held at UINT32_MAX */
    };
    net_t net;
    net_init(&net, NULL);
    assert_int_equal(net_add_events(evs, sizeof evs / sizeof evs[0], &net),
                     DN_OK);
    uint32_t a = (uint32_t)net_find_actor(&net, "A", -1);
    uint32_t b = (uint32_t)net_find_actor(&net, "B", -1);
    uint32_t c = (uint32_t)net_find_actor(&net, "C", -1);
    uint32_t d = (uint32_t)net_find_actor(&net, "D", -1);
    uint32_t e = (uint32_t)net_find_actor(&net, "E", -1);
    const net_edge_t *ab = net_edge_between(&net, a, b);
    assert_int_equal(ab->more, NET_NONE);
    assert_int_equal(net_edge_count(&net, ab, EV_REL_VISIT), 5);
    assert_int_equal(net_edge_count(&net, ab, EV_REL_MEETING), 0);
    assert_int_equal(ab->visits_ab, 2);
    assert_int_equal(net_edge_visits_ba(&net, ab), 3);
    const net_edge_t *ac = net_edge_between(&net, a, c);
    assert_int_equal(ac->more, NET_NONE);
    assert_int_equal(net_edge_count(&net, ac, EV_REL_MEETING), 5);
    assert_int_equal(ac->visits_ab + net_edge_visits_ba(&net, ac), 0);
    const net_edge_t *bc = net_edge_between(&net, b, c);
    assert_int_not_equal(bc->more, NET_NONE);
    assert_int_equal(net_edge_count(&net, bc, EV_REL_VISIT), 1);
    assert_int_equal(net_edge_count(&net, bc, EV_REL_AFFILIATION), 6);
    assert_int_equal(net_edge_weight(&net, bc, 0), 1);
    assert_int_equal(bc->visits_ab, 1);
    assert_int_equal(net_edge_visits_ba(&net, bc), 0);
    const net_edge_t *de = net_edge_between(&net, d, e);
    assert_int_not_equal(de->more, NET_NONE);
    assert_int_equal(de->total, UINT32_MAX);
    assert_int_equal(net_edge_count(&net, de, EV_REL_VISIT), UINT32_MAX);
    assert_int_equal(de->visits_ab, UINT32_MAX - 1);
    assert_int_equal(net_edge_visits_ba(&net, de), 5);
    assert_int_equal(net.nmore, 2);
    /* a copy keeps compact ties compact; merging A into B sums A-C and
     * B-C into one tie with two relations */
    unsigned char keep[5] = {1, 1, 1, 1, 1};
    net_t sub, merged;
    assert_int_equal(net_induce(&net, keep, &sub, NULL), DN_OK);
    assert_int_equal(sub.nmore, 2);
    assert_same_net(&net, &sub);
    uint32_t map[5] = {0, 1, 2, 3, 4};
    map[a] = b;
    assert_int_equal(net_merge(&net, map, NULL, &merged), DN_OK);
    const net_edge_t *m = net_edge_between(&merged, 0, 1);
    assert_non_null(m);
    assert_int_equal(net_edge_count(&merged, m, EV_REL_MEETING), 5);
    assert_int_equal(net_edge_count(&merged, m, EV_REL_VISIT), 1);
    assert_int_equal(net_edge_count(&merged, m, EV_REL_AFFILIATION), 6);
    assert_int_equal(m->total, 12);
    net_destroy(&merged);
    net_destroy(&sub);
    net_destroy(&net);
}

/* Kept events' documents: a run of one document and a return to an
 * earlier one (the last-document shortcut, then the table) give each event
 * its own document, stored once. */
static void test_kept_docs(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 10;
    net_t net;
    net_init(&net, &o);
    static const char *const kdocs[] = {"d1", "d1", "d2", "d1", "d", "d2"};
    static const char *const kplaces[] = {"d1", "", "Rom", "", "d2", "d2"};
    for (size_t i = 0; i < 6; i++) {
        ev_event_t e = count_ev("A", EV_REL_MEETING, i % 2 ? "B" : "C", 1);
        e.doc = kdocs[i];
        e.place = kplaces[i];
        e.evidence = "x";
        assert_int_equal(net_add_event(&e, &net), DN_OK);
    }
    assert_int_equal(net.nevents, 6);
    for (size_t k = 0; k < net.nevents; k++) {
        assert_string_equal(net_event_doc(&net, &net.events[k]), kdocs[k]);
        assert_string_equal(net_event_place(&net, &net.events[k]), kplaces[k]);
    }
    assert_int_equal(strtab_count(&net.text), 5); /* d1 "" Rom d d2 */
    net_destroy(&net);
}

/* A row's count adds to the tie's weight, its relation's count, the
 * visits and the actors' events; 0 counts as 1; sums stop at UINT32_MAX
 * instead of wrapping (one path and the batch path alike). */
static void test_count_weights(void **state)
{
    (void)state;
    ev_event_t evs[] = {
        count_ev("A", EV_REL_VISIT, "B", 5),
        count_ev("B", EV_REL_VISIT, "A", 0),
        count_ev("A", EV_REL_MEETING, "B", 3),
        count_ev("A", EV_REL_AFFILIATION, "C", 2),
        count_ev("C", EV_REL_MEETING, "D", UINT32_MAX - 1),
        count_ev("D", EV_REL_MEETING, "C", 7),
        count_ev("D", EV_REL_MEETING, "d", 4), /* a self-loop of 4 events */
    };
    size_t n = sizeof evs / sizeof evs[0];
    for (int batch = 0; batch < 2; batch++) {
        net_opts_t o;
        net_opts_init(&o);
        net_t net;
        net_init(&net, &o);
        if (batch) assert_int_equal(net_add_events(evs, n, &net), DN_OK);
        else
            for (size_t i = 0; i < n; i++)
                assert_int_equal(net_add_event(&evs[i], &net), DN_OK);
        long a = net_find_actor(&net, "A", -1), b = net_find_actor(&net, "B", -1);
        long c = net_find_actor(&net, "C", -1), d = net_find_actor(&net, "D", -1);
        const net_edge_t *ab = net_edge_between(&net, (uint32_t)a, (uint32_t)b);
        assert_non_null(ab);
        assert_int_equal(ab->total, 9);
        assert_int_equal(net_edge_count(&net, ab, EV_REL_VISIT), 6);
        assert_int_equal(net_edge_count(&net, ab, EV_REL_MEETING), 3);
        assert_int_equal(ab->visits_ab + net_edge_visits_ba(&net, ab), 6);
        assert_int_equal(net_edge_weight(&net, ab, 0), 9);
        assert_int_equal(net.actors[a].visits_made, 5);
        assert_int_equal(net.actors[a].visits_hosted, 1);
        assert_int_equal(net.actors[b].visits_made, 1);
        assert_int_equal(net.actors[a].events, 11);
        const net_edge_t *ac = net_edge_between(&net, (uint32_t)a, (uint32_t)c);
        assert_int_equal(ac->total, 2);
        assert_int_equal(net_edge_weight(&net, ac, 0), 0);
        const net_edge_t *cd = net_edge_between(&net, (uint32_t)c, (uint32_t)d);
        assert_int_equal(cd->total, UINT32_MAX);
        assert_int_equal(net_edge_count(&net, cd, EV_REL_MEETING), UINT32_MAX);
        assert_int_equal(net.actors[c].events, UINT32_MAX);
        assert_int_equal(net.actors[d].events, UINT32_MAX);
        assert_int_equal(net.nselfloops, 4);
        net_destroy(&net);
    }
}

/* Actors counted from the edges after a deferral (net_defer_actor_counts,
 * net_count_actors) have the events and visits that counting per event
 * gives: huge aggregated rows that saturate, self-loops and filtered
 * events included; after the count, events are counted one by one again. */
static void test_deferred_actor_counts(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    o.relation_mask = ~(1u << EV_REL_RECOGNITION);
    evset_t s;
    evset_make(&s, 4000, 77);
    evset_t more = {s.ev + s.n / 2, s.n - s.n / 2, NULL, NULL, NULL};
    evset_t first = {s.ev, s.n / 2, NULL, NULL, NULL};
    for (int batched = 0; batched < 2; batched++) {
        net_t x, y;
        net_init(&x, &o);
        net_init(&y, &o);
        net_defer_actor_counts(&y);
        assert_int_equal(add_seq(&x, &first), DN_OK);
        assert_int_equal(batched ? add_batches(&y, &first, 40, 5)
                                 : add_seq(&y, &first), DN_OK);
        for (size_t i = 0; i < y.nactors; i++) assert_int_equal(y.actors[i].events, 0);
        net_count_actors(&y);
        assert_same_net(&x, &y);
        assert_int_equal(add_seq(&x, &more), DN_OK);
        assert_int_equal(add_batches(&y, &more, 40, 6), DN_OK);
        net_count_actors(&y); /* nothing deferred: a no-op */
        assert_same_net(&x, &y);
        net_destroy(&x);
        net_destroy(&y);
    }
    evset_free(&s);
    ev_event_t big[] = {
        count_ev("C", EV_REL_VISIT, "D", UINT32_MAX - 1),
        count_ev("D", EV_REL_VISIT, "C", 7),
        count_ev("C", EV_REL_VISIT, "E", 9),
    };
    net_t x, y;
    net_init(&x, NULL);
    net_init(&y, NULL);
    net_defer_actor_counts(&y);
    assert_int_equal(net_add_events(big, 3, &x), DN_OK);
    assert_int_equal(net_add_events(big, 3, &y), DN_OK);
    net_count_actors(&y);
    assert_same_net(&x, &y);
    assert_int_equal(y.actors[net_find_actor(&y, "C", -1)].visits_made, UINT32_MAX);
    net_destroy(&x);
    net_destroy(&y);
}

/* Ties deferred (net_defer_ties) and built by sorting the logged events
 * (net_flush_ties) are the ties adding event by event gives, in the same
 * order: one by one or in batches, with filters, self-loops, spans of
 * years and huge aggregated rows (counts split into several records of
 * the log, sums held at UINT32_MAX); events after the flush are added one
 * by one again; a network that keeps evidence is not deferred. */
static void test_deferred_ties(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    for (int round = 0; round < 4; round++) {
        o.relation_mask = round & 1 ? ~(1u << EV_REL_MEETING) : 0;
        evset_t s;
        evset_make(&s, 3000 + 500 * (size_t)round, 90 + (unsigned)round);
        evset_t first = {s.ev, s.n * 2 / 3, NULL, NULL, NULL};
        evset_t more = {s.ev + first.n, s.n - first.n, NULL, NULL, NULL};
        net_t x, y;
        net_init(&x, &o);
        net_init(&y, &o);
        net_defer_ties(&y);
        assert_true(y.defer_ties);
        if (round == 3) net_expect_events(&y, s.n);
        assert_int_equal(add_seq(&x, &first), DN_OK);
        assert_int_equal(round & 2 ? add_batches(&y, &first, 60, 9)
                                   : add_seq(&y, &first), DN_OK);
        assert_int_equal(y.nedges, 0);
        assert_int_equal(net_flush_ties(&y), DN_OK);
        assert_false(y.defer_ties);
        assert_same_net(&x, &y);
        assert_int_equal(add_seq(&x, &more), DN_OK);
        assert_int_equal(add_batches(&y, &more, 60, 10), DN_OK);
        assert_int_equal(net_flush_ties(&y), DN_OK); /* a no-op now */
        assert_same_net(&x, &y);
        net_destroy(&x);
        net_destroy(&y);
        evset_free(&s);
    }
    /* a count in several records: one pair, visits both ways */
    ev_event_t big[] = {
        count_ev("C", EV_REL_VISIT, "D", UINT32_MAX - 1),
        count_ev("D", EV_REL_VISIT, "C", 7),
        count_ev("C", EV_REL_MEETING, "E", (1u << 28) + 5),
        count_ev("E", EV_REL_MEETING, "C", (1u << 28) - 1),
    };
    net_t x, y;
    net_init(&x, NULL);
    net_init(&y, NULL);
    net_defer_ties(&y);
    assert_int_equal(net_add_events(big, 4, &x), DN_OK);
    assert_int_equal(net_add_events(big, 4, &y), DN_OK);
    assert_int_equal(y.ntie_events, 4);
    assert_int_equal(y.ntie_log, 17 + 1 + 2 + 1); /* 2^28 - 1 a record */
    assert_int_equal(net_flush_ties(&y), DN_OK);
    assert_same_net(&x, &y);
    net_destroy(&x);
    net_destroy(&y);
    o.max_events_per_edge = 1;
    net_init(&y, &o);
    net_defer_ties(&y);
    assert_false(y.defer_ties);
    net_destroy(&y);
}

/* A log of deferred ties whose pairs repeat is flushed once it is big
 * (2^20 records): the rest of the events go one at a time, so memory
 * grows with the pairs, not the events; the network is the same,
 * whether the flush falls inside a batch or not. */
static void test_deferred_ties_repeating(void **state)
{
    (void)state;
    enum { N = 3 << 19, B = 1000 }; /* a quarter are self-loops */
    static const char *const who[] = {"A", "B", "C", "D"};
    ev_event_t *evs = calloc(N, sizeof *evs);
    assert_non_null(evs);
    for (size_t i = 0; i < N; i++) {
        evs[i] = count_ev(who[i % 4], (ev_relation_t)(i % 3),
                          who[(i / 4 + 1 + i % 4) % 4], 0);
        if (i % 1000 == 0) { /* a new pair now and then */
            evs[i].source = i % 2000 ? "E" : "F";
            evs[i].start.year = (short)(1900 + i % 97);
        }
    }
    net_t x, y;
    net_init(&x, NULL);
    net_init(&y, NULL);
    net_defer_ties(&y);
    for (size_t i = 0; i < N; i += B) {
        size_t k = N - i < B ? N - i : B;
        assert_int_equal(net_add_events(evs + i, k, &x), DN_OK);
        assert_int_equal(net_add_events(evs + i, k, &y), DN_OK);
    }
    assert_false(y.defer_ties); /* flushed when the log reached 2^20 */
    assert_null(y.tie_log);
    assert_int_equal(net_flush_ties(&y), DN_OK);
    assert_same_net(&x, &y);
    net_destroy(&x);
    net_destroy(&y);
    free(evs);
}

static void test_merging(void **state)
{
    (void)state;
    ev_event_t ev[4];
    memset(ev, 0, sizeof ev);
    const char *src[4] = {"K\xc3\xb6hler", "KOHLER", "Kohler", "kohler"};
    const char *dst[4] = {"Angela Merkel", "ANGELA MERKEL", "k\xc3\xb6hler",
                          "Angela Merkel"};
    for (int i = 0; i < 4; i++) {
        ev[i].source = src[i];
        ev[i].target = dst[i];
        ev[i].relation = EV_REL_VISIT;
        ev[i].place = ev[i].doc = ev[i].evidence = "";
    }
    ev[3].target_kind = EV_KIND_STATE; /* another actor of that name */
    net_t net;
    net_init(&net, NULL);
    assert_int_equal(net_add_events(ev, 0, &net), DN_OK);
    assert_int_equal(net_add_events(ev, 4, &net), DN_OK);
    assert_int_equal(net.nactors, 3);
    assert_string_equal(net_actor_name(&net, 0), "K\xc3\xb6hler");
    assert_int_equal(net.nselfloops, 1);
    assert_int_equal(net.nedges, 2);
    assert_int_equal(net.edges[0].total, 2);
    assert_int_equal(net.edges[0].visits_ab, 2);
    assert_int_equal(net.actors[0].visits_made, 3);
    net_destroy(&net);
}

/* ASCII keys (folded a word at a time): for every length 0..40, names
 * made of the bytes around the letter ranges fold exactly as tolower()
 * does, case variants merge, other bytes keep names apart. */
static void test_ascii_keys(void **state)
{
    (void)state;
    static const char alphabet[] = "@AZ[`az{ 09mM\x7f";
    net_t net;
    net_init(&net, NULL);
    rng_state = 99;
    for (int n = 0; n <= 40; n++) {
        for (int rep = 0; rep < 20; rep++) {
            char name[48], variant[48], want[48];
            for (int i = 0; i < n; i++) {
                name[i] = alphabet[rnd(sizeof alphabet - 1)];
                char c = name[i];
                int letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
                variant[i] = letter && rnd(2) ? (char)(c ^ 0x20) : c;
                want[i + 1] = c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
            }
            name[n] = variant[n] = want[n + 1] = '\0';
            want[0] = '2';
            ev_event_t ev;
            memset(&ev, 0, sizeof ev);
            ev.source = name;
            ev.target = "somebody else entirely";
            ev.source_kind = EV_KIND_STATE;
            ev.place = ev.doc = ev.evidence = "";
            assert_int_equal(net_add_events(&ev, 1, &net), DN_OK);
            long id = net_find_actor(&net, variant, EV_KIND_STATE);
            assert_true(id >= 0);
            assert_string_equal(strtab_str(&net.keys, (size_t)id), want);
            assert_int_equal(strtab_len(&net.keys, (size_t)id), (size_t)n + 1);
            if (n) { /* one non-letter byte more or changed: another actor */
                variant[rnd((unsigned)n)] = '#';
                assert_int_equal(net_find_actor(&net, variant, EV_KIND_STATE), -1);
            }
        }
    }
    net_destroy(&net);
}

/* ------------------------------------------------- allocation failures */

static int count_lines(const char *s)
{
    int n = 0;
    for (; *s; s++) n += *s == '\n';
    return n;
}

/* Fails every allocation in turn: each run ends in DN_ENOMEM with exactly
 * one message (or succeeds when the failure came after the last
 * allocation); net_destroy frees what was built (ASan/valgrind check). */
static void sweep(const evset_t *s, const net_opts_t *o, int batched)
{
    for (long k = 1;; k++) {
        net_t net;
        net_init(&net, o);
        if (batched == 2) net_defer_ties(&net);
        tu_capture();
        arm(k, 0);
        int rc = batched ? add_batches(&net, s, 150, 3) : add_seq(&net, s);
        if (!rc) rc = net_flush_ties(&net);
        int hit = injected;
        arm(0, 0);
        net_destroy(&net);
        if (!hit) {
            assert_int_equal(rc, DN_OK);
            assert_true(k > 10);
            break;
        }
        assert_int_equal(rc, DN_ENOMEM);
        assert_int_equal(count_lines(tu_messages()), 1);
        assert_non_null(strstr(tu_messages(), "out of memory"));
    }
}

static void test_alloc_failures(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 2;
    evset_t s;
    evset_make(&s, 1500, 31);
    sweep(&s, &o, 0);
    sweep(&s, &o, 1);
    o.max_events_per_edge = 0; /* the ties deferred, then built */
    sweep(&s, &o, 2);
    evset_free(&s);
}

/* A failure tied to an event (the fifth distinct year of an edge needs the
 * years array on the heap: malloc of 8 shorts) stops both paths at the
 * same event with the same message. */
static void test_same_failing_event(void **state)
{
    (void)state;
    net_opts_t o;
    net_opts_init(&o);
    evset_t s;
    evset_make(&s, 3000, 41);
    char seq_msg[256];
    net_t x, y;
    net_init(&x, &o);
    tu_capture();
    arm(0, 8 * sizeof(short));
    int rx = add_seq(&x, &s);
    arm(0, 0);
    snprintf(seq_msg, sizeof seq_msg, "%s", tu_messages());
    net_init(&y, &o);
    tu_capture();
    arm(0, 8 * sizeof(short));
    int ry = add_batches(&y, &s, 0, 1);
    arm(0, 0);
    assert_int_equal(rx, DN_ENOMEM);
    assert_int_equal(ry, DN_ENOMEM);
    assert_string_equal(seq_msg, tu_messages());
    assert_non_null(strstr(seq_msg, "out of memory (years)"));
    assert_int_equal(x.nread, y.nread);
    assert_true(x.nread < s.n);
    net_destroy(&x);
    net_destroy(&y);
    evset_free(&s);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_batch_equals_sequential),
        cmocka_unit_test(test_batch_evidence_and_filters),
        cmocka_unit_test(test_growth_across_batches),
        cmocka_unit_test(test_pair_work_linear),
        cmocka_unit_test(test_drop_pair_index),
        cmocka_unit_test(test_count_weights),
        cmocka_unit_test(test_compact_ties),
        cmocka_unit_test(test_expect_events),
        cmocka_unit_test(test_kept_docs),
        cmocka_unit_test(test_deferred_actor_counts),
        cmocka_unit_test(test_deferred_ties),
        cmocka_unit_test(test_deferred_ties_repeating),
        cmocka_unit_test(test_merging),
        cmocka_unit_test(test_ascii_keys),
        cmocka_unit_test(test_alloc_failures),
        cmocka_unit_test(test_same_failing_event),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
