/* Tests of src/util/escape.c: the CSV field writer with its formula guard,
 * the XML/HTML escaper and the terminal escaper. */
#include "testutil.h"

#include "util/escape.h"

/* What esc_csv_put writes for s. */
static const char *csv(const char *s)
{
    static char *text;
    size_t len = 0;
    free(text);
    text = NULL;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    esc_csv_put(fp, s);
    fclose(fp);
    return text;
}

static void test_csv_field(void **state)
{
    assert_string_equal(csv("Angela Merkel"), "Angela Merkel");
    assert_string_equal(csv(""), "");
    assert_string_equal(csv("a,b"), "\"a,b\"");
    assert_string_equal(csv("say \"hi\""), "\"say \"\"hi\"\"\"");
    assert_string_equal(csv("two\nlines"), "\"two\nlines\"");
    /* formulas: quoted with a leading apostrophe */
    assert_string_equal(csv("=cmd|' /C calc'!A0"), "\"'=cmd|' /C calc'!A0\"");
    assert_string_equal(csv("+1+1"), "\"'+1+1\"");
    assert_string_equal(csv("-cmd"), "\"'-cmd\"");
    assert_string_equal(csv("@SUM(1+1)"), "\"'@SUM(1+1)\"");
    assert_string_equal(csv("\t=1"), "\"'\t=1\"");
    assert_string_equal(csv("\r=1"), "\"'\r=1\"");
    assert_string_equal(csv("=\"x\""), "\"'=\"\"x\"\"\"");
    /* only the first character counts */
    assert_string_equal(csv("a=1"), "a=1");
    assert_int_equal(esc_csv_formula("Merkel"), 0);
    assert_int_equal(esc_csv_formula("@x"), 1);
}

static void xml_is(const char *in, size_t n, const char *want)
{
    buf_t b;
    buf_init(&b);
    assert_int_equal(esc_xml(&b, in, n), 0);
    if (strcmp(buf_cstr(&b), want))
        fail_msg("esc_xml: got '%s', want '%s'", buf_cstr(&b), want);
    buf_destroy(&b);
    /* the stream version writes the same */
    char *text = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&text, &len);
    assert_non_null(fp);
    esc_xml_put(fp, in, n);
    fclose(fp);
    assert_string_equal(text, want);
    free(text);
}

static void test_xml_escape(void **state)
{
    xml_is("plain", 5, "plain");
    xml_is("a<b>&\"'", 7, "a&lt;b&gt;&amp;&quot;&#39;");
    xml_is("<script>alert(1)</script>", 25,
           "&lt;script&gt;alert(1)&lt;/script&gt;");
    xml_is("t\tn\nr\r", 6, "t&#9;n&#10;r&#13;");
    xml_is("x\x01y\x1fz\x7f", 6, "x y z ");
    xml_is("\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80", 9,
           "\xc3\xa4\xe2\x82\xac\xf0\x9f\x98\x80");  /* ä € 😀 kept */
    xml_is("\xc3", 1, "\xef\xbf\xbd");                /* truncated */
    xml_is("\xc0\xaf", 2, "\xef\xbf\xbd\xef\xbf\xbd"); /* overlong */
    xml_is("\xed\xa0\x80", 3, "\xef\xbf\xbd");        /* surrogate */
    xml_is("\xef\xbf\xbe", 3, "\xef\xbf\xbd");        /* U+FFFE */
    xml_is("", 0, "");
}

static void term_is(const char *in, const char *want)
{
    buf_t b;
    buf_init(&b);
    assert_int_equal(esc_term(&b, in, strlen(in)), 0);
    if (strcmp(buf_cstr(&b), want))
        fail_msg("esc_term: got '%s', want '%s'", buf_cstr(&b), want);
    assert_int_equal(esc_term_len(in, strlen(in)), strlen(want));
    buf_destroy(&b);
}

static void test_term_escape(void **state)
{
    term_is("Angela Merkel", "Angela Merkel");
    term_is("\x1b[31mred\x1b[0m", "\\x1b[31mred\\x1b[0m");
    term_is("bell\a", "bell\\x07");
    term_is("tab\there", "tab\\x09here");
    term_is("del\x7f", "del\\x7f");
    term_is("csi\xc2\x9b" "2J", "csi\\xc2\\x9b2J");     /* C1 CSI */
    term_is("\xd0\x9d\xd1\x83\xd1\x80", "\xd0\x9d\xd1\x83\xd1\x80"); /* Нур */
    term_is("bad\xff", "bad\\xff");
    term_is("", "");
    /* fixed array: whole escapes only */
    char out[8];
    assert_int_equal(esc_term_str(out, sizeof out, "ab\x1b\x1b", 4), 6);
    assert_string_equal(out, "ab\\x1b");
    assert_int_equal(esc_term_str(out, sizeof out, "abc", 3), 3);
    assert_string_equal(out, "abc");
}

/* Messages go through the terminal escaper: a hostile name in an error
 * cannot reach the terminal raw. */
static void test_diag_escapes_controls(void **state)
{
    tu_capture();
    diag_error(DN_EINPUT, "f.tsv", 2, 1, "unknown actor `%s`", "\x1b]0;pwned\a");
    assert_non_null(strstr(tu_messages(), "unknown actor `\\x1b]0;pwned\\x07`"));
    assert_null(strchr(tu_messages(), '\x1b'));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_csv_field),
        cmocka_unit_test(test_xml_escape),
        cmocka_unit_test(test_term_escape),
        cmocka_unit_test(test_diag_escapes_controls),
    };
    return cmocka_run_group_tests_name("escape", tests, NULL, NULL);
}
