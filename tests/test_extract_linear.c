/* Tests that extraction stays linear in its input: the same text shape at
 * n and 2n must take about twice the steps (extractor_work), not four
 * times.  Regressions of the quadratic places of the extraction issue:
 * visitor_dates rescanning every visitor and every mention for every
 * visitor (a 3.2 MB one-sentence text: 83 s), blocked and
 * share_destinations passing over the whole sentence for every trigger
 * and list head, the candidates' deduplication comparing each candidate
 * with every row, and resolve_person_impl reading every actor for each
 * name.  Steps, not seconds: no wall clock in unit tests. */
#include "extract_harness.h"

#include "util/buf.h"

static const char *name(unsigned i, char *out)
{
    static const char *const syl[] = { "ka", "lo", "mi", "ra", "ne", "to", "su", "vi", "da", "re", "po", "ni" };
    out[0] = '\0';
    for (int k = 0; k < 4; k++, i /= 12) strcat(out, syl[i % 12]);
    out[0] = (char)(out[0] - 32);
    strcat(out, "ow");
    return out;
}

typedef enum { VISITS_PAREN, VISITS_DATED, DESTINATIONS, PERSONS, TRIGGERS } shape_t;

/* The text of one shape with n members. */
static void make_text(shape_t sh, unsigned n, buf_t *b)
{
    char a[32], c[32];
    buf_clear(b);
    switch (sh) {
    case VISITS_PAREN:   /* one sentence: n visitors, each with its year */
    case VISITS_DATED:   /* one sentence: n visitors, one date */
        buf_puts(b, sh == VISITS_PAREN ? "Im Jahr 2012 besuchten " : "Am 3. Mai 2012 besuchten ");
        for (unsigned i = 0; i < n; i++) {
            if (i) buf_puts(b, i + 1 == n ? " und " : ", ");
            buf_printf(b, "Präsident %s %s", name(i, a), name(i + 7, c));
            if (sh == VISITS_PAREN) buf_printf(b, " (%u)", 1990 + i % 30);
        }
        buf_puts(b, " Kasachstan.");
        break;
    case DESTINATIONS:   /* one sentence: one visitor, n destinations */
        buf_puts(b, "Am 3. Mai 2012 besuchte der russische Präsident Kalomi Raneow ");
        for (unsigned i = 0; i < n; i++) buf_puts(b, i % 2 ? "Frankreich, " : "Polen, ");
        buf_puts(b, "und Polen.");
        break;
    case PERSONS:        /* n persons, each named again by surname */
        for (unsigned i = 0; i < n; i++)
            buf_printf(b, "Präsident %s %s besuchte am 3. Mai 2012 Kasachstan. %s traf dort Präsident %s %s. ",
                       name(i, a), name(i + 5, c), c, name(i + 1, a), name(i + 6, c));
        break;
    case TRIGGERS:       /* one clause: n event words around one visit */
        buf_puts(b, "Am 3. Mai 2012 besuchte Präsident Kalomi Raneow Kasachstan");
        for (unsigned i = 0; i < n; i++) buf_puts(b, " nach dem Besuch und dem Treffen");
        buf_puts(b, ".");
        break;
    }
}

static int count_rows(const ev_event_t *ev, void *ctx)
{
    (void)ev;
    (*(size_t *)ctx)++;
    return DN_OK;
}

/* The steps of one run over the shape with n members; *rows its rows. */
static uint64_t work_of(shape_t sh, unsigned n, size_t *rows)
{
    buf_t b;
    buf_init(&b);
    make_text(sh, n, &b);
    extract_opts_t o;
    memset(&o, 0, sizeof o);
    assert_int_equal(ev_date_parse("2013-01-01", 10, &o.doc_date, NULL), 0);
    *rows = 0;
    uint64_t w0 = extractor_work(X);
    assert_int_equal(extractor_run(X, "t", b.data, b.len, &o, count_rows, rows), DN_OK);
    buf_destroy(&b);
    return extractor_work(X) - w0;
}

/* Doubling the text at most about doubles the work (2.5 allows for the
 * n log n of sorting and binary search). */
static void check_linear(shape_t sh, unsigned n, const char *what, size_t rows_n, size_t rows_2n)
{
    size_t r1, r2;
    uint64_t w1 = work_of(sh, n, &r1);
    uint64_t w2 = work_of(sh, 2 * n, &r2);
    print_message("%s: work %llu at n=%u, %llu at 2n (ratio %.2f); rows %zu, %zu\n", what,
                  (unsigned long long)w1, n, (unsigned long long)w2, (double)w2 / (double)w1, r1, r2);
    if (rows_n) assert_int_equal(r1, rows_n);
    if (rows_2n) assert_int_equal(r2, rows_2n);
    assert_true(w1 > 0);
    assert_true((double)w2 <= 2.5 * (double)w1);
}

static void test_visitor_dates_quadratic(void **st)
{
    (void)st;
    /* years after the text's date (2014-2019) are plans: 24 of 30 count */
    check_linear(VISITS_PAREN, 1000, "visits with years in parentheses", 802, 1604);
    check_linear(VISITS_DATED, 1000, "visits with one date", 1000, 2000);
}

static void test_share_destinations_quadratic(void **st)
{
    (void)st;
    check_linear(DESTINATIONS, 2000, "destinations", 3, 3);
}

static void test_blocked_quadratic(void **st)
{
    (void)st;
    check_linear(TRIGGERS, 2000, "event words in one clause", 0, 0);
}

static void test_resolve_person_quadratic(void **st)
{
    (void)st;
    check_linear(PERSONS, 1000, "distinct persons", 0, 0);
}

/* Many documents in one run: a short text after one with thousands of
 * persons costs what it cost before it.  Regression: actindex_clear reset
 * the lists of every name the run had met, so each document cost as much
 * as the names of all documents before it (a run over n texts was
 * quadratic). */
static void test_many_documents_linear(void **st)
{
    (void)st;
    size_t rows;
    uint64_t before = work_of(VISITS_DATED, 2, &rows);
    (void)work_of(PERSONS, 2000, &rows);
    (void)work_of(VISITS_DATED, 2, &rows);   /* drops the 2,000 persons' entries */
    uint64_t after = work_of(VISITS_DATED, 2, &rows);
    print_message("a short text: work %llu at the start, %llu after 2,000 persons\n",
                  (unsigned long long)before, (unsigned long long)after);
    assert_true((double)after <= 1.5 * (double)before);
}

/* The same rows as before the indexes (the corpora are compared byte for
 * byte outside the unit tests): a person named again by surname, a fuller
 * name's end ("Ben Ali"), family name first (Xi), a list of destinations. */
static void test_indexed_lookups_same_rows(void **st)
{
    (void)st;
    run("Präsident Kalomi Raneow besuchte am 3. Mai 2012 Kasachstan. Am 4. Mai traf Raneow "
        "Präsident Vikaow Dakaow.", "2013-01-01");
    HAS("Kalomi Raneow|visit|Kasachstan|2012-05-03|");
    HAS("Kalomi Raneow|meeting|Vikaow Dakaow|2012-05-04|");
    run("Präsident Zine el-Abidine Ben Ali besuchte am 3. Mai 2012 Polen. Am 4. Mai traf Ben Ali "
        "Präsident Vikaow Dakaow.", "2013-01-01");
    HAS("Zine el-Abidine Ben Ali|meeting|Vikaow Dakaow|2012-05-04|");
    run("Am 3. Mai 2012 besuchte der russische Präsident Kalomi Raneow Polen, Frankreich und China.", "2013-01-01");
    HAS("Kalomi Raneow|visit|Polen|2012-05-03|");
    HAS("Kalomi Raneow|visit|Frankreich|2012-05-03|");
    HAS("Kalomi Raneow|visit|China|2012-05-03|");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        /* first: it needs an extractor that has met few names */
        cmocka_unit_test(test_many_documents_linear),
        cmocka_unit_test(test_visitor_dates_quadratic),
        cmocka_unit_test(test_share_destinations_quadratic),
        cmocka_unit_test(test_blocked_quadratic),
        cmocka_unit_test(test_resolve_person_quadratic),
        cmocka_unit_test(test_indexed_lookups_same_rows),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
