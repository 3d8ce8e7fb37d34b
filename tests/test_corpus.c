/* End-to-end tests of the corpus workflow, from the user's side: inputs
 * recognised by content, notices for texts without events, folders of
 * texts, per-file dates, summaries that rank interactions.  The binary
 * comes from $DIPNET (set by make test) or ./dipnet. */
#include "testutil.h"

#include <sys/stat.h>

#define expect(args, code, text) \
    do { int rc_ = tu_run(args); \
         if (rc_ != (code) || !strstr(tu_out, (text))) \
             fail_msg("dipnet %s: exit %d (want %d), output:\n%s\n(want '%s')", \
                      args, rc_, code, tu_out, text); \
    } while (0)

#define expect_not(args, text) \
    do { tu_run(args); \
         if (strstr(tu_out, (text))) \
             fail_msg("dipnet %s: output has '%s':\n%s", args, text, tu_out); \
    } while (0)

#define HEAD "source\tsource_kind\trelation\ttarget\ttarget_kind\tstart\tend" \
             "\tplace\tdoc\tline\tevidence\n"

static char tmpdir[64];

static int setup(void **state)
{
    (void)state;
    snprintf(tmpdir, sizeof tmpdir, "/tmp/dipnet-corpus-XXXXXX");
    assert_non_null(mkdtemp(tmpdir));
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    char cmd[256];
    snprintf(cmd, sizeof cmd, "rm -rf %s", tmpdir);
    return system(cmd) == 0 ? 0 : -1;
}

static const char *path(const char *name)
{
    static char p[4][256];
    static int k;
    k = (k + 1) % 4;
    snprintf(p[k], sizeof p[k], "%s/%s", tmpdir, name);
    return p[k];
}

static void write_file(const char *name, const char *text)
{
    FILE *f = fopen(path(name), "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

/* Item 1: GDELT and ICEWS files without --from are read as what they are,
 * the same as with --from. */
static void test_recognise_event_data(void **state)
{
    (void)state;
    static char want[sizeof tu_out];
    assert_int_equal(tu_run("report --format csv --from gdelt "
                            "tests/fixtures/gdelt/mixed.tsv"), 0);
    snprintf(want, sizeof want, "%s", tu_out);
    assert_non_null(strstr(want, "Hillary Clinton"));
    assert_int_equal(tu_run("report --format csv tests/fixtures/gdelt/mixed.tsv"), 0);
    assert_string_equal(tu_out, want);

    assert_int_equal(tu_run("report --format csv --from icews "
                            "tests/fixtures/icews/sample.tsv"), 0);
    snprintf(want, sizeof want, "%s", tu_out);
    assert_non_null(strstr(want, "John Kerry"));
    assert_int_equal(tu_run("report --format csv tests/fixtures/icews/sample.tsv"), 0);
    assert_string_equal(tu_out, want);

    /* ICEWS's full export, header and twenty columns, by content. */
    expect("report --format csv tests/fixtures/icews/full-export.tsv", 0,
           "Angela Merkel,");
    expect("report --format csv tests/fixtures/icews/full-export.tsv", 0,
           "Sergei Lawrow,");
    expect("import --from icews tests/fixtures/icews/full-export.tsv", 0,
           "Angela Merkel\tperson\tvisit\tKazakhstan\tstate\t2014-03-06");
}

static void test_recognise_shared_samples(void **state)
{
    (void)state;
    if (!tu_exists("../shared/events/icews14-test.tsv") ||
        !tu_exists("../shared/events/gdelt1-sample.tsv")) {
        print_message("skipped: ../shared/events is absent\n");
        skip();
    }
    expect("report -n 1 ../shared/events/icews14-test.tsv", 0,
           "1063 actors, 1525 ties");
    expect("report -n 1 ../shared/events/gdelt1-sample.tsv", 0,
           "56 actors, 49 ties, 59 events");
}

/* Item 1: a table that is none of them is refused, naming --from; a text
 * without events, or not German, gets a notice. */
static void test_unknown_table_and_no_event(void **state)
{
    write_file("codes.tsv", "010\tMake statement\tx\ty\n020\tAppeal\tx\ty\n");
    char args[512];
    snprintf(args, sizeof args, "report %s", path("codes.tsv"));
    expect(args, 1, "codes.tsv:1:1: a table of 4 tab-separated columns");
    expect(args, 1, "--from gdelt|icews|tsv|text");

    write_file("en.txt", "The German chancellor Angela Merkel visited "
               "Kazakhstan in 2014. She met the president in Astana and "
               "they signed an agreement on raw materials, which was said "
               "to be important for both countries.\n");
    snprintf(args, sizeof args, "report %s", path("en.txt"));
    expect(args, 0, "en.txt: note: no event found: the text looks English");
    snprintf(args, sizeof args, "report -q %s", path("en.txt"));
    expect_not(args, "note:");

    write_file("de.txt", "Das Wetter war gestern schön und die Kinder haben "
               "im Garten gespielt, aber es hat nicht lange gedauert.\n");
    snprintf(args, sizeof args, "extract %s", path("de.txt"));
    expect(args, 0, "de.txt: note: no event found (no visit");
    expect_not(args, "English");
    /* A text with events says nothing. */
    expect_not("extract data/000_229655faa014bd8c.txt", "no event found");
}


/* The content of file `name` in the temporary folder (static storage, up
 * to 4 MB). */
static const char *slurp(const char *name)
{
    static char text[4 << 20];
    FILE *f = fopen(path(name), "r");
    assert_non_null(f);
    size_t n = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[n] = '\0';
    return text;
}

/* Counts the occurrences of needle in hay. */
static int count_of(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = hay; (p = strstr(p, needle)); p += strlen(needle))
        n++;
    return n;
}

/* A hub who holds four offices (five affiliations each) and met four
 * guests once; each guest met three partners twice; and 120 other pairs
 * met, so the picture is thinned to each actor's heaviest ties. */
static void write_hub(const char *name)
{
    FILE *f = fopen(path(name), "w");
    assert_non_null(f);
    fputs(HEAD, f);
    for (int i = 1; i <= 4; i++) {
        for (int k = 0; k < 5; k++)
            fprintf(f, "Hub Person\tperson\taffiliation\tAmt %d\t"
                       "institution\t2014\t\t\t\t\t\n", i);
        fprintf(f, "Hub Person\tperson\tmeeting\tGast %d\tperson\t2014"
                   "\t\t\t\t\t\n", i);
        for (int q = 1; q <= 3; q++)
            for (int k = 0; k < 2; k++)
                fprintf(f, "Gast %d\tperson\tmeeting\tPartner %d%d\tperson"
                           "\t2014\t\t\t\t\t\n", i, i, q);
    }
    for (int j = 0; j < 120; j++)
        fprintf(f, "Fa %d\tperson\tmeeting\tFb %d\tperson\t2014\t\t\t\t"
                   "\t\n", j, j);
    fclose(f);
}

/* Item 2: the summary's busiest tie and the strongest ties rank
 * interactions; office-holding is listed apart. */
static void test_html_ranks_interactions(void **state)
{
    (void)state;
    write_hub("hub.tsv");
    char args[512];
    snprintf(args, sizeof args, "report --format html %s -o %s",
             path("hub.tsv"), path("hub.html"));
    assert_int_equal(tu_run(args), 0);
    const char *html = slurp("hub.html");
    const char *sum = strstr(html, "The busiest tie: ");
    assert_non_null(sum);
    /* Gast i - Partner iq: 2 meetings, the most interactions. */
    assert_non_null(strstr(sum, "Gast 1</button> \u2013 <button"));
    assert_non_null(strstr(sum, ", 2 interactions"));
    assert_non_null(strstr(html, "Office-holding, shown apart: 20 "
                                  "affiliations"));
    const char *ties = strstr(html, "id=\"ties-table\"");
    const char *aff = strstr(html, "id=\"affiliations-table\"");
    assert_non_null(ties);
    assert_non_null(aff);
    assert_true(aff > ties);
    /* No office in the strongest ties; all four in their own table. */
    char between[1 << 15];
    size_t n = (size_t)(aff - ties) < sizeof between - 1
                   ? (size_t)(aff - ties) : sizeof between - 1;
    memcpy(between, ties, n);
    between[n] = '\0';
    assert_null(strstr(between, "Amt 1"));
    const char *end = strstr(aff, "</table>");
    assert_non_null(end);
    for (int i = 1; i <= 4; i++) {
        char cell[32];
        snprintf(cell, sizeof cell, ">Amt %d<", i);
        const char *at = strstr(aff, cell);
        assert_true(at && at < end);
    }
    /* --with-affiliations ranks them as events again. */
    snprintf(args, sizeof args, "report --format html --with-affiliations "
             "%s -o %s", path("hub.tsv"), path("hub.html"));
    assert_int_equal(tu_run(args), 0);
    assert_non_null(strstr(slurp("hub.html"), ", 5 events (2014)"));
}

/* Item 2: the thinned picture keeps a hub's interactions before its
 * offices. */
static void test_picture_ranks_interactions(void **state)
{
    (void)state;
    write_hub("hub.tsv");
    char args[512];
    snprintf(args, sizeof args, "dot --top 0 %s", path("hub.tsv"));
    assert_int_equal(tu_run(args), 0);
    assert_non_null(strstr(tu_out, "heaviest ties"));
    assert_int_equal(count_of(tu_out, "tooltip=\"Hub Person \u2013 Gast"), 3);
}

/* An event told without a date of its own gets the article's date
 * (--date), marked `article` in the date_source column, so that time
 * windows keep it; a dated one is `text`; one told in the pluperfect
 * happened before the article and stays undated. */
static void test_article_date_is_inferred_and_marked(void **state)
{
    (void)state;
    write_file("a.txt", "Bundeskanzlerin Angela Merkel hat den französischen Präsidenten "
                        "Emmanuel Macron in Berlin empfangen. Am 3. April 2019 reiste Macron "
                        "nach Warschau. Macron hatte zuvor Peking besucht.\n");
    char args[512];
    snprintf(args, sizeof args, "extract --date 2019-05-02 %s", path("a.txt"));
    expect(args, 0, "\tconfidence\tdate_source\n");
    expect(args, 0, "Angela Merkel\tperson\tmeeting\tEmmanuel Macron\tperson\t2019-05-02\t");
    if (!strstr(tu_out, "\tarticle\n")) fail_msg("no row marked article:\n%s", tu_out);
    expect(args, 0, "Emmanuel Macron\tperson\tvisit\tPolen\tstate\t2019-04-03\t");
    if (!strstr(tu_out, "\ttext\n")) fail_msg("no row marked text:\n%s", tu_out);
    expect(args, 0, "Emmanuel Macron\tperson\tvisit\tChina\tstate\t\t");
    /* the time window keeps the inferred meeting */
    snprintf(args, sizeof args, "report --format csv --since 2019-05 --date 2019-05-02 %s", path("a.txt"));
    expect(args, 0, "Angela Merkel");
    /* without an article date nothing is inferred */
    snprintf(args, sizeof args, "extract %s", path("a.txt"));
    expect_not(args, "\tarticle\n");
}


/* Item 9: a folder of texts and event files is one network, read in sorted
 * order; each text dated by --date, NAME.date, front matter or its name
 * (else its dateline); hidden files, side files and other files left
 * out; a file that cannot be read stops everything, with no output. */
#define MEETING "Bundeskanzlerin Angela Merkel hat am Montag den französischen " \
                "Präsidenten Emmanuel Macron in Berlin empfangen.\n"
static void test_folder_of_texts(void **state)
{
    (void)state;
    assert_int_equal(mkdir(path("news"), 0755), 0);
    assert_int_equal(mkdir(path("news/2019"), 0755), 0);
    assert_int_equal(mkdir(path("news/.cache"), 0755), 0);
    write_file("news/2019/2019-05-14_rede.txt", MEETING);
    write_file("news/front.txt", "Datum: 2019-06-20\n" MEETING);
    write_file("news/side.txt", MEETING);
    write_file("news/side.date", "2019-07-03\n");
    write_file("news/plain.txt", "Berlin, 5. August 2019\n" MEETING);
    write_file("news/.cache/old.txt", "Wladimir Putin besuchte Paris.\n");
    write_file("news/README.md", "notes\n");
    write_file("news/visits.tsv", HEAD "Joe Biden\tperson\tvisit\tIrland\tstate"
               "\t2023-04-12\t\t\tx\t1\tBiden reiste nach Irland.\n");
    char args[512];
    snprintf(args, sizeof args, "extract %s", path("news"));
    /* Montag before each date: 13 May, 17 June, 1 July, 5 August */
    expect(args, 0, "Emmanuel Macron\tperson\t2019-05-13\t\tBerlin\t");
    expect(args, 0, "Emmanuel Macron\tperson\t2019-06-17\t\tBerlin\t");
    expect(args, 0, "Emmanuel Macron\tperson\t2019-07-01\t\tBerlin\t");
    expect(args, 0, "Emmanuel Macron\tperson\t2019-08-05\t\tBerlin\t");
    expect(args, 0, "news/front.txt\t2\t");   /* the blanked line keeps its number */
    expect_not(args, "Putin");
    expect_not(args, "Biden");                  /* extract reads texts only */
    static char first[sizeof tu_out];
    snprintf(first, sizeof first, "%s", tu_out);
    tu_run(args);
    assert_string_equal(tu_out, first);         /* the same order every time */

    /* report DIR: texts and event files together */
    snprintf(args, sizeof args, "report --format csv -n 0 %s", path("news"));
    expect(args, 0, "Joe Biden");
    expect(args, 0, "Emmanuel Macron");
    /* the article date as fallback, marked article */
    write_file("news/undated.txt", "Datum: 2019-09-09\nAngela Merkel traf Emmanuel Macron.\n");
    snprintf(args, sizeof args, "extract %s", path("news/undated.txt"));
    expect(args, 0, "\t2019-09-09\t");
    expect(args, 0, "\tarticle\n");

    /* a bad side file or an unreadable file: an error, no output */
    write_file("news/side.date", "3.7.2019\n");
    snprintf(args, sizeof args, "extract -o %s %s", path("out.tsv"), path("news"));
    expect(args, 1, "side.date:1:2:");
    assert_false(tu_exists(path("out.tsv")));
    write_file("news/side.date", "2019-07-03\n");
    assert_int_equal(symlink(path("missing.txt"), path("news/gone.txt")), 0);
    expect(args, 3, "gone.txt: cannot open");
    assert_false(tu_exists(path("out.tsv")));
    unlink(path("news/gone.txt"));
    expect(args, 0, "");
    assert_true(tu_exists(path("out.tsv")));

    /* a folder with nothing to read is an error, not an empty network */
    assert_int_equal(mkdir(path("empty"), 0755), 0);
    snprintf(args, sizeof args, "report %s", path("empty"));
    expect(args, 1, "no text or event file below this folder");
}

/* Item 7: a dateline in the first line dates the events as --date does,
 * whether alone on its line or before the headline's dash; it is never
 * joined to the headline. */
static void test_first_line_dateline_dates_like_date(void **state)
{
    (void)state;
    static const char *const heads[] = {
        "Berlin, 5. August 2019\n",
        "5. August 2019\n",
        "05.08.2019\n",
        "Berlin, 5. August 2019 \xe2\x80\x93 Merkel empf\xc3\xa4ngt Macron im Kanzleramt der Hauptstadt\n",
    };
    static char with_date[sizeof tu_out];
    for (size_t i = 0; i < sizeof heads / sizeof *heads; i++) {
        char text[1024], args[512];
        snprintf(text, sizeof text, "%s%s", heads[i], MEETING);
        write_file("a.txt", text);
        snprintf(args, sizeof args, "extract --date 2019-08-05 %s", path("a.txt"));
        expect(args, 0, "Emmanuel Macron\tperson\t2019-08-05\t\tBerlin\t");
        snprintf(with_date, sizeof with_date, "%s", tu_out);
        snprintf(args, sizeof args, "extract %s", path("a.txt"));
        tu_run(args);
        if (strcmp(tu_out, with_date))
            fail_msg("dateline %zu: without --date\n%s\nwith --date\n%s", i,
                     tu_out, with_date);
        expect_not(args, "2019 Bundeskanzlerin");
    }
}

/* Item 10: `make run` writes one corpus network over every text below
 * data/ (out/corpus.*) beside the per-text ones; checked on make's plan
 * (-n), which runs nothing. */
static void test_make_run_writes_corpus(void **state)
{
    (void)state;
    FILE *p = popen("make --no-print-directory -n -B run 2>&1", "r");
    assert_non_null(p);
    static char plan[1 << 16];
    size_t n = fread(plan, 1, sizeof plan - 1, p);
    plan[n] = '\0';
    pclose(p);
    static const char *const want[] = {
        "extract -q -o out/corpus.tsv data", "dot out/corpus.tsv -o out/corpus.dot",
        "render out/corpus.tsv -o out/corpus.png", "render out/corpus.tsv -o out/corpus.svg",
        "report --format md -n 20 out/corpus.tsv -o out/corpus.report.md",
        "report --format html -n 20 out/corpus.tsv -o out/corpus.html",
    };
    for (size_t i = 0; i < sizeof want / sizeof *want; i++)
        if (!strstr(plan, want[i]))
            fail_msg("make run does not run '%s':\n%s", want[i], plan);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recognise_event_data),
        cmocka_unit_test(test_recognise_shared_samples),
        cmocka_unit_test_setup_teardown(test_unknown_table_and_no_event, setup, teardown),
        cmocka_unit_test_setup_teardown(test_html_ranks_interactions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_picture_ranks_interactions, setup, teardown),
        cmocka_unit_test_setup_teardown(test_article_date_is_inferred_and_marked, setup, teardown),
        cmocka_unit_test_setup_teardown(test_folder_of_texts, setup, teardown),
        cmocka_unit_test_setup_teardown(test_first_line_dateline_dates_like_date, setup, teardown),
        cmocka_unit_test(test_make_run_writes_corpus),
    };
    return cmocka_run_group_tests_name("corpus", tests, NULL, NULL);
}
