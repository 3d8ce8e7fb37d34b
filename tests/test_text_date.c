/* Tests of src/text/date: absolute and relative German dates. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "extract/cues.h"
#include "text/date.h"
#include "util/diag.h"

/* The date words, from data/lexicon/cues.tsv as the extractor loads them
 * (the text layer reads no file: its caller answers for each token). */
static cues_t CUES;

static uint64_t date_words(const void *arg, size_t i)
{
    const text_doc_t *d = arg;
    const text_tok_t *t = &d->toks[i];
    int32_t id = cues_find_folded(&CUES, d->s + t->off, t->len);
    return id < 0 ? 0 : CUES.bits[id][0] & (((uint64_t)1 << TD_NROLES) - 1);
}

/* A context that only gives the date words of d (text_first_line_date). */
static const text_date_ctx_t *words_of(const text_doc_t *d)
{
    static text_date_ctx_t w;
    memset(&w, 0, sizeof w);
    w.words = date_words;
    w.words_arg = d;
    return &w;
}

/* Scans s with reference date ref ("" none) and writes the dates as
 * "start/end;" (group changes marked with "|") into out. */
static void dates(const char *s, const char *ref, char *out, size_t cap)
{
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    text_dates_t ds;
    text_dates_init(&ds);
    text_date_ctx_t ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.words = date_words;
    ctx.words_arg = &d;
    assert_int_equal(ev_date_parse(ref, strlen(ref), &ctx.ref, NULL), 0);
    assert_int_equal(text_dates_scan(&d, 0, d.ntok, &ctx, &ds), 0);
    size_t n = 0;
    out[0] = '\0';
    for (size_t i = 0; i < ds.n; i++) {
        char a[11], b[11];
        ev_date_format(ds.v[i].start, a);
        ev_date_format(ds.v[i].end, b);
        if (i && ds.v[i].group != ds.v[i - 1].group) n += (size_t)snprintf(out + n, cap - n, "|");
        n += (size_t)snprintf(out + n, cap - n, "%s%s%s;", a, b[0] ? "/" : "", b);
    }
    text_dates_destroy(&ds);
    text_doc_destroy(&d);
}

static void test_full_date(void **st)
{
    (void)st;
    char o[256];
    dates("Er kam am 3. M\xc3\xa4rz 2011 an.", "", o, sizeof o);
    assert_string_equal(o, "2011-03-03;");
    dates("Stand: 05.06.2009, Nachtrag 2009-06-07", "", o, sizeof o);
    assert_string_equal(o, "2009-06-05;|2009-06-07;");
}

/* A date with month and year that opens the text sets the year of a day
 * named without one after it; one in the middle does not. */
static void test_opening_date_sets_the_year(void **st)
{
    (void)st;
    char out[256];
    dates("Im März 2014 kam sie nach Berlin und stellte am 28. März ihre Pläne vor.", "2019-05-05", out,
          sizeof out);
    assert_string_equal(out, "2014-03;|2014-03-28;");
    dates("Sie hatten im März 2014 verhandelt und trafen sich am 28. März.", "2019-05-05", out, sizeof out);
    assert_string_equal(out, "2014-03;|2019-03-28;");
}

/* "im Juli vergangenen Jahres", "im März dieses Jahres": the year counted
 * from the text's date, not the year told last; such a date does not set
 * the year of the months after it. */
static void test_month_of_a_counted_year(void **st)
{
    (void)st;
    char out[256];
    dates("Im Dezember 1981 kam er. Im Juli vergangenen Jahres traf er sie.", "1984-09-05", out, sizeof out);
    assert_string_equal(out, "1981-12;|1983-07;");
    dates("Im März dieses Jahres und im Mai des kommenden Jahres.", "1984-09-05", out, sizeof out);
    assert_string_equal(out, "1984-03;|1985-05;");
    dates("Im Juni vergangenen Jahres kam er. Im April trafen sie sich.", "2001-09-25", out, sizeof out);
    assert_string_equal(out, "2000-06;|2001-04;");
}

/* "in den Jahren 2014 und 2015" is one span; "in den Jahren 1971 und
 * 1983" two dates. */
static void test_years_listed_apart(void **st)
{
    (void)st;
    char out[256];
    dates("Er kam in den Jahren 2014 und 2015.", "2019-05-05", out, sizeof out);
    assert_string_equal(out, "2014/2015;");
    dates("Sie besuchte Wien in den Jahren 1971 und 1983.", "2019-05-05", out, sizeof out);
    assert_string_equal(out, "1971;1983;");
}

static void test_day_lists_and_spans(void **st)
{
    (void)st;
    char o[256];
    dates("Die Tagung am 4. und 5. Mai 2013 war kurz.", "", o, sizeof o);
    assert_string_equal(o, "2013-05-04/2013-05-05;");
    dates("Vom 10.-12. Juni 2016 tagte man.", "", o, sizeof o);
    assert_string_equal(o, "2016-06-10/2016-06-12;");
    dates("Am 4. und 19. Mai 2013 sprach er.", "", o, sizeof o);
    assert_string_equal(o, "2013-05-04;2013-05-19;");
    dates("vom 28. April bis 2. Mai 2019", "", o, sizeof o);
    assert_string_equal(o, "2019-04-28/2019-05-02;");
}

static void test_months(void **st)
{
    (void)st;
    char o[256];
    dates("Er reiste im April und Oktober 2007 nach Paris.", "", o, sizeof o);
    assert_string_equal(o, "2007-04;2007-10;");
    dates("von Mai bis Juli 2001", "", o, sizeof o);
    assert_string_equal(o, "2001-05/2001-07;");
    dates("August Bebel sprach.", "", o, sizeof o);
    assert_string_equal(o, "");
}

static void test_years(void **st)
{
    (void)st;
    char o[256];
    dates("Die Besuche (1993, 1996 und 2002) und im Jahr 2005.", "", o, sizeof o);
    assert_string_equal(o, "1993;1996;2002;|2005;");
    dates("im Laufe der Jahre 2016 und 2017", "", o, sizeof o);
    assert_string_equal(o, "2016/2017;");
    dates("zwischen 2003 und 2006, 2008-2009", "", o, sizeof o);
    assert_string_equal(o, "2003/2006;|2008/2009;");
    dates("Es kamen rund 2000 Menschen, die 1.500 Euro zahlten.", "", o, sizeof o);
    assert_string_equal(o, "");
}

static void test_year_after_verb_is_weak(void **st)
{
    (void)st;
    text_doc_t d;
    text_doc_init(&d);
    const char *s = "Er besuchte 2019 Polen.";
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    text_dates_t ds;
    text_dates_init(&ds);
    text_date_ctx_t ctx;
    memset(&ctx, 0, sizeof ctx);
    ctx.words = date_words;
    ctx.words_arg = &d;
    assert_int_equal(text_dates_scan(&d, 0, d.ntok, &ctx, &ds), 0);
    assert_int_equal(ds.n, 1);
    assert_int_equal(ds.v[0].start.year, 2019);
    assert_true(ds.v[0].flags & DATE_WEAK);
    text_dates_destroy(&ds);
    text_doc_destroy(&d);
}

static void test_relative_days(void **st)
{
    (void)st;
    char o[256];
    dates("Gestern traf er ihn, heute reist er ab.", "2012-03-01", o, sizeof o);
    assert_string_equal(o, "2012-02-29;|2012-03-01;");
    /* 2012-03-01 was a Thursday */
    dates("Am Montag und am Donnerstag", "2012-03-01", o, sizeof o);
    assert_string_equal(o, "2012-02-27;|2012-03-01;");
    dates("am kommenden Dienstag", "2012-03-01", o, sizeof o);
    assert_string_equal(o, "2012-03-06;");
    dates("am 9. Mai 2014 und am Vortag", "", o, sizeof o);
    assert_string_equal(o, "2014-05-09;|2014-05-08;");
    /* a span that ends before it starts is its start alone */
    dates("am 20.-11. November 2012", "", o, sizeof o);
    assert_string_equal(o, "2012-11-20;");
    /* the adjectives of heute and gestern */
    dates("bei ihrem heutigen Auftritt nach dem gestrigen Treffen", "2012-03-01", o, sizeof o);
    assert_string_equal(o, "2012-03-01;|2012-02-29;");
}

static void test_relative_months_years(void **st)
{
    (void)st;
    char o[256];
    dates("im M\xc3\xa4rz und im November", "2012-06-15", o, sizeof o);
    assert_string_equal(o, "2012-03;|2011-11;");
    dates("im vergangenen Jahr", "2012-06-15", o, sizeof o);
    assert_string_equal(o, "2011;");
    dates("am 5. Juli", "2012-06-15", o, sizeof o);
    assert_string_equal(o, "2011-07-05;");
}

static void test_unresolved_stays_empty(void **st)
{
    (void)st;
    char o[256];
    dates("Gestern im M\xc3\xa4rz am Montag", "", o, sizeof o);
    assert_string_equal(o, "");
}

static void test_first_line_date(void **st)
{
    (void)st;
    const char *s = "Berlin, 14. Januar 2015\nDer Text am 3. Mai 2014.";
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    ev_date_t r;
    assert_int_equal(text_first_line_date(&d, words_of(&d), &r), 1);
    assert_int_equal(r.year, 2015);
    assert_int_equal(r.month, 1);
    assert_int_equal(r.day, 14);
    text_doc_destroy(&d);
}

/* first_line_date of s: "YYYY-MM-DD", or "" when none */
static void dateline(const char *s, char *o, size_t n)
{
    text_doc_t d;
    text_doc_init(&d);
    assert_int_equal(text_doc_tokenize(&d, s, strlen(s)), 0);
    ev_date_t r;
    if (text_first_line_date(&d, words_of(&d), &r)) snprintf(o, n, "%04d-%02d-%02d", r.year, r.month, r.day);
    else snprintf(o, n, "%s", "");
    text_doc_destroy(&d);
}

/* Regression first_line_sentence_is_no_dateline: a first line that is a
 * sentence ("... besuchte am 3. März 2015 Polen.") was taken as the text's
 * date, and every later event was dropped as "ahead of the text". */
static void test_first_line_sentence_is_no_dateline(void **st)
{
    (void)st;
    char o[32];
    dateline("Steinmeier besuchte am 3. M\xc3\xa4rz 2015 Polen.\nGabriel besuchte am 7. M\xc3\xa4rz 2015 China.\n",
             o, sizeof o);
    assert_string_equal(o, "");
}

static void test_dateline_forms(void **st)
{
    (void)st;
    char o[32];
    /* headline, then the dateline before the dash */
    dateline("Kurz reist nach Israel\nWien, 28.4.2016 (APA) \xe2\x80\x93 Der Au\xc3\x9f" "enminister ist am Montag "
             "in Jerusalem eingetroffen.\n", o, sizeof o);
    assert_string_equal(o, "2016-04-28");
    /* a parenthesis with the agency */
    dateline("Gespr\xc3\xa4" "che in Genf\n\nDie Au\xc3\x9f" "enminister trafen sich gestern. (APA, 3.5.2016)\n",
             o, sizeof o);
    assert_string_equal(o, "2016-05-03");
    /* "den" and the month are short or known words */
    dateline("Berlin, den 14. Januar 2015\nText.\n", o, sizeof o);
    assert_string_equal(o, "2015-01-14");
    /* a date in the fourth line is the text's, not a dateline */
    dateline("A\nB\nC\nBerlin, 14. Januar 2015\n", o, sizeof o);
    assert_string_equal(o, "");
}

/* "tags zuvor", "zwei Tage später": counted from the day named last (or
 * the article's); "einen Tag, nachdem" from the article's day; a day the
 * sentence names outright replaces a counted one. */
static void test_days_counted_before_and_after(void **st)
{
    (void)st;
    char o[256];
    dates("Er traf ihn tags zuvor.", "2022-04-12", o, sizeof o);
    assert_string_equal(o, "2022-04-11;");
    dates("Zwei Tage sp\xc3\xa4ter traf er ihn.", "2022-05-20", o, sizeof o);
    assert_string_equal(o, "2022-05-22;");
    dates("Die Absage kommt einen Tag, nachdem er ihn traf.", "2022-04-12", o, sizeof o);
    assert_string_equal(o, "2022-04-11;");
    dates("Zwei Tage zuvor, am 9. April 2022, hatte er ihn getroffen.", "2023-03-30", o, sizeof o);
    assert_string_equal(o, "2022-04-09;");
    dates("Er blieb zwei Tage in Paris.", "2022-04-12", o, sizeof o);
    assert_string_equal(o, "");
}

/* "eine Woche später", "zwei Wochen zuvor": seven days a week; "die
 * Woche" with no count is no counted day. */
static void test_weeks_counted_before_and_after(void **st)
{
    (void)st;
    char o[256];
    dates("Eine Woche sp\xc3\xa4ter traf er ihn.", "2022-05-20", o, sizeof o);
    assert_string_equal(o, "2022-05-27;");
    dates("Zwei Wochen zuvor hatte er ihn getroffen.", "2022-05-20", o, sizeof o);
    assert_string_equal(o, "2022-05-06;");
    dates("Er blieb eine Woche in Paris.", "2022-04-12", o, sizeof o);
    assert_string_equal(o, "");
}

static void test_civil_roundtrip(void **st)
{
    (void)st;
    ev_date_t a = date_civil_from_days(date_days_from_civil(2000, 2, 29));
    assert_int_equal(a.year, 2000);
    assert_int_equal(a.month, 2);
    assert_int_equal(a.day, 29);
    assert_int_equal(date_days_from_civil(1970, 1, 1), 0);
}

/* "Am Nachmittag", "am Abend": the day the text tells of (the day named
 * last, else the article's); "am Morgen" is no "morgen" (tomorrow); a
 * sentence that names its day outright keeps that one. */
static void test_time_of_day(void **st)
{
    (void)st;
    char o[256];
    dates("Am Nachmittag traf er ihn.", "2018-11-18", o, sizeof o);
    assert_string_equal(o, "2018-11-18;");
    dates("Am Abend traf er den Emir.", "2023-10-19", o, sizeof o);
    assert_string_equal(o, "2023-10-19;");
    dates("Am 13. Oktober 2023 reiste er nach Amman, am Abend traf er den Emir.", "2023-10-19", o, sizeof o);
    assert_string_equal(o, "2023-10-13;");   /* the day named outright stands alone */
    dates("Am Morgen traf er ihn.", "2018-11-18", o, sizeof o);
    assert_string_equal(o, "2018-11-18;");
    /* the noun inside a sentence is no "morgen" (tomorrow) */
    dates("Er sprach von einem guten Morgen.", "2018-11-18", o, sizeof o);
    assert_string_equal(o, "");
    dates("Morgen reist er ab.", "2018-11-18", o, sizeof o);
    assert_string_equal(o, "2018-11-19;");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_full_date),
        cmocka_unit_test(test_opening_date_sets_the_year),
        cmocka_unit_test(test_years_listed_apart),
        cmocka_unit_test(test_day_lists_and_spans),
        cmocka_unit_test(test_months),
        cmocka_unit_test(test_years),
        cmocka_unit_test(test_year_after_verb_is_weak),
        cmocka_unit_test(test_relative_days),
        cmocka_unit_test(test_relative_months_years),
        cmocka_unit_test(test_unresolved_stays_empty),
        cmocka_unit_test(test_first_line_date),
        cmocka_unit_test(test_first_line_sentence_is_no_dateline),
        cmocka_unit_test(test_dateline_forms),
        cmocka_unit_test(test_days_counted_before_and_after),
        cmocka_unit_test(test_civil_roundtrip),
        cmocka_unit_test(test_time_of_day),
        cmocka_unit_test(test_month_of_a_counted_year),
        cmocka_unit_test(test_weeks_counted_before_and_after),
    };
    cues_init(&CUES);
    if (cues_load(&CUES, "data/lexicon")) return 1;
    int rc = cmocka_run_group_tests_name("text_date", tests, NULL, NULL);
    cues_destroy(&CUES);
    return rc;
}
