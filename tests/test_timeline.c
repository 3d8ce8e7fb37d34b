/* Tests of the timeline: periods, placing events (spans, filters, undated,
 * out of order), competition ranks per period, the table / CSV / SVG
 * writers and the `dipnet timeline` command. */
#include "testutil.h"

#include <sys/wait.h>

#include "analysis/timeline.h"
#include "io/evtsv.h"
#include "write/timeline_out.h"

#define FIXTURE "tests/fixtures/export/timeline.tsv"

static void add(timeline_t *t, const char *s, const char *tg, ev_kind_t k,
                ev_relation_t r, const char *start, const char *end)
{
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = s;
    ev.target = tg;
    ev.source_kind = ev.target_kind = k;
    ev.relation = r;
    ev.place = ev.doc = ev.evidence = "";
    ev.confidence = -1;
    if (start) assert_int_equal(ev_date_parse(start, strlen(start), &ev.start, NULL), 0);
    if (end) assert_int_equal(ev_date_parse(end, strlen(end), &ev.end, NULL), 0);
    assert_int_equal(timeline_add_event(&ev, t), DN_OK);
}

static void load(timeline_t *t, int width, const net_opts_t *o)
{
    timeline_init(t, width, o);
    FILE *fp = fopen(FIXTURE, "r");
    assert_non_null(fp);
    assert_int_equal(evtsv_read(fp, FIXTURE, timeline_add_event, t), DN_OK);
    fclose(fp);
}

static long rank_of(const timeline_t *t, const timeline_ranks_t *r,
                    const char *name, size_t p)
{
    for (size_t i = 0; i < r->nrows; i++)
        if (!strcmp(net_actor_name(&t->all, r->actor[i]), name))
            return r->rank[i * r->nperiods + p];
    fail_msg("%s not among the rows", name);
    return -1;
}

static char *write_mem(int (*fn)(FILE *, const timeline_t *,
                                 const timeline_ranks_t *, const char *),
                       const timeline_t *t, const timeline_ranks_t *r)
{
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    assert_int_equal(fn(fp, t, r, "in <put> & \"more\""), DN_OK);
    assert_int_equal(fclose(fp), 0);
    return text;
}

static void test_period_parse_and_labels(void **state)
{
    assert_int_equal(timeline_period_parse("year"), 1);
    assert_int_equal(timeline_period_parse("5y"), 5);
    assert_int_equal(timeline_period_parse("decade"), 10);
    assert_int_equal(timeline_period_parse("10y"), 10);
    assert_int_equal(timeline_period_parse("month"), -1);
    assert_int_equal(timeline_period_parse(NULL), -1);
    timeline_t t;
    char l[32];
    timeline_init(&t, 5, NULL);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, "1997-02", NULL);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, "2003", NULL);
    assert_int_equal(t.first_year, 1995);
    assert_int_equal(t.nperiods, 2);   /* 1995-99, 2000-04 */
    timeline_period_label(&t, 0, l, sizeof l);
    assert_string_equal(l, "1995-99");
    timeline_period_label(&t, 1, l, sizeof l);
    assert_string_equal(l, "2000-04");
    assert_int_equal(timeline_period_last(&t, 1), 2004);
    timeline_destroy(&t);
    timeline_init(&t, 10, NULL);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, "1999", NULL);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, "2000", NULL);
    timeline_period_label(&t, 0, l, sizeof l);
    assert_string_equal(l, "1990s");
    timeline_period_label(&t, 1, l, sizeof l);
    assert_string_equal(l, "2000s");
    timeline_destroy(&t);
}

/* Events out of order, a span over three years, undated events. */
static void test_placing(void **state)
{
    timeline_t t;
    timeline_init(&t, 1, NULL);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, "2010", NULL);
    add(&t, "A", "C", EV_KIND_STATE, EV_REL_MEETING, "2005-03-01", NULL);
    add(&t, "B", "C", EV_KIND_STATE, EV_REL_AGREEMENT, "2006", "2008");
    add(&t, "A", "D", EV_KIND_STATE, EV_REL_MEETING, NULL, NULL);
    assert_int_equal(t.nread, 4);
    assert_int_equal(t.nundated, 1);
    assert_int_equal(t.first_year, 2005);
    assert_int_equal(t.nperiods, 6);
    assert_non_null(t.periods[0]);   /* 2005 */
    assert_int_equal(t.periods[0]->nedges, 1);
    for (int p = 1; p <= 3; p++) {   /* 2006..2008: the agreement */
        assert_non_null(t.periods[p]);
        assert_int_equal(t.periods[p]->nedges, 1);
    }
    assert_null(t.periods[4]);       /* 2009: nothing */
    assert_int_equal(t.periods[5]->nedges, 1);
    /* The whole-time network holds each placed event once. */
    assert_int_equal(t.all.nedges, 3);
    assert_int_equal(net_find_actor(&t.all, "D", -1), -1);
    timeline_destroy(&t);
}

/* --since/--until drop what lies outside and clip spans to the window. */
static void test_filters(void **state)
{
    net_opts_t o;
    net_opts_init(&o);
    assert_int_equal(ev_date_parse("2007", 4, &o.since, NULL), 0);
    o.relation_mask = (1u << EV_REL_AGREEMENT) | (1u << EV_REL_MEETING);
    timeline_t t;
    timeline_init(&t, 1, &o);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, "2005", NULL);
    add(&t, "B", "C", EV_KIND_STATE, EV_REL_AGREEMENT, "2006", "2008");
    add(&t, "C", "D", EV_KIND_STATE, EV_REL_VISIT, "2009", NULL);
    assert_int_equal(t.first_year, 2007);
    assert_int_equal(t.nperiods, 2);
    assert_int_equal(t.all.nedges, 1);
    timeline_destroy(&t);
}

static void test_ranks(void **state)
{
    timeline_t t;
    load(&t, 5, NULL);
    cent_opts_t co;
    cent_opts_init(&co);
    timeline_ranks_t r;
    assert_int_equal(timeline_rank(&t, &co, M_DEGREE, 0, 0, &r), DN_OK);
    assert_int_equal(t.nundated, 1);
    assert_int_equal(r.nperiods, 3);            /* 2000-04 .. 2010-14 */
    assert_int_equal(r.nrows, 5);
    /* Over the whole time Gamma has 4 partners, the rest share rank 2
     * (ties by name), Eve is last. */
    assert_string_equal(net_actor_name(&t.all, r.actor[0]), "Gamma");
    assert_int_equal(r.overall[0], 1);
    assert_string_equal(net_actor_name(&t.all, r.actor[1]), "Alpha");
    assert_int_equal(r.overall[1], 2);
    assert_int_equal(r.overall[3], 2);
    assert_int_equal(r.overall[4], 5);
    assert_int_equal(r.nranked_all, 5);
    /* 2000-04: Alpha met three, Gamma and Delta two each (the 2004-2011
     * agreement counts here), Beta one: 1, 2, 2, 4. */
    assert_int_equal(rank_of(&t, &r, "Alpha", 0), 1);
    assert_int_equal(rank_of(&t, &r, "Gamma", 0), 2);
    assert_int_equal(rank_of(&t, &r, "Delta", 0), 2);
    assert_int_equal(rank_of(&t, &r, "Beta", 0), 4);
    assert_int_equal(rank_of(&t, &r, "Eve <&> \"x\"", 0), 0);
    assert_int_equal(r.nranked[0], 4);
    /* 2010-14: only the agreement and Eve's visit. */
    assert_int_equal(rank_of(&t, &r, "Gamma", 2), 1);
    assert_int_equal(rank_of(&t, &r, "Alpha", 2), 0);
    assert_int_equal(r.nranked[2], 3);
    assert_true(r.value[0 * 3 + 2] == 2.0);     /* Gamma's degree then */
    timeline_ranks_destroy(&r);

    /* --top and --kind. */
    assert_int_equal(timeline_rank(&t, &co, M_DEGREE, 1u << EV_KIND_PERSON, 0,
                                   &r), DN_OK);
    assert_int_equal(r.nrows, 1);
    assert_int_equal(rank_of(&t, &r, "Eve <&> \"x\"", 2), 1);
    assert_int_equal(r.nranked[2], 1);
    timeline_ranks_destroy(&r);
    assert_int_equal(timeline_rank(&t, &co, M_STRENGTH, 0, 2, &r), DN_OK);
    assert_int_equal(r.nrows, 2);
    timeline_ranks_destroy(&r);
    timeline_ranks_destroy(NULL);
    timeline_destroy(&t);
}

static void test_empty(void **state)
{
    timeline_t t;
    timeline_init(&t, 1, NULL);
    add(&t, "A", "B", EV_KIND_STATE, EV_REL_MEETING, NULL, NULL);
    cent_opts_t co;
    cent_opts_init(&co);
    timeline_ranks_t r;
    assert_int_equal(timeline_rank(&t, &co, M_PAGERANK, 0, 10, &r), DN_OK);
    assert_int_equal(r.nrows, 0);
    assert_int_equal(r.nperiods, 0);
    char *s = write_mem(timeline_write_svg, &t, &r);
    assert_non_null(strstr(s, "no dated events"));
    free(s);
    s = write_mem(timeline_write_table, &t, &r);
    assert_non_null(strstr(s, "1 undated event(s) left out"));
    free(s);
    timeline_ranks_destroy(&r);
    timeline_destroy(&t);
}

static void test_writers(void **state)
{
    timeline_t t;
    load(&t, 5, NULL);
    cent_opts_t co;
    cent_opts_init(&co);
    timeline_ranks_t r;
    assert_int_equal(timeline_rank(&t, &co, M_DEGREE, 0, 0, &r), DN_OK);

    char *s = write_mem(timeline_write_table, &t, &r);
    assert_non_null(strstr(s, "Rank by degree per 5 years"));
    assert_non_null(strstr(s, "2000-04 2005-09 2010-14\n"));
    assert_non_null(strstr(s, "\nAlpha          state          2       1       4       -\n"));
    assert_non_null(strstr(s, "\nactors ranked                 5       4       4       3\n"));
    free(s);

    s = write_mem(timeline_write_csv, &t, &r);
    size_t lines = 0;
    for (const char *p = s; *p; p++) lines += *p == '\n';
    assert_int_equal(lines, 1 + 5 * 3);
    assert_non_null(strstr(s, "\r\nAlpha,state,2,2000-04,2000,2004,1,3,4\r\n"));
    assert_non_null(strstr(s, "\r\nAlpha,state,2,2010-14,2010,2014,,,3\r\n"));
    assert_non_null(strstr(s, "\r\n\"Eve <&> \"\"x\"\"\",person,5,"));
    free(s);

    s = write_mem(timeline_write_svg, &t, &r);
    assert_true(!strncmp(s, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg ", 44));
    assert_non_null(strstr(s, "font-family=\"DejaVu Sans"));
    assert_non_null(strstr(s, "in &lt;put&gt; &amp; &quot;more&quot;"));
    assert_non_null(strstr(s, "5. Eve &lt;&amp;&gt; &quot;x&quot; </text>") ||
                    strstr(s, "5. Eve &lt;&amp;&gt; &quot;x&quot;</text>"));
    /* Alpha stops after 2005-09: its label says so. */
    assert_non_null(strstr(s, "2. Alpha (to 2005-09)</text>"));
    assert_non_null(strstr(s, "<title>Gamma, 2010-14: rank 1 of 3 (degree 2)"
                              "</title>"));
    assert_non_null(strstr(s, "</svg>\n"));
    /* Well-formed XML (python3's parser; Debian always has python3). */
    const char *path = tu_write_temp(0, s, strlen(s));
    char cmd[512];
    snprintf(cmd, sizeof cmd,
             "python3 -c 'import sys, xml.dom.minidom as m; "
             "m.parse(sys.argv[1])' %s 2>&1", path);
    int st = system(cmd);
    unlink(path);
    if (WIFEXITED(st) && WEXITSTATUS(st) == 127)
        print_message("no python3: SVG well-formedness not checked\n");
    else if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
        fail_msg("the SVG is not well-formed XML");
    free(s);
    timeline_ranks_destroy(&r);
    timeline_destroy(&t);
}

/* Three actors central in 2000 fall below the chart's rank cap in 2001 and
 * 2002 (rank 21 of many): their lines in the lower band must not lie on
 * top of each other (issue: ">15" lines drawn as one), and their long
 * names keep the end that tells them apart. */
#define LONG_US "Cabinet / Council of Ministers / Advisors (United States)"
#define LONG_UA "Cabinet / Council of Ministers / Advisors (Ukraine)"
#define LONG_KZ "Ministry of Foreign Affairs of the Republic of Kazakhstan"

static void test_lower_band_lines_apart(void **state)
{
    timeline_t t;
    timeline_init(&t, 1, NULL);
    const char *low[3] = {LONG_US, LONG_UA, LONG_KZ};
    char a[64], b[64];
    for (int k = 0; k < 3; k++)
        for (int j = 0; j < 30 - k; j++) {
            snprintf(b, sizeof b, "Partner %d-%d", k, j);
            add(&t, low[k], b, EV_KIND_INSTITUTION, EV_REL_MEETING, "2000", NULL);
        }
    for (int y = 2001; y <= 2002; y++) {
        char year[8];
        snprintf(year, sizeof year, "%d", y);
        for (int i = 0; i < 20; i++)
            for (int j = 0; j < i + 2; j++) {
                snprintf(a, sizeof a, "Hub %d", i);
                snprintf(b, sizeof b, "Guest %d-%d", i, j);
                add(&t, a, b, EV_KIND_STATE, EV_REL_MEETING, year, NULL);
            }
        add(&t, LONG_US, LONG_UA, EV_KIND_INSTITUTION, EV_REL_MEETING, year,
            NULL);
        add(&t, LONG_KZ, "Solo", EV_KIND_INSTITUTION, EV_REL_MEETING, year,
            NULL);
    }
    cent_opts_t co;
    cent_opts_init(&co);
    timeline_ranks_t r;
    assert_int_equal(timeline_rank(&t, &co, M_DEGREE, 0, 3, &r), DN_OK);
    assert_int_equal(r.nrows, 3);
    assert_int_equal(rank_of(&t, &r, LONG_US, 1), 21);
    assert_int_equal(rank_of(&t, &r, LONG_UA, 1), 21);
    char *s = write_mem(timeline_write_svg, &t, &r);
    /* Every point of every actor at its own place. */
    double pts[64][2];
    size_t n = 0;
    for (const char *p = s; (p = strstr(p, "<circle cx=\"")); p++) {
        assert_true(n < 64);
        assert_int_equal(sscanf(p, "<circle cx=\"%lf\" cy=\"%lf\"",
                                &pts[n][0], &pts[n][1]), 2);
        for (size_t i = 0; i < n; i++)
            if (pts[i][0] == pts[n][0] && pts[i][1] == pts[n][1])
                fail_msg("two points at (%.1f, %.1f)", pts[n][0], pts[n][1]);
        n++;
    }
    assert_int_equal(n, 9);
    /* Shortened in the middle: the qualifier stays. */
    assert_non_null(strstr(s, "1. Cabinet / Council\u2026 (United States)</text>"));
    assert_non_null(strstr(s, "2. Cabinet / Council of\u2026 (Ukraine)</text>"));
    assert_non_null(strstr(s, "of Kazakhstan</text>"));
    free(s);
    s = write_mem(timeline_write_table, &t, &r);
    assert_non_null(strstr(s, "(United States)"));
    assert_non_null(strstr(s, "(Ukraine)"));
    free(s);
    timeline_ranks_destroy(&r);
    timeline_destroy(&t);
}

/* ---- the command ---- */


/* The name column is as wide as the longest name in characters, not in
 * bytes: Cyrillic names keep the table narrow (regression: a width taken
 * from the escaped byte count doubled it), and an escaped control
 * character counts as the four characters shown. */
static void test_table_width_in_characters(void **state)
{
    timeline_t t;
    timeline_init(&t, 1, NULL);
    add(&t, "\xd0\x9d\xd1\x83\xd1\x80\xd1\x81\xd1\x83\xd0\xbb\xd1\x82\xd0\xb0"
            "\xd0\xbd\xd0\x9d\xd1\x83\xd1\x80\xd1\x81\xd1\x83\xd0\xbb",
        "B", EV_KIND_PERSON, EV_REL_MEETING, "2012", NULL); /* 15 letters */
    cent_opts_t co;
    cent_opts_init(&co);
    timeline_ranks_t r;
    assert_int_equal(timeline_rank(&t, &co, M_DEGREE, 0, 0, &r), DN_OK);
    char *s = write_mem(timeline_write_table, &t, &r);
    /* 15 characters plus two spaces before the kind */
    assert_non_null(strstr(s, "\xd0\xbb  person"));
    assert_non_null(strstr(s, "\nactor            kind"));
    free(s);
    timeline_ranks_destroy(&r);
    timeline_destroy(&t);

    timeline_init(&t, 1, NULL);
    add(&t, "ab\x1b" "cdefghijklm", "B", EV_KIND_PERSON, EV_REL_MEETING,
        "2012", NULL); /* shown as ab\x1bcdefghijklm: 17 characters */
    assert_int_equal(timeline_rank(&t, &co, M_DEGREE, 0, 0, &r), DN_OK);
    s = write_mem(timeline_write_table, &t, &r);
    assert_non_null(strstr(s, "\nab\\x1bcdefghijklm  person"));
    assert_non_null(strstr(s, "\nactor" "              kind"));
    free(s);
    timeline_ranks_destroy(&r);
    timeline_destroy(&t);
}

static void test_cmd_timeline(void **state)
{
    if (access(tu_dipnet(), X_OK) != 0) {
        print_message("no dipnet binary at %s: skipping\n", tu_dipnet());
        skip();
    }
    char dir[] = "/tmp/dipnet-timeline-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char args[1024], p[256];
    snprintf(args, sizeof args, "timeline -q --period 5y -o %s/r.svg " FIXTURE
             " && head -c 5 %s/r.svg", dir, dir);
    assert_int_equal(tu_run(args), 0);
    assert_string_equal(tu_out, "<?xml");
    assert_int_equal(tu_run("timeline -q --period decade -n 2 " FIXTURE), 0);
    assert_non_null(strstr(tu_out, "2000s 2010s\nGamma "));
    assert_int_equal(tu_run("timeline --format csv - < " FIXTURE), 0);
    assert_non_null(strstr(tu_out, "undated event(s) left out"));
    assert_non_null(strstr(tu_out, "actor,kind,overall_rank,period,"));
    assert_int_equal(tu_run("timeline --period month " FIXTURE), 2);
    assert_non_null(strstr(tu_out, "year, 5y or decade"));
    assert_int_equal(tu_run("timeline --format pdf " FIXTURE), 2);
    assert_int_equal(tu_run("timeline --by nothing " FIXTURE), 2);
    snprintf(args, sizeof args, "timeline -o %s/none.svg %s/missing.tsv", dir,
             dir);
    assert_int_equal(tu_run(args), 3);
    snprintf(p, sizeof p, "%s/none.svg", dir);
    assert_false(tu_exists(p));
    assert_int_equal(tu_run("timeline --help"), 0);
    assert_non_null(strstr(tu_out, "Examples:"));
    snprintf(args, sizeof args, "rm -rf %s", dir);
    assert_int_equal(system(args), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_period_parse_and_labels),
        cmocka_unit_test(test_placing),
        cmocka_unit_test(test_filters),
        cmocka_unit_test(test_ranks),
        cmocka_unit_test(test_empty),
        cmocka_unit_test(test_writers),
        cmocka_unit_test(test_table_width_in_characters),
        cmocka_unit_test(test_lower_band_lines_apart),
        cmocka_unit_test(test_cmd_timeline),
    };
    return cmocka_run_group_tests_name("timeline", tests, NULL, NULL);
}
