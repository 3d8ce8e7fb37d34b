/* icews: streaming importer for ICEWS events in the four-column form
 *   source <TAB> event text <TAB> target <TAB> YYYY-MM-DD
 * (a first line whose fourth column is not a date but contains "date", in
 * any case, is a header and skipped), or ICEWS's full export (the
 * Dataverse files: a header naming the columns, among them "Event Date",
 * "Source Name", "Event Text" and "Target Name", which are read by name;
 * every row has the header's number of columns).
 *
 * Event texts map to relations as their CAMEO codes do (io/cameo.h):
 * "Make a visit" -> visit source->target; "Host a visit" -> visit
 * target->source; "Meet at a 'third' location", "Consult", "Engage in
 * negotiation", "Discuss by telephone" -> meeting (a call is CAMEO 041,
 * which the GDELT importer maps to meeting too: both must agree);
 * "Sign formal agreement" -> agreement.  Intentions ("Express intent to
 * meet or negotiate") and refusals are not events that happened: skipped,
 * like all other texts, unless `all` (relation `other`).  Every event
 * carries the extra column `cameo`, as GDELT's do; ICEWS gives the CAMEO
 * event by its description, so the column holds that text ("Consult").
 *
 * Names are kept as ICEWS writes them.  Kinds (ICEWS does not give them):
 *   - an English country name ("Japan", "South Korea") -> state;
 *   - a CAMEO region ("Middle East") -> group;
 *   - a sector actor "X (Country)": institution when X names an office or
 *     body (Government, Ministry, Police, Military, Court, Media, Cabinet,
 *     Parliament, Head of ..., Envoy, Officials, Party ...), else group
 *     ("Citizen (India)", "Men (South Africa)");
 *   - a person-like name (two to six words of letters, no acronym and no
 *     word naming an office, organisation or place) -> person;
 *   - anything else (organisations: "African Union", "Hamas") ->
 *     institution.
 * Rows whose source and target are the same are skipped.  evidence =
 * "ICEWS: source / text / target"; doc = name; line = line number.
 *
 * Errors (FILE:LINE:COL, DN_EINPUT): a row without exactly four columns, an
 * empty source or target, a bad date, invalid UTF-8, an overlong line. */
#ifndef ICEWS_H
#define ICEWS_H

#include <stdio.h>

#include "io/event.h"

/* Extra column names of the events icews_read produces (for the writer). */
extern const char *const icews_extra_columns[];
extern const size_t icews_nextra;

/* Reads ICEWS rows from fp (name used in messages and as doc) and calls
 * sink for every mapped event (`all`: every row).  Returns DN_OK,
 * DN_EINPUT (reported as FILE:LINE:COL), DN_EIO, DN_ENOMEM or the sink's
 * code. */
int icews_read(FILE *fp, const char *name, int all, ev_sink_fn sink,
               void *ctx);

/* 1 when the first bytes look like ICEWS (a row of four columns ending in
 * a date YYYY-MM-DD, after a header or not, or the full export's header):
 * used to recognise ICEWS files by content. */
int icews_sniff(const char *buf, size_t n);

/* Kind of an ICEWS actor name by the rules above. */
ev_kind_t icews_kind(const char *s, size_t n);

#endif
