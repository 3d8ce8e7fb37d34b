/* fuzz_import: shared body of the GDELT and ICEWS importer targets: read
 * arbitrary bytes (the first byte chooses --all), write every event as
 * event TSV like `dipnet import`, and read that back: the same number of
 * events must come out (an imported name must survive the TSV). */
#ifndef FUZZ_IMPORT_H
#define FUZZ_IMPORT_H

#include "fuzz_common.h"

#include "io/evtsv.h"

typedef int (*import_fn)(FILE *, const char *, int, ev_sink_fn, void *);

typedef struct {
    evtsv_writer_t w;
    size_t n;
} imp_t;

static int imp_write(const ev_event_t *ev, void *ctx)
{
    imp_t *t = ctx;
    FUZZ_CHECK(ev->source && *ev->source && ev->target && *ev->target,
               "empty name");
    FUZZ_CHECK(ev->source_kind < EV_KIND_COUNT && ev->relation < EV_REL_COUNT,
               "bad enum");
    t->n++;
    return evtsv_write(&t->w, ev) ? DN_EIO : DN_OK;
}

static int imp_count(const ev_event_t *ev, void *ctx)
{
    (void)ev;
    ++*(size_t *)ctx;
    return DN_OK;
}

static int fuzz_import(import_fn read, const char *const *extra, size_t nextra,
                       const uint8_t *data, size_t size)
{
    static int init;
    if (!init++) fuzz_quiet();
    if (size < 1) return 0;
    int all = data[0] & 1;
    FILE *in = fuzz_open(data + 1, size - 1);
    if (!in) return 0;
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) { fclose(in); return 0; }
    imp_t t = {.n = 0};
    evtsv_writer_opts_t wo = {.nextra = nextra, .extra = extra};
    int rc = evtsv_writer_init(&t.w, out, &wo, "fuzz import");
    if (!rc) rc = read(in, "fuzz", all, imp_write, &t);
    fclose(in);
    fclose(out);
    if (rc == DN_OK) {
        size_t n2 = 0;
        FILE *back = fuzz_open((const uint8_t *)text, len);
        int rc2 = back ? evtsv_read(back, "back", imp_count, &n2) : DN_OK;
        if (back) fclose(back);
        FUZZ_CHECK(!back || (rc2 == DN_OK && n2 == t.n),
                   "import round trip: %zu events written, read back rc=%d "
                   "n=%zu\n%.4000s", t.n, rc2, n2, text);
    }
    free(text);
    return 0;
}

#endif
