/* date: German date expressions in a token range, absolute and relative.
 *
 * Absolute: "am 12. Oktober 2010", "12.10.2010", "7. und 8. Februar 2012"
 * (consecutive days joined by "und" are one span), "20.-22. November 2012",
 * "vom 7. bis 9. Mai", "im Juli und Dezember 2010" (two dates), "Juli bis
 * September 2010" (a span), years alone when a cue marks them as years ("im
 * Jahr 2014", "(1995)", "seit 1992", "1992, 1997 und 2001"), "im Laufe der
 * Jahre 2014 und 2015" and "2014 bis 2015" (spans).
 * Relative, resolved against a reference date (--date or the document's
 * first line): heute, gestern, vorgestern, morgen, am Vortag (the day before
 * the last day named), am Montag (the last Monday on or before the reference;
 * "kommenden Montag" the next), im März (without year: the last March on or
 * before the reference), im vergangenen Jahr, in diesem Jahr, im vergangenen
 * Monat.  Without a reference a relative date stays unknown: no date is
 * invented. */
#ifndef TEXT_DATE_H
#define TEXT_DATE_H

#include <stddef.h>
#include <stdint.h>

#include "util/date.h"
#include "text/month.h"   /* text_month, text_weekday */
#include "text/token.h"

enum {
    DATE_REL = 1 << 0,    /* resolved against the reference date */
    DATE_PAREN = 1 << 1,  /* the whole expression stands in parentheses */
    DATE_SPAN = 1 << 2,   /* start..end */
    DATE_DAY = 1 << 3,    /* a single day (for "am Vortag") */
    DATE_WEAK = 1 << 4,   /* a bare number between a verb and a capitalised
                             word ("besuchte 2019 Polen" / "kamen 2000
                             Menschen"): a year unless that word is a noun */
    DATE_COUNTED = 1 << 5, /* "zwei Tage zuvor": counted from another day; a
                             day the sentence names outright replaces it */
    DATE_WEEKDAY = 1 << 6, /* a bare weekday ("am Donnerstag") read as the
                             last such day before the reference date */
    DATE_LASTYEAR = 1 << 7 /* a month without a year after the reference
                             month ("Anfang Juni" in a text of May), read as
                             last year's: a clause in the present may mean
                             the coming one */
};

typedef struct {
    ev_date_t start, end;   /* end.year == 0 unless a span */
    uint32_t tok, ntok;     /* token range of the expression */
    uint16_t group;         /* dates of one coordinated expression share it */
    uint8_t flags;
} text_date_t;

typedef struct {
    text_date_t *v;
    size_t n, cap;
    uint16_t next_group;
} text_dates_t;

/* The date words by role, rows of data/lexicon/cues.tsv (its header
 * explains each role; every one matches the whole word, A-Z folded).  The
 * text layer reads no file: the caller that loaded them (the extractor)
 * answers for each token which of these roles it has.
 * X(enum suffix, name in cues.tsv, match given by the caller) */
#define TEXT_DATE_ROLES(X, M) \
    X(YEARCUE, "yearcue", M) \
    X(QUANTITY, "quantity", M) \
    X(MONTHCUE, "monthcue", M) \
    X(YEARSPLURAL, "yearsplural", M) \
    X(TAGS, "tags", M) \
    X(DAYWORD, "dayword", M) \
    X(DAYSWORD, "daysword", M) \
    X(WEEKWORD, "weekword", M) \
    X(WEEKSWORD, "weeksword", M) \
    X(EARLIER, "earlier", M) \
    X(LATER, "later", M) \
    X(TODAY, "today", M) \
    X(YESTERDAY, "yesterday", M) \
    X(TWODAYSAGO, "twodaysago", M) \
    X(TOMORROW, "tomorrow", M) \
    X(INTWODAYS, "intwodays", M) \
    X(EVE, "eve", M) \
    X(DAYTIME, "daytime", M) \
    X(MORNING, "morning", M) \
    X(LASTYEAR, "lastyear", M) \
    X(NEXTYEAR, "nextyear", M) \
    X(THISYEAR, "thisyear", M) \
    X(LASTMONTH, "lastmonth", M) \
    X(YEARWORD, "yearword", M) \
    X(MONTHWORD, "monthword", M) \
    X(COMINGDAY, "comingday", M)

typedef enum {
#define TD_ENUM(e, name, m) TD_##e,
    TEXT_DATE_ROLES(TD_ENUM, 0)
#undef TD_ENUM
    TD_NROLES
} text_date_role_t;

typedef struct {
    ev_date_t ref;        /* reference date; year 0 = unknown */
    ev_date_t last_day;   /* last full day named so far (for "am Vortag") */
    /* the date-word roles of word token i of the document (bit r: role r
     * of text_date_role_t); NULL: no date word is known */
    uint64_t (*words)(const void *arg, size_t i);
    const void *words_arg;
    /* the year of the last date with a month and a year of its own that
     * opened a sentence ("Im März 2014 ..."), 0 none: a day or month named
     * without a year soon after ("am 28. März") is of that year, not the
     * reference's.  Set by the scan; the caller clears it when the text
     * has moved on (src/extract keeps it for the next sentence only). */
    int near_year;
    unsigned near_set;    /* counts the times the scan set near_year */
} text_date_ctx_t;

void text_dates_init(text_dates_t *ds);
void text_dates_destroy(text_dates_t *ds);

/* Finds the date expressions in tokens [tok, tok+ntok) of d and appends them
 * to ds (not cleared).  Returns DN_OK or DN_ENOMEM. */
int text_dates_scan(const text_doc_t *d, size_t tok, size_t ntok,
                    text_date_ctx_t *ctx, text_dates_t *ds);


/* Kept for src/extract until the extraction issue renames its calls: the
 * civil-day arithmetic lives in util/date.h. */
static inline long text_days_from_civil(int y, int m, int d)
{
    return date_days_from_civil(y, m, d);
}
static inline ev_date_t text_civil_from_days(long z)
{
    return date_civil_from_days(z);
}

/* Finds the text's dateline among its first three lines: a short line
 * that is not a sentence ("Berlin, 12. Oktober 2010", "12.10.2010"), the
 * part of a line before its first dash ("Wien, 28.4.2016 (APA) – ..."), or
 * a parenthesis ("(APA, 28.4.2016)"), and returns its full date (day,
 * month and year).  Returns 1 and sets *out when found.  Of words only
 * words->words and words_arg are read (the date words; NULL: none). */
int text_first_line_date(const text_doc_t *d, const text_date_ctx_t *words, ev_date_t *out);

#endif
