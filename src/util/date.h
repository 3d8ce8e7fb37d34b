/* date: calendar dates as precise as their source, and civil-day
 * arithmetic.  The one home of dates: the event records (io/event.h), the
 * text layer's date expressions (text/date.h), the network's time windows
 * and the writers all use these.  No allocation; nothing here owns memory. */
#ifndef UTIL_DATE_H
#define UTIL_DATE_H

#include <stddef.h>

/* A calendar date as precise as the source: year only (month = day = 0),
 * year-month (day = 0) or a full date.  year = 0 means unknown. */
typedef struct {
    short year;
    signed char month, day;
} ev_date_t;

/* Parses an ISO 8601 calendar date "YYYY", "YYYY-MM" or "YYYY-MM-DD"
 * (n bytes).  Empty input gives the unknown date.  Returns 0, or -1 for a
 * malformed or impossible date (2015-02-30, 2015-13); *badcol (if non-NULL)
 * gets the 0-based offset of the first bad character. */
int ev_date_parse(const char *s, size_t n, ev_date_t *d, size_t *badcol);
/* Writes the date into out (at least 11 bytes); "" for the unknown date. */
void ev_date_format(ev_date_t d, char out[11]);
/* Compares the earliest days two dates can denote (unknown sorts first). */
int ev_date_cmp(ev_date_t a, ev_date_t b);
/* The last day the date can denote, as YYYYMMDD (unknown: 0). */
long ev_date_last_day(ev_date_t d);
/* The first day the date can denote, as YYYYMMDD (unknown: 0). */
long ev_date_first_day(ev_date_t d);
/* 1 when the date is known (year != 0). */
int ev_date_known(ev_date_t d);

/* 1 for a leap year of the proleptic Gregorian calendar. */
int date_leap(long y);
/* Days of month m (1..12) in year y. */
int date_days_in_month(int y, int m);
/* Days since 1970-01-01 of a full date, and back. */
long date_days_from_civil(int y, int m, int d);
ev_date_t date_civil_from_days(long z);
/* The full date k days after (k < 0: before) the full date a. */
ev_date_t date_add_days(ev_date_t a, long k);
/* The day after a YYYYMMDD day number (as ev_date_first_day gives). */
long date_day_after(long yyyymmdd);

#endif
