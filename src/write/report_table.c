#include "write/report.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "util/buf.h"
#include "util/diag.h"
#include "util/escape.h"
#include "write/style.h"

/* Display width of a UTF-8 string (Cyrillic and Kazakh names align). */
static size_t display_width(const char *s)
{
    size_t w = 0;
    const utf8proc_uint8_t *p = (const utf8proc_uint8_t *)s;
    utf8proc_int32_t cp;
    while (*p) {
        utf8proc_ssize_t n = utf8proc_iterate(p, -1, &cp);
        if (n <= 0) { p++; w++; continue; }
        int cw = utf8proc_charwidth(cp);
        w += cw > 0 ? (size_t)cw : 0;
        p += n;
    }
    return w;
}

/* The name of actor id as a terminal may show it (util/escape.h), in b. */
static const char *shown(const report_t *r, uint32_t id, buf_t *b)
{
    const char *s = net_actor_name(r->net, id);
    buf_clear(b);
    if (esc_term(b, s, strlen(s)) < 0) return "?";
    return buf_cstr(b);
}

static void pad(FILE *fp, size_t n)
{
    while (n--) putc(' ', fp);
}

static int put_community(const report_t *r, size_t k, const uint32_t *m,
                         size_t n, void *ctx)
{
    FILE *fp = ctx;
    fprintf(fp, "  %zu (%zu): ", k + 1, n);
    for (size_t i = 0; i < n; i++) {
        if (i) fputs(", ", fp);
        const char *s = net_actor_name(r->net, m[i]);
        esc_term_put(fp, s, strlen(s));
    }
    putc('\n', fp);
    return 0;
}

int report_write_table(FILE *fp, const report_t *r)
{
    size_t ties, events;
    report_counts(r, &ties, &events);
    if (r->title) {
        esc_term_put(fp, r->title, strlen(r->title));
        fputs(": ", fp);
    }
    fprintf(fp, "%zu actors, %zu ties, %zu events; top %zu by %s\n\n",
            r->net->nactors, ties, events, r->n, measure_name(r->by));
    buf_t nb;
    buf_init(&nb);
    size_t namew = strlen("actor");
    for (size_t i = 0; i < r->n; i++) {
        size_t w = display_width(shown(r, r->ids[i], &nb));
        if (w > namew) namew = w;
    }
    if (namew > 48) namew = 48;
    static const char *const heads[M_COUNT] = {
        "degree", "strength", "made", "hosted", "betweenness", "harmonic",
        "eigenvector", "pagerank"};
    fprintf(fp, "%4s  %-*s  %-11s", "rank", (int)namew, "actor", "kind");
    for (int m = 0; m < M_COUNT; m++)
        if (r->cent->val[m]) fprintf(fp, "  %*s", (int)strlen(heads[m]) > 8 ? (int)strlen(heads[m]) : 8, heads[m]);
    putc('\n', fp);
    for (size_t i = 0; i < r->n; i++) {
        uint32_t id = r->ids[i];
        const char *name = shown(r, id, &nb);
        fprintf(fp, "%4zu  ", i + 1);
        size_t w = display_width(name);
        if (w > namew) {
            /* Long names lose their middle: the end tells them apart. */
            buf_t b;
            buf_init(&b);
            if (style_shorten(&b, name, namew)) {
                buf_destroy(&b);
                buf_destroy(&nb);
                return diag_nomem("report table");
            }
            size_t sw = display_width(buf_cstr(&b));
            fputs(buf_cstr(&b), fp);
            pad(fp, sw < namew ? namew - sw : 0);
            buf_destroy(&b);
        } else {
            fputs(name, fp);
            pad(fp, namew - w);
        }
        fprintf(fp, "  %-11s", ev_kind_name(r->net->actors[id].kind));
        for (int m = 0; m < M_COUNT; m++) {
            if (!r->cent->val[m]) continue;
            char v[32];
            report_format_value(r, (measure_t)m, id, 0, v);
            int hw = (int)strlen(heads[m]) > 8 ? (int)strlen(heads[m]) : 8;
            fprintf(fp, "  %*s", hw, v);
        }
        putc('\n', fp);
    }
    buf_destroy(&nb);
    putc('\n', fp);
    for (int m = 0; m < M_COUNT; m++)
        if (r->cent->val[m])
            fprintf(fp, "  %-12s %s\n", heads[m], measure_help((measure_t)m));
    char note[REPORT_NOTE_MAX];
    if (*report_betweenness_note(r, note)) fprintf(fp, "  note: %s\n", note);
    if (r->comm) {
        fprintf(fp, "\nCommunities (%s, modularity %.3f; %zu actors without "
                "partners left out):\n", community_alg_name(r->comm->alg),
                r->comm->modularity, r->comm->nsingletons);
        int rc = report_each_community(r, put_community, fp);
        if (rc) return rc;
    }
    return ferror(fp) ? DN_EIO : DN_OK;
}
