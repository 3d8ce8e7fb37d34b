/* Tests of src/extract/cues: cues.tsv loads, a listed word is found by its
 * role in the way the role matches, and a missing or garbled file, an
 * unknown role or a capital where the rule folds case is an error naming
 * file:line. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "extract/cues.h"
#include "util/diag.h"

static char msgs[4096];
static void capture(const char *line, void *ctx) { (void)ctx; snprintf(msgs, sizeof msgs, "%s", line); }

/* 1 when s is a word of role r (cues_match on a C string). */
static int is(const cues_t *c, const char *s, cue_role_t r) { return cues_match(c, s, strlen(s), r, 0); }

static void test_data_file_loads(void **st)
{
    (void)st;
    cues_t c;
    cues_init(&c);
    assert_int_equal(cues_load(&c, "data/lexicon"), DN_OK);
    /* whole words, a-z folded: "Anschließend" at a sentence start too */
    assert_true(is(&c, "anschließend", CUE_ONWARD));
    assert_true(is(&c, "Anschließend", CUE_ONWARD));
    assert_false(is(&c, "anschließende", CUE_ONWARD));
    assert_true(is(&c, "Beisein", CUE_PRESENCE));
    /* exact: case counts */
    assert_true(is(&c, "Bericht", CUE_REPORT));
    assert_false(is(&c, "bericht", CUE_REPORT));
    /* the end of a lower-cased compound, and the start of a word */
    assert_true(is(&c, "regierungsdelegation", CUE_BODY));
    assert_true(is(&c, "Delegationsleiter", CUE_DELEGATION));
    assert_false(is(&c, "Delegation", CUE_ONWARD));
    /* fold folds A-Z only: "übergab" is listed, "Übergab" is not found */
    assert_true(is(&c, "übergab", CUE_HANDOVER));
    assert_false(is(&c, "Übergab", CUE_HANDOVER));
    /* the end with A-Z folded, anywhere in the word, a date word */
    assert_true(is(&c, "Handelskrieg", CUE_TOPICNOUN));
    assert_true(is(&c, "Akkreditierungsschreiben", CUE_CREDENTIALS));
    assert_true(is(&c, "Gestern", CUE_YESTERDAY));
    assert_false(is(&c, "Gestern", CUE_TODAY));
    /* the length of the end that matched */
    const char *w = "außenministerin";
    assert_int_equal(cues_end_len(&c, w, strlen(w), CUE_TITLEEND, 3, 0), strlen("ministerin"));
    assert_int_equal(cues_end_len(&c, w, strlen(w), CUE_TITLEEND, 3, strlen("ministerin")), 0);
    cues_destroy(&c);
}

static void test_roles_by_name(void **st)
{
    (void)st;
    for (int r = 0; r < CUE_NROLES; r++) {
        const char *n = cues_role_name((cue_role_t)r);
        assert_int_equal(cues_role_named(n, strlen(n)), r);
    }
    assert_int_equal(cues_role_named("nowhere", 7), -1);
    cues_t c;
    cues_init(&c);
    assert_int_equal(cues_add(&c, "eigens", 6, CUE_ONWARD), DN_OK);
    assert_true(cues_id_has(&c, cues_find(&c, "eigens", 6), CUE_ONWARD));
    assert_false(cues_id_has(&c, cues_find(&c, "eigens", 6), CUE_PRESENCE));
    assert_int_equal(cues_find(&c, "eigen", 5), -1);
    cues_destroy(&c);
}

/* Writes text to DIR/cues.tsv and loads it; the error code. */
static int load_text(const char *dir, const char *text)
{
    char p[256];
    snprintf(p, sizeof p, "%s/cues.tsv", dir);
    FILE *fp = fopen(p, "w");
    assert_non_null(fp);
    fputs(text, fp);
    fclose(fp);
    cues_t c;
    cues_init(&c);
    msgs[0] = '\0';
    diag_set_sink(capture, NULL);
    int rc = cues_load(&c, dir);
    diag_set_sink(NULL, NULL);
    cues_destroy(&c);
    return rc;
}

static void test_errors_name_file_line(void **st)
{
    (void)st;
    char dir[] = "/tmp/dipnet-cues-XXXXXX";
    assert_non_null(mkdtemp(dir));
    cues_t c;
    cues_init(&c);
    diag_set_sink(capture, NULL);
    assert_int_equal(cues_load(&c, dir), DN_EIO);   /* no file */
    diag_set_sink(NULL, NULL);
    cues_destroy(&c);
    assert_non_null(strstr(msgs, "cues.tsv"));
    assert_non_null(strstr(msgs, "cannot open"));
    assert_int_equal(load_text(dir, "# c\nword\trole\nweiter\tonward\nfort\tforward\n"), DN_EINPUT);
    assert_non_null(strstr(msgs, "cues.tsv:4:6: unknown role 'forward'"));
    assert_int_equal(load_text(dir, "word\trole\nWeiter\tonward\n"), DN_EINPUT);
    assert_non_null(strstr(msgs, "cues.tsv:2:1: role 'onward' words are written in lower case"));
    assert_int_equal(load_text(dir, "word\trole\nweiter\n"), DN_EINPUT);
    assert_non_null(strstr(msgs, "cues.tsv:2:1: expected 2 tab-separated cells"));
    assert_int_equal(load_text(dir, "wort\trolle\n"), DN_EINPUT);
    assert_non_null(strstr(msgs, "cues.tsv:1:1: header"));
    assert_int_equal(load_text(dir, "word\trole\nwei\xff\tonward\n"), DN_EINPUT);
    assert_non_null(strstr(msgs, "cues.tsv:2:4: invalid UTF-8"));
    assert_int_equal(load_text(dir, "# only a comment\n"), DN_EINPUT);
    assert_non_null(strstr(msgs, "no header line"));
    assert_int_equal(load_text(dir, "word\trole\r\nweiter\tonward\r\n"), DN_OK);
    char p[256];
    snprintf(p, sizeof p, "%s/cues.tsv", dir);
    unlink(p);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_data_file_loads),
        cmocka_unit_test(test_roles_by_name),
        cmocka_unit_test(test_errors_name_file_line),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
