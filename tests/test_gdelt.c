/* Tests of the GDELT importer (src/io/gdelt.c) and the CAMEO tables it
 * shares with the ICEWS importer (src/io/cameo.c). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "io/cameo.h"
#include "io/gdelt.h"
#include "util/diag.h"

/* ---- helpers ------------------------------------------------------------ */

typedef struct {
    char source[128], target[128], place[128], evidence[256], cameo[8];
    ev_kind_t sk, tk;
    ev_relation_t rel;
    ev_date_t start;
    long line;
} got_t;

typedef struct {
    got_t ev[64];
    size_t n, total;
    size_t by_rel[EV_REL_COUNT];
    int stop_after;   /* > 0: return DN_EIO at that event */
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
    if (c->stop_after && (int)c->total == c->stop_after) return DN_EIO;
    if (c->n < sizeof c->ev / sizeof c->ev[0]) {
        got_t *g = &c->ev[c->n++];
        cp(g->source, sizeof g->source, ev->source);
        cp(g->target, sizeof g->target, ev->target);
        cp(g->place, sizeof g->place, ev->place);
        cp(g->evidence, sizeof g->evidence, ev->evidence);
        g->sk = ev->source_kind;
        g->tk = ev->target_kind;
        g->rel = ev->relation;
        g->start = ev->start;
        g->line = ev->line;
        assert_int_equal(ev->extra.n, 1);
        assert_string_equal(ev->extra.names[0], "cameo");
        cp(g->cameo, sizeof g->cameo, ev->extra.values[0]);
    }
    return 0;
}

static char last_msg[1024];
static void capture(const char *line, void *ctx)
{
    (void)ctx;
    snprintf(last_msg, sizeof last_msg, "%s", line);
}

/* Runs the importer over an in-memory text. */
static int run_text(const char *text, int all, coll_t *c)
{
    FILE *fp = fmemopen((void *)text, strlen(text), "r");
    assert_non_null(fp);
    memset(c, 0, sizeof *c);
    last_msg[0] = '\0';
    diag_set_sink(capture, NULL);
    int rc = gdelt_read(fp, "t.tsv", all, collect, c);
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
    int rc = gdelt_read(fp, path, all, collect, c);
    diag_set_sink(NULL, NULL);
    fclose(fp);
    return rc;
}

/* A GDELT 1.0 row of ncols columns: a meeting (040) of USA and CHN, with
 * the columns in `set` (index=value pairs, NULL-terminated) replaced. */
static void make_row(char *out, size_t cap, size_t ncols, const char *const *set)
{
    const char *f[64];
    for (size_t i = 0; i < ncols && i < 64; i++) f[i] = "";
    if (ncols > 26) {
        f[0] = "77"; f[1] = "20150301";
        f[5] = "USA"; f[6] = "UNITED STATES"; f[7] = "USA";
        f[15] = "CHN"; f[16] = "CHINA"; f[17] = "CHN";
        f[26] = "040";
    }
    for (size_t k = 0; set && set[k]; k += 2) {
        size_t i = (size_t)atoi(set[k]);
        if (i < ncols) f[i] = set[k + 1];
    }
    size_t n = 0;
    for (size_t i = 0; i < ncols; i++) {
        int w = snprintf(out + n, cap - n, "%s%s", i ? "\t" : "", f[i]);
        n += (size_t)w;
        assert_true(n < cap);
    }
    snprintf(out + n, cap - n, "\n");
}

/* ---- CAMEO tables ------------------------------------------------------- */

static void test_tables_sorted(void **state)
{
    (void)state;
    for (size_t i = 1; i < cameo_ncountries; i++)
        assert_true(strcmp(cameo_countries[i - 1].code,
                           cameo_countries[i].code) < 0);
    for (size_t i = 1; i < cameo_nstate_names; i++)
        assert_true(strcmp(cameo_state_names[i - 1],
                           cameo_state_names[i]) < 0);
    /* Every state's own name is a state name. */
    for (size_t i = 0; i < cameo_ncountries; i++) {
        const char *nm = cameo_countries[i].name;
        assert_int_equal(cameo_is_state_name(nm, strlen(nm)),
                         !cameo_countries[i].region);
    }
}

static void test_country_lookup(void **state)
{
    (void)state;
    const cameo_country_t *c = cameo_country("DEU", 3);
    assert_non_null(c);
    assert_string_equal(c->name, "Germany");
    assert_int_equal(c->region, 0);
    c = cameo_country("MEA", 3);
    assert_non_null(c);
    assert_int_equal(c->region, 1);
    assert_null(cameo_country("XYZ", 3));
    assert_null(cameo_country("DE", 2));
    assert_true(cameo_is_state_name("South Korea", 11));
    assert_true(cameo_is_state_name("Russian Federation", 18));
    assert_false(cameo_is_state_name("South", 5));
    assert_true(cameo_is_region_name("Middle East", 11));
}

static void test_relation_codes(void **state)
{
    (void)state;
    static const struct {
        const char *code;
        int rel, reverse;
    } cases[] = {
        {"040", EV_REL_MEETING, 0},  {"041", EV_REL_MEETING, 0},
        {"042", EV_REL_VISIT, 0},    {"043", EV_REL_VISIT, 1},
        {"044", EV_REL_MEETING, 0},  {"046", EV_REL_MEETING, 0},
        {"057", EV_REL_AGREEMENT, 0}, {"045", -1, 0},
        {"010", -1, 0},              {"0421", -1, 0},
        {"04", -1, 0},               {"", -1, 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int rev = -1;
        int rel = cameo_code_relation(cases[i].code, strlen(cases[i].code),
                                      &rev);
        assert_int_equal(rel, cases[i].rel);
        assert_int_equal(rev, cases[i].reverse);
    }
}

static void test_titlecase(void **state)
{
    (void)state;
    static const char *const cases[][2] = {
        {"UNITED STATES", "United States"},
        {"THE UN", "Un"},
        {"BOSNIA AND HERZEGOVINA", "Bosnia and Herzegovina"},
        {"GUINEA-BISSAU", "Guinea-Bissau"},
        {"OF COURSE", "Of Course"},
        {"", ""},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        buf_t b;
        buf_init(&b);
        assert_int_equal(cameo_titlecase(&b, cases[i][0], strlen(cases[i][0])), 0);
        assert_string_equal(buf_cstr(&b), cases[i][1]);
        buf_destroy(&b);
    }
}

static void test_person_like(void **state)
{
    (void)state;
    static const struct {
        const char *s;
        int person;
    } cases[] = {
        {"HILLARY CLINTON", 1}, {"Angela Merkel", 1},
        {"Abdullah Gül", 1}, {"Nuri al-Maliki", 1},
        {"OBAMA", 0}, {"PRIME MINISTER", 0}, {"COAST GUARD", 0},
        {"NEW YORK", 0}, {"UN Security Council", 0},
        {"African Union", 0}, {"Citizen (India)", 0},
        {"G8 SUMMIT", 0}, {"A B C D E F G", 0},
        {"Benedict XVI", 1}, {"A.K. Antony", 1}, {"XVI Benedict", 0},
        {"Daily Trust", 0},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int got = cameo_person_like(cases[i].s, strlen(cases[i].s));
        if (got != cases[i].person)
            fail_msg("person_like(\"%s\") = %d", cases[i].s, got);
    }
}

static void test_utf8(void **state)
{
    (void)state;
    assert_int_equal(cameo_utf8_bad("Gen\xC3\xA8ve", 7), -1);
    assert_int_equal(cameo_utf8_bad("ab\xC3", 3), 2);
    assert_int_equal(cameo_utf8_bad("a\xC0\x80", 3), 1);       /* overlong */
    assert_int_equal(cameo_utf8_bad("\xED\xA0\x80", 3), 0);    /* surrogate */
    assert_int_equal(cameo_utf8_bad("\xF0\x9F\x98\x80!", 5), -1);
}

/* ---- importer ----------------------------------------------------------- */

static void test_fixture_mixed(void **state)
{
    (void)state;
    coll_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    assert_int_equal(run_file("tests/fixtures/gdelt/mixed.tsv", 0, c), DN_OK);
    assert_int_equal(c->total, 7);
    assert_int_equal(c->by_rel[EV_REL_VISIT], 2);
    assert_int_equal(c->by_rel[EV_REL_MEETING], 4);
    assert_int_equal(c->by_rel[EV_REL_AGREEMENT], 1);

    /* 042, 58 columns: a person-like actor with a country and type. */
    got_t *g = &c->ev[0];
    assert_string_equal(g->source, "Hillary Clinton");
    assert_int_equal(g->sk, EV_KIND_PERSON);
    assert_string_equal(g->target, "China");
    assert_int_equal(g->tk, EV_KIND_STATE);
    assert_int_equal(g->rel, EV_REL_VISIT);
    assert_int_equal(g->start.year, 2015);
    assert_int_equal(g->start.month, 3);
    assert_int_equal(g->start.day, 10);
    assert_string_equal(g->place, "");   /* place only for 044 */
    assert_string_equal(g->evidence, "GDELT 1001 http://example.org/news/1001");
    assert_string_equal(g->cameo, "042");
    assert_int_equal(g->line, 1);

    /* 043, 57 columns: actor 2 (the guest) travels to actor 1 (host);
     * no SOURCEURL in the 57-column layout. */
    g = &c->ev[1];
    assert_string_equal(g->source, "Germany");
    assert_string_equal(g->target, "France");
    assert_int_equal(g->rel, EV_REL_VISIT);
    assert_string_equal(g->evidence, "GDELT 1002");
    assert_int_equal(g->start.year, 1982);

    /* 040: the country code decides, not the name ("WASHINGTON"). */
    g = &c->ev[2];
    assert_string_equal(g->source, "United States");
    assert_string_equal(g->target, "Russia");
    assert_int_equal(g->rel, EV_REL_MEETING);

    /* 041: a sector actor and a known group. */
    g = &c->ev[3];
    assert_string_equal(g->source, "Police (Iraq)");
    assert_int_equal(g->sk, EV_KIND_INSTITUTION);
    assert_string_equal(g->target, "United Nations");
    assert_int_equal(g->tk, EV_KIND_INSTITUTION);
    assert_int_equal(g->rel, EV_REL_MEETING);

    /* 044, 61 columns: place from ActionGeo_FullName (UTF-8 kept). */
    g = &c->ev[4];
    assert_string_equal(g->source, "Iran");
    assert_string_equal(g->target, "Government (United States)");
    assert_string_equal(g->place, "Geneva, Gen\xC3\xA8ve, Switzerland");
    assert_string_equal(g->evidence, "GDELT 1005 http://example.org/news/1005");
    assert_int_equal(g->start.year, 2016);

    /* 046 with a region. */
    g = &c->ev[5];
    assert_string_equal(g->target, "Middle East");
    assert_int_equal(g->tk, EV_KIND_GROUP);

    /* 057: a sector named by a city is still the sector. */
    g = &c->ev[6];
    assert_string_equal(g->source, "Government (Germany)");
    assert_string_equal(g->target, "Kazakhstan");
    assert_int_equal(g->rel, EV_REL_AGREEMENT);
    assert_int_equal(g->line, 7);
    free(c);
}

static void test_fixture_all(void **state)
{
    (void)state;
    coll_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    assert_int_equal(run_file("tests/fixtures/gdelt/mixed.tsv", 1, c), DN_OK);
    /* 010 and 0311 become `other`; missing, unattributed and self rows
     * stay out. */
    assert_int_equal(c->total, 9);
    assert_int_equal(c->by_rel[EV_REL_OTHER], 2);
    assert_string_equal(c->ev[7].cameo, "010");
    assert_int_equal(c->ev[7].rel, EV_REL_OTHER);
    assert_string_equal(c->ev[8].cameo, "0311");
    free(c);
}

static void test_empty_file(void **state)
{
    (void)state;
    coll_t c;
    assert_int_equal(run_text("", 0, &c), DN_OK);
    assert_int_equal(c.total, 0);
    assert_int_equal(run_text("\n\n", 0, &c), DN_OK);
    assert_int_equal(c.total, 0);
}

static void test_header_and_crlf(void **state)
{
    (void)state;
    static const char *const hdr[] = {"0", "GLOBALEVENTID", "1", "SQLDATE",
                                      NULL};
    char text[4096], row[2048];
    make_row(text, 2048, 58, hdr);
    make_row(row, sizeof row, 58, NULL);
    /* CRLF line end on the data row. */
    size_t n = strlen(row);
    row[n - 1] = '\r';
    strcat(row, "\n");
    strcat(text, row);
    coll_t c;
    assert_int_equal(run_text(text, 0, &c), DN_OK);
    assert_int_equal(c.total, 1);
    assert_string_equal(c.ev[0].source, "United States");
    assert_int_equal(c.ev[0].line, 2);
}

static void test_no_final_newline(void **state)
{
    (void)state;
    char row[2048];
    make_row(row, sizeof row, 61, NULL);
    row[strlen(row) - 1] = '\0';
    coll_t c;
    assert_int_equal(run_text(row, 0, &c), DN_OK);
    assert_int_equal(c.total, 1);
}

static void test_bad_column_count(void **state)
{
    (void)state;
    char text[4096], row[2048];
    make_row(text, 2048, 58, NULL);
    make_row(row, sizeof row, 56, NULL);
    strcat(text, row);
    coll_t c;
    assert_int_equal(run_text(text, 0, &c), DN_EINPUT);
    assert_int_equal(c.total, 1);
    assert_non_null(strstr(last_msg, "t.tsv:2:"));
    assert_non_null(strstr(last_msg, "56 columns"));
    /* 59 and 62 columns too. */
    make_row(row, sizeof row, 59, NULL);
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:"));
    make_row(row, sizeof row, 62, NULL);
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "62 columns"));
    /* A single field. */
    assert_int_equal(run_text("hello\n", 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:6:"));
}

static void test_bad_date(void **state)
{
    (void)state;
    char row[2048];
    /* Column 2 starts at byte 4 ("77\t" is 3 bytes). */
    static const char *const feb30[] = {"1", "20150230", NULL};
    make_row(row, sizeof row, 58, feb30);
    coll_t c;
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:10:"));
    assert_non_null(strstr(last_msg, "SQLDATE"));
    static const char *const letters[] = {"1", "2015x301", NULL};
    make_row(row, sizeof row, 58, letters);
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:8:"));
    static const char *const month13[] = {"1", "20151301", NULL};
    make_row(row, sizeof row, 58, month13);
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:8:"));
    /* Bad dates are errors even in rows whose code is not mapped. */
    static const char *const other[] = {"1", "2015", "26", "010", NULL};
    make_row(row, sizeof row, 58, other);
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
}

static void test_bad_id_and_code(void **state)
{
    (void)state;
    char row[2048];
    static const char *const id[] = {"0", "x1", NULL};
    make_row(row, sizeof row, 58, id);
    coll_t c;
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:1:"));
    static const char *const code[] = {"26", "04a", NULL};
    make_row(row, sizeof row, 58, code);
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "EventCode"));
}

static void test_bad_utf8(void **state)
{
    (void)state;
    char row[2048];
    static const char *const name[] = {"16", "CH\xFFNA", NULL};
    make_row(row, sizeof row, 58, name);
    coll_t c;
    assert_int_equal(run_text(row, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "invalid UTF-8"));
}

static void test_nul_byte(void **state)
{
    (void)state;
    static const char text[] = "77\0x\n";
    FILE *fp = fmemopen((void *)text, sizeof text - 1, "r");
    assert_non_null(fp);
    coll_t c;
    memset(&c, 0, sizeof c);
    diag_set_sink(capture, NULL);
    assert_int_equal(gdelt_read(fp, "t.tsv", 0, collect, &c), DN_EINPUT);
    diag_set_sink(NULL, NULL);
    fclose(fp);
    assert_non_null(strstr(last_msg, "t.tsv:1:3:"));
}

static void test_overlong_line(void **state)
{
    (void)state;
    size_t n = 200 * 1024;
    char *text = malloc(n + 2);
    assert_non_null(text);
    memset(text, 'a', n);
    text[n] = '\n';
    text[n + 1] = '\0';
    coll_t c;
    assert_int_equal(run_text(text, 0, &c), DN_EINPUT);
    assert_non_null(strstr(last_msg, "t.tsv:1:"));
    assert_non_null(strstr(last_msg, "line longer than"));
    free(text);
}

static void test_sink_stops(void **state)
{
    (void)state;
    coll_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    c->stop_after = 2;
    FILE *fp = fopen("tests/fixtures/gdelt/mixed.tsv", "rb");
    assert_non_null(fp);
    assert_int_equal(gdelt_read(fp, "mixed.tsv", 0, collect, c), DN_EIO);
    fclose(fp);
    assert_int_equal(c->total, 2);
    free(c);
}

static void test_sniff(void **state)
{
    (void)state;
    char row[2048];
    make_row(row, sizeof row, 58, NULL);
    assert_true(gdelt_sniff(row, strlen(row)));
    make_row(row, sizeof row, 61, NULL);
    assert_true(gdelt_sniff(row, strlen(row)));
    assert_true(gdelt_sniff(row, 40));   /* cut off: id and date suffice */
    make_row(row, sizeof row, 50, NULL);
    assert_false(gdelt_sniff(row, strlen(row)));
    static const char tsv[] = "source\tsource_kind\trelation\n";
    assert_false(gdelt_sniff(tsv, sizeof tsv - 1));
}

/* The real GDELT 1.0 sample in ../shared (57- and 58-column rows mixed). */
static void test_shared_sample(void **state)
{
    (void)state;
    const char *path = "../shared/events/gdelt1-sample.tsv";
    FILE *probe = fopen(path, "rb");
    if (!probe) {
        printf("skip: %s absent (real GDELT sample not available)\n", path);
        skip();
    }
    fclose(probe);
    coll_t *c = calloc(1, sizeof *c);
    assert_non_null(c);
    int rc = run_file(path, 0, c);
    if (rc) fail_msg("%s", last_msg);
    printf("gdelt1-sample: %zu events: %zu visit, %zu meeting, %zu agreement\n",
           c->total, c->by_rel[EV_REL_VISIT], c->by_rel[EV_REL_MEETING],
           c->by_rel[EV_REL_AGREEMENT]);
    assert_true(c->by_rel[EV_REL_VISIT] > 0);
    assert_true(c->by_rel[EV_REL_MEETING] > 0);
    size_t mapped = c->total;
    assert_int_equal(run_file(path, 1, c), DN_OK);
    printf("gdelt1-sample --all: %zu events (%zu other)\n", c->total,
           c->by_rel[EV_REL_OTHER]);
    assert_true(c->total > mapped);
    free(c);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tables_sorted),
        cmocka_unit_test(test_country_lookup),
        cmocka_unit_test(test_relation_codes),
        cmocka_unit_test(test_titlecase),
        cmocka_unit_test(test_person_like),
        cmocka_unit_test(test_utf8),
        cmocka_unit_test(test_fixture_mixed),
        cmocka_unit_test(test_fixture_all),
        cmocka_unit_test(test_empty_file),
        cmocka_unit_test(test_header_and_crlf),
        cmocka_unit_test(test_no_final_newline),
        cmocka_unit_test(test_bad_column_count),
        cmocka_unit_test(test_bad_date),
        cmocka_unit_test(test_bad_id_and_code),
        cmocka_unit_test(test_bad_utf8),
        cmocka_unit_test(test_nul_byte),
        cmocka_unit_test(test_overlong_line),
        cmocka_unit_test(test_sink_stops),
        cmocka_unit_test(test_sniff),
        cmocka_unit_test(test_shared_sample),
    };
    return cmocka_run_group_tests_name("gdelt", tests, NULL, NULL);
}
