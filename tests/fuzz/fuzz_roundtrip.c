/* fuzz_roundtrip: `dipnet extract TEXT | dipnet report -` must never fail.
 *
 * The input is either a raw text (no 0xFF byte), or a sentence frame chosen
 * by its first byte with the 0xFF-separated pieces that follow put in as
 * names, dates and places: so that odd names (a 300-byte word, quotes,
 * controls, broken UTF-8, Cyrillic) reach the name resolution quickly.
 * The text is extracted with the project's lexicon; the event TSV that
 * `dipnet extract` would write must be sniffed as an event file (report
 * reads standard input without --from) and read back whole by the event
 * reader: same number of events, each with the same non-empty names
 * without surrounding spaces. */
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
        fprintf(stderr, "fuzz_roundtrip: cannot load the lexicon (run from "
                        "the project root or set DIPNET_LEXICON)\n");
        exit(1);
    }
    return 0;
}

/* %1 %2 %3: the pieces (a missing piece is empty). */
static const char *const frames[] = {
    "Bundeskanzlerin Angela %1 traf am 5. Mai 2015 in %2 den französischen "
    "Präsidenten François %3.\n",
    "Außenminister %1 %2 besuchte am 18. Februar 2015 Astana und sprach mit "
    "Präsident %3.\n",
    "Der kasachische Präsident %1 empfing gestern den Bundespräsidenten "
    "Frank-Walter %2 in %3.\n",
    "%1 %2, Vorsitzender der %3, reiste im März 2014 nach Berlin.\n",
    "Am %1 trafen sich Wladimir %2 und Recep Tayyip %3 in Ankara.\n",
    "Die Delegation unter Leitung von Minister Dr. %1 %2 wurde von %3 "
    "empfangen.\n",
};
#define NFRAMES (sizeof frames / sizeof frames[0])

/* Builds the text from a frame and pieces; returns its length (malloc'd in
 * *text). */
static size_t build(const uint8_t *data, size_t size, char **text)
{
    const char *piece[3] = {"", "", ""};
    size_t plen[3] = {0, 0, 0};
    const uint8_t *p = data + 1, *end = data + size;
    for (int k = 0; k < 3 && p <= end; k++) {
        const uint8_t *q = memchr(p, 0xFF, (size_t)(end - p));
        if (!q) q = end;
        piece[k] = (const char *)p;
        plen[k] = (size_t)(q - p);
        p = q + 1;
    }
    const char *f = frames[data[0] % NFRAMES];
    size_t cap = strlen(f) + plen[0] + plen[1] + plen[2] + 1, n = 0;
    char *t = malloc(cap);
    if (!t) return 0;
    for (const char *c = f; *c; c++) {
        if (c[0] == '%' && c[1] >= '1' && c[1] <= '3') {
            int k = c[1] - '1';
            memcpy(t + n, piece[k], plen[k]);
            n += plen[k];
            c++;
        } else t[n++] = *c;
    }
    t[n] = '\0';
    *text = t;
    return n;
}

typedef struct {
    evtsv_writer_t w;
    size_t n;
    char **names; /* source and target of each event, in order */
    size_t cap;
} rt_t;

static int keep(rt_t *t, const char *a, const char *b)
{
    if (2 * t->n + 2 > t->cap) {
        size_t cap = t->cap ? 2 * t->cap : 64;
        char **nn = realloc(t->names, cap * sizeof *nn);
        if (!nn) return -1;
        t->names = nn;
        t->cap = cap;
    }
    t->names[2 * t->n] = strdup(a);
    t->names[2 * t->n + 1] = strdup(b);
    t->n++;
    return 0;
}

static int sink(const ev_event_t *ev, void *ctx)
{
    rt_t *t = ctx;
    if (keep(t, ev->source, ev->target)) return DN_ENOMEM;
    return evtsv_write(&t->w, ev) ? DN_EIO : DN_OK;
}

typedef struct {
    rt_t *t;
    size_t i;
} back_t;

static int trimmed(const char *s)
{
    size_t n = strlen(s);
    return n && s[0] != ' ' && s[n - 1] != ' ';
}

static int check_back(const ev_event_t *ev, void *ctx)
{
    back_t *b = ctx;
    FUZZ_CHECK(b->i < b->t->n, "more events read back than written");
    const char *src = b->t->names[2 * b->i], *dst = b->t->names[2 * b->i + 1];
    FUZZ_CHECK(src && dst && !strcmp(ev->source, src) && !strcmp(ev->target, dst),
               "event %zu: `%s` -> `%s` read back as `%s` -> `%s`", b->i,
               src ? src : "?", dst ? dst : "?", ev->source, ev->target);
    FUZZ_CHECK(trimmed(ev->source) && trimmed(ev->target),
               "event %zu: name `%s` / `%s` empty or with a space at an end",
               b->i, ev->source, ev->target);
    b->i++;
    return DN_OK;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = NULL;
    size_t tlen;
    if (size && memchr(data, 0xFF, size)) {
        if (!(tlen = build(data, size, &text))) return 0;
    } else {
        if (!(text = malloc(size + 1))) return 0;
        memcpy(text, data, size);
        text[size] = '\0';
        tlen = size;
    }
    char *tsv = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&tsv, &len);
    rt_t t = {.n = 0};
    evtsv_writer_opts_t wo = {.with_confidence = 1};
    extract_opts_t xo;
    memset(&xo, 0, sizeof xo);
    int rc = out ? evtsv_writer_init(&t.w, out, &wo, "fuzz roundtrip") : DN_ENOMEM;
    if (!rc) rc = extractor_run(x, "fuzz.txt", text, tlen, &xo, sink, &t);
    if (out) fclose(out);
    if (rc == DN_OK) {
        /* report reads stdin without --from: it must see an event file */
        FUZZ_CHECK(evtsv_sniff(tsv, len < 4096 ? len : 4096),
                   "extract's output not sniffed as an event file");
        back_t b = {.t = &t, .i = 0};
        FILE *back = fuzz_open((const uint8_t *)tsv, len);
        int rc2 = back ? evtsv_read(back, "back", check_back, &b) : DN_OK;
        if (back) fclose(back);
        FUZZ_CHECK(!back || (rc2 == DN_OK && b.i == t.n),
                   "round trip: %zu events written, read back rc=%d n=%zu\n%.4000s",
                   t.n, rc2, b.i, tsv);
    }
    for (size_t i = 0; i < 2 * t.n; i++) free(t.names[i]);
    free(t.names);
    free(tsv);
    free(text);
    return 0;
}
