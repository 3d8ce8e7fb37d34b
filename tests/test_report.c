/* Tests of the report writers (src/write/report_*.c): exact CSV columns and
 * JSON keys, escaping, alignment of non-Latin names, the estimate note. */
#include "testutil.h"

#include <jansson.h>

#include "analysis/centrality.h"
#include "io/evtsv.h"
#include "net/net.h"
#include "write/report.h"

static const char events[] =
    "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\tplace\tdoc\tline\tevidence\n"
    "Нурсултан Назарбаев\tperson\tvisit\tDeutschland\tstate\t1992\t\t\td\t1\t\n"
    "Нурсултан Назарбаев\tperson\tvisit\tDeutschland\tstate\t1997\t\t\td\t2\t\n"
    "Smith, \"Jr.\" | <b>\tperson\tmeeting\tDeutschland\tstate\t2001\t\t\td\t3\t\n"
    "Kasachstan\tstate\tagreement\tDeutschland\tstate\t2012\t\t\td\t4\t\n";

typedef struct {
    net_t net;
    cent_t c;
    uint32_t ids[8];
    report_t r;
} fix_t;

static void build(fix_t *f, unsigned mask)
{
    net_init(&f->net, NULL);
    FILE *fp = fmemopen((void *)events, sizeof events - 1, "r");
    assert_int_equal(evtsv_read(fp, "r.tsv", net_add_event, &f->net), DN_OK);
    fclose(fp);
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = mask;
    assert_int_equal(cent_compute(&f->net, &o, &f->c), DN_OK);
    for (uint32_t i = 0; i < f->net.nactors; i++) f->ids[i] = i;
    cent_rank(&f->net, &f->c, M_DEGREE, f->ids, f->net.nactors);
    f->r = (report_t){.net = &f->net, .cent = &f->c, .ids = f->ids,
                      .n = f->net.nactors, .by = M_DEGREE, .title = "r.tsv"};
}

static void unbuild(fix_t *f)
{
    cent_destroy(&f->c);
    net_destroy(&f->net);
}

__attribute__((noinline)) static char *render(int (*w)(FILE *, const report_t *), const report_t *r)
{
    char *mem = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&mem, &len);
    assert_int_equal(w(fp, r), DN_OK);
    fclose(fp);
    return mem;
}

static void test_csv_columns_and_quoting(void **state)
{
    fix_t f;
    build(&f, M_ALL);
    char *s = render(report_write_csv, &f.r);
    /* the registry id follows the name (empty: no resolver here) */
    assert_int_equal(strncmp(s, "rank,actor,id,kind,degree,strength,visits_made,"
                                "visits_hosted,betweenness,harmonic,eigenvector,"
                                "pagerank\r\n", 100), 0);
    assert_non_null(strstr(s, "1,Deutschland,,state,3,4,0,2,"));
    assert_non_null(strstr(s, ",\"Smith, \"\"Jr.\"\" | <b>\",,person,1,1,"));
    free(s);
    unbuild(&f);
}

static void test_json_keys(void **state)
{
    fix_t f;
    build(&f, 1u << M_DEGREE | 1u << M_PAGERANK);
    char *s = render(report_write_json, &f.r);
    json_error_t err;
    json_t *root = json_loads(s, 0, &err);
    assert_non_null(root);
    json_t *rows = json_object_get(root, "actors");
    assert_int_equal(json_array_size(rows), 4);
    json_t *row = json_array_get(rows, 0);
    const char *keys[] = {"rank", "actor", "id", "kind", "degree", "strength",
                          "visits_made", "visits_hosted", "betweenness",
                          "harmonic", "eigenvector", "pagerank"};
    assert_int_equal(json_object_size(row), 12);
    size_t k = 0;
    const char *key;
    json_t *v;
    json_object_foreach(row, key, v) assert_string_equal(key, keys[k++]);
    assert_string_equal(json_string_value(json_object_get(row, "actor")), "Deutschland");
    assert_true(json_is_null(json_object_get(row, "betweenness")));
    assert_true(json_is_real(json_object_get(row, "pagerank")));
    assert_int_equal(json_integer_value(json_object_get(row, "degree")), 3);
    /* the hostile name survives as data */
    int found = 0;
    for (size_t i = 0; i < 4; i++)
        found |= !strcmp(json_string_value(json_object_get(json_array_get(rows, i), "actor")),
                         "Smith, \"Jr.\" | <b>");
    assert_true(found);
    json_decref(root);
    free(s);
    unbuild(&f);
}

static void test_markdown_escapes(void **state)
{
    fix_t f;
    build(&f, M_ALL);
    char *s = render(report_write_md, &f.r);
    assert_non_null(strstr(s, "| Smith, \"Jr.\" \\| \\<b\\> |"));
    assert_non_null(strstr(s, "- **pagerank**: "));
    free(s);
    unbuild(&f);
}

static void test_table_aligns_cyrillic(void **state)
{
    fix_t f;
    build(&f, 1u << M_DEGREE);
    char *s = render(report_write_table, &f.r);
    /* every row has its kind column at the same display column */
    char *line = strstr(s, "   1  ");
    assert_non_null(line);
    const char *cyr = strstr(s, "Нурсултан Назарбаев");
    assert_non_null(cyr);
    const char *lat = strstr(s, "Deutschland");
    /* count display columns from line start to the kind column */
    const char *k1 = strstr(cyr, "person"), *k2 = strstr(lat, "state");
    size_t w1 = 0, w2 = 0;
    for (const char *p = cyr; p < k1; p++) w1 += ((*p & 0xC0) != 0x80);
    for (const char *p = lat; p < k2; p++) w2 += ((*p & 0xC0) != 0x80);
    assert_int_equal(w1, w2);
    free(s);
    unbuild(&f);
}

/* Long names in the table lose their middle, not the end that tells them
 * apart (issue: "Cabinet / Council of Ministers / Advisors (Unit…"). */
static void test_table_keeps_distinguishing_tail(void **state)
{
    static const char ev[] =
        "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend\t"
        "place\tdoc\tline\tevidence\n"
        "Cabinet / Council of Ministers / Advisors (United States)\t"
        "institution\tmeeting\tCabinet / Council of Ministers / Advisors "
        "(United Kingdom)\tinstitution\t2001\t\t\td\t1\t\n";
    net_t net;
    net_init(&net, NULL);
    FILE *fp = fmemopen((void *)ev, sizeof ev - 1, "r");
    assert_int_equal(evtsv_read(fp, "l.tsv", net_add_event, &net), DN_OK);
    fclose(fp);
    cent_opts_t o;
    cent_opts_init(&o);
    o.mask = 1u << M_DEGREE;
    cent_t c;
    assert_int_equal(cent_compute(&net, &o, &c), DN_OK);
    uint32_t ids[2] = {0, 1};
    report_t r = {.net = &net, .cent = &c, .ids = ids, .n = 2,
                  .by = M_DEGREE};
    char *s = render(report_write_table, &r);
    assert_non_null(strstr(s, "Cabinet / Council of Ministers\u2026 (United States)  "));
    assert_non_null(strstr(s, "Cabinet / Council of Ministers\u2026 (United Kingdom) "));
    free(s);
    cent_destroy(&c);
    net_destroy(&net);
}

static void test_estimate_note(void **state)
{
    fix_t f;
    build(&f, 1u << M_DEGREE);
    f.c.betweenness_sources = 64;
    double zeros[8] = {0};
    f.c.val[M_BETWEENNESS] = zeros;
    char *s = render(report_write_table, &f.r);
    assert_non_null(strstr(s, "betweenness is estimated from 64 sampled sources"));
    free(s);
    f.c.val[M_BETWEENNESS] = NULL;
    f.c.betweenness_sources = 0;
    unbuild(&f);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_columns_and_quoting),
        cmocka_unit_test(test_json_keys),
        cmocka_unit_test(test_markdown_escapes),
        cmocka_unit_test(test_table_aligns_cyrillic),
        cmocka_unit_test(test_table_keeps_distinguishing_tail),
        cmocka_unit_test(test_estimate_note),
    };
    return cmocka_run_group_tests_name("report", tests, NULL, NULL);
}
