/* Tests of the event TSV reader and writer (src/io/evtsv.c). */
#include "testutil.h"

#include "io/evtsv.h"

#define HEAD "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence"

typedef struct {
    int n;
    char src[8][64], tgt[8][64], extra[8][64];
    ev_event_t ev[8];
} got_t;

static int collect(const ev_event_t *ev, void *ctx)
{
    got_t *g = ctx;
    if (g->n < 8) {
        snprintf(g->src[g->n], 64, "%s", ev->source);
        snprintf(g->tgt[g->n], 64, "%s", ev->target);
        snprintf(g->extra[g->n], 64, "%s", ev->extra.n ? ev->extra.values[0] : "");
        g->ev[g->n] = *ev;
    }
    g->n++;
    return 0;
}

static int read_text(const char *text, got_t *g)
{
    memset(g, 0, sizeof *g);
    FILE *fp = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(fp);
    tu_capture();
    int rc = evtsv_read(fp, "f.tsv", collect, g);
    fclose(fp);
    return rc;
}

static void test_reads_rows_comments_crlf_bom(void **state)
{
    got_t g;
    const char *t = "\xEF\xBB\xBF# a comment\r\n" HEAD "\tconfidence\tcameo\r\n"
                    "A\tperson\tvisit\tB\tstate\t2012-02-07\t2012-02-08\tAstana\td.txt\t7\tA besuchte B.\t0.9\t042\r\n"
                    "\n# another\n"
                    "C\tinstitution\tmeeting\tD\tgroup\t2015\t\t\td\t\t\t\t\n";
    assert_int_equal(read_text(t, &g), DN_OK);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.src[0], "A");
    assert_string_equal(g.tgt[0], "B");
    assert_int_equal(g.ev[0].relation, EV_REL_VISIT);
    assert_int_equal(g.ev[0].target_kind, EV_KIND_STATE);
    assert_int_equal(g.ev[0].start.day, 7);
    assert_int_equal(g.ev[0].end.day, 8);
    assert_int_equal(g.ev[0].line, 7);
    assert_true(g.ev[0].confidence > 0.89 && g.ev[0].confidence < 0.91);
    assert_string_equal(g.extra[0], "0.9");
    assert_int_equal(g.ev[1].start.year, 2015);
    assert_int_equal(g.ev[1].start.month, 0);
    assert_true(g.ev[1].confidence < 0);
}

/* Each bad input: the message names file:line:col and the code is 1. */
static void expect_error(const char *text, const char *where, const char *what)
{
    got_t g;
    assert_int_equal(read_text(text, &g), DN_EINPUT);
    if (!strstr(tu_messages(), where) || !strstr(tu_messages(), what))
        fail_msg("expected '%s' and '%s' in: %s", where, what, tu_messages());
}

static void test_bad_inputs(void **state)
{
    expect_error("", "f.tsv:1", "empty file");
    expect_error("# only a comment\n", "f.tsv:1", "no header line");
    expect_error("A\tperson\tvisit\tB\tstate\t\t\t\t\t\t\n", "f.tsv:1:1",
                 "missing header line");
    expect_error(HEAD "\nA\tperson\tvisit\tB\tstate\t\t\t\t\t\n", "f.tsv:2:",
                 "too few cells: 10");
    expect_error(HEAD "\nA\tperson\tvisit\tB\tstate\t\t\t\t\t\t\tx\n",
                 "f.tsv:2:", "too many cells");
    expect_error(HEAD "\nA\tpersn\tvisit\tB\tstate\t\t\t\t\t\t\n",
                 "f.tsv:2:3:", "unknown kind `persn`");
    expect_error(HEAD "\nA\tperson\tvisits\tB\tstate\t\t\t\t\t\t\n",
                 "f.tsv:2:10:", "unknown relation `visits`");
    expect_error(HEAD "\nA\tperson\tvisit\tB\tstate\t2015-02-30\t\t\t\t\t\n",
                 "f.tsv:2:", "malformed date `2015-02-30`");
    expect_error(HEAD "\nA\tperson\tvisit\tB\tstate\t2015-13\t\t\t\t\t\n",
                 "f.tsv:2:", "malformed date `2015-13`");
    expect_error(HEAD "\nA\tperson\tvisit\tB\tstate\t2016\t2015\t\t\t\t\n",
                 "f.tsv:2:", "before the start date");
    expect_error(HEAD "\nA\tperson\tvisit\tB\tstate\t\t\t\t\tx\t\n",
                 "f.tsv:2:", "not a positive whole number");
    expect_error(HEAD "\n\tperson\tvisit\tB\tstate\t\t\t\t\t\t\n",
                 "f.tsv:2:1:", "empty source name");
    expect_error(HEAD "\nA\xff\tperson\tvisit\tB\tstate\t\t\t\t\t\t\n",
                 "f.tsv:2:2:", "invalid UTF-8");
}

/* The `count` column: a whole number from 1 to 2^32 - 1 (empty = 1);
 * without the column every row counts 1; anything else is an error at
 * the cell. */
static void test_count_column(void **state)
{
    got_t g;
    assert_int_equal(read_text(HEAD "\nA\tperson\tvisit\tB\tstate\t\t\t\t\t\t\n", &g),
                     DN_OK);
    assert_int_equal(g.ev[0].count, 1);
    assert_int_equal(read_text(HEAD "\tcount\tcameo\n"
                               "A\tperson\tvisit\tB\tstate\t\t\t\t\t\t\t12\t042\n"
                               "A\tperson\tvisit\tB\tstate\t\t\t\t\t\t\t\t042\n"
                               "A\tperson\tvisit\tB\tstate\t\t\t\t\t\t\t4294967295\t\n",
                               &g),
                     DN_OK);
    assert_int_equal(g.n, 3);
    assert_int_equal(g.ev[0].count, 12);
    assert_string_equal(g.extra[0], "12"); /* still handed on verbatim */
    assert_int_equal(g.ev[1].count, 1);
    assert_int_equal(g.ev[2].count, 4294967295u);
    static const char *const bad_counts[] = {"0", "-3", "+3", "1.5", "3 ",
                                             "1e3", "x", "4294967296",
                                             "00000000001"};
    for (size_t i = 0; i < sizeof bad_counts / sizeof bad_counts[0]; i++) {
        char t[512];
        snprintf(t, sizeof t, HEAD "\tcount\nA\tperson\tvisit\tB\tstate\t"
                 "\t\t\t\t\t\t%s\n", bad_counts[i]);
        char what[64];
        snprintf(what, sizeof what, "count `%s` is not a whole number",
                 bad_counts[i]);
        /* the count cell starts at column 30 of line 2 */
        expect_error(t, "f.tsv:2:30:", what);
    }
}

static void test_nul_byte(void **state)
{
    static const char t[] = HEAD "\nA\0B\tperson\tvisit\tB\tstate\t\t\t\t\t\t\n";
    got_t g;
    memset(&g, 0, sizeof g);
    FILE *fp = fmemopen((void *)t, sizeof t - 1, "r");
    tu_capture();
    assert_int_equal(evtsv_read(fp, "f.tsv", collect, &g), DN_EINPUT);
    fclose(fp);
    assert_non_null(strstr(tu_messages(), "f.tsv:2:2: NUL byte"));
}

static void test_date_parse(void **state)
{
    ev_date_t d;
    assert_int_equal(ev_date_parse("2012", 4, &d, NULL), 0);
    assert_int_equal(d.year, 2012);
    assert_int_equal(ev_date_parse("2016-02-29", 10, &d, NULL), 0);
    assert_int_equal(ev_date_parse("2015-02-29", 10, &d, NULL), -1);
    assert_int_equal(ev_date_parse("2015-00", 7, &d, NULL), -1);
    assert_int_equal(ev_date_parse("2015-1", 6, &d, NULL), -1);
    assert_int_equal(ev_date_parse("0000", 4, &d, NULL), -1);
    assert_int_equal(ev_date_parse("2015-01-01x", 11, &d, NULL), -1);
    char out[11];
    ev_date_parse("2015-03", 7, &d, NULL);
    ev_date_format(d, out);
    assert_string_equal(out, "2015-03");
    assert_int_equal(ev_date_last_day(d), 20150331);
    assert_int_equal(ev_date_first_day(d), 20150301);
}

static void test_writer_round_trip(void **state)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    evtsv_writer_t w;
    const char *extra[] = {"cameo"};
    evtsv_writer_opts_t o = {.with_confidence = 1, .nextra = 1, .extra = extra};
    assert_int_equal(evtsv_writer_init(&w, fp, &o, "made by a test\nsecond line"), 0);
    const char *names[] = {"cameo"}, *vals[] = {"042"};
    ev_event_t ev = {.source = "A\tB", .source_kind = EV_KIND_PERSON,
                     .relation = EV_REL_VISIT, .target = "Kasachstan",
                     .target_kind = EV_KIND_STATE, .place = "Astana",
                     .doc = "d.txt", .line = 3, .evidence = "line\none",
                     .confidence = 0.5,
                     .extra = {.n = 1, .names = names, .values = vals}};
    ev_date_parse("2010-10-12", 10, &ev.start, NULL);
    assert_int_equal(evtsv_write(&w, &ev), 0);
    fclose(fp);
    assert_non_null(strstr(mem, "# made by a test\n# second line\n"));
    assert_non_null(strstr(mem, HEAD "\tconfidence\tcameo\n"));
    assert_non_null(strstr(mem, "A B\tperson\tvisit\tKasachstan\tstate\t2010-10-12\t\tAstana\td.txt\t3\tline one\t0.50\t042\n"));
    got_t g;
    assert_int_equal(read_text(mem, &g), DN_OK);
    assert_int_equal(g.n, 1);
    assert_string_equal(g.src[0], "A B");
    free(mem);
}

static void test_sniff(void **state)
{
    const char *a = "# c\n" HEAD "\n";
    assert_true(evtsv_sniff(a, strlen(a)));
    const char *b = "Die Beziehungen\n";
    assert_false(evtsv_sniff(b, strlen(b)));
}

/* ---- the batch reader over inputs of many blocks (the threaded path) */

#define BIG_ROWS 6000

/* A valid file of BIG_ROWS rows: row i has source "S<i>", line i + 1 and
 * the extra columns confidence and cameo = "c<i>"; every 97th row has a
 * long evidence cell, every 500th line is a comment.  CRLF ends and a BOM
 * when asked.  Caller frees. */
static char *big_text(int crlf, int bom, size_t *len)
{
    size_t cap = (size_t)BIG_ROWS * 200 + 300000, n = 0;
    char *t = malloc(cap);
    assert_non_null(t);
    const char *eol = crlf ? "\r\n" : "\n";
    n += (size_t)snprintf(t + n, cap - n, "%s%s\tconfidence\tcameo%s",
                          bom ? "\xEF\xBB\xBF" : "", HEAD, eol);
    for (int i = 0; i < BIG_ROWS; i++) {
        if (i % 500 == 250)
            n += (size_t)snprintf(t + n, cap - n, "# comment %d%s", i, eol);
        n += (size_t)snprintf(t + n, cap - n,
                              "S%d\tperson\tmeeting\tT%d\tstate\t2015-03\t\t"
                              "Bonn\td.txt\t%d\t",
                              i, i % 7, i + 1);
        if (i % 97 == 3) {
            /* longer than the 4 KiB blocks of the tests */
            memset(t + n, 'e', 9000);
            n += 9000;
        } else {
            n += (size_t)snprintf(t + n, cap - n, "S%d trifft T%d.", i, i % 7);
        }
        n += (size_t)snprintf(t + n, cap - n, "\t0.5\tc%d%s", i, eol);
    }
    assert_true(n < cap);
    *len = n;
    return t;
}

typedef struct {
    size_t nev, nbatch;
    long bad_order;     /* index of the first event out of order, or -1 */
    size_t stop_after;  /* batches to accept before returning DN_EIO (0: all) */
} order_t;

static int check_order(const ev_event_t *evs, size_t n, void *ctx)
{
    order_t *o = ctx;
    assert_true(n >= 1);
    o->nbatch++;
    for (size_t i = 0; i < n; i++) {
        size_t k = o->nev + i;
        char want[32], cameo[32];
        snprintf(want, sizeof want, "S%zu", k);
        snprintf(cameo, sizeof cameo, "c%zu", k);
        if (o->bad_order < 0 &&
            (strcmp(evs[i].source, want) != 0 || evs[i].line != (long)k + 1 ||
             evs[i].extra.n != 2 || strcmp(evs[i].extra.values[1], cameo) ||
             strcmp(evs[i].extra.names[1], "cameo") ||
             evs[i].confidence != 0.5 ||
             (k % 97 == 3 && strlen(evs[i].evidence) != 9000)))
            o->bad_order = (long)k;
    }
    o->nev += n;
    if (o->stop_after && o->nbatch == o->stop_after) return DN_EIO;
    return DN_OK;
}

static int read_opts(const char *text, size_t len, const evtsv_read_opts_t *ro,
                     ev_batch_fn fn, void *ctx)
{
    FILE *fp = fmemopen((void *)text, len, "r");
    assert_non_null(fp);
    tu_capture();
    int rc = evtsv_read_opts(fp, "f.tsv", ro, fn, ctx);
    fclose(fp);
    return rc;
}

static void test_batches_in_order(void **state)
{
    for (int variant = 0; variant < 4; variant++) {
        size_t len;
        char *t = big_text(variant & 1, variant & 2, &len);
        evtsv_read_opts_t ro = {.block = 4096};
        order_t o = {.bad_order = -1};
        assert_int_equal(read_opts(t, len, &ro, check_order, &o), DN_OK);
        assert_int_equal(o.bad_order, -1);
        assert_int_equal(o.nev, BIG_ROWS);
        assert_true(o.nbatch > 10);
        /* The same on one thread, and with the default block size. */
        order_t one = {.bad_order = -1};
        ro.single_thread = 1;
        assert_int_equal(read_opts(t, len, &ro, check_order, &one), DN_OK);
        assert_int_equal(one.nev, BIG_ROWS);
        assert_int_equal(one.nbatch, o.nbatch);
        assert_int_equal(one.bad_order, -1);
        order_t dflt = {.bad_order = -1};
        assert_int_equal(read_opts(t, len, NULL, check_order, &dflt), DN_OK);
        assert_int_equal(dflt.nev, BIG_ROWS);
        assert_int_equal(dflt.bad_order, -1);
        /* Without the final line end. */
        order_t cut = {.bad_order = -1};
        ro.single_thread = 0;
        size_t eol = (variant & 1) ? 2 : 1;
        assert_int_equal(read_opts(t, len - eol, &ro, check_order, &cut),
                         DN_OK);
        assert_int_equal(cut.nev, BIG_ROWS);
        assert_int_equal(cut.bad_order, -1);
        free(t);
    }
}

/* Replaces row `row` (0-based) of big_text by `line`, returns the text. */
static char *big_with(int row, const char *line, size_t *len)
{
    size_t n;
    char *t = big_text(0, 0, &n);
    char key[32];
    snprintf(key, sizeof key, "\nS%d\t", row);
    char *at = strstr(t, key);
    assert_non_null(at);
    at++;
    char *end = strchr(at, '\n');
    size_t ln = strlen(line);
    char *out = malloc(n + ln + 1);
    assert_non_null(out);
    size_t pre = (size_t)(at - t);
    memcpy(out, t, pre);
    memcpy(out + pre, line, ln);
    memcpy(out + pre + ln, end, n - (size_t)(end - t));
    *len = pre + ln + (n - (size_t)(end - t));
    free(t);
    return out;
}

/* The line number of row `row` in big_text: the header, the row, and the
 * comments before it. */
static long line_of_row(int row)
{
    long comments = row >= 250 ? (row - 250) / 500 + 1 : 0;
    return 1 + row + 1 + comments;
}

static void test_late_error_after_events(void **state)
{
    static const struct {
        const char *line, *what;
        long col;
    } cases[] = {
        {"X\tpersn\tvisit\tB\tstate\t\t\t\t\t\t\t\t", "unknown kind `persn`", 3},
        {"X\xff\tperson\tvisit\tB\tstate\t\t\t\t\t\t\t\t", "invalid UTF-8", 2},
        {"X\tperson\tvisit\tB\tstate\t\t\t\t\t\t\t\t\tz", "too many cells: 14",
         31},
        {"X\tperson\tvisit\tB\tstate\t\t\t\t\t\t\t1.5\t",
         "confidence `1.5` is not", 30},
    };
    for (size_t c = 0; c < sizeof cases / sizeof *cases; c++) {
        for (int single = 0; single < 2; single++) {
            int row = 5400;
            size_t len;
            char *t = big_with(row, cases[c].line, &len);
            evtsv_read_opts_t ro = {.block = 4096, .single_thread = single};
            order_t o = {.bad_order = -1};
            assert_int_equal(read_opts(t, len, &ro, check_order, &o),
                             DN_EINPUT);
            /* every event before the bad row, in order, and no other */
            assert_int_equal(o.nev, row);
            assert_int_equal(o.bad_order, -1);
            char where[64];
            snprintf(where, sizeof where, "dipnet: f.tsv:%ld:%ld: ",
                     line_of_row(row), cases[c].col);
            if (!strstr(tu_messages(), where) ||
                !strstr(tu_messages(), cases[c].what))
                fail_msg("expected '%s' and '%s' in: %s", where,
                         cases[c].what, tu_messages());
            free(t);
        }
    }
}

static void test_sink_error_stops(void **state)
{
    size_t len;
    char *t = big_text(0, 0, &len);
    for (size_t stop = 1; stop <= 4; stop++) {
        evtsv_read_opts_t ro = {.block = 4096};
        order_t o = {.bad_order = -1, .stop_after = stop};
        assert_int_equal(read_opts(t, len, &ro, check_order, &o), DN_EIO);
        assert_int_equal(o.nbatch, stop);   /* not called after the error */
        assert_int_equal(o.bad_order, -1);
        assert_string_equal(tu_messages(), "");  /* the sink reports, not us */
    }
    free(t);
}

static void test_long_lines(void **state)
{
    /* One row longer than 16 blocks; then a limit it exceeds. */
    size_t n = 70000;
    char *t = malloc(n + 400);
    assert_non_null(t);
    int k = snprintf(t, 400, "%s\nA\tperson\tvisit\tB\tstate\t\t\t\t\t\t", HEAD);
    memset(t + k, 'x', n);
    static const char next[] = "\nC\tstate\tvisit\tD\tstate\t\t\t\t\t\t\n";
    memcpy(t + k + n, next, sizeof next - 1);
    size_t len = (size_t)k + n + sizeof next - 1;
    evtsv_read_opts_t ro = {.block = 4096};
    got_t g;
    memset(&g, 0, sizeof g);
    FILE *fp = fmemopen(t, len, "r");
    tu_capture();
    assert_int_equal(evtsv_read(fp, "f.tsv", collect, &g), DN_OK);
    fclose(fp);
    assert_int_equal(g.n, 2);
    assert_string_equal(g.src[1], "C");
    order_t o = {.bad_order = -1};
    ro.max_line = 50000;
    assert_int_equal(read_opts(t, len, &ro, check_order, &o), DN_EINPUT);
    assert_non_null(strstr(tu_messages(), "f.tsv:2: line longer than 50000 bytes"));
    free(t);
}

/* Block sizes that cut lines, CRLF pairs and the BOM anywhere: the rows
 * and their order never change. */
static void test_any_block_size(void **state)
{
    static const size_t sizes[] = {1, 2, 3, 7, 64, 100, 4095, 4097, 65536};
    size_t len;
    char *t = big_text(1, 1, &len);
    for (size_t i = 0; i < sizeof sizes / sizeof *sizes; i++) {
        evtsv_read_opts_t ro = {.block = sizes[i]};
        order_t o = {.bad_order = -1};
        assert_int_equal(read_opts(t, len, &ro, check_order, &o), DN_OK);
        assert_int_equal(o.nev, BIG_ROWS);
        assert_int_equal(o.bad_order, -1);
    }
    free(t);
}

/* Every kind and relation name parses back to itself (the parser compares
 * lengths from a table first); prefixes, extensions and case do not. */
static void test_names_round_trip(void **state)
{
    (void)state;
    for (int k = 0; k < EV_KIND_COUNT; k++) {
        const char *n = ev_kind_name((ev_kind_t)k);
        assert_int_equal(ev_kind_parse(n, strlen(n)), k);
        assert_int_equal(ev_kind_parse(n, strlen(n) - 1), -1);
    }
    for (int r = 0; r < EV_REL_COUNT; r++) {
        const char *n = ev_relation_name((ev_relation_t)r);
        assert_int_equal(ev_relation_parse(n, strlen(n)), r);
        assert_int_equal(ev_relation_parse(n, strlen(n) - 1), -1);
    }
    assert_int_equal(ev_kind_parse("persons", 7), -1);
    assert_int_equal(ev_relation_parse("Visit", 5), -1);
    assert_int_equal(ev_relation_parse("", 0), -1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names_round_trip),
        cmocka_unit_test(test_reads_rows_comments_crlf_bom),
        cmocka_unit_test(test_bad_inputs),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_date_parse),
        cmocka_unit_test(test_writer_round_trip),
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_batches_in_order),
        cmocka_unit_test(test_late_error_after_events),
        cmocka_unit_test(test_sink_error_stops),
        cmocka_unit_test(test_long_lines),
        cmocka_unit_test(test_count_column),
        cmocka_unit_test(test_any_block_size),
    };
    return cmocka_run_group_tests_name("evtsv", tests, NULL, NULL);
}
