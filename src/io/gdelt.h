/* gdelt: streaming importer for GDELT event files.
 *
 * Reads GDELT 1.0 event rows (57 columns: the 1979–2013 back files; 58:
 * the daily files with SOURCEURL; both may be mixed in one file) and GDELT
 * 2.0 exports (61 columns: ADM2 codes added, DATEADDED with the time), tab
 * separated, no header (a first line starting "GLOBALEVENTID" is skipped).
 *
 * Rows become events by CAMEO EventCode (see io/cameo.h): 040 041 044 046
 * meeting, 042 visit, 043 visit from actor 2 to actor 1, 057 agreement;
 * other codes are skipped unless `all` (relation `other`).  Every event
 * carries the extra column `cameo` with the EventCode.
 *
 * Actors (one node per actor across rows; names title-cased):
 *   - code = country only ("USA", whatever Actor1Name says: "AMERICAN",
 *     "WASHINGTON") -> the state by its English name ("United States"),
 *     kind state; a CAMEO region ("MEA") -> "Middle East", kind group;
 *   - country + actor type ("USAGOV"): a person-like name (two to six
 *     words, none naming an office or place) -> that person
 *     ("Hillary Clinton"), kind person; otherwise the sector of that
 *     country, "<Type> (<Country>)" ("Government (United States)",
 *     "Police (Iraq)"), kind from the type (GOV MIL COP JUD LEG MED EDU BUS
 *     HLH IGO NGO SPY PTY MNC: institution; OPP REB INS CVL LAB REF CRM ...:
 *     group);
 *   - known group ("UNO", "NAT"): the group's English name, or GDELT's name
 *     title-cased when the built-in table lacks the code;
 *   - no country and no known group ("GOV" PRESIDENT, "COP" POLICE): the
 *     actor is unattributed, the row is skipped (it would merge every
 *     country's police into one node); a person-like name is kept.
 * Rows with an empty actor, or whose two actors are the same node, are
 * skipped.  place = ActionGeo_FullName for 044 only; start = SQLDATE;
 * doc = name; line = line number; evidence = "GDELT <id> <SOURCEURL>".
 *
 * Bad rows are errors: GDELT files are machine dumps, so a row with another
 * column count, a non-numeric event id or code, a bad SQLDATE or invalid
 * UTF-8 in a kept field means a damaged or mislabelled file; the importer
 * stops with FILE:LINE:COL rather than silently drop data. */
#ifndef GDELT_H
#define GDELT_H

#include <stdio.h>

#include "io/event.h"

/* Extra column names of the events gdelt_read produces (for the writer). */
extern const char *const gdelt_extra_columns[];
extern const size_t gdelt_nextra;

/* Reads GDELT rows from fp (name used in messages and as doc) and calls
 * sink for every mapped event; `all` also passes unmapped codes as
 * `other`.  Events' strings are valid only during the call.  Returns DN_OK,
 * DN_EINPUT (reported as FILE:LINE:COL), DN_EIO, DN_ENOMEM or the sink's
 * code. */
int gdelt_read(FILE *fp, const char *name, int all, ev_sink_fn sink,
               void *ctx);

/* 1 when the first bytes look like a GDELT event row (tab-separated, a
 * numeric id and an 8-digit SQLDATE, 57, 58 or 61 columns): used to
 * recognise GDELT files by content. */
int gdelt_sniff(const char *buf, size_t n);

#endif
