#include "write/timeline_out.h"

#include <stdlib.h>
#include <string.h>

#include "write/export.h"
#include "write/style.h"
#include "util/buf.h"
#include "util/diag.h"
#include "util/escape.h"

static const char *const measure_words[M_COUNT] = {
    "degree", "strength", "visits made", "visits hosted", "betweenness",
    "harmonic closeness", "eigenvector centrality", "PageRank"};

static void period_phrase(const timeline_t *t, char *out, size_t n)
{
    if (t->width == 1) snprintf(out, n, "per year");
    else if (t->width == 10) snprintf(out, n, "per decade");
    else snprintf(out, n, "per %d years", t->width);
}

/* Code points in a UTF-8 string (display width for Latin and Cyrillic). */
static size_t u8len(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

/* Writes s as a terminal may show it (util/escape.h), shortened to at
 * most w code points (style_shorten: the middle goes, the distinguishing
 * end stays), padded with spaces to w. */
static void put_cell(FILE *fp, const char *raw, size_t w)
{
    buf_t e, b;
    buf_init(&e);
    buf_init(&b);
    const char *s = esc_term(&e, raw, strlen(raw)) < 0 ? "?" : buf_cstr(&e);
    if (u8len(s) > w && !style_shorten(&b, s, w)) s = buf_cstr(&b);
    size_t n = u8len(s);
    fputs(s, fp);
    for (; n < w; n++) putc(' ', fp);
    buf_destroy(&e);
    buf_destroy(&b);
}

int timeline_write_table(FILE *fp, const timeline_t *t,
                         const timeline_ranks_t *r, const char *title)
{
    const net_t *all = &t->all;
    size_t np = r->nperiods;
    char phrase[32];
    period_phrase(t, phrase, sizeof phrase);
    fprintf(fp, "Rank by %s %s%s", measure_words[r->by], phrase,
            title ? " in " : "");
    if (title) esc_term_put(fp, title, strlen(title));
    putc('\n', fp);
    fprintf(fp, "(1 = most central in the period; - = no events in it; "
                "all = the whole time)\n\n");
    size_t namew = 13; /* "actors ranked" */
    buf_t shown;
    buf_init(&shown);
    for (size_t i = 0; i < r->nrows; i++) {
        /* the width of the name as put_cell shows it */
        const char *nm = net_actor_name(all, r->actor[i]);
        buf_clear(&shown);
        size_t n = esc_term(&shown, nm, strlen(nm)) < 0
                       ? esc_term_len(nm, strlen(nm))
                       : u8len(buf_cstr(&shown));
        if (n > namew) namew = n;
    }
    buf_destroy(&shown);
    if (namew > 32) namew = 32;
    size_t colw = 5;
    for (size_t p = 0; p < np; p++) {
        char l[32];
        timeline_period_label(t, p, l, sizeof l);
        if (strlen(l) + 1 > colw) colw = strlen(l) + 1;
    }
    put_cell(fp, "actor", namew);
    fputs("  kind         all", fp);
    for (size_t p = 0; p < np; p++) {
        char l[32];
        timeline_period_label(t, p, l, sizeof l);
        fprintf(fp, "%*s", (int)colw, l);
    }
    putc('\n', fp);
    for (size_t i = 0; i < r->nrows; i++) {
        uint32_t a = r->actor[i];
        put_cell(fp, net_actor_name(all, a), namew);
        fprintf(fp, "  %-11s %4ld", ev_kind_name(all->actors[a].kind),
                r->overall[i]);
        for (size_t p = 0; p < np; p++) {
            long k = r->rank[i * np + p];
            if (k) fprintf(fp, "%*ld", (int)colw, k);
            else fprintf(fp, "%*s", (int)colw, "-");
        }
        putc('\n', fp);
    }
    put_cell(fp, "actors ranked", namew);
    fprintf(fp, "  %-11s %4zu", "", r->nranked_all);
    for (size_t p = 0; p < np; p++)
        fprintf(fp, "%*zu", (int)colw, r->nranked[p]);
    putc('\n', fp);
    if (t->nundated)
        fprintf(fp, "\n%zu undated event(s) left out.\n", t->nundated);
    if (r->sampled)
        fprintf(fp, "Betweenness estimated from %ld sampled sources.\n",
                r->sampled);
    return ferror(fp) ? DN_EIO : DN_OK;
}

int timeline_write_csv(FILE *fp, const timeline_t *t,
                       const timeline_ranks_t *r, const char *title)
{
    const net_t *all = &t->all;
    size_t np = r->nperiods;
    fputs("actor,kind,overall_rank,period,period_first,period_last,rank,"
          "value,ranked\r\n", fp);
    for (size_t i = 0; i < r->nrows; i++) {
        uint32_t a = r->actor[i];
        for (size_t p = 0; p < np; p++) {
            char l[32];
            timeline_period_label(t, p, l, sizeof l);
            esc_csv_put(fp, net_actor_name(all, a));
            fprintf(fp, ",%s,%ld,%s,%d,%d,", ev_kind_name(all->actors[a].kind),
                    r->overall[i], l, timeline_period_first(t, p),
                    timeline_period_last(t, p));
            long k = r->rank[i * np + p];
            if (k) {
                char v[32];
                export_format_double(r->value[i * np + p], v);
                fprintf(fp, "%ld,%s", k, v);
            } else {
                fputs(",", fp);
            }
            fprintf(fp, ",%zu\r\n", r->nranked[p]);
        }
    }
    return ferror(fp) ? DN_EIO : DN_OK;
}

/* ---- SVG ---- */

/* Colour-blind-safe (Okabe–Ito and Tol), dark enough on white. */
static const char *const palette[] = {
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00",
    "#56B4E9", "#000000", "#999933", "#882255", "#44AA99"};
#define NPALETTE (sizeof palette / sizeof palette[0])

typedef struct {
    size_t row;
    double want, y;   /* label position: wanted, after spreading */
} label_t;

static int label_cmp(const void *pa, const void *pb)
{
    const label_t *a = pa, *b = pb;
    if (a->want != b->want) return a->want < b->want ? -1 : 1;
    return a->row < b->row ? -1 : a->row > b->row;
}

int timeline_write_svg(FILE *fp, const timeline_t *t,
                       const timeline_ranks_t *r, const char *title)
{
    const net_t *all = &t->all;
    size_t np = r->nperiods, nr = r->nrows;
    buf_t e;
    buf_init(&e);
    label_t *labels = malloc((nr + 1) * sizeof *labels);
    double *lanes = malloc((nr + 1) * sizeof *lanes);
    if (!labels || !lanes) {
        free(labels);
        free(lanes);
        return diag_nomem("timeline chart");
    }
    int nomem = 0;
#define ESC(s) (buf_clear(&e), esc_xml(&e, (s), strlen(s)) < 0 \
                ? (nomem = 1, "") : buf_cstr(&e))

    /* Ranks below the cap share one "lower" row at the bottom, so one
     * actor far down does not squash everyone else. */
    long maxrank = 1;
    for (size_t i = 0; i < nr * np; i++)
        if (r->rank[i] > maxrank) maxrank = r->rank[i];
    long cap = (long)nr + 5 > 15 ? (long)nr + 5 : 15;
    long krows = maxrank > cap ? cap + 1 : maxrank;   /* rows on the axis */
    double rh = krows > 30 ? 14 : krows > 20 ? 18 : 26;
    /* In that lower row each actor that reaches it gets a lane of its own,
     * in rank order, so their lines never lie on top of each other. */
    size_t nlanes = 0;
    for (size_t i = 0; i < nr; i++) {
        lanes[i] = 0;
        for (size_t p = 0; p < np; p++)
            if (r->rank[i * np + p] > cap) {
                lanes[i] = (double)nlanes++;
                break;
            }
    }
    double lane = 7, band = nlanes > 1 ? lane * (double)(nlanes - 1) : 0;
    double colw = np > 1 ? 720.0 / (double)(np - 1) : 0;
    if (np > 1 && colw < 44) colw = 44;
    if (colw > 120) colw = 120;
    double left = 70, top = 104, plotw = np > 1 ? colw * (double)(np - 1) : 0;
    double labelw = 300;
    int rotate = np > 1 && colw < 64;
    double bottom = rotate ? 96 : 70;
    double width = left + plotw + 30 + labelw;
    double height = top + rh * (double)(krows - 1) + band + bottom;
    if (width < 600) width = 600;
#define X(p) (left + 10 + colw * (double)(p))
#define Y(k) (top + rh * (double)(((k) > cap ? cap + 1 : (k)) - 1))
#define YR(k, row) ((k) > cap ? Y(k) + lane * lanes[row] : Y(k))

    fprintf(fp,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\" "
            "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" "
            "font-family=\"DejaVu Sans, Verdana, sans-serif\" "
            "font-size=\"13\">\n",
            width, height, width, height);
    char phrase[32];
    period_phrase(t, phrase, sizeof phrase);
    fprintf(fp, "<title>Rank by %s %s</title>\n", measure_words[r->by], phrase);
    fprintf(fp, "<rect width=\"100%%\" height=\"100%%\" fill=\"#ffffff\"/>\n");
    fprintf(fp, "<text x=\"16\" y=\"28\" font-size=\"17\" font-weight=\"bold\" "
                "fill=\"#222222\">Rank by %s %s</text>\n",
            measure_words[r->by], phrase);
    if (title)
        fprintf(fp, "<text x=\"16\" y=\"50\" font-size=\"12\" "
                    "fill=\"#555555\">%s</text>\n", ESC(title));
    fprintf(fp, "<text x=\"16\" y=\"%d\" font-size=\"12\" fill=\"#555555\">"
                "1 = most central in the period; gaps: no events in it; "
                "each period ranked on its own events</text>\n",
            title ? 68 : 50);

    /* Grid: a line and a number per rank, a guide per period. */
    fputs("<g stroke=\"#e6e6e6\" stroke-width=\"1\">\n", fp);
    for (long k = 1; k <= krows; k++)
        fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                left - 4, Y(k), X(np ? np - 1 : 0) + 8, Y(k));
    for (size_t p = 0; p < np; p++)
        fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\"/>\n",
                X(p), top - 10, X(p), Y(krows) + band + 10);
    fputs("</g>\n<g font-size=\"11\" fill=\"#666666\" text-anchor=\"end\">\n",
          fp);
    for (long k = 1; k <= krows; k++) {
        if (krows > 20 && k != 1 && k % 5 && k <= cap) continue;
        if (k > cap)
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\">&gt;%ld</text>\n",
                    left - 10, Y(k) + 4, cap);
        else
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\">%ld</text>\n", left - 10,
                    Y(k) + 4, k);
    }
    fputs("</g>\n<g font-size=\"12\" fill=\"#333333\">\n", fp);
    for (size_t p = 0; p < np; p++) {
        char l[32];
        timeline_period_label(t, p, l, sizeof l);
        double y = Y(krows) + band + 30;
        if (rotate)
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"end\" "
                        "transform=\"rotate(-45 %.1f %.1f)\">%s</text>\n",
                    X(p) + 4, y, X(p) + 4, y, l);
        else
            fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\">"
                        "%s</text>\n", X(p), y, l);
    }
    fputs("</g>\n", fp);

    /* Lines and points, the best actor drawn last (on top). */
    for (size_t ii = nr; ii-- > 0;) {
        const char *col = palette[ii % NPALETTE];
        const char *dash = ii >= NPALETTE ? " stroke-dasharray=\"6 3\"" : "";
        const char *name = net_actor_name(all, r->actor[ii]);
        fprintf(fp, "<g class=\"actor\" stroke=\"%s\" fill=\"%s\">\n", col, col);
        fprintf(fp, "<title>%s</title>\n", ESC(name));
        for (size_t p = 0; p + 1 < np; p++) {
            long a = r->rank[ii * np + p], b = r->rank[ii * np + p + 1];
            if (!a || !b) continue;
            fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        "stroke-width=\"3\" stroke-linecap=\"round\"%s/>\n",
                    X(p), YR(a, ii), X(p + 1), YR(b, ii), dash);
        }
        for (size_t p = 0; p < np; p++) {
            long k = r->rank[ii * np + p];
            if (!k) continue;
            char l[32], v[32];
            timeline_period_label(t, p, l, sizeof l);
            export_format_double(r->value[ii * np + p], v);
            fprintf(fp, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%s\" "
                        "stroke=\"#ffffff\" stroke-width=\"1.5\">"
                        "<title>%s, %s: rank %ld of %zu (%s %s)</title>"
                        "</circle>\n",
                    X(p), YR(k, ii), k > cap ? "3.5" : "5", ESC(name), l, k,
                    r->nranked[p],
                    measure_name(r->by), v);
        }
        fputs("</g>\n", fp);
    }

    /* Names at the right, at the height of each actor's last rank, spread
     * so they never overlap; a thin leader when a name had to move. */
    size_t nl = 0;
    for (size_t i = 0; i < nr; i++) {
        long last = 0;
        for (size_t p = 0; p < np; p++)
            if (r->rank[i * np + p]) last = r->rank[i * np + p];
        if (!last) continue;
        labels[nl].row = i;
        labels[nl].want = labels[nl].y = YR(last, i);
        nl++;
    }
    qsort(labels, nl, sizeof *labels, label_cmp);
    double gap = 15;
    for (size_t i = 1; i < nl; i++)
        if (labels[i].y < labels[i - 1].y + gap) labels[i].y = labels[i - 1].y + gap;
    double lx = X(np ? np - 1 : 0) + 22;
    for (size_t i = 0; i < nl; i++) {
        size_t row = labels[i].row;
        const char *col = palette[row % NPALETTE];
        int at_end = r->rank[row * np + np - 1] != 0;
        if (at_end && labels[i].y != labels[i].want)
            fprintf(fp, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                        "stroke=\"%s\" stroke-width=\"0.8\"/>\n",
                    X(np - 1) + 7, labels[i].want, lx - 3, labels[i].y, col);
        /* Long names lose their middle, not the end that tells them
         * apart: the chart must stay readable. */
        const char *name = net_actor_name(all, r->actor[row]);
        char cut[256];
        buf_t sb;
        buf_init(&sb);
        if (style_shorten(&sb, name, 34)) nomem = 1;
        snprintf(cut, sizeof cut, "%s", nomem ? "" : buf_cstr(&sb));
        buf_destroy(&sb);
        /* A line that stops early says until when. */
        char until[32] = "";
        if (!at_end) {
            size_t lastp = 0;
            for (size_t p = 0; p < np; p++)
                if (r->rank[row * np + p]) lastp = p;
            char l[24];
            timeline_period_label(t, lastp, l, sizeof l);
            snprintf(until, sizeof until, " (to %s)", l);
        }
        fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" fill=\"%s\">%ld. %s%s</text>\n",
                lx, labels[i].y + 4, col, r->overall[row], ESC(cut), until);
    }
    if (!nr)
        fprintf(fp, "<text x=\"%.1f\" y=\"%.1f\" fill=\"#555555\">no dated "
                    "events</text>\n", left, top);
    fputs("</svg>\n", fp);
    free(labels);
    free(lanes);
    buf_destroy(&e);
#undef ESC
#undef X
#undef Y
#undef YR
    if (nomem) return diag_nomem("timeline chart");
    return ferror(fp) ? DN_EIO : DN_OK;
}
