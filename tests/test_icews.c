/* Tests of the ICEWS importer (src/io/icews.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/cameo.h"
#include "io/icews.h"
#include "util/diag.h"

typedef struct {
    char source[128], target[128], evidence[256], text[64];
    ev_kind_t sk, tk;
    ev_relation_t rel;
    ev_date_t start;
    long line;
} got_t;

typedef struct {
    got_t ev[32];
    size_t n, total;
    size_t by_rel[EV_REL_COUNT];
} coll_t;

static void cp(char *dst, size_t cap, const char *s)
{
    snprintf(dst, cap, "%s", s ? s : "");
}

static int collect(const ev_event_t *ev, void *ctx)
{
    coll_t *c = ctx;
    c->total++;
    c->by_rel[ev->relation]++;
    if (c->n < sizeof c->ev / sizeof c->ev[0]) {
        got_t *g = &c->ev[c->n++];
        cp(g->source, sizeof g->source, ev->source);
        cp(g->target, sizeof g->target, ev->target);
        cp(g->evidence, sizeof g->evidence, ev->evidence);
        g->sk = ev->source_kind;
        g->tk = ev->target_kind;
        g->rel = ev->relation;
        g->start = ev->start;
        g->line = ev->line;
        assert_int_equal(ev->extra.n, 1);
        assert_string_equal(ev->extra.names[0], "cameo");
        cp(g->text, sizeof g->text, ev->extra.values[0]);
        assert_string_equal(ev->place, "");
    }
    return 0;
}

static char last_msg[1024];
static void capture(const char *line, void *ctx)
{
    (void)ctx;
    snprintf(last_msg, sizeof last_msg, "%s", line);
}

static int run_text(const char *text, int all, coll_t *c)
{
    FILE *fp = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(fp);
    memset(c, 0, sizeof *c);
    last_msg[0] = '\0';
    diag_set_sink(capture, NULL);
    int rc = icews_read(fp, "i.tsv", all, collect, c);
    diag_set_sink(NULL, NULL);
    fclose(fp);
    return rc;
}

static int run_file(const char *path, int all, coll_t *c)
{
    FILE *fp = fopen(path, "rb");
    if (!fp) return -1;
    memset(c, 0, sizeof *c);
    last_msg[0] = '\0';
    diag_set_sink(capture, NULL);
    int rc = icews_read(fp, path, all, collect, c);
    diag_set_sink(NULL, NULL);
    fclose(fp);
    return rc;
}

static void test_relation_texts(void **state)
{
    (void)state;
    static const struct {
        const char *text;
        int rel, reverse;
    } cases[] = {
        {"Make a visit", EV_REL_VISIT, 0},
        {"Host a visit", EV_REL_VISIT, 1},
        {"Meet at a 'third' location", EV_REL_MEETING, 0},
        {"Consult", EV_REL_MEETING, 0},
        {"Engage in negotiation", EV_REL_MEETING, 0},
        {"Discuss by telephone", EV_REL_MEETING, 0},
        {"Sign formal agreement", EV_REL_AGREEMENT, 0},
        {"Express intent to meet or negotiate", -1, 0},
        {"Reject proposal to meet, discuss, or negotiate", -1, 0},
        {"consult", -1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int rev = -1;
        int rel = cameo_text_relation(cases[i].text, strlen(cases[i].text),
                                      &rev);
        assert_int_equal(rel, cases[i].rel);
        assert_int_equal(rev, cases[i].reverse);
    }
}

static void test_kinds(void **state)
{
    (void)state;
    static const struct {
        const char *name;
        ev_kind_t kind;
    } cases[] = {
        {"Japan", EV_KIND_STATE},
        {"South Korea", EV_KIND_STATE},
        {"Middle East", EV_KIND_GROUP},
        {"Government (Nigeria)", EV_KIND_INSTITUTION},
        {"Head of Government (Pakistan)", EV_KIND_INSTITUTION},
        {"Cabinet / Council of Ministers / Advisors (United States)",
         EV_KIND_INSTITUTION},
        {"Education Ministry (Kenya)", EV_KIND_INSTITUTION},
        {"Citizen (India)", EV_KIND_GROUP},
        {"Men (South Africa)", EV_KIND_GROUP},
        {"John Kerry", EV_KIND_PERSON},
        {"Dmitry Anatolyevich Medvedev", EV_KIND_PERSON},
        {"Abdullah G\xC3\xBCl", EV_KIND_PERSON},
        {"African Union", EV_KIND_INSTITUTION},
        {"UN Security Council", EV_KIND_INSTITUTION},
        {"Hamas", EV_KIND_INSTITUTION},
        {"(x)", EV_KIND_INSTITUTION},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        ev_kind_t k = icews_kind(cases[i].name, strlen(cases[i].name));
        if (k != cases[i].kind)
            fail_msg("kind(\"%s\") = %s, want %s", cases[i].name,
                     ev_kind_name(k), ev_kind_name(cases[i].kind));
    }
}

static void test_fixture(void **state)
{
    (void)state;
    coll_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    assert_int_equal(run_file("tests/fixtures/icews/sample.tsv", 0, c), DN_OK);
    assert_int_equal(c->total, 7);
    assert_int_equal(c->by_rel[EV_REL_VISIT], 2);
    assert_int_equal(c->by_rel[EV_REL_MEETING], 4);
    assert_int_equal(c->by_rel[EV_REL_AGREEMENT], 1);

    got_t *g = &c->ev[0];   /* Make a visit: source travels */
    assert_string_equal(g->source, "Japan");
    assert_string_equal(g->target, "Thailand");
    assert_int_equal(g->sk, EV_KIND_STATE);
    assert_int_equal(g->rel, EV_REL_VISIT);
    assert_int_equal(g->start.year, 2014);
    assert_int_equal(g->start.month, 9);
    assert_int_equal(g->start.day, 22);
    assert_string_equal(g->text, "Make a visit");
    assert_string_equal(g->evidence, "ICEWS: Japan / Make a visit / Thailand");
    assert_int_equal(g->line, 1);

    g = &c->ev[1];          /* Host a visit: the target travels */
    assert_string_equal(g->source, "Angela Merkel");
    assert_int_equal(g->sk, EV_KIND_PERSON);
    assert_string_equal(g->target, "Government (Nigeria)");
    assert_int_equal(g->tk, EV_KIND_INSTITUTION);
    assert_int_equal(g->rel, EV_REL_VISIT);

    g = &c->ev[2];
    assert_string_equal(g->target, "Abdullah G\xC3\xBCl");
    assert_int_equal(g->rel, EV_REL_MEETING);
    assert_int_equal(c->ev[3].sk, EV_KIND_GROUP);
    assert_int_equal(c->ev[4].rel, EV_REL_MEETING);   /* telephone */
    assert_string_equal(c->ev[5].target, "Middle East");
    assert_int_equal(c->ev[6].rel, EV_REL_AGREEMENT);
    assert_int_equal(c->ev[6].line, 7);

    /* --all: the intent and the statement become `other`; the row whose
     * two actors are the same stays out. */
    assert_int_equal(run_file("tests/fixtures/icews/sample.tsv", 1, c), DN_OK);
    assert_int_equal(c->total, 9);
    assert_int_equal(c->by_rel[EV_REL_OTHER], 2);
    assert_string_equal(c->ev[7].text, "Express intent to meet or negotiate");
    assert_string_equal(c->ev[8].source, "UN Security Council");
    free(c);
}

static void test_empty_and_header(void **state)
{
    (void)state;
    coll_t c;
    assert_int_equal(run_text("", 0, &c), DN_OK);
    assert_int_equal(c.total, 0);
    assert_int_equal(run_text("Source\tEvent Text\tTarget\tEvent Date\r\n"
                              "Japan\tConsult\tChina\t2014-01-02\r\n",
                              0, &c),
                     DN_OK);
    assert_int_equal(c.total, 1);
    assert_string_equal(c.ev[0].target, "China");
    assert_int_equal(c.ev[0].line, 2);
    /* A header is only accepted on line 1. */
    assert_int_equal(run_text("Japan\tConsult\tChina\t2014-01-02\n"
                              "Source\tEvent Text\tTarget\tEvent Date\n",
                              0, &c),
                     DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:2:"));
}

static void test_bad_rows(void **state)
{
    (void)state;
    coll_t c;
    /* Three columns: the error points at the end of the line. */
    assert_int_equal(run_text("Japan\tConsult\tChina\n", 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:1:20:"));
    assert_non_null(strstr(last_msg, "3 columns"));
    /* Five columns: at the surplus column. */
    assert_int_equal(run_text("Japan\tConsult\tChina\t2014-01-02\tx\n", 0, &c),
                     DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:1:32:"));
    /* Impossible date: column of the day. */
    assert_int_equal(run_text("Japan\tConsult\tChina\t2014-02-30\n", 0, &c),
                     DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:1:29:"));
    /* A year alone is not an ICEWS date. */
    assert_int_equal(run_text("Japan\tConsult\tChina\t2014\n", 0, &c),
                     DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:1:25:"));
    /* Empty source. */
    assert_int_equal(run_text("\tConsult\tChina\t2014-01-02\n", 0, &c),
                     DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:1:1: empty source"));
    /* Invalid UTF-8 in the target. */
    assert_int_equal(run_text("Japan\tConsult\tCh\xFFna\t2014-01-02\n", 0, &c),
                     DN_EINPUT);
    assert_non_null(strstr(last_msg, "i.tsv:1:17:"));
    /* Errors stop the import after the good rows before them. */
    assert_int_equal(run_text("Japan\tConsult\tChina\t2014-01-02\nbad\n", 0, &c),
                     DN_EINPUT);
    assert_int_equal(c.total, 1);
    assert_non_null(strstr(last_msg, "i.tsv:2:"));
}

static void test_overlong_line(void **state)
{
    (void)state;
    size_t n = 100 * 1024;
    char *text = malloc(n + 64);
    assert_non_null(text);
    strcpy(text, "Japan\tConsult\tChina\t2014-01-02\n");
    size_t k = strlen(text);
    memset(text + k, 'x', n);
    strcpy(text + k + n, "\n");
    coll_t c;
    assert_int_equal(run_text(text, 0, &c), DN_EINPUT);
    assert_int_equal(c.total, 1);
    assert_non_null(strstr(last_msg, "i.tsv:2:"));
    assert_non_null(strstr(last_msg, "line longer than"));
    free(text);
}

/* Reads one real ICEWS file of ../shared when present. */
static void shared_file(const char *path)
{
    FILE *probe = fopen(path, "rb");
    if (!probe) {
        printf("skip: %s absent (real ICEWS sample not available)\n", path);
        skip();
    }
    fclose(probe);
    coll_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    int rc = run_file(path, 0, c);
    if (rc) fail_msg("%s", last_msg);
    printf("%s: %zu events: %zu visit, %zu meeting, %zu agreement\n", path,
           c->total, c->by_rel[EV_REL_VISIT], c->by_rel[EV_REL_MEETING],
           c->by_rel[EV_REL_AGREEMENT]);
    assert_true(c->by_rel[EV_REL_VISIT] > 0);
    assert_true(c->by_rel[EV_REL_MEETING] > 0);
    assert_true(c->by_rel[EV_REL_AGREEMENT] > 0);
    size_t mapped = c->total;
    assert_int_equal(run_file(path, 1, c), DN_OK);
    assert_true(c->total > mapped);
    free(c);
}

static void test_shared_icews14(void **state)
{
    (void)state;
    shared_file("../shared/events/icews14-test.tsv");
}

static void test_shared_icews05_15(void **state)
{
    (void)state;
    shared_file("../shared/events/icews05-15-test.tsv");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_relation_texts),
        cmocka_unit_test(test_kinds),
        cmocka_unit_test(test_fixture),
        cmocka_unit_test(test_empty_and_header),
        cmocka_unit_test(test_bad_rows),
        cmocka_unit_test(test_overlong_line),
        cmocka_unit_test(test_shared_icews14),
        cmocka_unit_test(test_shared_icews05_15),
    };
    return cmocka_run_group_tests_name("icews", tests, NULL, NULL);
}
