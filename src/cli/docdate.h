/* docdate: the date of one text of a corpus, the reference for its
 * relative dates (gestern, am Montag) and the date of its events told
 * without one (marked `article`).
 *
 * In order, the first that gives a date wins:
 *   1. --date (for every text);
 *   2. a side file NAME.date beside NAME.txt (or beside NAME when the text
 *      has no extension) holding one ISO date;
 *   3. front matter: a first line `Datum: YYYY-MM-DD` or `date:
 *      YYYY-MM-DD` (any case; YYYY and YYYY-MM too), which is blanked so
 *      the extractor does not read it as a headline;
 *   4. a full date in the file's name: `2019-05-14_rede.txt`,
 *      `bericht-20190514.txt`;
 *   5. none: the extractor looks for a dateline in the first lines.
 * Nothing here allocates memory that outlives a call. */
#ifndef CLI_DOCDATE_H
#define CLI_DOCDATE_H

#include <stddef.h>

#include "util/date.h"

/* The first line of data[0..len) when it is front matter ("Datum:" or
 * "date:" and an ISO date): sets *d and overwrites the line with spaces
 * (line and column numbers of the rest stay).  Without front matter *d is
 * the unknown date and data is left alone.  `name` is for messages.
 * Returns DN_OK, or DN_EINPUT (reported at name:1:col) for a front-matter
 * line whose date is malformed ("Datum: 2019-13-01"). */
int docdate_front_matter(const char *name, char *data, size_t len,
                         ev_date_t *d);

/* The date in the side file of the text at `path` (NAME.date for
 * NAME.txt): *d is the unknown date when there is no side file.  Returns
 * DN_OK, DN_EIO (unreadable side file) or DN_EINPUT (not one ISO date;
 * the message names the side file, line and column), reported. */
int docdate_side_file(const char *path, ev_date_t *d);

/* A full date (YYYY-MM-DD or YYYYMMDD, not part of a longer number) in the
 * last component of `path`; 1 and *d set when found, else 0. */
int docdate_from_name(const char *path, ev_date_t *d);

/* The side file's path for `path` into out (cap bytes): the extension of
 * the file's name replaced by ".date", or ".date" appended.  Returns 0, or
 * -1 when it does not fit. */
int docdate_side_path(const char *path, char *out, size_t cap);

/* The text's date by rules 1-4 above: `given` is --date (year 0: none),
 * path the file (NULL for standard input, which has neither side file nor
 * name), data/len the text (front matter blanked in any case).  *d is the
 * unknown date when no rule gives one.  Returns an exit code (reported). */
int docdate_resolve(ev_date_t given, const char *path, const char *name,
                    char *data, size_t len, ev_date_t *d);

#endif
