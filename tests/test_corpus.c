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

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_recognise_event_data),
        cmocka_unit_test(test_recognise_shared_samples),
        cmocka_unit_test_setup_teardown(test_unknown_table_and_no_event, setup, teardown),
    };
    return cmocka_run_group_tests_name("corpus", tests, NULL, NULL);
}
