/* Tests of the HTML report (src/write/report_html.c): escaping of hostile
 * names, the inline picture, the tables, the summary sentences, and that
 * the page needs nothing from the network. */
#include "testutil.h"

#include "analysis/centrality.h"
#include "io/evtsv.h"
#include "net/net.h"
#include "write/dot.h"
#include "write/render.h"
#include "write/report_html.h"

#define SMALL_TSV "tests/fixtures/dot/small.tsv"

typedef struct {
    net_t net;
    cent_t cent;
    uint32_t *ids;
    report_t r;
    char *svg;
} fixture_t;

static void add(net_t *net, const char *s, ev_relation_t rel, const char *t,
                const char *sentence)
{
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = s;
    ev.source_kind = EV_KIND_PERSON;
    ev.relation = rel;
    ev.target = t;
    ev.target_kind = EV_KIND_STATE;
    ev.start.year = 2015;
    ev.start.month = 3;
    ev.place = "<b>Ort</b>";
    ev.doc = "x&y.txt";
    ev.line = 4;
    ev.evidence = sentence;
    ev.confidence = -1;
    assert_int_equal(net_add_event(&ev, net), DN_OK);
}

static void setup_fixture(fixture_t *f, int with_svg)
{
    memset(f, 0, sizeof *f);
    net_opts_t o;
    net_opts_init(&o);
    o.max_events_per_edge = 5;
    net_init(&f->net, &o);
    FILE *fp = fopen(SMALL_TSV, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, SMALL_TSV, net_add_event, &f->net), DN_OK);
    fclose(fp);
    add(&f->net, "<script>alert(1)</script>", EV_REL_MEETING, "Nordland",
        "Er sagte \"<script>\" & ging.");
    add(&f->net, "Say \"hi\" & 'bye'", EV_REL_VISIT, "Nordland",
        "</td></tr></table><img src=x onerror=alert(2)>");
    cent_opts_t co;
    cent_opts_init(&co);
    assert_int_equal(cent_compute(&f->net, &co, &f->cent), DN_OK);
    size_t n = f->net.nactors;
    f->ids = malloc(n * sizeof *f->ids);
    assert_non_null(f->ids);
    for (size_t i = 0; i < n; i++) f->ids[i] = (uint32_t)i;
    cent_rank(&f->net, &f->cent, M_DEGREE, f->ids, n);
    f->r.net = &f->net;
    f->r.cent = &f->cent;
    f->r.ids = f->ids;
    f->r.n = 3;
    f->r.by = M_DEGREE;
    f->r.title = "Test <&> \"title\"";
    if (with_svg) {
        Agraph_t *g = NULL;
        assert_int_equal(dot_build(&f->net, &f->cent, NULL, NULL, &g), DN_OK);
        size_t len;
        assert_int_equal(render_data(g, NULL, "svg", &f->svg, &len), DN_OK);
        agclose(g);
    }
}

static void teardown_fixture(fixture_t *f)
{
    free(f->svg);
    free(f->ids);
    cent_destroy(&f->cent);
    net_destroy(&f->net);
}

static char *page(fixture_t *f, const unsigned char *show)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    assert_int_equal(report_html_write(fp, &f->r, show, f->svg), DN_OK);
    assert_int_equal(fclose(fp), 0);
    return text;
}

static size_t count(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle)) n++;
    return n;
}

static void test_escaping(void **state)
{
    fixture_t f;
    setup_fixture(&f, 1);
    char *h = page(&f, NULL);
    /* The only script is the page's own. */
    assert_int_equal(count(h, "<script"), 1);
    assert_int_equal(count(h, "</script>"), 1);
    assert_null(strstr(h, "<img"));
    assert_null(strstr(h, "<b>Ort"));
    assert_non_null(strstr(h, "&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert_non_null(strstr(h, "Say &quot;hi&quot; &amp; &#39;bye&#39;"));
    assert_non_null(strstr(h, "&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;img"));
    assert_non_null(strstr(h, "&lt;b&gt;Ort&lt;/b&gt;"));
    assert_non_null(strstr(h, "x&amp;y.txt:4"));
    assert_non_null(strstr(h, "<title>dipnet: Test &lt;&amp;&gt; &quot;title&quot;</title>"));
    /* In the picture too (Graphviz's own escaping of our labels). */
    assert_non_null(strstr(h, ">&lt;script&gt;alert(1)&lt;/script&gt;</text>"));
    free(h);
    teardown_fixture(&f);
}

static void test_structure(void **state)
{
    fixture_t f;
    setup_fixture(&f, 1);
    char *h = page(&f, NULL);
    assert_true(!strncmp(h, "<!DOCTYPE html>\n<html lang=\"en\">", 32));
    assert_non_null(strstr(h, "<meta charset=\"utf-8\">"));
    /* The picture inline, without its XML prologue, with the ids the
     * script uses. */
    assert_int_equal(count(h, "<svg"), 1);
    assert_null(strstr(h, "<?xml"));
    assert_null(strstr(h, "<!DOCTYPE svg"));
    assert_non_null(strstr(h, "<g id=\"a0\" class=\"node actor kind&#45;person\">"));
    assert_non_null(strstr(h, "id=\"e_a2_a3\""));
    assert_non_null(strstr(h, "id=\"info\""));
    /* Tables, sortable, with every measure as a column and its meaning. */
    assert_non_null(strstr(h, "<table class=\"sortable\" id=\"actors-table\">"));
    assert_non_null(strstr(h, "<table class=\"sortable\" id=\"ties-table\">"));
    assert_non_null(strstr(h, "<table class=\"sortable\" id=\"events-table\">"));
    for (int m = 0; m < M_COUNT; m++) {
        char th[64];
        snprintf(th, sizeof th, "\">%s</th>", measure_name((measure_t)m));
        for (char *p = th; *p; p++)
            if (*p == '_') *p = ' ';
        assert_non_null(strstr(h, th));
        snprintf(th, sizeof th, "<dt>%s</dt>", measure_name((measure_t)m));
        assert_non_null(strstr(h, th));
    }
    /* Evidence with provenance, by date: 1991 before 2015. */
    const char *a = strstr(h, "b.txt:1</span> Nordland erkannte");
    const char *b = strstr(h, "x&amp;y.txt:4</span>");
    assert_non_null(a);
    assert_non_null(b);
    assert_true(a < b);
    assert_non_null(strstr(h, "a.txt:10</span> Am Tag darauf"));
    /* Ties table: both directions of visits named. */
    assert_non_null(strstr(h, "5 visits (Karl Ost \u2192 4, S\u00fcdreich \u2192 1)"));
    assert_non_null(strstr(h, "1996, 1999, 2001, 2010\u20132011"));
    /* Self-contained: nothing fetched from elsewhere. */
    assert_null(strstr(h, "<link"));
    assert_null(strstr(h, " src=\""));
    assert_null(strstr(h, "@import"));
    assert_null(strstr(h, "url("));
    for (const char *p = h; (p = strstr(p, "http")); p += 4)
        if (strncmp(p, "http://www.w3.org/", 18) != 0)
            fail_msg("external reference: %.60s", p);
    free(h);
    teardown_fixture(&f);
}

static void test_summary(void **state)
{
    fixture_t f;
    setup_fixture(&f, 0);
    char *h = page(&f, NULL);
    assert_non_null(strstr(h, "The network has <b>8</b> actors, <b>8</b> ties "
                              "and <b>15</b> events, from 1990 to 2015."));
    assert_non_null(strstr(h, "Most visits made: <button class=\"actor\" "
                              "data-actor=\"a2\">Karl Ost</button> travelled 4 times."));
    assert_non_null(strstr(h, "Most visits hosted: <button class=\"actor\" "
                              "data-actor=\"a3\">S\u00fcdreich</button> received 4 visits."));
    assert_non_null(strstr(h, "Most partners: <button class=\"actor\" "
                              "data-actor=\"a1\">Nordland</button> dealt with 5 other actors."));
    assert_non_null(strstr(h, "The main broker, on the most shortest paths "
                              "between others: <button class=\"actor\" "
                              "data-actor=\"a1\">Nordland</button>"));
    assert_non_null(strstr(h, "The busiest tie: <button class=\"actor\" "
                              "data-actor=\"a2\">Karl Ost</button> \u2013 "
                              "<button class=\"actor\" data-actor=\"a3\">"
                              "S\u00fcdreich</button>, 5 interactions (1996\u20132011)."));
    /* No picture asked for: no picture section, the rest is there. */
    assert_null(strstr(h, "<svg"));
    assert_null(strstr(h, "id=\"picture\""));
    assert_non_null(strstr(h, "id=\"actors-table\""));
    free(h);
    teardown_fixture(&f);
}

static void test_top_per_measure(void **state)
{
    fixture_t f;
    setup_fixture(&f, 0);
    /* Only states eligible: the per-measure tops come from them, and the
     * caller's ranked list stays first. */
    unsigned char *show = calloc(f.net.nactors, 1);
    assert_non_null(show);
    for (size_t i = 0; i < f.net.nactors; i++)
        show[i] = f.net.actors[i].kind == EV_KIND_STATE;
    f.r.n = 1;
    char *h = page(&f, show);
    const char *body = strstr(h, "id=\"actors-table\"");
    assert_non_null(body);
    const char *end = strstr(body, "</table>");
    assert_non_null(end);
    size_t rows = 0;
    for (const char *p = body; (p = strstr(p, "<tr><td class=\"num\">")) && p < end; p++)
        rows++;
    /* The top of each measure among the two states, plus the caller's
     * first actor: at most three distinct rows. */
    assert_true(rows >= 2 && rows <= 3);
    assert_non_null(strstr(body, ">Nordland</button>"));
    assert_non_null(strstr(body, ">S\u00fcdreich</button>"));
    assert_non_null(strstr(body, "<td class=\"num top\""));
    free(h);
    free(show);
    teardown_fixture(&f);
}

static void test_with_picture(void **state)
{
    fixture_t f;
    setup_fixture(&f, 0);
    /* Picture of the first three actors only. */
    unsigned char *pic = calloc(f.net.nactors, 1);
    assert_non_null(pic);
    pic[0] = pic[1] = pic[2] = 1;
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    assert_int_equal(report_html_write_with_picture(fp, &f.r, NULL, pic, "neato", 0),
                     DN_OK);
    fclose(fp);
    assert_int_equal(count(text, "<svg"), 1);
    assert_int_equal(count(text, "class=\"node actor"), 3);
    assert_non_null(strstr(text, "<g id=\"a2\" class=\"node"));
    assert_null(strstr(text, "<g id=\"a3\" class=\"node"));
    assert_non_null(strstr(text, "id=\"events-table\""));
    free(text);
    /* A bad layout is reported, nothing half-written is claimed OK. */
    fp = open_memstream(&text, &len);
    tu_capture();
    assert_int_equal(report_html_write_with_picture(fp, &f.r, NULL, pic, "bogus", 0),
                     DN_EUSAGE);
    diag_set_sink(NULL, NULL);
    fclose(fp);
    free(text);
    free(pic);
    teardown_fixture(&f);
}

static void test_write_error(void **state)
{
    FILE *fp = fopen("/dev/full", "w");
    if (!fp) {
        print_message("skipped: no /dev/full\n");
        skip();
    }
    fixture_t f;
    setup_fixture(&f, 0);
    assert_int_equal(report_html_write(fp, &f.r, NULL, NULL), DN_EIO);
    fclose(fp);
    teardown_fixture(&f);
}

static int teardown(void **state)
{
    render_shutdown();
    return 0;
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_escaping),
        cmocka_unit_test(test_structure),
        cmocka_unit_test(test_summary),
        cmocka_unit_test(test_top_per_measure),
        cmocka_unit_test(test_with_picture),
        cmocka_unit_test(test_write_error),
    };
    return cmocka_run_group_tests_name("report_html", tests, NULL, teardown);
}
