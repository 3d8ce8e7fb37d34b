/* escape: the one home of escaping for other programs' syntax.
 *
 *   CSV       RFC 4180 fields with a guard against spreadsheet formulas
 *             (report, export and timeline CSV);
 *   XML/HTML  text and attribute values (GraphML, GEXF, timeline SVG, the
 *             HTML report, the DOT legend);
 *   terminal  control characters shown as \xNN instead of reaching the
 *             terminal (table report, timeline table, Markdown, messages).
 *
 * Every function writes into memory or a stream owned by the caller and
 * keeps nothing. */
#ifndef UTIL_ESCAPE_H
#define UTIL_ESCAPE_H

#include <stdio.h>

#include "util/buf.h"

/* 1 when a spreadsheet would read cell text s as a formula (or strip its
 * first character): s begins with = + - @, a tab or a carriage return. */
int esc_csv_formula(const char *s);

/* Writes s to fp as one CSV field: quoted when it holds a comma, quote,
 * CR or LF (quotes doubled), and, when esc_csv_formula(s), quoted with a
 * leading apostrophe so that the spreadsheet shows the text. */
void esc_csv_put(FILE *fp, const char *s);

/* Appends s (n bytes of UTF-8) escaped for XML 1.0 and HTML text and
 * attribute values: & < > " ' as entities, tab/newline/CR as character
 * references, other C0 controls and DEL (not allowed or not wanted) as
 * spaces, invalid UTF-8 and U+FFFE/U+FFFF as U+FFFD.
 * Returns 0, or -1 when memory runs out. */
int esc_xml(buf_t *b, const char *s, size_t n);
/* The same, written to fp (no allocation). */
void esc_xml_put(FILE *fp, const char *s, size_t n);

/* Appends s (n bytes) for a terminal: C0 controls, DEL, C1 controls
 * (U+0080..U+009F) and bytes that are not UTF-8 as \xNN per byte (ESC
 * becomes the four characters \x1b); everything else unchanged.  Returns 0,
 * or -1 when memory runs out. */
int esc_term(buf_t *b, const char *s, size_t n);
/* The same, written to fp (no allocation). */
void esc_term_put(FILE *fp, const char *s, size_t n);
/* The same into out[0..cap) (NUL-terminated; escaped text that does not
 * fit is left out, never cut inside an escape).  Returns the length. */
size_t esc_term_str(char *out, size_t cap, const char *s, size_t n);
/* Bytes esc_term writes for s[0..n) (for column widths). */
size_t esc_term_len(const char *s, size_t n);

#endif
