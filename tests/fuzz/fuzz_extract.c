/* fuzz_extract: text extraction from raw bytes to events (any encoding:
 * UTF-8, Windows-1252, garbage), with the project's lexicon (data/lexicon,
 * or $DIPNET_LEXICON), loaded once.  Every event must be well-formed, and
 * must survive the event TSV as `dipnet extract` writes it. */
#include "fuzz_common.h"

#include "extract/extract.h"
#include "io/evtsv.h"

static extractor_t *x;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_quiet();
    const char *dir = getenv("DIPNET_LEXICON");
    if (extractor_new(dir && *dir ? dir : "data/lexicon", &x) != DN_OK) {
        fprintf(stderr, "fuzz_extract: cannot load the lexicon (run from the "
                        "project root or set DIPNET_LEXICON)\n");
        exit(1);
    }
    return 0;
}

typedef struct {
    evtsv_writer_t w;
    size_t n;
} ex_t;

static int ex_sink(const ev_event_t *ev, void *ctx)
{
    ex_t *t = ctx;
    FUZZ_CHECK(ev->source && *ev->source && ev->target && *ev->target,
               "empty name");
    FUZZ_CHECK(ev->source_kind < EV_KIND_COUNT && ev->relation < EV_REL_COUNT,
               "bad enum");
    FUZZ_CHECK(ev->line >= 1, "line %ld", ev->line);
    FUZZ_CHECK(ev->confidence <= 1, "confidence %g", ev->confidence);
    FUZZ_CHECK(!ev->end.year || ev_date_last_day(ev->end) >=
                                    ev_date_first_day(ev->start),
               "end before start");
    t->n++;
    return evtsv_write(&t->w, ev) ? DN_EIO : DN_OK;
}

static int count(const ev_event_t *ev, void *ctx)
{
    (void)ev;
    ++*(size_t *)ctx;
    return DN_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    if (!out) return 0;
    ex_t t = {.n = 0};
    evtsv_writer_opts_t wo = {.with_confidence = 1};
    extract_opts_t xo;
    memset(&xo, 0, sizeof xo);
    if (size && data[0] == '2') { /* some inputs with a document date */
        xo.doc_date.year = 2015;
        xo.doc_date.month = 2;
        xo.doc_date.day = 18;
    }
    int rc = evtsv_writer_init(&t.w, out, &wo, "fuzz extract");
    if (!rc) rc = extractor_run(x, "fuzz.txt", (const char *)data, size, &xo,
                                ex_sink, &t);
    fclose(out);
    if (rc == DN_OK) {
        size_t n2 = 0;
        FILE *back = fuzz_open((const uint8_t *)text, len);
        int rc2 = back ? evtsv_read(back, "back", count, &n2) : DN_OK;
        if (back) fclose(back);
        FUZZ_CHECK(!back || (rc2 == DN_OK && n2 == t.n),
                   "extract round trip: %zu events, read back rc=%d n=%zu\n%.4000s",
                   t.n, rc2, n2, text);
    }
    free(text);
    return 0;
}
