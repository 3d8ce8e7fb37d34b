#include "io/icews.h"

#include <string.h>

#include "io/cameo.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/utf8check.h"

const char *const icews_extra_columns[] = {"cameo"};
const size_t icews_nextra = 1;

#define ICEWS_MAXLINE (64u * 1024u)

/* Words in the sector part of "X (Country)" that make it an office or a
 * body rather than a population group; matched as substrings, so
 * "Ministry" covers "Education Ministry" and "Military" covers "Military
 * Personnel". */
static const char *const sector_institution_words[] = {
    "Administration", "Affairs", "Agency", "Ambassador", "Army",
    "Attorney General", "Authorities", "Bank", "Cabinet", "Commission",
    "Congress", "Council", "Court", "Department", "Director", "Education",
    "Election", "Embassy", "Envoy", "Government", "Governor", "Head of",
    "Healthcare", "Industry", "Intelligence", "Judiciary", "Legislative",
    "Legislature", "Mayor", "Media", "Military", "Ministery", "Ministry",
    "Naval", "Navy", "Newspaper", "Official", "Parliament", "Party",
    "Police", "President", "Representatives", "Secretariat", "Senate",
    "Treasury", "Troop", "Undersecretary", "Business",
};

static int contains(const char *s, size_t n, const char *w)
{
    size_t m = strlen(w);
    for (size_t i = 0; i + m <= n; i++)
        if (s[i] == w[0] && memcmp(s + i, w, m) == 0) return 1;
    return 0;
}

ev_kind_t icews_kind(const char *s, size_t n)
{
    if (cameo_is_state_name(s, n)) return EV_KIND_STATE;
    if (n > 3 && s[n - 1] == ')') {
        const char *open = NULL;
        for (size_t i = n - 1; i-- > 0;)
            if (s[i] == '(') { open = s + i; break; }
        if (open && open > s && open[-1] == ' ') {
            size_t xn = (size_t)(open - s) - 1;
            for (size_t i = 0; i < sizeof sector_institution_words /
                                       sizeof sector_institution_words[0];
                 i++)
                if (contains(s, xn, sector_institution_words[i]))
                    return EV_KIND_INSTITUTION;
            return EV_KIND_GROUP;
        }
    }
    if (cameo_is_region_name(s, n)) return EV_KIND_GROUP;
    if (cameo_person_like(s, n)) return EV_KIND_PERSON;
    return EV_KIND_INSTITUTION;
}

/* Columns of ICEWS's full export (the Dataverse files, with a header):
 * the four this reader uses are found by name, so the other columns may
 * come in any order. */
#define ICEWS_MAXCOLS 64

typedef struct {
    const char *name;
    long line;
    buf_t evidence;
    size_t ncols;        /* columns of every row: 4, or the header's */
    size_t col[4];       /* source, event text, target, date */
} icews_state_t;

/* Checks a kept cell: non-empty when required, valid UTF-8. */
static int check_cell(icews_state_t *st, const char *line, const char *cell,
                      size_t n, const char *what, int required)
{
    long col = (long)(cell - line) + 1;
    if (required && !n)
        return diag_error(DN_EINPUT, st->name, st->line, col, "empty %s",
                          what);
    long bad = cameo_utf8_bad(cell, n);
    if (bad >= 0)
        return diag_error(DN_EINPUT, st->name, st->line, col + bad,
                          "invalid UTF-8 in %s", what);
    if (required && utf8_blank(cell, n))
        return diag_error(DN_EINPUT, st->name, st->line, col,
                          "%s is only white space", what);
    return DN_OK;
}

static int looks_like_header(const char *date, size_t n)
{
    for (size_t i = 0; i + 4 <= n; i++) {
        size_t k = 0;
        while (k < 4 && (date[i + k] | 0x20) == "date"[k]) k++;
        if (k == 4) return 1;
    }
    return 0;
}

/* The header names of the full export's columns this reader needs, in
 * the order of icews_state_t.col. */
static const char *const full_columns[4] = {"Source Name", "Event Text",
                                            "Target Name", "Event Date"};

/* Finds the full export's columns in a header row split into nf fields;
 * 1 when all four are there (then st->col and st->ncols are set). */
static int full_header(icews_state_t *st, char **f, const size_t *fl,
                       size_t nf)
{
    if (nf <= 4 || nf > ICEWS_MAXCOLS) return 0;
    for (size_t k = 0; k < 4; k++) {
        size_t i = 0, m = strlen(full_columns[k]);
        while (i < nf && !(fl[i] == m && !memcmp(f[i], full_columns[k], m)))
            i++;
        if (i == nf) return 0;
        st->col[k] = i;
    }
    st->ncols = nf;
    return 1;
}

static int do_row(icews_state_t *st, char *line, size_t len, int all,
                  ev_sink_fn sink, void *ctx)
{
    char *all_f[ICEWS_MAXCOLS];
    size_t all_fl[ICEWS_MAXCOLS];
    size_t nf = cameo_split_tabs(line, len, all_f, all_fl, ICEWS_MAXCOLS);
    if (st->line == 1 && full_header(st, all_f, all_fl, nf)) return DN_OK;
    if (nf != st->ncols) {
        long col = (long)len + 1;
        size_t last = st->ncols - 1;
        if (nf > st->ncols)
            col = (long)(all_f[last] - line) + (long)all_fl[last] + 2;
        if (st->ncols == 4)
            return diag_error(DN_EINPUT, st->name, st->line, col,
                              "%zu columns; an ICEWS row has 4 (source, "
                              "event text, target, date)", nf);
        return diag_error(DN_EINPUT, st->name, st->line, col,
                          "%zu columns; the header has %zu", nf, st->ncols);
    }
    char *f[4];
    size_t fl[4];
    for (size_t k = 0; k < 4; k++) {
        f[k] = all_f[st->col[k]];
        fl[k] = all_fl[st->col[k]];
    }
    ev_date_t date;
    size_t bad = 0;
    if (ev_date_parse(f[3], fl[3], &date, &bad) < 0 || fl[3] != 10) {
        if (st->line == 1 && looks_like_header(f[3], fl[3])) return DN_OK;
        if (fl[3] != 10 && bad == 0 && fl[3] < 10) bad = fl[3];
        return diag_error(DN_EINPUT, st->name, st->line,
                          (long)(f[3] - line) + (long)bad + 1,
                          "bad date '%.*s' (want YYYY-MM-DD)",
                          (int)(fl[3] > 20 ? 20 : fl[3]), f[3]);
    }
    int rc;
    if ((rc = check_cell(st, line, f[0], fl[0], "source", 1)) ||
        (rc = check_cell(st, line, f[2], fl[2], "target", 1)) ||
        (rc = check_cell(st, line, f[1], fl[1], "event text", 1)))
        return rc;
    /* An event file reads a row that starts with `#` as a comment: the
     * event would vanish between `dipnet import` and `dipnet report`. */
    for (int k = 0; k <= 2; k += 2)
        if (f[k][0] == '#')
            return diag_error(DN_EINPUT, st->name, st->line,
                              (long)(f[k] - line) + 1,
                              "actor name starts with `#` (event files "
                              "read such a row as a comment)");
    int reverse = 0;
    int rel = cameo_text_relation(f[1], fl[1], &reverse);
    if (rel < 0) {
        if (!all) return DN_OK;
        rel = EV_REL_OTHER;
    }
    if (fl[0] == fl[2] && memcmp(f[0], f[2], fl[0]) == 0) return DN_OK;

    buf_clear(&st->evidence);
    if (buf_puts(&st->evidence, "ICEWS: ") < 0 ||
        buf_append(&st->evidence, f[0], fl[0]) < 0 ||
        buf_puts(&st->evidence, " / ") < 0 ||
        buf_append(&st->evidence, f[1], fl[1]) < 0 ||
        buf_puts(&st->evidence, " / ") < 0 ||
        buf_append(&st->evidence, f[2], fl[2]) < 0)
        return diag_nomem("ICEWS evidence");

    size_t s = reverse ? 2 : 0, t = reverse ? 0 : 2;
    const char *extra_values[1] = {f[1]};
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    ev.source = f[s];
    ev.source_kind = icews_kind(f[s], fl[s]);
    ev.relation = (ev_relation_t)rel;
    ev.target = f[t];
    ev.target_kind = icews_kind(f[t], fl[t]);
    ev.start = date;
    ev.place = "";
    ev.doc = st->name;
    ev.line = st->line;
    ev.evidence = buf_cstr(&st->evidence);
    ev.confidence = -1.0;
    ev.extra.n = icews_nextra;
    ev.extra.names = icews_extra_columns;
    ev.extra.values = extra_values;
    return sink(&ev, ctx);
}

int icews_read(FILE *fp, const char *name, int all, ev_sink_fn sink,
               void *ctx)
{
    cameo_lines_t lr;
    int rc = cameo_lines_init(&lr, fp, name, ICEWS_MAXLINE);
    if (rc) return rc;
    icews_state_t st;
    memset(&st, 0, sizeof st);
    st.name = name;
    st.ncols = 4;
    for (size_t k = 0; k < 4; k++) st.col[k] = k;
    buf_init(&st.evidence);
    for (;;) {
        char *line;
        size_t len;
        if ((rc = cameo_lines_next(&lr, &line, &len)) || !line) break;
        st.line = lr.line;
        if (!len) continue;
        if ((rc = do_row(&st, line, len, all, sink, ctx))) break;
    }
    buf_destroy(&st.evidence);
    cameo_lines_destroy(&lr);
    return rc;
}

/* 1 when the n bytes at s are a date YYYY-MM-DD. */
static int iso_day(const char *s, size_t n)
{
    ev_date_t d;
    return n == 10 && ev_date_parse(s, n, &d, NULL) >= 0 && d.day;
}

int icews_sniff(const char *buf, size_t n)
{
    char copy[4096];
    if (n > sizeof copy) n = sizeof copy;
    memcpy(copy, buf, n);
    icews_state_t st;
    memset(&st, 0, sizeof st);
    char *p = copy, *end = copy + n;
    if (n >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3;
    for (int row = 0; row < 2 && p < end; row++) {
        char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl && row == 1) return 1; /* a row cut off by the buffer */
        char *le = nl ? nl : end;
        size_t len = (size_t)(le - p);
        if (len && p[len - 1] == '\r') len--;
        char *f[ICEWS_MAXCOLS];
        size_t fl[ICEWS_MAXCOLS];
        size_t nf = cameo_split_tabs(p, len, f, fl, ICEWS_MAXCOLS);
        if (row == 0 && full_header(&st, f, fl, nf)) return 1;
        if (nf != 4 || !fl[0] || !fl[1] || !fl[2]) return 0;
        if (iso_day(f[3], fl[3])) return 1;
        /* A four-column header: the next row decides. */
        if (row > 0 || !looks_like_header(f[3], fl[3]) || !nl) return 0;
        p = nl + 1;
    }
    return 0;
}
