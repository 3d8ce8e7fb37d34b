#include "write/report.h"

#include <string.h>

#include "util/diag.h"
#include "util/escape.h"

/* Markdown table cells: a | would end the cell, a newline the table;
 * other control characters are shown escaped (util/escape.h) so that a
 * terminal showing the file does not run them. */
static void put_cell(FILE *fp, const char *s)
{
    const char *run = s;
    for (; *s; s++) {
        const char *rep = NULL;
        char two[3] = {'\\', *s, 0};
        if (*s == '|') rep = "\\|";
        else if (*s == '\n' || *s == '\r') rep = " ";
        else if (strchr("*_`[]<>", *s)) rep = two;
        if (!rep) continue;
        esc_term_put(fp, run, (size_t)(s - run));
        fputs(rep, fp);
        run = s + 1;
    }
    esc_term_put(fp, run, (size_t)(s - run));
}

static int put_community(const report_t *r, size_t k, const uint32_t *m,
                         size_t n, void *ctx)
{
    FILE *fp = ctx;
    fprintf(fp, "%zu. (%zu) ", k + 1, n);
    for (size_t i = 0; i < n; i++) {
        if (i) fputs(", ", fp);
        put_cell(fp, net_actor_name(r->net, m[i]));
    }
    putc('\n', fp);
    return 0;
}

int report_write_md(FILE *fp, const report_t *r)
{
    size_t ties, events;
    report_counts(r, &ties, &events);
    fputs("# Most-connected actors", fp);
    if (r->title) {
        fputs(": ", fp);
        put_cell(fp, r->title);
    }
    fprintf(fp, "\n\n%zu actors, %zu ties, %zu events. Top %zu by **%s**.\n\n",
            r->net->nactors, ties, events, r->n, measure_name(r->by));
    fputs("| rank | actor | kind |", fp);
    for (int m = 0; m < M_COUNT; m++)
        if (r->cent->val[m]) fprintf(fp, " %s |", measure_name((measure_t)m));
    fputs("\n|---:|---|---|", fp);
    for (int m = 0; m < M_COUNT; m++)
        if (r->cent->val[m]) fputs("---:|", fp);
    putc('\n', fp);
    for (size_t i = 0; i < r->n; i++) {
        uint32_t id = r->ids[i];
        fprintf(fp, "| %zu | ", i + 1);
        put_cell(fp, net_actor_name(r->net, id));
        fprintf(fp, " | %s |", ev_kind_name(r->net->actors[id].kind));
        for (int m = 0; m < M_COUNT; m++) {
            if (!r->cent->val[m]) continue;
            char v[32];
            report_format_value(r, (measure_t)m, id, 0, v);
            fprintf(fp, " %s |", v);
        }
        putc('\n', fp);
    }
    fputs("\nWhat the measures mean:\n\n", fp);
    for (int m = 0; m < M_COUNT; m++)
        if (r->cent->val[m])
            fprintf(fp, "- **%s**: %s\n", measure_name((measure_t)m),
                    measure_help((measure_t)m));
    char note[REPORT_NOTE_MAX];
    if (*report_betweenness_note(r, note)) fprintf(fp, "\nNote: %s.\n", note);
    if (r->comm) {
        fprintf(fp, "\n## Communities\n\n%s, modularity %.3f; %zu actors "
                "without partners left out.\n\n",
                community_alg_name(r->comm->alg), r->comm->modularity,
                r->comm->nsingletons);
        int rc = report_each_community(r, put_community, fp);
        if (rc) return rc;
    }
    return ferror(fp) ? DN_EIO : DN_OK;
}
