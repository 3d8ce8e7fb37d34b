/* docdate: one text's date (docdate.h). */
#include "cli/docdate.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "util/diag.h"

static int is_digit(char c) { return c >= '0' && c <= '9'; }
static int is_blank(char c) { return c == ' ' || c == '\t' || c == '\r'; }

/* The length of the key "datum" or "date" at s (any case), 0 if none. */
static size_t front_key(const char *s, size_t n)
{
    if (n >= 5 && !strncasecmp(s, "datum", 5)) return 5;
    if (n >= 4 && !strncasecmp(s, "date", 4)) return 4;
    return 0;
}

int docdate_front_matter(const char *name, char *data, size_t len,
                         ev_date_t *d)
{
    memset(d, 0, sizeof *d);
    size_t i = len >= 3 && !memcmp(data, "\xEF\xBB\xBF", 3) ? 3 : 0;
    const char *nl = memchr(data + i, '\n', len - i);
    size_t end = nl ? (size_t)(nl - data) : len;
    size_t k = front_key(data + i, end - i);
    if (!k) return DN_OK;
    size_t p = i + k;
    while (p < end && is_blank(data[p])) p++;
    if (p == end || data[p] != ':') return DN_OK;
    for (p++; p < end && is_blank(data[p]); p++) {}
    size_t v = p;
    while (p < end && (is_digit(data[p]) || data[p] == '-')) p++;
    size_t vlen = p - v;
    while (p < end && is_blank(data[p])) p++;
    /* "Datum: 14. Mai 2019" is the text's own first line, no front matter */
    if (p != end || vlen < 4 || !is_digit(data[v])) return DN_OK;
    size_t bad = 0;
    if (ev_date_parse(data + v, vlen, d, &bad) < 0 || !d->year)
        return diag_error(DN_EINPUT, name, 1, (long)(v + bad + 1),
                          "front matter: the date must be YYYY-MM-DD (or "
                          "YYYY-MM, YYYY), not `%.*s`", (int)vlen, data + v);
    memset(data + i, ' ', end - i);
    return DN_OK;
}

int docdate_side_path(const char *path, char *out, size_t cap)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    const char *dot = strrchr(base, '.');
    size_t keep = dot && dot != base ? (size_t)(dot - path) : strlen(path);
    int w = snprintf(out, cap, "%.*s.date", (int)keep, path);
    return w < 0 || (size_t)w >= cap ? -1 : 0;
}

int docdate_side_file(const char *path, ev_date_t *d)
{
    memset(d, 0, sizeof *d);
    char side[4096];
    if (docdate_side_path(path, side, sizeof side)) return DN_OK;
    FILE *fp = fopen(side, "rb");
    if (!fp) {
        if (errno == ENOENT || errno == ENOTDIR) return DN_OK;
        return diag_error(DN_EIO, side, 0, 0, "cannot open: %s",
                          strerror(errno));
    }
    char buf[64];
    size_t n = fread(buf, 1, sizeof buf, fp);
    int err = ferror(fp);
    fclose(fp);
    if (err) return diag_error(DN_EIO, side, 0, 0, "read error");
    size_t a = 0;
    while (a < n && (is_blank(buf[a]) || buf[a] == '\n')) a++;
    size_t b = n;
    while (b > a && (is_blank(buf[b - 1]) || buf[b - 1] == '\n')) b--;
    size_t bad = 0;
    if (n == sizeof buf || ev_date_parse(buf + a, b - a, d, &bad) < 0 ||
        !d->year) {
        memset(d, 0, sizeof *d);
        return diag_error(DN_EINPUT, side, 1, (long)(a + bad + 1),
                          "a date file holds one date YYYY-MM-DD (or "
                          "YYYY-MM, YYYY)");
    }
    return DN_OK;
}

/* A full, valid date of `len` characters at s (YYYY-MM-DD or YYYYMMDD). */
static int date_at(const char *s, size_t len, ev_date_t *d)
{
    char iso[11];
    if (len == 10) memcpy(iso, s, 10);
    else {
        memcpy(iso, s, 4);
        iso[4] = '-';
        memcpy(iso + 5, s + 4, 2);
        iso[7] = '-';
        memcpy(iso + 8, s + 6, 2);
    }
    return ev_date_parse(iso, 10, d, NULL) == 0 && d->day &&
           d->year >= 1800 && d->year <= 2199;
}

int docdate_from_name(const char *path, ev_date_t *d)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    size_t n = strlen(base);
    for (size_t i = 0; i < n; i++) {
        if (!is_digit(base[i]) || (i && is_digit(base[i - 1]))) continue;
        size_t run = i;
        while (run < n && is_digit(base[run])) run++;
        if (run - i == 8 && date_at(base + i, 8, d)) return 1;
        if (run - i == 4 && i + 10 <= n && base[i + 4] == '-' &&
            base[i + 7] == '-' && (i + 10 == n || !is_digit(base[i + 10])) &&
            date_at(base + i, 10, d))
            return 1;
    }
    memset(d, 0, sizeof *d);
    return 0;
}

int docdate_resolve(ev_date_t given, const char *path, const char *name,
                    char *data, size_t len, ev_date_t *d)
{
    ev_date_t front;
    int rc = docdate_front_matter(name, data, len, &front);
    if (rc) return rc;
    *d = given;
    if (d->year) return DN_OK;
    if (path && (rc = docdate_side_file(path, d))) return rc;
    if (d->year) return DN_OK;
    *d = front;
    if (d->year) return DN_OK;
    if (path) docdate_from_name(path, d);
    return DN_OK;
}
