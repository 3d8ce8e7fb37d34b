#include "write/style.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Numbers are printed with printf: dipnet never changes LC_NUMERIC (it sets
 * LC_CTYPE only), so the decimal point is always '.'. */

/* Kinds: shape first (readable in black and white), then colour.  Fills are
 * light tints of Okabe-Ito hues so black labels stay legible; borders are
 * the darker hue. */
static const char *const kind_shape[EV_KIND_COUNT] = {
    "ellipse", "box", "hexagon", "parallelogram"
};
static const char *const kind_fill[EV_KIND_COUNT] = {
    "#cce7f8", /* person: sky blue */
    "#fbe3b0", /* institution: orange */
    "#b8e6d6", /* state: bluish green */
    "#f2d5e6"  /* group: reddish purple */
};
static const char *const kind_border[EV_KIND_COUNT] = {
    "#0072b2", "#b07a00", "#00795a", "#a0457a"
};

/* Relations: colour plus line style; visits also carry arrowheads. */
static const char *const rel_color[EV_REL_COUNT] = {
    "#0072b2", /* visit: blue */
    "#d55e00", /* meeting: vermillion */
    "#009e73", /* agreement: bluish green */
    "#cc79a7", /* recognition: reddish purple */
    "#e69f00", /* relations: orange */
    "#000000", /* founding: black */
    "#666666", /* affiliation: grey */
    "#aaaaaa"  /* other: light grey */
};
static const char *const rel_line[EV_REL_COUNT] = {
    "solid", "solid", "bold", "dotted", "dotted", "dotted", "dashed", "solid"
};
static const char *const rel_sample[EV_REL_COUNT] = {
    "\u2500\u2500\u25b6", /* ──▶ */
    "\u2500\u2500\u2500", /* ─── */
    "\u2501\u2501\u2501", /* ━━━ */
    "\u2508\u2508\u2508", /* ┈┈┈ */
    "\u2508\u2508\u2508",
    "\u2508\u2508\u2508",
    "\u254c\u254c\u254c", /* ╌╌╌ */
    "\u2500\u2500\u2500"
};

/* Paul Tol's "light" scheme: distinguishable with the common colour-vision
 * deficiencies and light enough for black text. */
static const char *const community_fill[STYLE_NCOMMUNITY + 1] = {
    "#77aadd", "#ee8866", "#44bb99", "#eedd88", "#ffaabb", "#99ddff",
    "#bbcc33", "#aaaa00", "#dddddd"
};

const char *style_kind_shape(ev_kind_t k)
{
    return (unsigned)k < EV_KIND_COUNT ? kind_shape[k] : "ellipse";
}

const char *style_kind_fill(ev_kind_t k)
{
    return (unsigned)k < EV_KIND_COUNT ? kind_fill[k] : "#eeeeee";
}

const char *style_kind_border(ev_kind_t k)
{
    return (unsigned)k < EV_KIND_COUNT ? kind_border[k] : "#444444";
}

const char *style_rel_color(ev_relation_t r)
{
    return (unsigned)r < EV_REL_COUNT ? rel_color[r] : "#aaaaaa";
}

const char *style_rel_line(ev_relation_t r)
{
    return (unsigned)r < EV_REL_COUNT ? rel_line[r] : "solid";
}

const char *style_rel_sample(ev_relation_t r)
{
    return (unsigned)r < EV_REL_COUNT ? rel_sample[r] : rel_sample[0];
}

const char *style_rel_count_name(ev_relation_t r, uint32_t n)
{
    static const char *const plural[EV_REL_COUNT] = {
        "visits", "meetings", "agreements", "recognitions", "relations acts",
        "foundings", "affiliations", "other events"
    };
    if ((unsigned)r >= EV_REL_COUNT) r = EV_REL_OTHER;
    return n == 1 ? ev_relation_name(r) : plural[r];
}

const char *style_community_fill(size_t i)
{
    return community_fill[i < STYLE_NCOMMUNITY ? i : STYLE_NCOMMUNITY];
}

ev_relation_t style_dominant_relation(const net_t *net, const net_edge_t *e)
{
    int best = -1;
    uint32_t most = 0;
    for (int r = 0; r < EV_REL_COUNT; r++) {
        uint32_t c = net_edge_count(net, e, (ev_relation_t)r);
        if (r == EV_REL_AFFILIATION || c == 0) continue;
        if (best < 0 || c > most) {
            best = r;
            most = c;
        }
    }
    return best < 0 ? EV_REL_AFFILIATION : (ev_relation_t)best;
}

int style_years(buf_t *b, const net_edge_t *e)
{
    size_t n = 0;
    const short *y = net_edge_years(e, &n);
    int rc = 0;
    if (n > 0 && n <= 3) {
        for (size_t i = 0; i < n && rc == 0; i++)
            rc = buf_printf(b, "%s%d", i ? ", " : "", y[i]);
    } else if (n > 3) {
        rc = buf_printf(b, "%d\u2013%d", y[0], y[n - 1]);
    }
    if (rc == 0 && e->total > 1)
        rc = buf_printf(b, "%s(%u)", n ? " " : "", (unsigned)e->total);
    return rc;
}

int style_measure_value(buf_t *b, measure_t m, double v)
{
    if (!isfinite(v)) return buf_puts(b, "\u2013");
    if (v == 0) return buf_putc(b, '0');
    switch (m) {
    case M_DEGREE: case M_STRENGTH: case M_VISITS_MADE: case M_VISITS_HOSTED:
        return buf_printf(b, "%.0f", v);
    default:
        break;
    }
    double a = fabs(v);
    if (a >= 100) return buf_printf(b, "%.0f", v);
    if (a >= 1) return buf_printf(b, "%.2f", v);
    return buf_printf(b, "%.4f", v);
}

size_t style_utf8_prefix(const char *s, size_t n, size_t max)
{
    if (n <= max) return n;
    size_t k = max;
    /* Step back over continuation bytes to the start of a sequence. */
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80) k--;
    return k;
}

/* Byte offset of code point `cp` in s (strlen(s) past the end). */
static size_t cp_offset(const char *s, size_t cp)
{
    size_t i = 0, k = 0;
    for (; s[i]; i++)
        if (((unsigned char)s[i] & 0xC0) != 0x80 && k++ == cp) return i;
    return i;
}

static char cp_at(const char *s, size_t cp) { return s[cp_offset(s, cp)]; }

/* Characters a shortened head should not end with. */
static int is_gap(char c)
{
    return c == ' ' || c == '/' || c == ',' || c == '-' || c == ';' ||
           c == ':' || c == '(';
}

int style_shorten(buf_t *b, const char *s, size_t max)
{
    size_t n = 0, len = strlen(s);
    for (const char *p = s; *p; p++) n += ((unsigned char)*p & 0xC0) != 0x80;
    if (max < 8) max = 8;
    if (n <= max) return buf_puts(b, s);
    /* The tail: a closing "(…)" qualifier when it is short enough, else
     * about the last 40 %, from the start of a word when one starts there. */
    size_t ts = n - max * 2 / 5;
    const char *open = strrchr(s, '(');
    size_t at = 0;
    for (const char *p = s; open && p < open; p++)
        at += ((unsigned char)*p & 0xC0) != 0x80;
    if (len && s[len - 1] == ')' && open && n - at <= max / 2) {
        ts = at;
    } else if (cp_at(s, ts - 1) != ' ') {
        for (size_t k = ts + 1; k + 2 < n; k++)
            if (cp_at(s, k - 1) == ' ') { ts = k; break; }
    }
    int space = cp_at(s, ts - 1) == ' ';
    /* The head: what is left, ending between words when a word ends in its
     * last third, without a separator at its end. */
    size_t h = max - 1 - (size_t)space - (n - ts);
    if (!is_gap(cp_at(s, h)))
        for (size_t k = h; k > h * 2 / 3 + 1; k--)
            if (cp_at(s, k - 1) == ' ') { h = k - 1; break; }
    while (h > 1 && is_gap(cp_at(s, h - 1))) h--;
    return buf_append(b, s, cp_offset(s, h)) ||
           buf_puts(b, space ? "\u2026 " : "\u2026") ||
           buf_puts(b, s + cp_offset(s, ts)) ? -1 : 0;
}
