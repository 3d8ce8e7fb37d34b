/* extract: German text -> diplomatic events (visits, meetings, affiliations,
 * agreements, recognitions, relations), with evidence, line and confidence.
 *
 * Pipeline per document: decode and normalise (text/decode), tokens and
 * sentences (text/token), dates (text/date), then per sentence actor
 * mentions (lexicon entries, titles with their complements, names
 * introduced by titles, honorifics or initials, names absent from the
 * common-word list, pronouns), event triggers matched on Snowball stems,
 * frame rules that fill each trigger's roles, and finally deduplication of
 * the same event told twice.
 *
 * Names: a known office holder is output under the lexicon's canonical name
 * (inflected and partial forms resolve to it), except where the text writes
 * his full name in a spelling holders.tsv lists as an alias: then the text's
 * spelling (in the nominative), which is what an annotation of the text and
 * the scorer's surname matching expect.  Regions (regions.tsv) and bodies
 * keep their canonical names. */
#ifndef EXTRACT_EXTRACT_H
#define EXTRACT_EXTRACT_H

#include <stddef.h>
#include <stdint.h>

#include "io/event.h"

typedef struct extractor extractor_t;

/* Loads the lexicon from dir (data/lexicon); reports errors (file:line:col)
 * through diag and returns DN_EINPUT/DN_EIO/DN_ENOMEM. *out owned by caller. */
int extractor_new(const char *lexicon_dir, extractor_t **out);
void extractor_free(extractor_t *x);            /* NULL is a no-op */

typedef struct {
    ev_date_t doc_date;   /* --date; year==0: unknown (then a date in the
                             document's first line is used, if any) */
} extract_opts_t;

/* Extracts the events of one document: raw bytes (any encoding the text
 * layer accepts) named `doc` in messages and in the events' doc column.
 * Calls sink once per distinct event (deduplicated within the document,
 * sorted by line), with evidence, line and confidence set.  Returns DN_OK,
 * DN_EINPUT (undecodable text: message names doc:line:col), DN_ENOMEM or
 * the sink's code. */
int extractor_run(extractor_t *x, const char *doc, const char *bytes,
                  size_t n, const extract_opts_t *opts,
                  ev_sink_fn sink, void *ctx);

/* Steps the extractor has taken so far in the loops that could grow with
 * the square of a text (a rule over every mention, candidate or actor;
 * deduplication): for tests that check the work grows linearly. */
uint64_t extractor_work(const extractor_t *x);

/* Where the common-word list is read from (Debian's wngerman); the
 * environment variable DIPNET_WORDLIST overrides it ("" disables). */
#define EXTRACT_WORDLIST_PATH "/usr/share/dict/ngerman"

#endif
