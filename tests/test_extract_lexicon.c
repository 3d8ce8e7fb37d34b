/* Tests of lexicon loading: stems reach inflected forms, errors name
 * file:line:col, triggers match compounds but not their exceptions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract/lexicon.h"
#include "util/diag.h"

static char msgs[4096];
static void capture(const char *line, void *ctx) { (void)ctx; snprintf(msgs, sizeof msgs, "%s", line); }

static void test_fixture_loads_and_stems(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "tests/fixtures/lexicon"), DN_OK);
    /* inflected forms share the key of their entry */
    int32_t a = lexicon_key(&lx, "Bundestages", strlen("Bundestages"));
    int32_t b = lexicon_key(&lx, "Bundestag", strlen("Bundestag"));
    assert_true(a >= 0);
    assert_int_equal(a, b);
    assert_int_equal(lexicon_key(&lx, "kasachischen", strlen("kasachischen")), lexicon_key(&lx, "kasachisch", strlen("kasachisch")));
    /* the holder of an office at a date */
    int32_t de = lexicon_state_named(&lx, "Deutschland");
    assert_true(de >= 0);
    int32_t h = lexicon_holder(&lx, "Bundeskanzler", de, 20030101, 20031231);
    assert_true(h >= 0);
    assert_string_equal(lx.actors[h].name, "Gerhard Schröder");
    lexicon_destroy(&lx);
}

static void test_compound_triggers(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "tests/fixtures/lexicon"), DN_OK);
    int32_t t = lexicon_compound_trigger(&lx, "arbeitsbesuch", 13, "arbeitsbesuch", 13);
    assert_true(t >= 0);
    assert_int_equal(lx.trig[t].cls, TR_VISIT);
    assert_int_equal(lexicon_compound_trigger(&lx, "museumsbesuch", 13, "museumsbesucher", 15), -1);
    t = lexicon_compound_trigger(&lx, "gipfeltreff", 11, "gipfeltreffen", 13);
    assert_true(t >= 0);
    assert_int_equal(lx.trig[t].cls, TR_SUMMIT);
    lexicon_destroy(&lx);
}

static void test_errors_name_file_line_col(void **st)
{
    (void)st;
    char dir[] = "/tmp/dipnet-lex-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[256];
    snprintf(p, sizeof p, "%s/states.tsv", dir);
    FILE *fp = fopen(p, "w");
    assert_non_null(fp);
    fputs("# test\nstate\tiso3\tenglish\taliases\tadjective\tcapital\nLand\tXXX\tLand\t\tländisch\n", fp);
    fclose(fp);
    diag_set_sink(capture, NULL);
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, dir), DN_EINPUT);
    assert_non_null(strstr(msgs, "states.tsv:3:1:"));
    /* a wrong header names its column */
    fp = fopen(p, "w");
    fputs("state\tiso\tenglish\taliases\tadjective\tcapital\n", fp);
    fclose(fp);
    assert_int_equal(lexicon_load(&lx, dir), DN_EINPUT);
    assert_non_null(strstr(msgs, "states.tsv:1:7:"));
    diag_set_sink(NULL, NULL);
    unlink(p);
    rmdir(dir);
}

/* titles.tsv's state cell "Deutschland|Österreich": the default, then
 * other states using the title; an unknown one is an error naming its
 * column. */
static void test_title_states(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "tests/fixtures/lexicon"), DN_OK);
    int found = 0;
    for (size_t i = 0; i < lx.ntitles; i++) {
        if (strcmp(lx.titles[i].title, "Bundespräsident") != 0) continue;
        found = 1;
        assert_string_equal(lx.actors[lx.titles[i].state].name, "Deutschland");
        assert_true(lx.titles[i].alt[0] >= 0);
        assert_string_equal(lx.actors[lx.titles[i].alt[0]].name, "Österreich");
        assert_int_equal(lx.titles[i].alt[1], -1);
    }
    assert_true(found);
    lexicon_destroy(&lx);
    char dir[] = "/tmp/dipnet-lex-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[256], q[256];
    snprintf(p, sizeof p, "%s/states.tsv", dir);
    snprintf(q, sizeof q, "%s/titles.tsv", dir);
    FILE *fp = fopen(p, "w");
    assert_non_null(fp);
    fputs("state\tiso3\tenglish\taliases\tadjective\tcapital\nLand\tLND\tLand\t\tländisch\tLand\n", fp);
    fclose(fp);
    fp = fopen(q, "w");
    assert_non_null(fp);
    fputs("title\toffice\taffiliation\tstate\nChef\tChef\t=state\tLand|Nirgendland\n", fp);
    fclose(fp);
    diag_set_sink(capture, NULL);
    assert_int_equal(lexicon_load(&lx, dir), DN_EINPUT);
    diag_set_sink(NULL, NULL);
    if (!strstr(msgs, "titles.tsv:2:23:")) print_message("%s\n", msgs);
    assert_non_null(strstr(msgs, "titles.tsv:2:23:"));
    unlink(p);
    unlink(q);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture_loads_and_stems),
        cmocka_unit_test(test_compound_triggers),
        cmocka_unit_test(test_errors_name_file_line_col),
        cmocka_unit_test(test_title_states),
    };
    return cmocka_run_group_tests_name("extract_lexicon", tests, NULL, NULL);
}
