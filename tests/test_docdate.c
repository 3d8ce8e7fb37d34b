/* Tests of cli/docdate: a text's date from --date, NAME.date, front
 * matter or its file name, in that order. */
#include "testutil.h"

#include <sys/stat.h>

#include "cli/docdate.h"

static char dir[64];

static int setup(void **state)
{
    (void)state;
    tu_make_dir(dir, sizeof dir, "docdate");
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    return tu_remove_dir(dir);
}

static const char *in_dir(const char *name)
{
    static char p[2][128];
    static int k;
    k ^= 1;
    snprintf(p[k], sizeof p[k], "%s/%s", dir, name);
    return p[k];
}

static void put(const char *name, const char *text)
{
    FILE *f = fopen(in_dir(name), "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

static void assert_date(ev_date_t d, int y, int m, int day)
{
    assert_int_equal(d.year, y);
    assert_int_equal(d.month, m);
    assert_int_equal(d.day, day);
}

static void test_front_matter(void **state)
{
    (void)state;
    ev_date_t d;
    char t1[] = "Datum: 2019-05-14\nMerkel empfing Macron.\n";
    assert_int_equal(docdate_front_matter("t", t1, strlen(t1), &d), DN_OK);
    assert_date(d, 2019, 5, 14);
    /* blanked, the lines keep their numbers */
    assert_string_equal(t1, "                 \nMerkel empfing Macron.\n");

    char t2[] = "date :  2019-05\r\nText";
    assert_int_equal(docdate_front_matter("t", t2, strlen(t2), &d), DN_OK);
    assert_date(d, 2019, 5, 0);

    /* the text's own first line, no front matter: left alone */
    char t3[] = "Datum: 14. Mai 2019\nText";
    assert_int_equal(docdate_front_matter("t", t3, strlen(t3), &d), DN_OK);
    assert_int_equal(d.year, 0);
    assert_string_equal(t3, "Datum: 14. Mai 2019\nText");
    char t4[] = "Merkel empfing Macron.\nDatum: 2019-05-14\n";
    assert_int_equal(docdate_front_matter("t", t4, strlen(t4), &d), DN_OK);
    assert_int_equal(d.year, 0);

    /* a malformed date is an error at its column */
    tu_capture();
    char t5[] = "Datum: 2019-13-01\nText";
    assert_int_equal(docdate_front_matter("t.txt", t5, strlen(t5), &d),
                     DN_EINPUT);
    assert_non_null(strstr(tu_messages(), "t.txt:1:"));
    diag_set_sink(NULL, NULL);
}

static void test_from_name(void **state)
{
    (void)state;
    ev_date_t d;
    assert_int_equal(docdate_from_name("news/2019-05-14_rede.txt", &d), 1);
    assert_date(d, 2019, 5, 14);
    assert_int_equal(docdate_from_name("bericht-20190514.txt", &d), 1);
    assert_date(d, 2019, 5, 14);
    /* only the file's own name; no date in longer numbers or bad dates */
    assert_int_equal(docdate_from_name("2019-05-14/rede.txt", &d), 0);
    assert_int_equal(docdate_from_name("id1201905141.txt", &d), 0);
    assert_int_equal(docdate_from_name("20191345.txt", &d), 0);
    assert_int_equal(docdate_from_name("000_229655faa014bd8c.txt", &d), 0);
}

static void test_side_file(void **state)
{
    (void)state;
    char side[256];
    assert_int_equal(docdate_side_path("a/b.txt", side, sizeof side), 0);
    assert_string_equal(side, "a/b.date");
    assert_int_equal(docdate_side_path("a.b/c", side, sizeof side), 0);
    assert_string_equal(side, "a.b/c.date");

    ev_date_t d;
    put("a.txt", "Text\n");
    assert_int_equal(docdate_side_file(in_dir("a.txt"), &d), DN_OK);
    assert_int_equal(d.year, 0);
    put("a.date", "2019-05-14\n");
    assert_int_equal(docdate_side_file(in_dir("a.txt"), &d), DN_OK);
    assert_date(d, 2019, 5, 14);
    put("a.date", "14.5.2019\n");
    tu_capture();
    assert_int_equal(docdate_side_file(in_dir("a.txt"), &d), DN_EINPUT);
    assert_non_null(strstr(tu_messages(), "a.date:1:"));
    diag_set_sink(NULL, NULL);
}

/* --date, then NAME.date, then front matter, then the file's name. */
static void test_order(void **state)
{
    (void)state;
    ev_date_t none = {0, 0, 0}, given = {2001, 1, 2}, d;
    put("2004-04-04.txt", "");
    char t[] = "Datum: 2003-03-03\nText\n";
    char *p = (char *)in_dir("2004-04-04.txt");
    put("2004-04-04.date", "2002-02-02");
    assert_int_equal(docdate_resolve(given, p, p, t, strlen(t), &d), DN_OK);
    assert_date(d, 2001, 1, 2);
    assert_int_equal(t[0], ' ');   /* front matter blanked in any case */
    char t2[] = "Datum: 2003-03-03\nText\n";
    assert_int_equal(docdate_resolve(none, p, p, t2, strlen(t2), &d), DN_OK);
    assert_date(d, 2002, 2, 2);
    unlink(in_dir("2004-04-04.date"));
    char t3[] = "Datum: 2003-03-03\nText\n";
    assert_int_equal(docdate_resolve(none, p, p, t3, strlen(t3), &d), DN_OK);
    assert_date(d, 2003, 3, 3);
    char t4[] = "Text\n";
    assert_int_equal(docdate_resolve(none, p, p, t4, strlen(t4), &d), DN_OK);
    assert_date(d, 2004, 4, 4);
    /* standard input: front matter only */
    assert_int_equal(docdate_resolve(none, NULL, "<stdin>", t4, strlen(t4), &d),
                     DN_OK);
    assert_int_equal(d.year, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_front_matter),
        cmocka_unit_test(test_from_name),
        cmocka_unit_test_setup_teardown(test_side_file, setup, teardown),
        cmocka_unit_test_setup_teardown(test_order, setup, teardown),
    };
    return cmocka_run_group_tests_name("docdate", tests, NULL, NULL);
}
