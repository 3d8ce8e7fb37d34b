#define _GNU_SOURCE /* memrchr */
#include "io/evtsv.h"

#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "util/ahead.h"
#include "util/bounds.h"
#include "util/diag.h"
#include "util/lines.h"
#include "util/threads.h"
#include "util/utf8check.h"

#define NREQ 11
static const char *const req_cols[NREQ] = {
    "source", "source_kind", "relation", "target", "target_kind",
    "start", "end", "place", "doc", "line", "evidence"};

/* 512 KiB, about 4000 rows a batch: measured a little faster for the
 * consumer than 1 or 4 MiB (what it reads is still in cache). */
#define BLOCK_DEFAULT ((size_t)1 << 19)
#define NBLOCKS 3   /* blocks in flight: one used, one filled, one waiting */
#define PAD 32      /* bytes after a block's text: sentinel + vector reads */

/* Where the cells of one line start, and their lengths (the first `keep`
 * of them: a row needs no more than the header has, plus one to point at
 * in "too many cells"). */
typedef struct {
    char **cell;
    size_t *len;
    size_t n, cap;        /* n counts every cell, even those not kept */
    int nomem;
} cells_t;

/* One block of whole lines and the events parsed from it; the events'
 * strings point into buf (cells NUL-terminated in place, no copies).
 * Reading goes block by block through NBLOCKS slots (util/ahead.h): the
 * partial last line of a block is copied to the start of the next one,
 * which is safe while the consumer still reads the block, as a slot is
 * refilled only NBLOCKS fills later.  A line longer than a block makes
 * that block grow (up to max_line); it shrinks back when reused. */
typedef struct {
    char *buf;            /* cap + PAD bytes */
    size_t cap;
    size_t len;           /* bytes of whole lines (the last ends in '\n') */
    size_t fill;          /* bytes read: whole lines, then a partial one */
    ev_event_t *evs;
    size_t nev, evcap;
    const char **vals;    /* extra cells, nextra per event */
    size_t valcap;
} blk_t;

/* The parser (on the second thread, or the calling one).  It never
 * reports: the first error is kept here, with its place, for the calling
 * thread to report after the events before it. */
typedef struct {
    FILE *fp;
    size_t block, max_line;
    long lineno;
    int have_header, eof, done;
    const char *tail;     /* the partial last line of the previous block */
    size_t ntail;
    cells_t cells;
    size_t ncols;
    char **colnames;      /* owned copies of the header names */
    long conf_col;        /* index of `confidence`, or -1 */
    long count_col;       /* index of `count`, or -1 */
    int err;              /* DN_OK, or the code of the first error */
    long eline, ecol;
    char emsg[1024];      /* the message (ENOMEM: what ran out) */
} parser_t;

static int fail(parser_t *p, int code, long line, long col, const char *fmt,
                ...) __attribute__((format(printf, 5, 6)));

static int fail(parser_t *p, int code, long line, long col, const char *fmt,
                ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(p->emsg, sizeof p->emsg, fmt, ap);
    va_end(ap);
    p->err = code;
    p->eline = line;
    p->ecol = col;
    return code;
}

static int nomem(parser_t *p, const char *what)
{
    return fail(p, DN_ENOMEM, 0, 0, "%s", what);
}

static long col_of(const char *line, const char *at)
{
    return (long)(at - line) + 1;
}

static int bad(parser_t *p, const char *line, const char *at,
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
    char msg[512];
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
    snprintf(msg, sizeof msg, fmt, arg);
#pragma GCC diagnostic pop
    return fail(p, DN_EINPUT, p->lineno, at ? col_of(line, at) : 0, "%s",
                msg);
}

/* Makes room for at least one more kept cell.  Returns 0 or -1. */
static int cells_grow(cells_t *c)
{
    size_t cap = c->cap ? c->cap * 2 : 32;
    char **cell = realloc(c->cell, cap * sizeof *cell);
    if (!cell) return -1;
    c->cell = cell;
    size_t *len = realloc(c->len, cap * sizeof *len);
    if (!len) return -1;
    c->len = len;
    c->cap = cap;
    return 0;
}

/* A tab at t ends cell n - 1 and starts cell n, where the fast path of
 * scan_line has no room: grows the arrays while cells are kept, else only
 * notes where the last kept cell ends. */
static void cells_tab(cells_t *c, size_t n, char *t, size_t keep)
{
    if (c->nomem) return;
    if (n - 1 < keep) c->len[n - 1] = (size_t)(t - c->cell[n - 1]);
    if (n < keep) {
        if (n >= c->cap && cells_grow(c) < 0) {
            c->nomem = 1;
            return;
        }
        c->cell[n] = t + 1;
    }
}

/* Scans the line at s up to its '\n' (there is one, and 16 readable bytes
 * after it): records where its cells start (the first `keep` of them;
 * c->n counts them all) and where all but the last end, and sets *special
 * to the first byte that is not plain ASCII (>= 0x80 or NUL), if any.
 * One pass does what memchr for the line end, a UTF-8 check and a tab
 * split did in three.  Returns the position of the '\n'. */
static char *scan_line(char *s, cells_t *c, size_t keep, char **special)
{
    /* c->cap >= 1: allocated before the first line */
    char **cell = c->cell;
    size_t *len = c->len;
    size_t n = 1, lim = c->cap < keep ? c->cap : keep;
    cell[0] = s;
#define CELLS_TAB(t)                                                       \
    do {                                                                   \
        char *t_ = (t);                                                    \
        if (n < lim) {                                                     \
            len[n - 1] = (size_t)(t_ - cell[n - 1]);                       \
            cell[n] = t_ + 1;                                              \
        } else {                                                           \
            cells_tab(c, n, t_, keep);                                     \
            cell = c->cell;                                                \
            len = c->len;                                                  \
            lim = c->nomem ? 0 : c->cap < keep ? c->cap : keep;            \
        }                                                                  \
        n++;                                                               \
    } while (0)
#if defined(__SSE2__)
    const __m128i vtab = _mm_set1_epi8('\t'), vnl = _mm_set1_epi8('\n');
    const __m128i one = _mm_set1_epi8(1);
    for (char *q = s;; q += 16) {
        __m128i v = _mm_loadu_si128((const __m128i *)(const void *)q);
        unsigned nl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vnl));
        unsigned tab = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, vtab));
        /* signed 1 > b: b is NUL or has its top bit set */
        unsigned sp = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(one, v));
        if (nl) {
            unsigned before = (nl & (0u - nl)) - 1;
            tab &= before;
            sp &= before;
        }
        if (sp && !*special) *special = q + __builtin_ctz(sp);
        while (tab) {
            CELLS_TAB(q + __builtin_ctz(tab));
            tab &= tab - 1;
        }
        if (nl) {
            c->n = n;
            return q + __builtin_ctz(nl);
        }
    }
#else
    for (char *q = s;; q++) {
        unsigned char ch = (unsigned char)*q;
        if (ch == '\n') {
            c->n = n;
            return q;
        }
        if (ch == '\t') CELLS_TAB(q);
        else if ((ch == 0 || ch >= 0x80) && !*special) *special = q;
    }
#endif
#undef CELLS_TAB
}

/* Ends the last cell of a scanned line at `end` (when it is kept) and
 * NUL-terminates the kept cells in place. */
static void cells_finish(cells_t *c, size_t keep, char *end)
{
    size_t k = c->n < keep ? c->n : keep;
    if (k == c->n) c->len[k - 1] = (size_t)(end - c->cell[k - 1]);
    for (size_t i = 0; i < k; i++) c->cell[i][c->len[i]] = '\0';
}

static void parser_free(parser_t *p)
{
    /* colnames may be missing: its calloc failed after ncols was set */
    for (size_t i = 0; p->colnames && i < p->ncols; i++) free(p->colnames[i]);
    free(p->colnames);
    free(p->cells.cell);
    free(p->cells.len);
}

static int parse_header(parser_t *p, char *line, size_t n)
{
    cells_t *c = &p->cells;
    for (size_t i = 0; i < NREQ; i++) {
        if (i >= c->n) {
            return fail(p, DN_EINPUT, p->lineno, (long)n + 1,
                        "header lacks column `%s` (the header must "
                        "start with: source, source_kind, relation, "
                        "target, target_kind, start, end, place, doc, "
                        "line, evidence)", req_cols[i]);
        }
        if (strlen(req_cols[i]) != c->len[i] ||
            memcmp(c->cell[i], req_cols[i], c->len[i]) != 0) {
            return fail(p, DN_EINPUT, p->lineno, col_of(line, c->cell[i]),
                        "header column %zu is `%.*s`, expected `%s`%s",
                        i + 1, (int)(c->len[i] > 60 ? 60 : c->len[i]),
                        c->cell[i], req_cols[i],
                        i == 0 ? " (missing header line?)" : "");
        }
    }
    p->ncols = c->n;
    p->colnames = calloc(c->n, sizeof *p->colnames);
    if (!p->colnames) return nomem(p, "header");
    p->conf_col = p->count_col = -1;
    for (size_t i = 0; i < c->n; i++) {
        if (c->len[i] == 0 && i >= NREQ)
            return fail(p, DN_EINPUT, p->lineno, col_of(line, c->cell[i]),
                        "empty column name");
        p->colnames[i] = strndup(c->cell[i], c->len[i]);
        if (!p->colnames[i]) return nomem(p, "header");
        if (i >= NREQ && strcmp(p->colnames[i], "confidence") == 0)
            p->conf_col = (long)i;
        if (i >= NREQ && strcmp(p->colnames[i], "count") == 0)
            p->count_col = (long)i;
        for (size_t j = NREQ; j < i; j++)
            if (strcmp(p->colnames[j], p->colnames[i]) == 0)
                return fail(p, DN_EINPUT, p->lineno,
                            col_of(line, c->cell[i]),
                            "duplicate column `%s`", p->colnames[i]);
    }
    return DN_OK;
}

static int parse_kind(parser_t *p, const char *line, size_t i, ev_kind_t *k)
{
    int v = ev_kind_parse(p->cells.cell[i], p->cells.len[i]);
    if (v < 0)
        return bad(p, line, p->cells.cell[i],
                   "unknown kind `%s` (expected person, institution, state "
                   "or group)", p->cells.cell[i]);
    *k = (ev_kind_t)v;
    return DN_OK;
}

static int parse_date(parser_t *p, const char *line, size_t i, ev_date_t *d)
{
    size_t off = 0;
    if (ev_date_parse(p->cells.cell[i], p->cells.len[i], d, &off) < 0)
        return bad(p, line, p->cells.cell[i] + off,
                   "malformed date `%s` (expected YYYY, YYYY-MM or "
                   "YYYY-MM-DD, a real calendar date)", p->cells.cell[i]);
    return DN_OK;
}

/* Parses the row `line` (n bytes, cells scanned) into ev; the extra cells
 * go to vals.  The names of extra cells are set by the caller. */
static int parse_row(parser_t *p, char *line, size_t n, ev_event_t *ev,
                     const char **vals)
{
    cells_t *c = &p->cells;
    if (c->n != p->ncols) {
        if (c->n > p->ncols)
            return fail(p, DN_EINPUT, p->lineno,
                        col_of(line, c->cell[p->ncols]) - 1,
                        "too many cells: %zu, the header has %zu", c->n,
                        p->ncols);
        return fail(p, DN_EINPUT, p->lineno, (long)n + 1,
                    "too few cells: %zu, the header has %zu", c->n,
                    p->ncols);
    }
    memset(ev, 0, sizeof *ev);
    int rc;
    for (int side = 0; side < 2; side++) {
        size_t ci = side ? 3 : 0;
        if (c->len[ci] == 0)
            return bad(p, line, c->cell[ci], "empty %s name",
                       side ? "target" : "source");
        if (utf8_blank(c->cell[ci], c->len[ci]))
            return bad(p, line, c->cell[ci], "%s name is only white space",
                       side ? "target" : "source");
    }
    ev->source = c->cell[0];
    if ((rc = parse_kind(p, line, 1, &ev->source_kind))) return rc;
    int rel = ev_relation_parse(c->cell[2], c->len[2]);
    if (rel < 0)
        return bad(p, line, c->cell[2],
                   "unknown relation `%s` (expected visit, meeting, "
                   "agreement, recognition, relations, founding, "
                   "affiliation or other)", c->cell[2]);
    ev->relation = (ev_relation_t)rel;
    ev->target = c->cell[3];
    if ((rc = parse_kind(p, line, 4, &ev->target_kind))) return rc;
    if ((rc = parse_date(p, line, 5, &ev->start))) return rc;
    if ((rc = parse_date(p, line, 6, &ev->end))) return rc;
    if (ev->end.year && !ev->start.year)
        return bad(p, line, c->cell[6], "end date `%s` without a start date",
                   c->cell[6]);
    if (ev->end.year &&
        ev_date_last_day(ev->end) < ev_date_first_day(ev->start))
        return bad(p, line, c->cell[6],
                   "end date `%s` is before the start date", c->cell[6]);
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
            return bad(p, line, c->cell[9],
                       "line `%s` is not a positive whole number",
                       c->cell[9]);
        ev->line = v;
    }
    ev->evidence = c->cell[10];
    ev->confidence = -1;
    if (p->conf_col >= 0 && c->len[p->conf_col]) {
        char *endp;
        const char *s = c->cell[p->conf_col];
        double v = strtod(s, &endp);
        if (endp != s + c->len[p->conf_col] || !(v >= 0 && v <= 1))
            return bad(p, line, s,
                       "confidence `%s` is not a number from 0 to 1", s);
        ev->confidence = v;
    }
    ev->count = 1;
    if (p->count_col >= 0 && c->len[p->count_col]) {
        /* digits only (no sign, blanks or exponent), 1 .. UINT32_MAX */
        const char *s = c->cell[p->count_col];
        size_t len = c->len[p->count_col];
        uint64_t v = 0;
        int ok = len <= 10;
        for (size_t i = 0; ok && i < len; i++) {
            if (s[i] < '0' || s[i] > '9') ok = 0;
            else v = v * 10 + (uint64_t)(s[i] - '0');
        }
        if (!ok || v < 1 || v > UINT32_MAX)
            return bad(p, line, s,
                       "count `%s` is not a whole number from 1 to "
                       "4294967295", s);
        ev->count = (uint32_t)v;
    }
    /* names and values are pointed at when the block is complete */
    static const char *const none[1] = {NULL};
    for (size_t i = NREQ; i < p->ncols; i++) vals[i - NREQ] = c->cell[i];
    ev->extra.n = p->ncols - NREQ;
    ev->extra.names = ev->extra.values = none;
    return DN_OK;
}

/* Room for one more event (and its extra cells) in b. */
static int blk_reserve(blk_t *b, size_t nextra)
{
    if (b->nev == b->evcap) {
        size_t cap = b->evcap ? b->evcap * 2 : 4096;
        ev_event_t *evs = realloc(b->evs, cap * sizeof *evs);
        if (!evs) return -1;
        b->evs = evs;
        b->evcap = cap;
    }
    if (nextra && (b->nev + 1) * nextra > b->valcap) {
        size_t cap = b->valcap ? b->valcap * 2 : 4096 * nextra;
        const char **vals = realloc(b->vals, cap * sizeof *vals);
        if (!vals) return -1;
        b->vals = vals;
        b->valcap = cap;
    }
    return 0;
}

/* Parses the whole lines of b (b->buf[0 .. b->len)) into b->evs; stops at
 * the first error (kept in p). */
static void parse_lines(parser_t *p, blk_t *b)
{
    char *s = b->buf, *end = b->buf + b->len;
    while (s < end && !p->err) {
        p->lineno++;
        char *line = s;
        if (p->lineno == 1 && (unsigned char)s[0] == 0xEF &&
            (unsigned char)s[1] == 0xBB && (unsigned char)s[2] == 0xBF)
            line += 3;
        char *special = NULL;
        size_t keep = p->have_header ? p->ncols + 1 : (size_t)-1;
        char *nl = scan_line(line, &p->cells, keep, &special);
        s = nl + 1;
        if (p->cells.nomem) {
            nomem(p, "row");
            break;
        }
        size_t n = (size_t)(nl - line);
        if (n && line[n - 1] == '\r') n--;
        line[n] = '\0';
        if (n > p->max_line) { /* a line that fit in one block */
            fail(p, DN_EINPUT, p->lineno, (long)p->max_line + 1,
                 "line longer than %zu bytes (DIPNET_MAX_LINE raises the "
                 "limit)", p->max_line);
            break;
        }
        if (special && special < line + n) {
            size_t badoff;
            int nul;
            size_t off = (size_t)(special - line);
            if (!utf8_valid_text(special, n - off, &badoff, &nul)) {
                fail(p, DN_EINPUT, p->lineno, (long)(off + badoff) + 1, "%s",
                     nul ? "NUL byte in line"
                         : "invalid UTF-8 (event files must be UTF-8; if "
                           "this is Windows-1252, convert it: iconv -f "
                           "WINDOWS-1252 -t UTF-8)");
                break;
            }
        }
        if (n == 0 || line[0] == '#') continue;
        cells_finish(&p->cells, keep, line + n);
        if (!p->have_header) {
            if (parse_header(p, line, n)) break;
            p->have_header = 1;
            continue;
        }
        size_t nx = p->ncols - NREQ;
        if (blk_reserve(b, nx) < 0) {
            nomem(p, "row");
            break;
        }
        if (parse_row(p, line, n, b->evs + b->nev,
                      nx ? b->vals + b->nev * nx : NULL))
            break;
        b->nev++;
    }
    /* The extra cells' array may have moved while growing: point now. */
    size_t nx = p->have_header ? p->ncols - NREQ : 0;
    for (size_t i = 0; nx && i < b->nev; i++) {
        b->evs[i].extra.names = (const char *const *)p->colnames + NREQ;
        b->evs[i].extra.values = b->vals + i * nx;
    }
}

/* Grows b's buffer to cap bytes, keeping its text. */
static int blk_grow(blk_t *b, size_t cap)
{
    char *buf = realloc(b->buf, cap + PAD);
    if (!buf) return -1;
    b->buf = buf;
    b->cap = cap;
    return 0;
}

/* ahead_fill_fn: reads the next block of whole lines (the previous block's
 * partial line first) and parses it.  Returns 1 when the input ended or an
 * error was kept. */
static int fill_block(void *item, void *ctx)
{
    parser_t *p = ctx;
    blk_t *b = item;
    b->nev = 0;
    b->len = b->fill = 0;
    if (p->done) return 1;
    /* A block that grew for a long line goes back to the usual size. */
    size_t want = p->block;
    while (want < p->ntail + p->ntail / 2) want *= 2;
    if (b->cap != want || !b->buf) {
        if (b->cap > want) {
            free(b->buf);
            b->buf = NULL;
            b->cap = 0;
        }
        if (blk_grow(b, want) < 0) {
            nomem(p, "line buffer");
            return p->done = 1;
        }
    }
    if (p->ntail) memcpy(b->buf, p->tail, p->ntail);
    b->fill = p->ntail;
    size_t scan = 0;          /* no '\n' in buf[0 .. scan) */
    char *lastnl = NULL;
    int rerr = 0;
    for (;;) {
        if (!p->eof && b->fill < b->cap) {
            errno = 0;
            size_t got = fread(b->buf + b->fill, 1, b->cap - b->fill, p->fp);
            b->fill += got;
            if (b->fill < b->cap) {
                if (ferror(p->fp)) rerr = errno ? errno : EIO;
                p->eof = 1;
            }
        }
        if (b->fill > scan)
            lastnl = memrchr(b->buf + scan, '\n', b->fill - scan);
        if (lastnl || p->eof) break;
        /* One line fills the whole buffer: grow it, up to the limit. */
        if (b->fill > p->max_line) {
            fail(p, DN_EINPUT, p->lineno + 1, 0,
                 "line longer than %zu bytes (DIPNET_MAX_LINE raises the "
                 "limit)", p->max_line);
            return p->done = 1;
        }
        scan = b->fill;
        if (blk_grow(b, b->cap * 2) < 0) {
            nomem(p, "line buffer");
            return p->done = 1;
        }
    }
    if (lastnl) b->len = (size_t)(lastnl - b->buf) + 1;
    if (p->eof && !rerr && b->len < b->fill) {
        /* The last line has no '\n': give it one (there is room in PAD). */
        b->buf[b->fill] = '\n';
        b->len = ++b->fill;
    }
    /* Defined bytes after the text for the 16-byte reads of scan_line. */
    memset(b->buf + b->fill, 0, PAD > 16 ? 16 : PAD);
    p->tail = b->buf + b->len;
    p->ntail = b->fill - b->len;
    parse_lines(p, b);
    if (p->err) return p->done = 1;
    if (!p->eof) return 0;
    p->done = 1;
    if (rerr)
        fail(p, DN_EIO, 0, 0, "read error: %s", strerror(rerr));
    else if (!p->have_header)
        fail(p, DN_EINPUT, p->lineno ? p->lineno : 1, 0, "%s",
             p->lineno ? "no header line (only comments or blank lines)"
                       : "empty file");
    return 1;
}

typedef struct {
    ev_batch_fn fn;
    void *ctx;
} user_t;

/* ahead_use_fn: hands the events of one block on. */
static int use_block(void *item, void *ctx)
{
    user_t *u = ctx;
    blk_t *b = item;
    return b->nev ? u->fn(b->evs, b->nev, u->ctx) : DN_OK;
}

int evtsv_read_opts(FILE *fp, const char *name, const evtsv_read_opts_t *o,
                    ev_batch_fn fn, void *ctx)
{
    parser_t p;
    memset(&p, 0, sizeof p);
    p.fp = fp;
    p.conf_col = p.count_col = -1;
    p.block = o && o->block ? o->block : BLOCK_DEFAULT;
    p.max_line = o && o->max_line ? o->max_line : limit_line();
    blk_t blk[NBLOCKS];
    void *items[NBLOCKS];
    memset(blk, 0, sizeof blk);
    for (size_t i = 0; i < NBLOCKS; i++) items[i] = &blk[i];
    user_t u = {fn, ctx};
    if (cells_grow(&p.cells) < 0) {
        parser_free(&p);
        return diag_nomem(name);
    }
    int rc = ahead_run(items, NBLOCKS, fill_block, &p, use_block, &u,
                       !(o && o->single_thread) && threads_allowed() > 1);
    if (!rc && p.err) {
        rc = p.err == DN_ENOMEM
                 ? diag_nomem(p.emsg)
                 : diag_error(p.err, name, p.eline, p.ecol, "%s", p.emsg);
    }
    for (size_t i = 0; i < NBLOCKS; i++) {
        free(blk[i].buf);
        free(blk[i].evs);
        free(blk[i].vals);
    }
    parser_free(&p);
    return rc;
}

int evtsv_read_batches(FILE *fp, const char *name, ev_batch_fn fn, void *ctx)
{
    return evtsv_read_opts(fp, name, NULL, fn, ctx);
}

typedef struct {
    ev_sink_fn sink;
    void *ctx;
} one_by_one_t;

static int each_event(const ev_event_t *evs, size_t n, void *ctx)
{
    one_by_one_t *o = ctx;
    for (size_t i = 0; i < n; i++) {
        int rc = o->sink(&evs[i], o->ctx);
        if (rc) return rc;
    }
    return DN_OK;
}

int evtsv_read(FILE *fp, const char *name, ev_sink_fn sink, void *ctx)
{
    one_by_one_t o = {sink, ctx};
    return evtsv_read_opts(fp, name, NULL, each_event, &o);
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
