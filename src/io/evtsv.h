/* evtsv: the event TSV of DESIGN.md §2 — strict streaming reader, writer.
 *
 * Reader: comments (#) and blank lines are skipped, the first other line is
 * the header; the ten required columns must come first in order; further
 * columns are preserved and handed on in ev_event_t.extra (a `confidence`
 * column is also parsed into ev_event_t.confidence, a `count` column —
 * how many events an aggregated row stands for, a whole number from 1 to
 * 4294967295, empty or absent = 1 — into ev_event_t.count).  CRLF line ends and a
 * UTF-8 BOM are accepted.  Every error names FILE:LINE:COL.
 *
 * Speed (a million rows is 125 MB): the file is read in blocks, each line
 * is scanned once for its end, its tabs and any non-ASCII byte, cells are
 * NUL-terminated in place, and big files are parsed on a second thread
 * (util/ahead.h) while the caller takes the rows of earlier blocks. */
#ifndef EVTSV_H
#define EVTSV_H

#include <stdio.h>

#include "io/event.h"

/* Reads the event TSV from fp (name used in messages) and calls fn with
 * the rows in batches (a few thousand events each, in file order; events
 * and strings valid only during the call).  The rows are parsed ahead on
 * a second thread while fn runs (not for an input of one block, nor when
 * threads_allowed() is 1); fn is
 * always called on the calling thread, and every message is reported
 * from it, after the events before the bad line were handed on.  fp must
 * not be used by anybody else meanwhile.  Returns DN_OK, DN_EINPUT on a
 * malformed file (message already reported), DN_EIO on a read error,
 * DN_ENOMEM, or fn's code (reading then stops at once). */
int evtsv_read_batches(FILE *fp, const char *name, ev_batch_fn fn,
                       void *ctx);

/* Like evtsv_read_batches, calling sink for every row. */
int evtsv_read(FILE *fp, const char *name, ev_sink_fn sink, void *ctx);

/* Knobs of the reader, for tests and benchmarks (zero: the default). */
typedef struct {
    size_t block;       /* bytes read and parsed at once (512 KiB) */
    size_t max_line;    /* longest line accepted (0: limit_line()) */
    int single_thread;  /* parse on the calling thread only (also when
                         * threads_allowed() says 1) */
} evtsv_read_opts_t;

/* evtsv_read_batches with options (o may be NULL). */
int evtsv_read_opts(FILE *fp, const char *name, const evtsv_read_opts_t *o,
                    ev_batch_fn fn, void *ctx);

/* Returns 1 when the first bytes look like an event TSV header (after an
 * optional BOM and # comments): used to tell event files from texts. */
int evtsv_sniff(const char *buf, size_t n);

/* Writer options: which optional columns to add after the required ones. */
typedef struct {
    int with_confidence;        /* add a `confidence` column */
    size_t nextra;              /* further column names, written verbatim */
    const char *const *extra;
} evtsv_writer_opts_t;

typedef struct {
    FILE *fp;
    evtsv_writer_opts_t opts;
} evtsv_writer_t;

/* Starts a writer on fp (borrowed): writes the optional `comment` lines
 * (each prefixed "# "; may be NULL) and the header.  Returns DN_OK or
 * DN_EIO. */
int evtsv_writer_init(evtsv_writer_t *w, FILE *fp,
                      const evtsv_writer_opts_t *opts, const char *comment);
/* Writes one event; tabs, CR and LF inside cells become spaces.  Extra cells
 * are taken from ev->extra by column name (empty when missing). */
int evtsv_write(evtsv_writer_t *w, const ev_event_t *ev);

/* Writes a cell to fp with tabs and line breaks folded to spaces. */
void evtsv_put_cell(FILE *fp, const char *s);

#endif
