#include "util/date.h"

#include <stdio.h>

int date_leap(long y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int date_days_in_month(int y, int m)
{
    static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && date_leap(y)) return 29;
    return d[(m - 1) % 12];
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
            if (dd < 1 || dd > date_days_in_month(y, m)) {
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
    int dd = d.day ? d.day : date_days_in_month(d.year, m);
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

/* Howard Hinnant's days_from_civil algorithm (public domain description). */
long date_days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

ev_date_t date_civil_from_days(long z)
{
    z += 719468;
    long era = (z >= 0 ? z : z - 146096) / 146097;
    long doe = z - era * 146097;
    long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    long y = yoe + era * 400;
    long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    long mp = (5 * doy + 2) / 153;
    long d = doy - (153 * mp + 2) / 5 + 1;
    long m = mp + (mp < 10 ? 3 : -9);
    ev_date_t r = { (short)(y + (m <= 2)), (signed char)m, (signed char)d };
    return r;
}

ev_date_t date_add_days(ev_date_t a, long k)
{
    return date_civil_from_days(date_days_from_civil(a.year, a.month, a.day) + k);
}

long date_day_after(long d)
{
    long y = d / 10000, m = d / 100 % 100, dd = d % 100;
    if (dd < date_days_in_month((int)y, (int)m)) return d + 1;
    if (m < 12) return y * 10000 + (m + 1) * 100 + 1;
    return (y + 1) * 10000 + 101;
}
