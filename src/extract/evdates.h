/* evdates: the dates of an event - those of its clause, those in
 * parentheses after a mention, the sentence's sole date, a span of days
 * ("zweitägig").  Internal to the frame rules. */
#ifndef EXTRACT_EVDATES_H
#define EXTRACT_EVDATES_H

#include "extract/frame.h"

/* The day date dt of sentence s stands for in its clause: a bare weekday
 * before the text's date in a clause in the simple present ("Am
 * Donnerstag reist er weiter nach Bangladesch", told on a Tuesday) is the
 * coming one - the present with a weekday tells what is planned - unless
 * "seit" precedes it or a chronology's entry tells it; any other date as
 * resolved. */
ev_date_t clause_date(const extractor_impl_t *x, const text_date_t *dt, size_t s);
/* Appends the date range [a, b] to l (at most 16 kept). */
void dl_add(dlist_t *l, ev_date_t a, ev_date_t b);
/* "im Januar in Davos und im Mai in Sofia": each date of sentence s in
 * [a, b) with the city named after it (before the next date), in order:
 * dates into *dates, the place mentions' indices into places, the dates'
 * first tokens into toks; their number, 0 when a date has no city of its
 * own. */
int dates_with_places(extractor_impl_t *x, size_t s, size_t a, size_t b, size_t m0, size_t m1,
                      dlist_t *dates, size_t *places, size_t *toks, int max);
/* The first date group in tokens [a, b) that is not a list member's own. */
int dates_in(extractor_impl_t *x, size_t s, size_t a, size_t b, size_t m0, size_t m1,
             dlist_t *l, int last);
/* Appends the dates in parentheses after mention m to l. */
void mention_dates(const extractor_impl_t *x, const mention_t *m, dlist_t *l);
/* The one date a sentence gives, for an event of a clause that has none
 * ("Am 3. Mai sprach A, während B mit C zusammentraf"): set once per
 * sentence, in order, by rules_apply into x->sole_a/b; with none of its
 * own, its chronology paragraph's heading date (sole_header) or, tied by
 * "dabei"/"dazu", the sentence before's day (sole_follow); sole_ok 0
 * when the sentence has none or several. */
void sole_date(extractor_impl_t *x, size_t s);
/* The days of the first "zweitägig" ... "fünftägig" in tokens [a, b); 0
 * when none. */
int day_span_days(const extractor_impl_t *x, size_t a, size_t b);
/* A one-day date of dl becomes the span of days the clause names. */
void day_span_apply(dlist_t *dl, int days);
/* N-tägig ("zweitägigen Gipfel") turns a day into a span of N days. */
void day_span(const extractor_impl_t *x, size_t a, size_t b, dlist_t *dl);

#endif
