#include "io/evtsv.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "util/diag.h"
#include "util/lines.h"
#include "util/utf8check.h"

#define NREQ 11
static const char *const req_cols[NREQ] = {
    "source", "source_kind", "relation", "target", "target_kind",
    "start", "end", "place", "doc", "line", "evidence"};

/* Column offsets of the cells of one line (pointers into the line). */
typedef struct {
    char **cell;
    size_t *len;
    size_t n, cap;
} cells_t;

static int cells_split(cells_t *c, char *line, size_t n)
{
    c->n = 0;
    char *p = line, *end = line + n;
    for (;;) {
        if (c->n == c->cap) {
            size_t cap = c->cap ? c->cap * 2 : 32;
            char **cell = realloc(c->cell, cap * sizeof *cell);
            if (!cell) return -1;
            c->cell = cell;
            size_t *len = realloc(c->len, cap * sizeof *len);
            if (!len) return -1;
            c->len = len;
            c->cap = cap;
        }
        char *tab = memchr(p, '\t', (size_t)(end - p));
        c->cell[c->n] = p;
        c->len[c->n] = (size_t)((tab ? tab : end) - p);
        c->n++;
        if (!tab) break;
        *tab = '\0';
        p = tab + 1;
    }
    return 0;
}

typedef struct {
    const char *name;
    long lineno;
    cells_t cells;
    size_t ncols;
    char **colnames;          /* owned copies of the header names */
    long conf_col;            /* index of `confidence`, or -1 */
    const char **extra_vals;  /* per row, points into the line */
} reader_t;

static long col_of(const char *line, const char *at)
{
    return (long)(at - line) + 1;
}

static int bad(reader_t *r, const char *line, const char *at,
               const char *fmt, const char *arg)
{
    /* Quote at most 60 bytes of a cell (whole UTF-8 characters): a huge
     * cell must not push the rest of the message out of diag's line. */
    char shown[64];
    size_t n = strlen(arg);
    if (n > 60) {
        n = 60;
        while (n > 0 && ((unsigned char)arg[n] & 0xC0) == 0x80) n--;
        memcpy(shown, arg, n);
        memcpy(shown + n, "...", 4);
        arg = shown;
    }
    return diag_error(DN_EINPUT, r->name, r->lineno,
                      at ? col_of(line, at) : 0, fmt, arg);
}

static void reader_free(reader_t *r)
{
    /* colnames may be missing: its calloc failed after ncols was set */
    for (size_t i = 0; r->colnames && i < r->ncols; i++) free(r->colnames[i]);
    free(r->colnames);
    free(r->extra_vals);
    free(r->cells.cell);
    free(r->cells.len);
}

static int parse_header(reader_t *r, char *line, size_t n)
{
    if (cells_split(&r->cells, line, n) < 0) return diag_nomem("header");
    cells_t *c = &r->cells;
    for (size_t i = 0; i < NREQ; i++) {
        if (i >= c->n) {
            return diag_error(DN_EINPUT, r->name, r->lineno,
                              (long)n + 1,
                              "header lacks column `%s` (the header must "
                              "start with: source, source_kind, relation, "
                              "target, target_kind, start, end, place, doc, "
                              "line, evidence)", req_cols[i]);
        }
        if (strlen(req_cols[i]) != c->len[i] ||
            memcmp(c->cell[i], req_cols[i], c->len[i]) != 0) {
            return diag_error(DN_EINPUT, r->name, r->lineno,
                              col_of(line, c->cell[i]),
                              "header column %zu is `%.*s`, expected `%s`"
                              "%s", i + 1, (int)(c->len[i] > 60 ? 60 : c->len[i]),
                              c->cell[i], req_cols[i],
                              i == 0 ? " (missing header line?)" : "");
        }
    }
    r->ncols = c->n;
    r->colnames = calloc(c->n, sizeof *r->colnames);
    r->extra_vals = calloc(c->n, sizeof *r->extra_vals);
    if (!r->colnames || !r->extra_vals) return diag_nomem("header");
    r->conf_col = -1;
    for (size_t i = 0; i < c->n; i++) {
        if (c->len[i] == 0 && i >= NREQ)
            return diag_error(DN_EINPUT, r->name, r->lineno,
                              col_of(line, c->cell[i]), "empty column name");
        r->colnames[i] = strndup(c->cell[i], c->len[i]);
        if (!r->colnames[i]) return diag_nomem("header");
        if (i >= NREQ && strcmp(r->colnames[i], "confidence") == 0)
            r->conf_col = (long)i;
        for (size_t j = NREQ; j < i; j++)
            if (strcmp(r->colnames[j], r->colnames[i]) == 0)
                return diag_error(DN_EINPUT, r->name, r->lineno,
                                  col_of(line, c->cell[i]),
                                  "duplicate column `%s`", r->colnames[i]);
    }
    return DN_OK;
}

static int parse_kind(reader_t *r, const char *line, size_t i, ev_kind_t *k)
{
    int v = ev_kind_parse(r->cells.cell[i], r->cells.len[i]);
    if (v < 0)
        return bad(r, line, r->cells.cell[i],
                   "unknown kind `%s` (expected person, institution, state "
                   "or group)", r->cells.cell[i]);
    *k = (ev_kind_t)v;
    return DN_OK;
}

static int parse_date(reader_t *r, const char *line, size_t i, ev_date_t *d)
{
    size_t off = 0;
    if (ev_date_parse(r->cells.cell[i], r->cells.len[i], d, &off) < 0)
        return bad(r, line, r->cells.cell[i] + off,
                   "malformed date `%s` (expected YYYY, YYYY-MM or "
                   "YYYY-MM-DD, a real calendar date)", r->cells.cell[i]);
    return DN_OK;
}

static int parse_row(reader_t *r, char *line, size_t n, ev_event_t *ev)
{
    if (cells_split(&r->cells, line, n) < 0) return diag_nomem("row");
    cells_t *c = &r->cells;
    if (c->n != r->ncols) {
        if (c->n > r->ncols)
            return diag_error(DN_EINPUT, r->name, r->lineno,
                              col_of(line, c->cell[r->ncols]) - 1,
                              "too many cells: %zu, the header has %zu",
                              c->n, r->ncols);
        return diag_error(DN_EINPUT, r->name, r->lineno, (long)n + 1,
                          "too few cells: %zu, the header has %zu", c->n,
                          r->ncols);
    }
    memset(ev, 0, sizeof *ev);
    int rc;
    for (int side = 0; side < 2; side++) {
        size_t ci = side ? 3 : 0;
        if (c->len[ci] == 0)
            return bad(r, line, c->cell[ci], "empty %s name",
                       side ? "target" : "source");
    }
    ev->source = c->cell[0];
    if ((rc = parse_kind(r, line, 1, &ev->source_kind))) return rc;
    int rel = ev_relation_parse(c->cell[2], c->len[2]);
    if (rel < 0)
        return bad(r, line, c->cell[2],
                   "unknown relation `%s` (expected visit, meeting, "
                   "agreement, recognition, relations, founding, "
                   "affiliation or other)", c->cell[2]);
    ev->relation = (ev_relation_t)rel;
    ev->target = c->cell[3];
    if ((rc = parse_kind(r, line, 4, &ev->target_kind))) return rc;
    if ((rc = parse_date(r, line, 5, &ev->start))) return rc;
    if ((rc = parse_date(r, line, 6, &ev->end))) return rc;
    if (ev->end.year && !ev->start.year)
        return bad(r, line, c->cell[6], "end date `%s` without a start date",
                   c->cell[6]);
    if (ev->end.year &&
        ev_date_last_day(ev->end) < ev_date_first_day(ev->start))
        return bad(r, line, c->cell[6], "end date `%s` is before the start date",
                   c->cell[6]);
    ev->place = c->cell[7];
    ev->doc = c->cell[8];
    ev->line = 0;
    if (c->len[9]) {
        /* digits only, no sign or blanks, at most 18 of them */
        long v = 0;
        int ok = c->len[9] <= 18;
        for (size_t i = 0; ok && i < c->len[9]; i++) {
            char d = c->cell[9][i];
            if (d < '0' || d > '9') ok = 0;
            else v = v * 10 + (d - '0');
        }
        if (!ok || v < 1)
            return bad(r, line, c->cell[9],
                       "line `%s` is not a positive whole number", c->cell[9]);
        ev->line = v;
    }
    ev->evidence = c->cell[10];
    ev->confidence = -1;
    if (r->conf_col >= 0 && c->len[r->conf_col]) {
        char *endp;
        const char *s = c->cell[r->conf_col];
        double v = strtod(s, &endp);
        if (endp != s + c->len[r->conf_col] || !(v >= 0 && v <= 1))
            return bad(r, line, s, "confidence `%s` is not a number from 0 to 1",
                       s);
        ev->confidence = v;
    }
    for (size_t i = 0; i < r->ncols; i++) r->extra_vals[i] = c->cell[i];
    ev->extra.n = r->ncols - NREQ;
    ev->extra.names = (const char *const *)r->colnames + NREQ;
    ev->extra.values = r->extra_vals + NREQ;
    return DN_OK;
}

int evtsv_read(FILE *fp, const char *name, ev_sink_fn sink, void *ctx)
{
    reader_t r;
    memset(&r, 0, sizeof r);
    r.name = name;
    r.conf_col = -1;
    lines_t lr;
    if (lines_init(&lr, fp) < 0) return diag_nomem(name);
    int rc = DN_OK, have_header = 0, got;
    char *p;
    size_t n;
    errno = 0;
    while ((got = lines_next(&lr, &p, &n)) > 0) {
        r.lineno++;
        if (r.lineno == 1 && n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) {
            p += 3;
            n -= 3;
        }
        if (n && p[n - 1] == '\r') n--;
        p[n] = '\0';
        size_t badoff;
        int nul;
        if (!utf8_valid_text(p, n, &badoff, &nul)) {
            rc = diag_error(DN_EINPUT, name, r.lineno, (long)badoff + 1,
                            nul ? "NUL byte in line"
                                : "invalid UTF-8 (event files must be UTF-8; if this "
                                  "is Windows-1252, convert it: iconv -f "
                                  "WINDOWS-1252 -t UTF-8)");
            break;
        }
        if (n == 0 || p[0] == '#') continue;
        if (!have_header) {
            if ((rc = parse_header(&r, p, n))) break;
            have_header = 1;
            continue;
        }
        ev_event_t ev;
        if ((rc = parse_row(&r, p, n, &ev))) break;
        if ((rc = sink(&ev, ctx))) break;
    }
    if (!rc && got == -1)
        rc = diag_error(DN_EIO, name, 0, 0, "read error: %s", strerror(errno));
    else if (!rc && got == -2)
        rc = diag_nomem(name);
    else if (!rc && got == -3)
        rc = diag_error(DN_EINPUT, name, r.lineno + 1, 0,
                        "line longer than %zu bytes", lr.max_line);
    else if (!rc && !have_header)
        rc = diag_error(DN_EINPUT, name, r.lineno ? r.lineno : 1, 0,
                        r.lineno ? "no header line (only comments or blank "
                                   "lines)" : "empty file");
    lines_destroy(&lr);
    reader_free(&r);
    return rc;
}

int evtsv_sniff(const char *buf, size_t n)
{
    const char *p = buf, *end = buf + n;
    if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *le = nl ? nl : end;
        if (le > p && p[0] != '#' && !(le - p == 1 && p[0] == '\r'))
            return (size_t)(le - p) >= 7 && memcmp(p, "source\t", 7) == 0;
        if (!nl) break;
        p = nl + 1;
    }
    return 0;
}

void evtsv_put_cell(FILE *fp, const char *s)
{
    if (!s) return;
    for (const char *p = s; *p; p++) {
        char ch = *p;
        if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
        putc(ch, fp);
    }
}

int evtsv_writer_init(evtsv_writer_t *w, FILE *fp,
                      const evtsv_writer_opts_t *opts, const char *comment)
{
    w->fp = fp;
    memset(&w->opts, 0, sizeof w->opts);
    if (opts) w->opts = *opts;
    if (comment) {
        const char *p = comment;
        while (*p) {
            const char *nl = strchr(p, '\n');
            size_t len = nl ? (size_t)(nl - p) : strlen(p);
            fputs("# ", fp);
            fwrite(p, 1, len, fp);
            putc('\n', fp);
            p += len + (nl ? 1 : 0);
        }
    }
    for (size_t i = 0; i < NREQ; i++) {
        if (i) putc('\t', fp);
        fputs(req_cols[i], fp);
    }
    if (w->opts.with_confidence) fputs("\tconfidence", fp);
    for (size_t i = 0; i < w->opts.nextra; i++) {
        putc('\t', fp);
        evtsv_put_cell(fp, w->opts.extra[i]);
    }
    putc('\n', fp);
    return ferror(fp) ? DN_EIO : DN_OK;
}

int evtsv_write(evtsv_writer_t *w, const ev_event_t *ev)
{
    FILE *fp = w->fp;
    char d[11];
    evtsv_put_cell(fp, ev->source);
    putc('\t', fp);
    fputs(ev_kind_name(ev->source_kind), fp);
    putc('\t', fp);
    fputs(ev_relation_name(ev->relation), fp);
    putc('\t', fp);
    evtsv_put_cell(fp, ev->target);
    putc('\t', fp);
    fputs(ev_kind_name(ev->target_kind), fp);
    putc('\t', fp);
    ev_date_format(ev->start, d);
    fputs(d, fp);
    putc('\t', fp);
    ev_date_format(ev->end, d);
    fputs(d, fp);
    putc('\t', fp);
    evtsv_put_cell(fp, ev->place);
    putc('\t', fp);
    evtsv_put_cell(fp, ev->doc);
    putc('\t', fp);
    if (ev->line > 0) fprintf(fp, "%ld", ev->line);
    putc('\t', fp);
    evtsv_put_cell(fp, ev->evidence);
    if (w->opts.with_confidence) {
        putc('\t', fp);
        if (ev->confidence >= 0) fprintf(fp, "%.2f", ev->confidence);
    }
    for (size_t i = 0; i < w->opts.nextra; i++) {
        putc('\t', fp);
        for (size_t j = 0; j < ev->extra.n; j++)
            if (strcmp(ev->extra.names[j], w->opts.extra[i]) == 0) {
                evtsv_put_cell(fp, ev->extra.values[j]);
                break;
            }
    }
    putc('\n', fp);
    return ferror(fp) ? DN_EIO : DN_OK;
}
