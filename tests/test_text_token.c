/* Tests of src/text/token: tokens with positions, sentence splitting. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "text/token.h"

/* Splits s and writes the sentences joined by " | " into out. */
static void sents(const char *s, char *out, size_t cap)
{
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < d.nsent; i++) {
        const text_sent_t *z = &d.sents[i];
        n += (size_t)snprintf(out + n, cap - n, "%s%.*s", i ? " | " : "",
                              (int)(z->end - z->off), s + z->off);
    }
    text_doc_destroy(&d);
}

static void test_tokens_keep_positions(void **st)
{
    (void)st;
    const char *s = "Der Gast\n  traf Frank-Walter S\xc3\xbc\xc3\x9f.";
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    assert_int_equal(d.ntok, 6);
    assert_int_equal(d.toks[2].line, 2);
    assert_int_equal(d.toks[2].col, 3);
    assert_true(d.toks[2].flags & TOK_NL);
    assert_true(text_tok_is(&d, &d.toks[3], "Frank-Walter"));
    assert_true(d.toks[3].flags & TOK_CAP);
    assert_int_equal(d.toks[4].col, 21);
    assert_int_equal(d.toks[5].type, TOK_PUNCT);
    assert_int_equal(d.toks[5].col, 24);
    text_doc_destroy(&d);
}

static void test_hyphens(void **st)
{
    (void)st;
    const char *s = "Der G-20-Gipfel 2014-2015, Handels- und Wirtschaftsdialog.";
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    assert_true(text_tok_is(&d, &d.toks[1], "G-20-Gipfel"));
    assert_int_equal(d.toks[2].type, TOK_NUM);
    assert_int_equal(d.toks[3].type, TOK_PUNCT);
    assert_true(text_tok_is(&d, &d.toks[6], "Handels-"));
    assert_true(d.toks[6].flags & TOK_TRUNC);
    assert_true(d.toks[1].flags & TOK_CAP);
    text_doc_destroy(&d);
}

static void test_acronym_flag(void **st)
{
    (void)st;
    const char *s = "Die NATO tagt.";
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    assert_true(d.toks[1].flags & TOK_UPPER);
    assert_false(d.toks[0].flags & TOK_UPPER);
    text_doc_destroy(&d);
}

static void test_split_plain(void **st)
{
    (void)st;
    char out[512];
    sents("Der Minister kam an. Er blieb zwei Tage! War das alles? Ja.", out, sizeof out);
    assert_string_equal(out, "Der Minister kam an. | Er blieb zwei Tage! | War das alles? | Ja.");
}

static void test_split_initials_and_abbreviations(void **st)
{
    (void)st;
    char out[512];
    sents("Der Gast wurde von R. Herzog empfangen, z. B. im Schloss Nr. 5 mit Dr. Weber. Danach ging er.",
          out, sizeof out);
    assert_string_equal(out, "Der Gast wurde von R. Herzog empfangen, z. B. im Schloss Nr. 5 mit Dr. Weber. | Danach ging er.");
}

static void test_split_ordinals_and_dates(void **st)
{
    (void)st;
    char out[512];
    sents("Am 7. und 8. Februar 2012 tagte man. Vom 20.-22. November 2012 auch. Am 3. Tag reiste er ab.",
          out, sizeof out);
    assert_string_equal(out, "Am 7. und 8. Februar 2012 tagte man. | Vom 20.-22. November 2012 auch. | Am 3. Tag reiste er ab.");
}

static void test_split_year_at_end(void **st)
{
    (void)st;
    char out[512];
    sents("Das geschah 2010. Danach kam nichts.", out, sizeof out);
    assert_string_equal(out, "Das geschah 2010. | Danach kam nichts.");
}

static void test_split_headings(void **st)
{
    (void)st;
    char out[512];
    sents("Politische Beziehungen\n\nDer Besuch fand statt.\nKurzer Titel\nEin Satz folgt hier.",
          out, sizeof out);
    assert_string_equal(out, "Politische Beziehungen | Der Besuch fand statt. | Kurzer Titel | Ein Satz folgt hier.");
}

/* A chronology's entries have no final stop and may be long: a line that
 * starts with a date heading ("Juni 2014:", "13. Januar 2017:", "1992:")
 * is a sentence of its own; a hard-wrapped sentence is not cut. */
static void test_split_chronology_lines(void **st)
{
    (void)st;
    char out[1024];
    sents("August 2008: Bundeskanzlerin Merkel in Tiflis, Gespräch mit dem Präsidenten wenige Tage nach dem Ende "
          "der Kampfhandlungen\nFebruar 2009: Präsident Saakaschwili in München\n13. Januar 2017: Treffen "
          "in Banjul\n1992: Aufnahme diplomatischer Beziehungen\n12.03.1995: Vertrag",
          out, sizeof out);
    assert_string_equal(out, "August 2008: Bundeskanzlerin Merkel in Tiflis, Gespräch mit dem Präsidenten wenige "
                             "Tage nach dem Ende der Kampfhandlungen | Februar 2009: Präsident Saakaschwili in "
                             "München | 13. Januar 2017: Treffen in Banjul | 1992: Aufnahme diplomatischer "
                             "Beziehungen | 12.03.1995: Vertrag");
    sents("Der Präsident traf im Juli in der Hauptstadt den Außenminister und sprach mit ihm über den\nAugust "
          "2008 und die Folgen.", out, sizeof out);
    assert_string_equal(out, "Der Präsident traf im Juli in der Hauptstadt den Außenminister und sprach mit ihm "
                             "über den\nAugust 2008 und die Folgen.");
}

static void test_split_quotes(void **st)
{
    (void)st;
    char out[512];
    sents("Er sagte: \xe2\x80\x9e" "Wir kommen.\xe2\x80\x9c Dann ging er.", out, sizeof out);
    assert_string_equal(out, "Er sagte: \xe2\x80\x9e" "Wir kommen.\xe2\x80\x9c | Dann ging er.");
}

static void test_no_split_before_lowercase(void **st)
{
    (void)st;
    char out[512];
    sents("Es kamen ca. zehn Leute, u. a. aus Berlin.", out, sizeof out);
    assert_string_equal(out, "Es kamen ca. zehn Leute, u. a. aus Berlin.");
}

static void test_lower(void **st)
{
    (void)st;
    buf_t b;
    buf_init(&b);
    assert_int_equal(text_lower("\xc3\x84UssERE", 8, &b), 0);
    assert_string_equal(buf_cstr(&b), "\xc3\xa4ussere");
    buf_destroy(&b);
}

/* Issue 13 item 7: a first-line dateline is a sentence of its own, never
 * joined to the headline (its date would be taken as the headline's), a
 * date alone on a line too; a hard-wrapped sentence ending in a year
 * further down is still one sentence. */
static void test_split_dateline_from_headline(void **st)
{
    (void)st;
    char out[1024];
    sents("14. Mai 2019\nMerkel empfängt Macron\nDer Besuch fand statt.",
          out, sizeof out);
    assert_string_equal(out, "14. Mai 2019 | Merkel empfängt Macron | Der Besuch fand statt.");
    sents("Berlin, 14.05.2019\nBundeskanzlerin Merkel hat Macron empfangen.",
          out, sizeof out);
    assert_string_equal(out, "Berlin, 14.05.2019 | Bundeskanzlerin Merkel hat Macron empfangen.");
    sents("Berlin, 14. Mai 2019 \xe2\x80\x93 Merkel empf\xc3\xa4ngt Macron im Kanzleramt\n"
          "Bundeskanzlerin Angela Merkel hat Macron empfangen.", out, sizeof out);
    /* before a dash the dateline stays, naming the place; the headline
     * after it is one sentence, not joined to the body */
    assert_string_equal(out, "Berlin, 14. Mai 2019 \xe2\x80\x93 Merkel empf\xc3\xa4ngt Macron im "
                        "Kanzleramt | Bundeskanzlerin Angela Merkel hat Macron empfangen.");
    sents("Am 14. Mai 2019\nbesuchte Merkel Paris.", out, sizeof out);
    assert_string_equal(out, "Am 14. Mai 2019\nbesuchte Merkel Paris.");
    sents("Titel\nText ohne Punkt am Ende.\nDer Vertrag wurde unterzeichnet im Jahr 2019\n"
          "Danach kam nichts.", out, sizeof out);
    assert_string_equal(out, "Titel | Text ohne Punkt am Ende. | Der Vertrag wurde unterzeichnet "
                        "im Jahr 2019\nDanach kam nichts.");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_tokens_keep_positions),
        cmocka_unit_test(test_hyphens),
        cmocka_unit_test(test_acronym_flag),
        cmocka_unit_test(test_split_plain),
        cmocka_unit_test(test_split_initials_and_abbreviations),
        cmocka_unit_test(test_split_ordinals_and_dates),
        cmocka_unit_test(test_split_year_at_end),
        cmocka_unit_test(test_split_headings),
        cmocka_unit_test(test_split_chronology_lines),
        cmocka_unit_test(test_split_dateline_from_headline),
        cmocka_unit_test(test_split_quotes),
        cmocka_unit_test(test_no_split_before_lowercase),
        cmocka_unit_test(test_lower),
    };
    return cmocka_run_group_tests_name("text_token", tests, NULL, NULL);
}
