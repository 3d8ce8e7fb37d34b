#include "event.h"

#include <stdio.h>
#include <string.h>

static const char *const kind_names[EV_KIND_COUNT] = {
    "person", "institution", "state", "group"};
static const char *const rel_names[EV_REL_COUNT] = {
    "visit", "meeting", "agreement", "recognition", "relations",
    "founding", "affiliation", "other"};

const char *ev_kind_name(ev_kind_t k)
{
    return (unsigned)k < EV_KIND_COUNT ? kind_names[k] : "?";
}

const char *ev_relation_name(ev_relation_t r)
{
    return (unsigned)r < EV_REL_COUNT ? rel_names[r] : "?";
}

/* Name lengths, so that parsing a cell compares lengths before bytes
 * (kinds and relations are parsed twice and once per row of big files). */
static const unsigned char kind_len[EV_KIND_COUNT] = {6, 11, 5, 5};
static const unsigned char rel_len[EV_REL_COUNT] = {5, 7, 9, 11, 9, 8, 11, 5};

int ev_kind_parse(const char *s, size_t n)
{
    /* The first letter decides; one comparison confirms (hot in big
     * event files). */
    int k = n ? (s[0] == 'p' ? EV_KIND_PERSON : s[0] == 'i' ? EV_KIND_INSTITUTION
                 : s[0] == 's' ? EV_KIND_STATE : s[0] == 'g' ? EV_KIND_GROUP : -1)
              : -1;
    if (k < 0 || kind_len[k] != n || memcmp(kind_names[k], s, n)) return -1;
    return k;
}

int ev_relation_parse(const char *s, size_t n)
{
    for (int i = 0; i < EV_REL_COUNT; i++)
        if (rel_len[i] == n && memcmp(rel_names[i], s, n) == 0) return i;
    return -1;
}

int ev_relation_undirected(ev_relation_t r)
{
    return r == EV_REL_MEETING || r == EV_REL_AGREEMENT ||
           r == EV_REL_RELATIONS || r == EV_REL_OTHER;
}

static int days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return d[m - 1];
}

static int digits(const char *s, size_t n, size_t at, size_t count, int *val,
                  size_t *badcol)
{
    int v = 0;
    for (size_t i = 0; i < count; i++) {
        if (at + i >= n || s[at + i] < '0' || s[at + i] > '9') {
            if (badcol) *badcol = at + i < n ? at + i : n;
            return -1;
        }
        v = v * 10 + (s[at + i] - '0');
    }
    *val = v;
    return 0;
}

int ev_date_parse(const char *s, size_t n, ev_date_t *d, size_t *badcol)
{
    d->year = 0;
    d->month = d->day = 0;
    if (n == 0) return 0;
    int y, m = 0, dd = 0;
    if (digits(s, n, 0, 4, &y, badcol) < 0) return -1;
    if (y == 0) {
        if (badcol) *badcol = 0;
        return -1;
    }
    if (n > 4) {
        if (s[4] != '-') { if (badcol) *badcol = 4; return -1; }
        if (digits(s, n, 5, 2, &m, badcol) < 0) return -1;
        if (m < 1 || m > 12) { if (badcol) *badcol = 5; return -1; }
        if (n > 7) {
            if (s[7] != '-') { if (badcol) *badcol = 7; return -1; }
            if (digits(s, n, 8, 2, &dd, badcol) < 0) return -1;
            if (dd < 1 || dd > days_in_month(y, m)) {
                if (badcol) *badcol = 8;
                return -1;
            }
            if (n > 10) { if (badcol) *badcol = 10; return -1; }
        }
    }
    d->year = (short)y;
    d->month = (signed char)m;
    d->day = (signed char)dd;
    return 0;
}

void ev_date_format(ev_date_t d, char out[11])
{
    /* Years are 1..9999 by construction (ev_date_parse); clamp anyway so
     * the output always fits. */
    unsigned y = (unsigned)d.year % 10000u, m = (unsigned)d.month % 100u,
             dd = (unsigned)d.day % 100u;
    if (!d.year) out[0] = '\0';
    else if (!m) snprintf(out, 11, "%04u", y);
    else if (!dd) snprintf(out, 11, "%04u-%02u", y, m);
    else snprintf(out, 11, "%04u-%02u-%02u", y, m, dd);
}

int ev_date_known(ev_date_t d) { return d.year != 0; }

long ev_date_first_day(ev_date_t d)
{
    if (!d.year) return 0;
    return d.year * 10000L + (d.month ? d.month : 1) * 100L + (d.day ? d.day : 1);
}

long ev_date_last_day(ev_date_t d)
{
    if (!d.year) return 0;
    int m = d.month ? d.month : 12;
    int dd = d.day ? d.day : days_in_month(d.year, m);
    return d.year * 10000L + m * 100L + dd;
}

int ev_date_cmp(ev_date_t a, ev_date_t b)
{
    long x = ev_date_first_day(a), y = ev_date_first_day(b);
    if (x != y) return x < y ? -1 : 1;
    /* Same first day: the less precise date sorts first. */
    long lx = ev_date_last_day(a), ly = ev_date_last_day(b);
    return lx < ly ? 1 : lx > ly ? -1 : 0;
}
