#include "text/date.h"

#include <stdlib.h>
#include <string.h>

#include "util/diag.h"

void text_dates_init(text_dates_t *ds) { memset(ds, 0, sizeof *ds); }

void text_dates_destroy(text_dates_t *ds)
{
    free(ds->v);
    memset(ds, 0, sizeof *ds);
}

static ev_date_t mkdate(int y, int m, int d)
{
    ev_date_t r = { (short)y, (signed char)m, (signed char)d };
    return r;
}


/* ---- token helpers ---- */

typedef struct {
    const text_doc_t *d;
    size_t lo, hi;          /* token range */
    text_date_ctx_t *ctx;
    text_dates_t *ds;
} scan_t;

static const text_tok_t *T(const scan_t *s, size_t i)
{
    return i >= s->lo && i < s->hi ? &s->d->toks[i] : NULL;
}

static int w_is(const scan_t *s, size_t i, const char *w)
{
    const text_tok_t *t = T(s, i);
    return t && t->type == TOK_WORD && text_word_is(s->d->s + t->off, t->len, w);
}

/* 1 when token i is a date word of role r (text_date_ctx_t.words). */
static int r_is(const scan_t *s, size_t i, text_date_role_t r)
{
    const text_tok_t *t = T(s, i);
    if (!t || t->type != TOK_WORD || !s->ctx->words) return 0;
    return (int)((s->ctx->words(s->ctx->words_arg, i) >> r) & 1);
}

static int p_is(const scan_t *s, size_t i, uint32_t cp)
{
    const text_tok_t *t = T(s, i);
    return t && t->type == TOK_PUNCT && t->cp == cp;
}

static int is_dash(const scan_t *s, size_t i)
{
    return p_is(s, i, '-') || p_is(s, i, 0x2013) || p_is(s, i, 0x2014);
}

static long num(const scan_t *s, size_t i)
{
    const text_tok_t *t = T(s, i);
    if (!t || t->type != TOK_NUM || t->len > 4) return -1;
    long v = 0;
    for (size_t k = 0; k < t->len; k++) v = v * 10 + (s->d->s[t->off + k] - '0');
    return v;
}

static int month_at(const scan_t *s, size_t i)
{
    const text_tok_t *t = T(s, i);
    return t && t->type == TOK_WORD ? text_month(s->d->s + t->off, t->len) : 0;
}

static int year_at(const scan_t *s, size_t i)
{
    const text_tok_t *t = T(s, i);
    long v = num(s, i);
    if (!t || t->len != 4 || v < 1800 || v > 2099) return 0;
    /* not a part of 1.000.000 or 12.345 */
    if (i > s->lo && p_is(s, i - 1, '.') && !(t->flags & TOK_SPACE)
        && i - 1 > s->lo && T(s, i - 2)->type == TOK_NUM
        && T(s, i - 2)->len <= 3 && !(T(s, i - 1)->flags & TOK_SPACE))
        return 0;
    const text_tok_t *nx = T(s, i + 1);
    if (nx && p_is(s, i + 1, '.') && !(nx->flags & TOK_SPACE) && T(s, i + 2)
        && T(s, i + 2)->type == TOK_NUM && !(T(s, i + 2)->flags & TOK_SPACE))
        return 0;
    if (nx && p_is(s, i + 1, ',') && T(s, i + 2) && T(s, i + 2)->type == TOK_NUM
        && !(T(s, i + 2)->flags & TOK_SPACE))
        return 0;
    return (int)v;
}

static int push(scan_t *s, ev_date_t a, ev_date_t b, size_t tok, size_t end,
                uint16_t group, int flags)
{
    text_dates_t *ds = s->ds;
    if (ds->n == ds->cap) {
        size_t nc = ds->cap ? ds->cap * 2 : 16;
        text_date_t *p = realloc(ds->v, nc * sizeof *p);
        if (!p) return diag_nomem("dates");
        ds->v = p;
        ds->cap = nc;
    }
    if (tok > s->lo && end < s->hi && p_is(s, tok - 1, '(') && p_is(s, end, ')'))
        flags |= DATE_PAREN;
    if (b.year && ev_date_cmp(a, b) == 0 && a.month == b.month && a.day == b.day)
        b = mkdate(0, 0, 0);
    /* a span that ends before it starts ("am 20.-11. November") is no span */
    if (b.year && ev_date_last_day(b) < ev_date_first_day(a))
        b = mkdate(0, 0, 0);
    if (b.year) flags |= DATE_SPAN;
    /* a date that opens its sentence ("März 2014:", "Im März 2014 ...")
     * sets the frame for the dates after it; one told in passing ("hatten
     * das Abkommen im Dezember 2000 unterzeichnet") does not */
    if (a.month && tok <= s->lo + 2 && !(flags & (DATE_REL | DATE_WEAK | DATE_COUNTED))) {
        s->ctx->near_year = a.year;
        s->ctx->near_set++;
    }
    if (a.day && !b.year) {
        flags |= DATE_DAY;
        s->ctx->last_day = a;
    } else if (b.day) {
        s->ctx->last_day = a;
    }
    text_date_t *t = &ds->v[ds->n++];
    t->start = a;
    t->end = b;
    t->tok = (uint32_t)tok;
    t->ntok = (uint32_t)(end - tok);
    t->group = group;
    t->flags = (uint8_t)flags;
    return DN_OK;
}

static int ref_known(const scan_t *s) { return s->ctx->ref.year != 0; }

/* Year for a day or month given without one: the year of the date that
 * opened this or the last sentence, else the reference year, one less when
 * the month lies after the reference month (texts report the past; then
 * *flags gets DATE_LASTYEAR, for a clause in the present to take back). */
static int infer_year(const scan_t *s, int month, int *flags)
{
    if (s->ctx->near_year) return s->ctx->near_year;
    if (!ref_known(s)) return 0;
    int y = s->ctx->ref.year;
    if (s->ctx->ref.month && month > s->ctx->ref.month) {
        y--;
        *flags |= DATE_LASTYEAR;
    }
    return y;
}

/* Words that mark a following four-digit number as a year. */
static int year_cue(const scan_t *s, size_t i)
{
    if (i < s->lo + 1) return 0;
    size_t p = i - 1;
    if (p_is(s, p, '(') || p_is(s, p, ',') || is_dash(s, p) || p_is(s, p, '/'))
        return 1;
    return r_is(s, p, TD_YEARCUE);
}

static int plausible_year(const scan_t *s, size_t i)
{
    if (!year_at(s, i)) return 0;
    if (year_cue(s, i)) return 1;
    const text_tok_t *nx = T(s, i + 1);
    if (!nx) return 1;
    if (nx->type == TOK_PUNCT) return nx->cp != '%';
    if (nx->type == TOK_WORD && !(nx->flags & TOK_CAP)) return 1;
    /* "besuchte 2019 Polen": after a verb; not after a quantity word
     * ("rund 2000 Menschen", "mit 1500 Soldaten") */
    const text_tok_t *pv = i > s->lo ? T(s, i - 1) : NULL;
    if (pv && pv->type == TOK_WORD && !(pv->flags & TOK_CAP)) {
        if (r_is(s, i - 1, TD_QUANTITY)) return 0;
        return 2;   /* weak: "kamen 2000 Menschen" reads the same */
    }
    return 0;
}

/* "7. und 8. Februar 2012", "20.-22. November", "vom 7. bis 9. Mai",
 * "12. Oktober", "7. Februar bis 9. März 2012". */
static size_t day_month(scan_t *s, size_t i)
{
    long days[8];
    int seps[8];   /* 0 und/comma, 1 span */
    size_t nd = 0, j = i;
    while (nd < 8) {
        long v = num(s, j);
        if (v < 1 || v > 31 || T(s, j)->len > 2 || !p_is(s, j + 1, '.')) return 0;
        days[nd++] = v;
        j += 2;
        if (month_at(s, j)) break;
        if (w_is(s, j, "und") || p_is(s, j, ',') || w_is(s, j, "oder")) seps[nd] = 0;
        else if (is_dash(s, j) || w_is(s, j, "bis")) seps[nd] = 1;
        else return 0;
        j++;
    }
    int month = month_at(s, j);
    if (!month) return 0;
    j++;
    int year = 0;
    size_t end = j;
    /* "7. Februar bis 9. März 2012" */
    int month2 = 0;
    long day2 = 0;
    if (nd == 1 && (w_is(s, j, "bis") || is_dash(s, j)) && num(s, j + 1) >= 1
        && num(s, j + 1) <= 31 && p_is(s, j + 2, '.') && month_at(s, j + 3)) {
        day2 = num(s, j + 1);
        month2 = month_at(s, j + 3);
        j += 4;
        end = j;
    }
    if (year_at(s, j)) {
        year = year_at(s, j);
        end = j + 1;
    }
    int flags = 0;
    if (!year) {
        year = infer_year(s, month, &flags);
        flags |= DATE_REL;
    }
    uint16_t g = s->ds->next_group++;
    if (!year) return end;   /* unresolved: consumed, no date */
    if (month2) {
        ev_date_t a = mkdate(year, month, (int)days[0]);
        ev_date_t b = mkdate(month2 < month ? year + 1 : year, month2, (int)day2);
        if (days[0] > date_days_in_month(year, month)) return end;
        if (push(s, a, b, i, end, g, flags)) return (size_t)-1;
        return end;
    }
    for (size_t k = 0; k < nd; k++)
        if (days[k] > date_days_in_month(year, month)) return end;
    /* spans: two days with a dash/bis, or consecutive days joined by und */
    int span = nd == 2 && (seps[1] == 1 || days[1] == days[0] + 1);
    if (nd >= 3) {
        span = 1;
        for (size_t k = 1; k < nd; k++)
            if (days[k] != days[k - 1] + 1) span = 0;
    }
    if (span) {
        if (push(s, mkdate(year, month, (int)days[0]),
                 mkdate(year, month, (int)days[nd - 1]), i, end, g, flags))
            return (size_t)-1;
    } else {
        for (size_t k = 0; k < nd; k++)
            if (push(s, mkdate(year, month, (int)days[k]), mkdate(0, 0, 0), i, end, g, flags))
                return (size_t)-1;
    }
    return end;
}

/* 12.10.2010 and 12.10. */
static size_t numeric_date(scan_t *s, size_t i)
{
    long d = num(s, i), m = num(s, i + 2);
    if (d < 1 || d > 31 || m < 1 || m > 12 || !p_is(s, i + 1, '.')) return 0;
    if (T(s, i + 2)->flags & TOK_SPACE || T(s, i + 2)->len > 2 || T(s, i)->len > 2) return 0;
    if (!p_is(s, i + 3, '.') || T(s, i + 3)->flags & TOK_SPACE) return 0;
    int y = 0, flags = 0;
    size_t end = i + 4;
    const text_tok_t *yt = T(s, i + 4);
    if (yt && yt->type == TOK_NUM && !(yt->flags & TOK_SPACE)) {
        long v = num(s, i + 4);
        if (yt->len == 4 && v >= 1800 && v <= 2099) y = (int)v;
        else if (yt->len == 2) y = (int)(v < 50 ? 2000 + v : 1900 + v);
        else return 0;
        end = i + 5;
    } else {
        y = infer_year(s, (int)m, &flags);
        flags |= DATE_REL;
    }
    uint16_t g = s->ds->next_group++;
    if (!y || d > date_days_in_month(y, (int)m)) return end;
    if (push(s, mkdate(y, (int)m, (int)d), mkdate(0, 0, 0), i, end, g, flags))
        return (size_t)-1;
    return end;
}

/* 2010-10-12 */
static size_t iso_date(scan_t *s, size_t i)
{
    long y = year_at(s, i);
    if (!y || !p_is(s, i + 1, '-') || num(s, i + 2) < 1 || num(s, i + 2) > 12
        || T(s, i + 2)->len != 2 || !p_is(s, i + 3, '-') || T(s, i + 4) == NULL
        || T(s, i + 4)->len != 2)
        return 0;
    for (size_t k = i + 1; k <= i + 4; k++)
        if (T(s, k)->flags & TOK_SPACE) return 0;
    long m = num(s, i + 2), d = num(s, i + 4);
    if (d < 1 || d > date_days_in_month((int)y, (int)m)) return 0;
    uint16_t g = s->ds->next_group++;
    if (push(s, mkdate((int)y, (int)m, (int)d), mkdate(0, 0, 0), i, i + 5, g, 0))
        return (size_t)-1;
    return i + 5;
}

/* "Juli und Dezember 2010", "Juli bis September 2010", "im März" */
#define NO_YEAR 99

/* "(des) vergangenen Jahres", "dieses Jahres", "des kommenden Jahres" at
 * token j: the year's offset from the text's (-1, 0, 1), *end past the
 * phrase; NO_YEAR when no such phrase starts there. */
static int month_of_year_named(const scan_t *s, size_t j, size_t *end)
{
    size_t k = j + (w_is(s, j, "des") ? 1 : 0);
    if (!r_is(s, k + 1, TD_YEARWORD)) return NO_YEAR;
    int off = r_is(s, k, TD_LASTYEAR) ? -1 : r_is(s, k, TD_THISYEAR) ? 0 : r_is(s, k, TD_NEXTYEAR) ? 1 : NO_YEAR;
    if (off != NO_YEAR) *end = k + 2;
    return off;
}

static size_t month_year(scan_t *s, size_t i)
{
    int months[12];
    size_t nm = 0, j = i;
    int span = 0;
    while (nm < 12) {
        int m = month_at(s, j);
        if (!m) return 0;
        months[nm++] = m;
        j++;
        if ((w_is(s, j, "und") || p_is(s, j, ',') || w_is(s, j, "oder")) && month_at(s, j + 1)) {
            j++;
            continue;
        }
        if ((w_is(s, j, "bis") || is_dash(s, j)) && month_at(s, j + 1)) {
            span = 1;
            j++;
            continue;
        }
        break;
    }
    /* "August" is also a first name: a month needs a year or a cue */
    int y = year_at(s, j);
    size_t end = j;
    int flags = 0;
    int rel = month_of_year_named(s, j, &end);
    if (y) end = j + 1;
    else if (rel != NO_YEAR) {
        /* "im Juli vergangenen Jahres": the year counted from the text's */
        if (!ref_known(s) || (i > s->lo && !r_is(s, i - 1, TD_MONTHCUE))) return 0;
        y = s->ctx->ref.year + rel;
        flags |= DATE_REL;   /* counted from the text's date: no frame for the next ones */
    } else {
        int cue = i > s->lo && r_is(s, i - 1, TD_MONTHCUE);
        if (!cue) return 0;
        int last = 0;   /* a span's own year: its months' flags come below */
        y = infer_year(s, months[nm - 1], &last);
        flags |= DATE_REL;
    }
    uint16_t g = s->ds->next_group++;
    if (!y) return end;
    if (span && nm == 2) {
        int y0 = months[0] > months[1] ? y - 1 : y;
        if (push(s, mkdate(y0, months[0], 0), mkdate(y, months[1], 0), i, end, g, flags))
            return (size_t)-1;
        return end;
    }
    for (size_t k = 0; k < nm; k++) {
        int fk = flags;
        int yk = (flags & DATE_REL) && rel == NO_YEAR ? infer_year(s, months[k], &fk) : y;
        if (push(s, mkdate(yk, months[k], 0), mkdate(0, 0, 0), i, end, g, fk)) return (size_t)-1;
    }
    return end;
}

/* "1995", "(1992, 1997, 2001)", "2014 und 2015", "Jahre 2014 und 2015",
 * "2014 bis 2015", "2014/15", "zwischen 2014 und 2015" */
static size_t years(scan_t *s, size_t i)
{
    int py = plausible_year(s, i);
    if (!py) return 0;
    int weak = py == 2 ? DATE_WEAK : 0;
    int ys[32];
    int sep_span = 0;
    size_t ny = 0, j = i;
    ys[ny++] = year_at(s, i);
    j++;
    while (ny < 32) {
        if ((p_is(s, j, ',') || w_is(s, j, "und") || w_is(s, j, "oder")) && year_at(s, j + 1)) {
            int last = !p_is(s, j, ',');
            ys[ny++] = year_at(s, j + 1);
            j += 2;
            if (last) break;   /* "1992, 1997 und 2001": und closes the list */
            continue;
        }
        if ((w_is(s, j, "bis") || is_dash(s, j)) && year_at(s, j + 1) && ny == 1) {
            ys[ny++] = year_at(s, j + 1);
            sep_span = 1;
            j += 2;
            break;
        }
        if (p_is(s, j, '/') && num(s, j + 1) >= 0 && T(s, j + 1)->len == 2 && ny == 1) {
            ys[ny++] = ys[0] / 100 * 100 + (int)num(s, j + 1);
            sep_span = 1;
            j += 2;
            break;
        }
        break;
    }
    int plural = i > s->lo && r_is(s, i - 1, TD_YEARSPLURAL);
    int between = i > s->lo && w_is(s, i - 1, "zwischen");
    uint16_t g = s->ds->next_group++;
    /* "in den Jahren 2014 und 2015" is a span; "in den Jahren 1971 und
     * 1983" two occasions, years apart */
    if (ny == 2 && (sep_span || (between && ys[1] > ys[0]) || (plural && ys[1] == ys[0] + 1))) {
        if (push(s, mkdate(ys[0], 0, 0), mkdate(ys[1], 0, 0), i, j, g, 0))
            return (size_t)-1;
        return j;
    }
    for (size_t k = 0; k < ny; k++)
        if (push(s, mkdate(ys[k], 0, 0), mkdate(0, 0, 0), i, j, g, ny == 1 ? weak : 0))
            return (size_t)-1;
    return j;
}

/* "tags zuvor", "tags darauf", "einen Tag, nachdem", "zwei Tage später":
 * a count of days before (negative) or after the day the text last named
 * (else the article's; always the article's for "nachdem", *from_ref);
 * 0 when token i starts none.  *end gets the token after the phrase. */
static long days_before_after(scan_t *s, size_t i, size_t *end, int *from_ref)
{
    static const char *const NUM[] = { "einen", "zwei", "drei", "vier", "fünf", "sechs", "sieben", NULL };
    long n = 0;
    size_t k = i;
    if (r_is(s, i, TD_TAGS)) {
        n = 1;
        k = i + 1;
    } else {
        /* every word of a text comes here: only one of four to six
         * letters starting as a number word does can be one */
        const text_tok_t *t = T(s, i);
        unsigned char c = t && t->type == TOK_WORD && t->len >= 4 && t->len <= 6
                          ? (unsigned char)s->d->s[t->off] : 0;
        if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
        if (c != 'e' && c != 'd' && c != 'v' && c != 'f' && c != 's' && c != 'z') return 0;
        for (int q = 0; NUM[q] && !n; q++)
            if (w_is(s, i, NUM[q])) n = q + 1;
        /* "eine Woche später", "zwei Wochen zuvor": seven days each */
        if (w_is(s, i, "eine") && r_is(s, i + 1, TD_WEEKWORD)) n = 7;
        else if (n >= 2 && r_is(s, i + 1, TD_WEEKSWORD)) n *= 7;
        else if (!n || !r_is(s, i + 1, n == 1 ? TD_DAYWORD : TD_DAYSWORD)) return 0;
        k = i + 2;
        if (T(s, k) && T(s, k)->type == TOK_PUNCT && T(s, k)->cp == ',') k++;
    }
    int before = r_is(s, k, TD_EARLIER);
    int after = r_is(s, k, TD_LATER);
    if (!before && !after) return 0;
    *end = k + 1;
    /* "kommt einen Tag, nachdem ...": counted from the article's day */
    *from_ref = w_is(s, k, "nachdem");
    return before ? -n : n;
}

static size_t relative(scan_t *s, size_t i)
{
    const text_tok_t *t = T(s, i);
    if (!t || t->type != TOK_WORD) return 0;
    const char *w = s->d->s + t->off;
    size_t n = t->len;
    ev_date_t r = s->ctx->ref;
    int have = r.year != 0, haveday = have && r.day != 0;
    long off = 0;
    int from_ref = 0;
    int kind = 0;   /* 1 day offset from ref, 2 weekday, 3 year, 4 month, 5 vortag, 6 n days before/after,
                       7 a time of the day told of */
    size_t end = i + 1;
    /* every word of a text comes here: its date roles, looked up once */
    uint64_t rl = s->ctx->words ? s->ctx->words(s->ctx->words_arg, i) : 0;
#define R(role) ((int)((rl >> (role)) & 1))
    if (R(TD_TODAY)) { kind = 1; off = 0; }
    else if (R(TD_YESTERDAY)) { kind = 1; off = -1; }
    else if (R(TD_TWODAYSAGO)) { kind = 1; off = -2; }
    /* "morgen" is tomorrow; "Morgen" inside a sentence is the noun ("einem
     * guten Morgen"), "am Morgen" the morning */
    else if (R(TD_TOMORROW) && (!(t->flags & TOK_CAP) || (t->flags & TOK_SENT))
             && !(i > s->lo && (w_is(s, i - 1, "am") || w_is(s, i - 1, "den")
                                || w_is(s, i - 1, "jeden")))) { kind = 1; off = 1; }
    else if (R(TD_INTWODAYS)) { kind = 1; off = 2; }
    else if (R(TD_EVE)) kind = 5;
    else if ((off = days_before_after(s, i, &end, &from_ref)) != 0) kind = 6;
    /* "Am Nachmittag kam er mit X zusammen": the day the text tells of */
    else if (i > s->lo && w_is(s, i - 1, "am") && (R(TD_DAYTIME) || (R(TD_MORNING) && (t->flags & TOK_CAP))))
        kind = 7;
    else if (text_weekday(w, n)) kind = 2;
    else if (R(TD_LASTYEAR) && r_is(s, i + 1, TD_YEARWORD)) {
        kind = 3; off = -1; end = i + 2;
    } else if (R(TD_NEXTYEAR) && r_is(s, i + 1, TD_YEARWORD)) {
        kind = 3; off = 1; end = i + 2;
    } else if (R(TD_THISYEAR) && r_is(s, i + 1, TD_YEARWORD)) {
        kind = 3; off = 0; end = i + 2;
    } else if (R(TD_LASTMONTH) && r_is(s, i + 1, TD_MONTHWORD)) {
        kind = 4; off = -1; end = i + 2;
    }
#undef R
    if (!kind) return 0;
    /* "am kommenden Montag": a weekday forward, not back */
    int fwd = kind == 2 && i > s->lo && r_is(s, i - 1, TD_COMINGDAY);
    uint16_t g = s->ds->next_group++;
    ev_date_t a = { 0, 0, 0 };
    switch (kind) {
    case 1:
        if (haveday) a = date_add_days(r, off);
        break;
    case 2: {
        if (!haveday) break;
        int wd = text_weekday(w, n);
        long z = date_days_from_civil(r.year, r.month, r.day);
        int rwd = (int)(((z % 7) + 7 + 3) % 7) + 1;  /* 1970-01-01 was a Thursday */
        long delta = fwd ? ((wd - rwd + 7) % 7 ? (wd - rwd + 7) % 7 : 7)
                         : -(long)((rwd - wd + 7) % 7);
        a = date_add_days(r, delta);
        break;
    }
    case 3:
        if (have) a = mkdate(r.year + (int)off, 0, 0);
        break;
    case 4:
        if (have && r.month) {
            int m = r.month - 1, y = r.year;
            if (m == 0) { m = 12; y--; }
            a = mkdate(y, m, 0);
        }
        break;
    case 5:
        if (s->ctx->last_day.year) a = date_add_days(s->ctx->last_day, -1);
        else if (haveday) a = date_add_days(r, -1);
        break;
    case 6:
        if (s->ctx->last_day.year && !from_ref) a = date_add_days(s->ctx->last_day, off);
        else if (haveday) a = date_add_days(r, off);
        break;
    case 7:
        if (s->ctx->last_day.year) a = s->ctx->last_day;
        else if (haveday) a = r;
        break;
    }
    if (!a.year) return end;
    /* a counted day or a time of day gives way to a day named outright */
    int fl = kind == 6 || kind == 7 ? DATE_REL | DATE_COUNTED : DATE_REL;
    if (kind == 2 && !fwd) fl |= DATE_WEEKDAY;
    if (push(s, a, mkdate(0, 0, 0), i, end, g, fl))
        return (size_t)-1;
    return end;
}

/* "Zwei Tage zuvor, am 9. April 2022, hatte er ...": a counted day gives
 * way to a day the same sentence names outright (dates [first, n)). */
static void drop_counted(text_dates_t *ds, size_t first)
{
    int outright = 0;
    for (size_t k = first; k < ds->n; k++)
        if (ds->v[k].start.day && !(ds->v[k].flags & DATE_REL)) outright = 1;
    if (!outright) return;
    size_t w = first;
    for (size_t k = first; k < ds->n; k++)
        if (!(ds->v[k].flags & DATE_COUNTED)) ds->v[w++] = ds->v[k];
    ds->n = w;
}

int text_dates_scan(const text_doc_t *d, size_t tok, size_t ntok,
                    text_date_ctx_t *ctx, text_dates_t *ds)
{
    scan_t s = { d, tok, tok + ntok, ctx, ds };
    size_t first = ds->n;
    for (size_t i = s.lo; i < s.hi;) {
        size_t e = 0;
        const text_tok_t *t = &d->toks[i];
        if (t->type == TOK_NUM) {
            e = iso_date(&s, i);
            if (!e) e = numeric_date(&s, i);
            if (!e) e = day_month(&s, i);
            if (!e) e = years(&s, i);
        } else if (t->type == TOK_WORD) {
            e = month_year(&s, i);
            if (!e) e = relative(&s, i);
        }
        if (e == (size_t)-1) return DN_ENOMEM;
        i = e > i ? e : i + 1;
    }
    drop_counted(ds, first);
    return DN_OK;
}

/* A dateline, not a sentence (text/token.h; the sentence splitter ends
 * a sentence after the dateline by the same test). */
static int dateline_like(const text_doc_t *d, size_t a, size_t b)
{
    return text_dateline_like(d, a, b);
}

/* The first full, absolute date in tokens [a, b); 1 when found. */
static int full_date_in(const text_doc_t *d, const text_date_ctx_t *words, size_t a, size_t b,
                        ev_date_t *out)
{
    text_dates_t ds;
    text_dates_init(&ds);
    text_date_ctx_t ctx = { { 0, 0, 0 }, { 0, 0, 0 }, NULL, NULL, 0, 0 };
    if (words) {
        ctx.words = words->words;
        ctx.words_arg = words->words_arg;
    }
    int found = 0;
    if (text_dates_scan(d, a, b - a, &ctx, &ds) == DN_OK) {
        for (size_t k = 0; k < ds.n && !found; k++)
            if (ds.v[k].start.day && !(ds.v[k].flags & DATE_REL)) {
                *out = ds.v[k].start;
                found = 1;
            }
    }
    text_dates_destroy(&ds);
    return found;
}

static int is_cp(const text_doc_t *d, size_t i, uint32_t cp)
{
    return d->toks[i].type == TOK_PUNCT && d->toks[i].cp == cp;
}

/* A dateline within line tokens [lo, hi): the whole line when short, the
 * part before the first dash ("Wien, 28.4.2016 (APA) – Der ..."), or a
 * parenthesis ("(APA, 28.4.2016)"). */
static int dateline_in_line(const text_doc_t *d, const text_date_ctx_t *words, size_t lo, size_t hi,
                            ev_date_t *out)
{
    if (dateline_like(d, lo, hi) && full_date_in(d, words, lo, hi, out)) return 1;
    for (size_t i = lo; i < hi && i < lo + 14; i++)
        if (is_cp(d, i, 0x2013) || is_cp(d, i, 0x2014) || is_cp(d, i, '-')) {
            if (dateline_like(d, lo, i) && full_date_in(d, words, lo, i, out)) return 1;
            break;
        }
    for (size_t i = lo; i < hi; i++) {
        if (!is_cp(d, i, '(')) continue;
        size_t j = i + 1;
        while (j < hi && j < i + 10 && !is_cp(d, j, ')')) j++;
        if (j < hi && is_cp(d, j, ')') && dateline_like(d, i + 1, j) && full_date_in(d, words, i + 1, j, out))
            return 1;
    }
    return 0;
}

int text_first_line_date(const text_doc_t *d, const text_date_ctx_t *words, ev_date_t *out)
{
    /* the headline, and the first lines of the body, where a dateline
     * stands; a line that reads like a sentence is no dateline even when
     * short ("Gauck besuchte am 3. März 2015 Peru.") */
    size_t i = 0;
    for (int nline = 0; nline < 3 && i < d->ntok; nline++) {
        uint32_t line = d->toks[i].line;
        size_t hi = i;
        while (hi < d->ntok && d->toks[hi].line == line) hi++;
        if (dateline_in_line(d, words, i, hi, out)) return 1;
        i = hi;
    }
    return 0;
}
