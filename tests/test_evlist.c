/* Tests of the cross-document event merge (src/io/evlist.c). */
#include "testutil.h"

#include "io/evlist.h"

static ev_event_t ev(const char *s, const char *t, ev_relation_t r,
                     const char *date, const char *doc, long line)
{
    ev_event_t e;
    memset(&e, 0, sizeof e);
    e.source = s;
    e.target = t;
    e.source_kind = EV_KIND_PERSON;
    e.target_kind = EV_KIND_STATE;
    e.relation = r;
    ev_date_parse(date, strlen(date), &e.start, NULL);
    e.doc = doc;
    e.line = line;
    e.evidence = "sentence";
    e.confidence = 0.5;
    return e;
}

static int count_cb(const ev_event_t *e, void *ctx)
{
    (*(int *)ctx)++;
    return 0;
}

static void test_merges_across_documents(void **state)
{
    evlist_t l;
    evlist_init(&l);
    ev_event_t a = ev("Merkel", "Kasachstan", EV_REL_VISIT, "2010-07", "a.txt", 3);
    ev_event_t b = ev("Merkel", "Kasachstan", EV_REL_VISIT, "2010-07-18", "b.txt", 9);
    b.confidence = 0.9;
    ev_event_t c = ev("Merkel", "Kasachstan", EV_REL_VISIT, "2010-12", "b.txt", 10);
    assert_int_equal(evlist_add(&a, &l), 0);
    assert_int_equal(evlist_add(&b, &l), 0);   /* same visit, more precise */
    assert_int_equal(evlist_add(&c, &l), 0);   /* another visit */
    assert_int_equal(l.n, 2);
    assert_int_equal(l.merged, 1);
    const evlist_item_t *it = &l.items[0];
    assert_int_equal(it->start.day, 18);
    assert_true(it->confidence > 0.8);
    assert_string_equal(strtab_str(&l.strs, it->evidence), "sentence [also b.txt:9]");
    evlist_destroy(&l);
}

static void test_same_document_rows_stay(void **state)
{
    /* "die beiden Besuche ... 2015": two rows from one sentence stay two */
    evlist_t l;
    evlist_init(&l);
    ev_event_t a = ev("Sagintayev", "Deutschland", EV_REL_VISIT, "2015", "a.txt", 17);
    evlist_add(&a, &l);
    evlist_add(&a, &l);
    assert_int_equal(l.n, 2);
    evlist_destroy(&l);
}

static void test_undirected_either_order(void **state)
{
    evlist_t l;
    evlist_init(&l);
    ev_event_t a = ev("A", "B", EV_REL_MEETING, "2012", "a.txt", 1);
    ev_event_t b = ev("B", "A", EV_REL_MEETING, "2012", "b.txt", 1);
    a.target_kind = b.target_kind = EV_KIND_PERSON;
    evlist_add(&a, &l);
    evlist_add(&b, &l);
    assert_int_equal(l.n, 1);
    /* but visits are directed */
    ev_event_t c = ev("A", "B", EV_REL_VISIT, "2012", "a.txt", 1);
    ev_event_t d = ev("B", "A", EV_REL_VISIT, "2012", "b.txt", 1);
    c.target_kind = d.source_kind = EV_KIND_PERSON;
    d.target_kind = EV_KIND_PERSON;
    evlist_add(&c, &l);
    evlist_add(&d, &l);
    assert_int_equal(l.n, 3);
    int n = 0;
    assert_int_equal(evlist_emit(&l, count_cb, &n), 0);
    assert_int_equal(n, 3);
    evlist_destroy(&l);
}

/* Regression evlist_add_quadratic: each event was compared with every
 * earlier one of the run (40 documents, 36k events: 11 s).  Through the
 * hash on (source, relation, target) the steps double with the documents;
 * the merges stay what the rule says. */
static uint64_t evlist_docs_work(int ndocs, size_t *rows, size_t *merged)
{
    evlist_t l;
    evlist_init(&l);
    char doc[32], src[32], dst[32];
    for (int d = 0; d < ndocs; d++) {
        snprintf(doc, sizeof doc, "doc%d.txt", d);
        for (int k = 0; k < 300; k++) {
            /* most events are the document's own; every tenth is told by
             * every document (one row, merged) */
            if (k % 10 == 0) snprintf(src, sizeof src, "Shared%d", k);
            else snprintf(src, sizeof src, "P%d_%d", d, k);
            snprintf(dst, sizeof dst, "S%d", k % 7);
            ev_event_t e = ev(src, dst, k % 2 ? EV_REL_VISIT : EV_REL_MEETING, "2012-05", doc, k + 1);
            assert_int_equal(evlist_add(&e, &l), 0);
        }
    }
    uint64_t w = evlist_work(&l);
    *rows = l.n;
    *merged = l.merged;
    evlist_destroy(&l);
    return w;
}

static void test_evlist_add_quadratic(void **state)
{
    size_t r1, m1, r2, m2;
    uint64_t w1 = evlist_docs_work(40, &r1, &m1);
    uint64_t w2 = evlist_docs_work(80, &r2, &m2);
    assert_int_equal(r1, 40 * 270 + 30);
    assert_int_equal(m1, 39 * 30);
    assert_int_equal(r2, 80 * 270 + 30);
    assert_int_equal(m2, 79 * 30);
    print_message("evlist work: %llu for 40 documents, %llu for 80 (ratio %.2f)\n",
                  (unsigned long long)w1, (unsigned long long)w2, (double)w2 / (double)w1);
    assert_true(w1 > 0);
    assert_true((double)w2 <= 2.5 * (double)w1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_merges_across_documents),
        cmocka_unit_test(test_same_document_rows_stay),
        cmocka_unit_test(test_undirected_either_order),
        cmocka_unit_test(test_evlist_add_quadratic),
    };
    return cmocka_run_group_tests_name("evlist", tests, NULL, NULL);
}
