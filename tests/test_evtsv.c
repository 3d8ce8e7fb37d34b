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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reads_rows_comments_crlf_bom),
        cmocka_unit_test(test_bad_inputs),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_date_parse),
        cmocka_unit_test(test_writer_round_trip),
        cmocka_unit_test(test_sniff),
    };
    return cmocka_run_group_tests_name("evtsv", tests, NULL, NULL);
}
