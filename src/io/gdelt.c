#include "io/gdelt.h"

#include <string.h>

#include "io/cameo.h"
#include "util/buf.h"
#include "util/diag.h"

const char *const gdelt_extra_columns[] = {"cameo"};
const size_t gdelt_nextra = 1;

/* GDELT rows are a few hundred bytes; long URLs stay far below this. */
#define GDELT_MAXLINE (64u * 1024u)
#define GDELT_MAXCOLS 61

/* Column positions (0-based) that differ between the layouts. */
typedef struct {
    size_t action_geo_name, source_url;   /* source_url: 0 = none */
} layout_t;

static const layout_t layout_v1_57 = {50, 0};
static const layout_t layout_v1_58 = {50, 57};
static const layout_t layout_v2_61 = {52, 60};

/* Columns common to both layouts. */
enum {
    C_ID = 0, C_SQLDATE = 1,
    C_A1CODE = 5, C_A1NAME = 6, C_A1COUNTRY = 7, C_A1GROUP = 8, C_A1TYPE = 12,
    C_A2CODE = 15, C_A2NAME = 16, C_A2COUNTRY = 17, C_A2GROUP = 18,
    C_A2TYPE = 22,
    C_EVENTCODE = 26
};

typedef struct {
    const char *name;
    long line;
    char *f[GDELT_MAXCOLS];
    size_t len[GDELT_MAXCOLS];
    buf_t src, dst, evidence;
} gdelt_state_t;

static int all_digits(const char *s, size_t n)
{
    if (!n) return 0;
    for (size_t i = 0; i < n; i++)
        if (s[i] < '0' || s[i] > '9') return 0;
    return 1;
}

/* 1-based column (byte) of field i in the current line. */
static long col_of(const gdelt_state_t *st, size_t i, size_t off)
{
    return (long)(st->f[i] - st->f[0]) + (long)off + 1;
}

static int parse_sqldate(gdelt_state_t *st, ev_date_t *d)
{
    const char *s = st->f[C_SQLDATE];
    size_t n = st->len[C_SQLDATE];
    char iso[10];
    size_t bad = 0;
    if (n != 8 || !all_digits(s, n)) {
        for (bad = 0; bad < n && s[bad] >= '0' && s[bad] <= '9'; bad++) {}
        if (bad > 8) bad = 8;
        return diag_error(DN_EINPUT, st->name, st->line,
                          col_of(st, C_SQLDATE, bad),
                          "bad SQLDATE '%.*s' (want YYYYMMDD)",
                          (int)(n > 20 ? 20 : n), s);
    }
    memcpy(iso, s, 4);
    iso[4] = '-';
    memcpy(iso + 5, s + 4, 2);
    iso[7] = '-';
    memcpy(iso + 8, s + 6, 2);
    if (ev_date_parse(iso, 10, d, &bad) < 0) {
        /* Map the offset in "YYYY-MM-DD" back to "YYYYMMDD". */
        size_t off = bad >= 8 ? bad - 2 : bad >= 5 ? bad - 1 : bad;
        return diag_error(DN_EINPUT, st->name, st->line,
                          col_of(st, C_SQLDATE, off),
                          "impossible SQLDATE '%.*s'", (int)n, s);
    }
    return DN_OK;
}

static int check_utf8(gdelt_state_t *st, size_t i)
{
    long bad = cameo_utf8_bad(st->f[i], st->len[i]);
    if (bad >= 0)
        return diag_error(DN_EINPUT, st->name, st->line,
                          col_of(st, i, (size_t)bad), "invalid UTF-8");
    return DN_OK;
}

static int put_sector(buf_t *out, const char *label, const char *country)
{
    if (buf_puts(out, label) < 0 || buf_puts(out, " (") < 0 ||
        buf_puts(out, country) < 0 || buf_putc(out, ')') < 0)
        return -1;
    return 0;
}

/* Builds the canonical name of one actor into out.  Returns 1 when the
 * actor is usable, 0 when it is missing or unattributed, -1 on ENOMEM. */
static int actor_name(gdelt_state_t *st, size_t code_i, size_t name_i,
                      size_t country_i, size_t group_i, size_t type_i,
                      buf_t *out, ev_kind_t *kind)
{
    const char *code = st->f[code_i], *name = st->f[name_i];
    size_t code_n = st->len[code_i], name_n = st->len[name_i];
    const char *cc = st->f[country_i], *kg = st->f[group_i];
    size_t cc_n = st->len[country_i], kg_n = st->len[group_i];
    const char *type = st->f[type_i];
    size_t type_n = st->len[type_i];
    const cameo_role_t *role = type_n ? cameo_role(type, type_n) : NULL;

    buf_clear(out);
    if (!code_n) return 0;
    if (kg_n) {
        ev_kind_t k = EV_KIND_INSTITUTION;
        const char *known = cameo_known_group(kg, kg_n, &k);
        if (known) {
            *kind = k;
            return buf_puts(out, known) < 0 ? -1 : 1;
        }
        if (!name_n) return 0;
        *kind = role ? role->kind : EV_KIND_INSTITUTION;
        return cameo_titlecase(out, name, name_n) < 0 ? -1 : 1;
    }
    if (cc_n) {
        const cameo_country_t *c = cameo_country(cc, cc_n);
        /* Unknown code: the code itself is a stable name. */
        const char *cname = c ? c->name : cc;
        int country_only = (code_n == cc_n && memcmp(code, cc, cc_n) == 0) ||
                           !type_n;
        if (country_only) {
            *kind = c && c->region ? EV_KIND_GROUP : EV_KIND_STATE;
            return buf_puts(out, cname) < 0 ? -1 : 1;
        }
        if (name_n && cameo_person_like(name, name_n)) {
            *kind = EV_KIND_PERSON;
            return cameo_titlecase(out, name, name_n) < 0 ? -1 : 1;
        }
        char label[64];
        if (role) {
            *kind = role->kind;
            snprintf(label, sizeof label, "%s", role->label);
        } else {
            /* An actor type dipnet does not know: keep the code. */
            *kind = EV_KIND_GROUP;
            snprintf(label, sizeof label, "%.*s",
                     (int)(type_n > 16 ? 16 : type_n), type);
        }
        return put_sector(out, label, cname) < 0 ? -1 : 1;
    }
    if (name_n && cameo_person_like(name, name_n)) {
        *kind = EV_KIND_PERSON;
        return cameo_titlecase(out, name, name_n) < 0 ? -1 : 1;
    }
    return 0;
}

static int do_row(gdelt_state_t *st, size_t ncols, int all, ev_sink_fn sink,
                  void *ctx)
{
    const layout_t *lay = ncols == 57   ? &layout_v1_57
                          : ncols == 58 ? &layout_v1_58
                                        : &layout_v2_61;
    if (!all_digits(st->f[C_ID], st->len[C_ID]))
        return diag_error(DN_EINPUT, st->name, st->line, 1,
                          "GLOBALEVENTID '%.*s' is not a number",
                          (int)(st->len[C_ID] > 20 ? 20 : st->len[C_ID]),
                          st->f[C_ID]);
    ev_date_t date;
    int rc = parse_sqldate(st, &date);
    if (rc) return rc;
    const char *code = st->f[C_EVENTCODE];
    size_t code_n = st->len[C_EVENTCODE];
    if (!all_digits(code, code_n) || code_n > 4)
        return diag_error(DN_EINPUT, st->name, st->line,
                          col_of(st, C_EVENTCODE, 0),
                          "EventCode '%.*s' is not a CAMEO code",
                          (int)(code_n > 20 ? 20 : code_n), code);
    int reverse = 0;
    int rel = cameo_code_relation(code, code_n, &reverse);
    if (rel < 0) {
        if (!all) return DN_OK;
        rel = EV_REL_OTHER;
    }
    /* every cell an actor name is made of (the codes too: an unknown
     * country code is shown as it is) */
    static const size_t kept[] = {C_A1CODE, C_A1NAME, C_A1COUNTRY, C_A1GROUP,
                                  C_A1TYPE, C_A2CODE, C_A2NAME, C_A2COUNTRY,
                                  C_A2GROUP, C_A2TYPE};
    for (size_t i = 0; i < sizeof kept / sizeof kept[0]; i++)
        if ((rc = check_utf8(st, kept[i]))) return rc;

    ev_kind_t k1 = EV_KIND_STATE, k2 = EV_KIND_STATE;
    int ok1 = actor_name(st, C_A1CODE, C_A1NAME, C_A1COUNTRY, C_A1GROUP,
                         C_A1TYPE, &st->src, &k1);
    int ok2 = actor_name(st, C_A2CODE, C_A2NAME, C_A2COUNTRY, C_A2GROUP,
                         C_A2TYPE, &st->dst, &k2);
    if (ok1 < 0 || ok2 < 0) return diag_nomem("GDELT actor name");
    if (!ok1 || !ok2) return DN_OK;
    /* An event file reads a row that starts with `#` as a comment: the
     * event would vanish between `dipnet import` and `dipnet report`. */
    if (st->src.data[0] == '#' || st->dst.data[0] == '#')
        return diag_error(DN_EINPUT, st->name, st->line,
                          col_of(st, st->src.data[0] == '#' ? C_A1CODE
                                                            : C_A2CODE, 0),
                          "actor name `%s` starts with `#` (event files "
                          "read such a row as a comment)",
                          st->src.data[0] == '#' ? st->src.data : st->dst.data);
    if (k1 == k2 && st->src.len == st->dst.len &&
        memcmp(st->src.data, st->dst.data, st->src.len) == 0)
        return DN_OK;

    const char *place = "";
    if (code_n == 3 && memcmp(code, "044", 3) == 0) {
        if ((rc = check_utf8(st, lay->action_geo_name))) return rc;
        place = st->f[lay->action_geo_name];
    }
    buf_clear(&st->evidence);
    if (buf_puts(&st->evidence, "GDELT ") < 0 ||
        buf_append(&st->evidence, st->f[C_ID], st->len[C_ID]) < 0)
        return diag_nomem("GDELT evidence");
    if (lay->source_url && st->len[lay->source_url]) {
        if ((rc = check_utf8(st, lay->source_url))) return rc;
        if (buf_putc(&st->evidence, ' ') < 0 ||
            buf_append(&st->evidence, st->f[lay->source_url],
                       st->len[lay->source_url]) < 0)
            return diag_nomem("GDELT evidence");
    }

    const char *extra_values[1] = {code};
    ev_event_t ev;
    memset(&ev, 0, sizeof ev);
    buf_t *s = reverse ? &st->dst : &st->src, *t = reverse ? &st->src : &st->dst;
    ev.source = buf_cstr(s);
    ev.source_kind = reverse ? k2 : k1;
    ev.relation = (ev_relation_t)rel;
    ev.target = buf_cstr(t);
    ev.target_kind = reverse ? k1 : k2;
    ev.start = date;
    ev.place = place;
    ev.doc = st->name;
    ev.line = st->line;
    ev.evidence = buf_cstr(&st->evidence);
    ev.confidence = -1.0;
    ev.extra.n = gdelt_nextra;
    ev.extra.names = gdelt_extra_columns;
    ev.extra.values = extra_values;
    return sink(&ev, ctx);
}

int gdelt_read(FILE *fp, const char *name, int all, ev_sink_fn sink,
               void *ctx)
{
    cameo_lines_t lr;
    int rc = cameo_lines_init(&lr, fp, name, GDELT_MAXLINE);
    if (rc) return rc;
    gdelt_state_t st;
    memset(&st, 0, sizeof st);
    st.name = name;
    buf_init(&st.src);
    buf_init(&st.dst);
    buf_init(&st.evidence);
    for (;;) {
        char *line;
        size_t len;
        if ((rc = cameo_lines_next(&lr, &line, &len)) || !line) break;
        st.line = lr.line;
        if (!len) continue;
        size_t ncols = cameo_split_tabs(line, len, st.f, st.len,
                                        GDELT_MAXCOLS);
        if (ncols != 57 && ncols != 58 && ncols != 61) {
            /* Point at the end of a short line, or at the first column
             * beyond the nearest layout in a long one. */
            long col = (long)len + 1;
            size_t last = ncols > 61 ? 60 : 57;
            if (ncols > 58)
                col = col_of(&st, last, st.len[last]) + 1;
            rc = diag_error(DN_EINPUT, name, st.line, col,
                            "%zu columns; a GDELT row has 57 or 58 "
                            "(GDELT 1.0) or 61 (GDELT 2.0)", ncols);
            break;
        }
        if (st.line == 1 && strcmp(st.f[C_ID], "GLOBALEVENTID") == 0)
            continue;
        if ((rc = do_row(&st, ncols, all, sink, ctx))) break;
    }
    buf_destroy(&st.src);
    buf_destroy(&st.dst);
    buf_destroy(&st.evidence);
    cameo_lines_destroy(&lr);
    return rc;
}

int gdelt_sniff(const char *buf, size_t n)
{
    const char *nl = memchr(buf, '\n', n);
    size_t len = nl ? (size_t)(nl - buf) : n;
    if (len && buf[len - 1] == '\r') len--;
    size_t cols = 1, i = 0, field_start = 0, field = 0;
    int id_ok = 0, date_ok = 0;
    for (i = 0; i <= len; i++) {
        if (i < len && buf[i] != '\t') continue;
        size_t fl = i - field_start;
        if (field == 0) id_ok = all_digits(buf + field_start, fl);
        if (field == 1) date_ok = fl == 8 && all_digits(buf + field_start, fl);
        if (i < len) cols++;
        field++;
        field_start = i + 1;
    }
    if (!id_ok || !date_ok) return 0;
    /* A line cut off by the sniff buffer: trust id and date. */
    if (!nl) return cols >= 8;
    return cols == 57 || cols == 58 || cols == 61;
}
