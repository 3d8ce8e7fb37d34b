/* fuzz_evtsv: the event TSV reader on arbitrary bytes, and the writer's
 * round trip: every event read is written with evtsv_write, and reading
 * that text back gives the same number of events with the same fields
 * (the writer folds tabs and line breaks, which the reader never yields).
 * Also the sniffer the CLI uses to tell event files from texts, and the
 * block reader: the same input read in tiny blocks (1 to 97 bytes, so
 * lines straddle blocks and the parse-ahead thread runs) must give the
 * same result and the same number of events as the default read. */
#include "fuzz_common.h"

#include "io/evtsv.h"

typedef struct {
    evtsv_writer_t w;
    size_t n;
} first_t;

static int write_ev(const ev_event_t *ev, void *ctx)
{
    first_t *f = ctx;
    /* the strings are valid now, and NUL-terminated */
    FUZZ_CHECK(ev->source && *ev->source && ev->target && *ev->target,
               "empty name passed on");
    FUZZ_CHECK(ev->source_kind < EV_KIND_COUNT && ev->relation < EV_REL_COUNT,
               "bad enum");
    FUZZ_CHECK(!ev->end.year || ev_date_last_day(ev->end) >=
                                    ev_date_first_day(ev->start),
               "end before start passed on");
    f->n++;
    return evtsv_write(&f->w, ev) ? DN_EIO : DN_OK;
}

static int count_batch(const ev_event_t *evs, size_t n, void *ctx)
{
    (void)evs;
    *(size_t *)ctx += n;
    return DN_OK;
}

static int count_ev(const ev_event_t *ev, void *ctx)
{
    (void)ev;
    ++*(size_t *)ctx;
    return DN_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int init;
    if (!init++) fuzz_quiet();
    (void)evtsv_sniff((const char *)data, size);
    FILE *in = fuzz_open(data, size);
    if (!in) return 0;
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) { fclose(in); return 0; }
    first_t f = {.n = 0};
    static const char *const extra[] = {"cameo", "count"};
    evtsv_writer_opts_t wo = {.with_confidence = 1, .nextra = 2, .extra = extra};
    int rc = evtsv_writer_init(&f.w, out, &wo, "fuzz\nround trip");
    if (!rc) rc = evtsv_read(in, "fuzz", write_ev, &f);
    fclose(in);
    fclose(out);
    if (rc == DN_OK) {
        /* what we wrote must read back, whole */
        size_t n2 = 0;
        FILE *back = fuzz_open((const uint8_t *)text, len);
        int rc2 = back ? evtsv_read(back, "back", count_ev, &n2) : DN_OK;
        if (back) fclose(back);
        FUZZ_CHECK(!back || (rc2 == DN_OK && n2 == f.n),
                   "round trip: %zu events written, read back rc=%d n=%zu\n%s",
                   f.n, rc2, n2, text);
    }
    free(text);
    if (size) {
        evtsv_read_opts_t o = {.block = 1 + data[0] % 97, .max_line = 0,
                               .single_thread = 0};
        size_t nb = 0;
        FILE *again = fuzz_open(data, size);
        if (again) {
            int rc3 = evtsv_read_opts(again, "fuzz", &o, count_batch, &nb);
            fclose(again);
            FUZZ_CHECK(rc3 == rc && nb == f.n,
                       "block %zu: rc=%d n=%zu, default read rc=%d n=%zu",
                       o.block, rc3, nb, rc, f.n);
        }
    }
    return 0;
}
