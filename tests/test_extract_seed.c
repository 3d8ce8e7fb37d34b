/* End-to-end test of the extractor on the seed text (data/) with the
 * fixture lexicon, scored against the copy of the seed's reference
 * annotation in tests/fixtures/seed.gold.tsv the way
 * ../shared/tools/score_events.py scores: names compared without case,
 * diacritics and punctuation, through the alias table; persons also by
 * surname and a compatible initial; meeting and agreement undirected;
 * optional gold rows neither required nor counted as wrong. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#include "extract/extract.h"
#include "util/diag.h"

#define MAXR 256

typedef struct {
    char src[128], rel[16], dst[128], start[11], end[11], need[10], kind[16];
} row_t;

typedef struct { row_t r[MAXR]; int n; } rows_t;

/* Copies src into dst (cap bytes), truncating. */
static void cpy(char *dst, size_t cap, const char *src)
{
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static char alias_from[64][96], alias_to[64][96];
static int nalias;

static void norm(const char *s, char *out, size_t cap)
{
    utf8proc_uint8_t *m = NULL;
    utf8proc_map((const utf8proc_uint8_t *)s, 0, &m,
                 UTF8PROC_NULLTERM | UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK | UTF8PROC_CASEFOLD);
    size_t n = 0;
    int space = 1;
    for (const char *p = (const char *)m; p && *p && n + 1 < cap; p++) {
        int sep = strchr(" \t\"'-_.,;:()", *p) != NULL;
        if (sep) { if (!space) out[n++] = ' '; space = 1; continue; }
        out[n++] = *p;
        space = 0;
    }
    while (n && out[n - 1] == ' ') n--;
    out[n] = '\0';
    free(m);
}

static void canon(const char *s, char *out, size_t cap)
{
    norm(s, out, cap);
    for (int i = 0; i < nalias; i++)
        if (strcmp(out, alias_from[i]) == 0) { snprintf(out, cap, "%s", alias_to[i]); return; }
}

static int same1(const char *g, const char *p, const char *kind)
{
    char a[256], b[256];
    canon(g, a, sizeof a);
    canon(p, b, sizeof b);
    if (strcmp(a, b) == 0) return 1;
    if (strcmp(kind, "person") != 0) return 0;
    const char *ga = strrchr(a, ' '), *pb = strrchr(b, ' ');
    const char *gl = ga ? ga + 1 : a, *pl = pb ? pb + 1 : b;
    if (strcmp(gl, pl) != 0) return 0;
    if (!ga || !pb) return 1;
    return a[0] == b[0];
}

static int same(const char *gold, const char *p, const char *kind)
{
    char buf[256];
    cpy(buf, sizeof buf, gold);
    for (char *tok = strtok(buf, "|"); tok; tok = strtok(NULL, "|"))
        if (same1(tok, p, kind)) return 1;
    return 0;
}

static int read_tsv(const char *path, char cells[][16][160], int maxrows, int *ncols)
{
    FILE *fp = fopen(path, "r");
    assert_non_null(fp);
    char line[4096];
    int n = 0, header = 0;
    while (fgets(line, sizeof line, fp) && n < maxrows) {
        line[strcspn(line, "\r\n")] = '\0';
        if (line[0] == '#' || line[0] == '\0') continue;
        if (!header) { header = 1; continue; }
        int c = 0;
        char *p = line;
        for (;;) {
            char *t = strchr(p, '\t');
            if (t) *t = '\0';
            if (c < 16) cpy(cells[n][c++], 160, p);
            if (!t) break;
            p = t + 1;
        }
        for (int k = c; k < 16; k++) cells[n][k][0] = '\0';
        *ncols = c;
        n++;
    }
    fclose(fp);
    return n;
}

static int sink(const ev_event_t *ev, void *ctx)
{
    rows_t *rs = ctx;
    if (rs->n >= MAXR) return DN_OK;
    row_t *r = &rs->r[rs->n++];
    cpy(r->src, sizeof r->src, ev->source);
    snprintf(r->rel, sizeof r->rel, "%s", ev_relation_name(ev->relation));
    cpy(r->dst, sizeof r->dst, ev->target);
    ev_date_format(ev->start, r->start);
    ev_date_format(ev->end, r->end);
    assert_true(ev->line > 0);
    assert_true(ev->evidence[0] != '\0');
    assert_true(ev->confidence > 0 && ev->confidence <= 1);
    return DN_OK;
}

static void test_seed_f1(void **st)
{
    (void)st;
    static char cells[MAXR][16][160];
    int nc;
    int na = read_tsv("tests/fixtures/seed.aliases.tsv", cells, 64, &nc);
    for (int i = 0; i < na; i++) {
        norm(cells[i][1], alias_from[i], sizeof alias_from[i]);
        norm(cells[i][0], alias_to[i], sizeof alias_to[i]);
    }
    nalias = na;
    static rows_t gold, pred;
    int ng = read_tsv("tests/fixtures/seed.gold.tsv", cells, MAXR, &nc);
    for (int i = 0; i < ng; i++) {
        row_t *r = &gold.r[i];
        cpy(r->src, sizeof r->src, cells[i][0]);
        cpy(r->kind, sizeof r->kind, cells[i][1]);
        cpy(r->rel, sizeof r->rel, cells[i][2]);
        cpy(r->dst, sizeof r->dst, cells[i][3]);
        cpy(r->start, sizeof r->start, cells[i][5]);
        cpy(r->end, sizeof r->end, cells[i][6]);
        cpy(r->need, sizeof r->need, cells[i][8]);
    }
    gold.n = ng;

    FILE *fp = fopen("data/000_229655faa014bd8c.txt", "rb");
    assert_non_null(fp);
    static char text[65536];
    size_t n = fread(text, 1, sizeof text, fp);
    fclose(fp);
    extractor_t *x;
    assert_int_equal(extractor_new("tests/fixtures/lexicon", &x), DN_OK);
    extract_opts_t o = { { 0, 0, 0 } };
    assert_int_equal(extractor_run(x, "seed", text, n, &o, sink, &pred), DN_OK);
    extractor_free(x);

    /* match: first with dates, then names only (as score_events.py) */
    int used[MAXR] = { 0 }, hit[MAXR] = { 0 }, optpred[MAXR] = { 0 };
    for (int pass = 0; pass < 2; pass++)
        for (int g = 0; g < gold.n; g++) {
            if (hit[g]) continue;
            const row_t *G = &gold.r[g];
            for (int p = 0; p < pred.n; p++) {
                const row_t *P = &pred.r[p];
                if (used[p] || strcmp(G->rel, P->rel) != 0) continue;
                int fwd = same(G->src, P->src, G->kind) && same(G->dst, P->dst, "");
                int undirected = !strcmp(G->rel, "meeting") || !strcmp(G->rel, "agreement")
                                 || !strcmp(G->rel, "relations");
                int bwd = undirected && same(G->src, P->dst, G->kind) && same(G->dst, P->src, "");
                if (!fwd && !bwd) continue;
                if (pass == 0 && (strcmp(G->start, P->start) != 0 || (G->end[0] && strcmp(G->end, P->end) != 0)))
                    continue;
                used[p] = 1;
                hit[g] = 1;
                if (!strcmp(G->need, "optional")) optpred[p] = 1;
                break;
            }
        }
    int tp[2] = { 0, 0 }, ngold[2] = { 0, 0 }, npred[2] = { 0, 0 };
    for (int g = 0; g < gold.n; g++) {
        int k = !strcmp(gold.r[g].rel, "affiliation") ? 1
                : (!strcmp(gold.r[g].rel, "visit") || !strcmp(gold.r[g].rel, "meeting")) ? 0 : -1;
        if (k < 0 || strcmp(gold.r[g].need, "required") != 0) continue;
        ngold[k]++;
        if (hit[g]) tp[k]++;
    }
    for (int p = 0; p < pred.n; p++) {
        int k = !strcmp(pred.r[p].rel, "affiliation") ? 1
                : (!strcmp(pred.r[p].rel, "visit") || !strcmp(pred.r[p].rel, "meeting")) ? 0 : -1;
        if (k >= 0 && !optpred[p]) npred[k]++;
    }
    double f[2];
    for (int k = 0; k < 2; k++) {
        double P = npred[k] ? (double)tp[k] / npred[k] : 0, R = ngold[k] ? (double)tp[k] / ngold[k] : 0;
        f[k] = P + R > 0 ? 2 * P * R / (P + R) : 0;
        print_message("%s: P %.2f R %.2f F1 %.2f\n", k ? "affiliation" : "core", P, R, f[k]);
    }
    assert_true(f[0] >= 0.95);
    assert_true(f[1] >= 0.90);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_seed_f1),
    };
    return cmocka_run_group_tests_name("extract_seed", tests, NULL, NULL);
}
