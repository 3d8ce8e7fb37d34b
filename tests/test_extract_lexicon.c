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

#include <libstemmer.h>

#include "extract/lexicon.h"
#include "text/token.h"
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
    /* the first names of office holders (with the quick test before) */
    assert_true(lexicon_first_name(&lx, "Gerhard", 7));
    assert_false(lexicon_first_name(&lx, "Gerhar", 6));
    assert_false(lexicon_first_name(&lx, "Gerhardt", 8));
    assert_false(lexicon_first_name(&lx, "Xaver", 5));
    assert_false(lexicon_first_name(&lx, "", 0));
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
    /* ends with no trigger (the filter before the pass), or too short */
    assert_int_equal(lexicon_compound_trigger(&lx, "arbeitsbesuxh", 13, "arbeitsbesuxh", 13), -1);
    assert_int_equal(lexicon_compound_trigger(&lx, "uch", 3, "uch", 3), -1);
    t = lexicon_compound_trigger(&lx, "gipfeltreff", 11, "gipfeltreffen", 13);
    assert_true(t >= 0);
    assert_int_equal(lx.trig[t].cls, TR_SUMMIT);
    lexicon_destroy(&lx);
}

/* The quick test before German organisation heads: never 0 where a head
 * ends the word, and 0 for most other words. */
static void test_orghead_filter(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "tests/fixtures/lexicon"), DN_OK);
    static const char *const W[] = { "gesundheitsbehörde", "luftfahrtkomitee",
        "xqzvw", "besuch", "merkel", "bundesamt", "a", "", "stadtrat", "paris" };
    size_t zero = 0;
    for (size_t i = 0; i < sizeof W / sizeof *W; i++) {
        size_t n = strlen(W[i]);
        int ends = 0;
        for (size_t k = 0; k < lx.norgh; k++) {
            const lx_orghead_t *h = &lx.orgh[k];
            if (h->lang == 'd' && n >= h->len && memcmp(W[i] + n - h->len, h->head, h->len) == 0)
                ends = 1;
        }
        int may = lexicon_orghead_may_end(&lx, W[i], n);
        if (ends) assert_true(may);
        zero += !may;
    }
    assert_true(zero >= 4);
    for (size_t k = 0; k < lx.norgh; k++) {
        const lx_orghead_t *h = &lx.orgh[k];
        if (h->lang == 'd') assert_true(lexicon_orghead_may_end(&lx, h->head, h->len));
        assert_true(lexicon_orghead_may_be(&lx, h->lang, h->head, h->len));
        assert_true(lexicon_orghead_may_start(&lx, h->lang, (unsigned char)h->head[0]));
    }
    /* whole words: never 0 for a head of that kind, 0 for most others */
    static const char *const X[] = { "für", "Watch", "GmbH", "Xqzvw", "qqq", "Paris", "und", "AG" };
    static const char KINDS[] = "defl";
    size_t none = 0;
    for (size_t i = 0; i < sizeof X / sizeof *X; i++)
        for (int k = 0; k < 4; k++) {
            int is = 0;
            for (size_t j = 0; j < lx.norgh; j++)
                if (lx.orgh[j].lang == KINDS[k] && lx.orgh[j].len == strlen(X[i])
                    && memcmp(lx.orgh[j].head, X[i], strlen(X[i])) == 0)
                    is = 1;
            int may = lexicon_orghead_may_be(&lx, KINDS[k], X[i], strlen(X[i]));
            if (is) assert_true(may);
            none += !may;
        }
    assert_true(none >= 16);
    assert_false(lexicon_orghead_may_be(&lx, 'z', "für", 4));
    lexicon_destroy(&lx);
}

/* lexicon_key skips the stemmer for a word whose stem cannot start as any
 * key does, or of which no start can be a whole key; it must never skip
 * one whose stem is a key.  Checked against
 * the stemmer itself for every word of the spelling dictionary (when
 * installed), in lower and upper case, and for words with ß, umlauts and
 * other letters at their start. */
static void test_key_prefix_filter(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "data/lexicon"), DN_OK);
    struct sb_stemmer *sb = sb_stemmer_new("german", "UTF_8");
    assert_non_null(sb);
    buf_t low;
    buf_init(&low);
    size_t checked = 0, keys = 0;
    FILE *fp = fopen("/usr/share/dict/ngerman", "rb");
    static const char *const EXTRA[] = { "Straße", "Straßen", "ßa", "Äußerung", "Österreich",
        "österreichischen", "Übereinkunft", "Élysée", "EU-Kommission", "G20", "Ab", "a",
        "Präsidenten", "Gipfeltreffen", "Außenminister", "Bundeskanzlerin", NULL };
    char line[512];
    for (size_t e = 0;; e++) {
        const char *w;
        if (EXTRA[e]) w = EXTRA[e];
        else if (fp && fgets(line, sizeof line, fp)) {
            line[strcspn(line, "\r\n")] = '\0';
            w = line;
            e--;   /* stay at the end of EXTRA */
        } else break;
        size_t n = strlen(w);
        if (!n) continue;
        for (int up = 0; up < 2; up++) {
            char v[512];
            memcpy(v, w, n + 1);
            if (up && v[0] >= 'a' && v[0] <= 'z') v[0] = (char)(v[0] - 32);
            buf_clear(&low);
            assert_int_equal(text_lower(v, n, &low), 0);
            const sb_symbol *r = sb_stemmer_stem(sb, (const sb_symbol *)low.data, (int)low.len);
            assert_non_null(r);
            long want = strtab_find(&lx.keys, (const char *)r, (size_t)sb_stemmer_length(sb));
            assert_int_equal(lexicon_key(&lx, v, n), want);
            checked++;
            keys += want >= 0;
        }
    }
    if (fp) fclose(fp);
    assert_true(checked >= 30 && keys >= 4);
    buf_destroy(&low);
    sb_stemmer_delete(sb);
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
        assert_string_equal(lx.actors[lx.titles[i].alt[1]].name, "Schweiz");
        assert_int_equal(lx.titles[i].alt[2], -1);
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

/* A state's negotiators and envoys, and its rulers by any name, hold an
 * office of that state (titles.tsv "=state"), so "der südsudanesische
 * Chefunterhändler X" is South Sudan's and "Panamas Machthaber X"
 * Panama's. */
static void test_negotiator_titles_are_offices(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "data/lexicon"), DN_OK);
    const char *want[] = { "Unterhändler", "Chefunterhändlerin", "Verhandlungsführer", "Delegationsleiterin",
                           "Emissär", "Machthaber", "Herrscherin", NULL };
    for (const char *const *w = want; *w; w++) {
        int found = 0;
        for (size_t i = 0; i < lx.ntitles; i++)
            if (strcmp(lx.titles[i].title, *w) == 0 && lx.titles[i].affil_state) found = 1;
        if (!found) print_message("no office title %s\n", *w);
        assert_true(found);
    }
    lexicon_destroy(&lx);
}

/* former_states.tsv: a part stands for its former state until the row's
 * last day (or its own); an unknown part or a bad day is an error naming
 * its column. */
static void test_former_states(void **st)
{
    (void)st;
    lexicon_t lx;
    assert_int_equal(lexicon_load(&lx, "tests/fixtures/lexicon"), DN_OK);
    int32_t ru = lexicon_state_named(&lx, "Russland"), su = lexicon_state_named(&lx, "Sowjetunion");
    assert_true(ru >= 0 && su >= 0);
    assert_int_equal(lexicon_former_state(&lx, ru, 19911225), su);
    assert_int_equal(lexicon_former_state(&lx, ru, 19911226), -1);
    assert_int_equal(lexicon_former_state(&lx, su, 19800101), -1);
    assert_int_equal(lexicon_former_state(&lx, ru, 0), -1);
    lexicon_destroy(&lx);
    char dir[] = "/tmp/dipnet-lex-XXXXXX";
    assert_non_null(mkdtemp(dir));
    char p[256], q[256];
    snprintf(p, sizeof p, "%s/states.tsv", dir);
    snprintf(q, sizeof q, "%s/former_states.tsv", dir);
    FILE *fp = fopen(p, "w");
    assert_non_null(fp);
    fputs("state\tiso3\tenglish\taliases\tadjective\tcapital\nLand\tLND\tLand\t\tländisch\tLand\n"
          "Insel\tINS\tIsle\t\tinselig\tInsel\n", fp);
    fclose(fp);
    fp = fopen(q, "w");
    assert_non_null(fp);
    fputs("state\tiso3\tenglish\taliases\tadjective\tuntil\tparts\n"
          "Altreich\tALT\tOld\t\t\t1990-10-02\tLand|Insel:1980\n", fp);
    fclose(fp);
    char t[256];
    snprintf(t, sizeof t, "%s/triggers.tsv", dir);
    fp = fopen(t, "w");
    assert_non_null(fp);
    fputs("word\tpos\tclass\tparticle\tconfidence\texcept\n", fp);
    fclose(fp);
    assert_int_equal(lexicon_load(&lx, dir), DN_OK);
    int32_t land = lexicon_state_named(&lx, "Land"), insel = lexicon_state_named(&lx, "Insel");
    int32_t alt = lexicon_state_named(&lx, "Altreich");
    assert_int_equal(lexicon_former_state(&lx, land, 19850101), alt);
    assert_int_equal(lexicon_former_state(&lx, insel, 19850101), -1);
    assert_int_equal(lexicon_former_state(&lx, insel, 19801231), alt);
    lexicon_destroy(&lx);
    fp = fopen(q, "w");
    fputs("state\tiso3\tenglish\taliases\tadjective\tuntil\tparts\n"
          "Altreich\tALT\tOld\t\t\t1990-10-02\tLand|Nirgendland\n", fp);
    fclose(fp);
    diag_set_sink(capture, NULL);
    assert_int_equal(lexicon_load(&lx, dir), DN_EINPUT);
    diag_set_sink(NULL, NULL);
    if (!strstr(msgs, "former_states.tsv:2:36:")) print_message("%s\n", msgs);
    assert_non_null(strstr(msgs, "former_states.tsv:2:36:"));
    unlink(p);
    unlink(q);
    unlink(t);
    rmdir(dir);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_fixture_loads_and_stems),
        cmocka_unit_test(test_compound_triggers),
        cmocka_unit_test(test_orghead_filter),
        cmocka_unit_test(test_key_prefix_filter),
        cmocka_unit_test(test_errors_name_file_line_col),
        cmocka_unit_test(test_title_states),
        cmocka_unit_test(test_former_states),
        cmocka_unit_test(test_negotiator_titles_are_offices),
    };
    return cmocka_run_group_tests_name("extract_lexicon", tests, NULL, NULL);
}
