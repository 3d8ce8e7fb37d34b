/* cameo: what the GDELT and ICEWS importers share — CAMEO codes and texts
 * mapped to dipnet relations, country and actor-type tables, actor-name
 * heuristics, and a streaming line reader.
 *
 * Both datasets code events with CAMEO (ICEWS writes the code's English
 * description instead of the number), so the mapping to relations lives
 * here once and the two importers stay consistent:
 *   040 Consult, 041 Discuss by telephone, 046 Engage in negotiation,
 *   044 Meet at a 'third' location            -> meeting
 *   042 Make a visit                          -> visit, actor 1 travels
 *   043 Host a visit                          -> visit, actor 2 travels
 *   057 Sign formal agreement                 -> agreement
 * A telephone call (041) counts as a meeting because the issue maps 041 so
 * for GDELT, and ICEWS's "Discuss by telephone" is the same CAMEO code: the
 * two importers must agree.  The code (GDELT) or text (ICEWS) is kept in an
 * extra column, so a user can drop calls later. */
#ifndef CAMEO_H
#define CAMEO_H

#include <stddef.h>
#include <stdio.h>

#include "io/event.h"
#include "util/buf.h"
#include "util/lines.h"

/* ---- relations ---------------------------------------------------------- */

/* Maps a CAMEO event code (n bytes, e.g. "042") to a relation; *reverse is
 * set to 1 when actor 2 is the event's source (043: the guest travels).
 * Returns the relation, or -1 when the code is not one dipnet maps. */
int cameo_code_relation(const char *code, size_t n, int *reverse);

/* The same for ICEWS's event texts ("Make a visit", "Host a visit", ...);
 * exact, case-sensitive match. */
int cameo_text_relation(const char *text, size_t n, int *reverse);

/* ---- countries, regions, actor types ------------------------------------ */

typedef struct {
    const char *code;   /* three upper-case letters */
    const char *name;   /* English short name ("United States") */
    int region;         /* 1 for CAMEO regions ("Middle East"), 0 states */
} cameo_country_t;

/* Data tables (cameo_countries.c), sorted bytewise by code / name. */
extern const cameo_country_t cameo_countries[];
extern const size_t cameo_ncountries;
extern const char *const cameo_state_names[];
extern const size_t cameo_nstate_names;

/* The country or region with this code, or NULL.  Static storage. */
const cameo_country_t *cameo_country(const char *code, size_t n);
/* 1 when s[0..n) is the English name of a state (exact match). */
int cameo_is_state_name(const char *s, size_t n);
/* 1 when s[0..n) is the English name of a CAMEO region. */
int cameo_is_region_name(const char *s, size_t n);

typedef struct {
    const char *code;   /* CAMEO actor type code: "GOV", "MIL", ... */
    const char *label;  /* node label for the sector ("Government") */
    ev_kind_t kind;     /* institution or group */
} cameo_role_t;

/* The actor type with this code, or NULL.  Static storage. */
const cameo_role_t *cameo_role(const char *code, size_t n);
/* The actor type whose sector label is s[0..n) ("Police"), or NULL. */
const cameo_role_t *cameo_role_by_label(const char *s, size_t n);

/* A CAMEO known group ("UNO", "NAT", ...): its English name and kind, or
 * NULL when the table does not have it.  Static storage. */
const char *cameo_known_group(const char *code, size_t n, ev_kind_t *kind);

/* ---- names -------------------------------------------------------------- */

/* Appends s[0..n), an upper-case GDELT name, in title case ("UNITED STATES
 * OF AMERICA" -> "United States of America"; a leading "THE " is dropped).
 * Returns 0 or -1 when memory runs out. */
int cameo_titlecase(buf_t *out, const char *s, size_t n);

/* 1 when the name looks like a person's: two to six words of letters
 * (any case; UTF-8 letters count), no digits, no word that names an office,
 * organisation or place ("Minister", "Council", "New", "Force", ...).
 * A heuristic: GDELT and ICEWS do not mark persons. */
int cameo_person_like(const char *s, size_t n);

/* ---- line reader -------------------------------------------------------- */

/* Reads lines from a stream into one reusable buffer (no allocation per
 * line).  Lines are handed out NUL-terminated and writable, so fields can
 * be split in place; a line is valid until the next call. */
typedef struct {
    lines_t lr;         /* the block reader (src/util/lines.h) */
    const char *name;   /* file name for messages (borrowed) */
    size_t maxline;     /* longest accepted line, without its newline */
    long line;          /* 1-based number of the line last returned */
} cameo_lines_t;

/* Sets up a reader on fp (borrowed).  maxline must be below 1 MiB.
 * Returns DN_OK or DN_ENOMEM (reported). */
int cameo_lines_init(cameo_lines_t *r, FILE *fp, const char *name,
                     size_t maxline);
void cameo_lines_destroy(cameo_lines_t *r);

/* Returns the next line in *line / *len (without "\n" or "\r\n"; a UTF-8
 * BOM on line 1 is dropped), or *line = NULL at the end.  Returns DN_OK,
 * DN_EIO on a read error, DN_EINPUT for a line longer than maxline or one
 * holding a NUL byte (reported as FILE:LINE:COL). */
int cameo_lines_next(cameo_lines_t *r, char **line, size_t *len);

/* Splits line (n bytes) at tabs in place: fields[i] points at each field,
 * NUL-terminated, lens[i] its length.  Stores at most max fields; returns
 * the number of fields the line has (which may exceed max). */
size_t cameo_split_tabs(char *line, size_t n, char **fields, size_t *lens,
                        size_t max);

/* Checks that s[0..n) is valid UTF-8; returns -1 when it is, else the
 * offset of the first bad byte. */
long cameo_utf8_bad(const char *s, size_t n);

#endif
