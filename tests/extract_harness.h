/* extract_harness: the shared set-up of the extractor rule tests
 * (tests/test_extract_rules.c, tests/test_extract_recall.c): run the
 * extractor with the fixture lexicon on a sentence and look for rows.
 * Header-only, static: each test binary includes it once. */
#ifndef EXTRACT_HARNESS_H
#define EXTRACT_HARNESS_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "util/diag.h"

static extractor_t *X;
static char OUT[16384];

static int sink(const ev_event_t *ev, void *ctx)
{
    (void)ctx;
    char a[11], b[11];
    ev_date_format(ev->start, a);
    ev_date_format(ev->end, b);
    size_t n = strlen(OUT);
    snprintf(OUT + n, sizeof OUT - n, "%s|%s|%s|%s|%s\n", ev->source,
             ev_relation_name(ev->relation), ev->target, a, b);
    return DN_OK;
}

/* Runs the extractor on text with reference date (""= none); the rows are
 * in OUT as "source|relation|target|start|end" lines. */
static const char *run(const char *text, const char *date)
{
    OUT[0] = '\0';
    extract_opts_t o;
    memset(&o, 0, sizeof o);
    assert_int_equal(ev_date_parse(date, strlen(date), &o.doc_date, NULL), 0);
    assert_int_equal(extractor_run(X, "t", text, strlen(text), &o, sink, NULL), DN_OK);
    return OUT;
}

static int setup(void **st)
{
    (void)st;
    return extractor_new("tests/fixtures/lexicon", &X);
}

static int teardown(void **st)
{
    (void)st;
    extractor_free(X);
    return 0;
}

/* A row must be there (the rows are printed when it is not). */
#define HAS(row) do { if (!strstr(OUT, row "\n")) print_message("rows:\n%s", OUT); \
                      assert_non_null(strstr(OUT, row "\n")); } while (0)
#define HASNT(row) assert_null(strstr(OUT, row))

#endif
