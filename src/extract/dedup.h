/* dedup: candidate events and their deduplication (see dedup.c). */
#ifndef EXTRACT_DEDUP_H
#define EXTRACT_DEDUP_H

#include "extract/internal.h"

/* Calls sink once per distinct candidate of the document in x (the same
 * event told twice is one row), in the order the first telling came; the
 * strings passed are valid during the call (doc is the caller's).  Returns
 * DN_OK, DN_ENOMEM or the sink's code. */
int dedup_emit(extractor_impl_t *x, const char *doc, ev_sink_fn sink, void *ctx);

#endif
