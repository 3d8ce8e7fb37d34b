/* style: how actors and ties look, shared by the DOT picture and the HTML
 * report so that both legends say the same thing.
 *
 * Colours come from colour-blind-safe palettes (Okabe & Ito for kinds and
 * relations, Paul Tol's "light" scheme for communities), and every kind and
 * relation also differs by shape or line style, so nothing depends on
 * telling two colours apart. */
#ifndef STYLE_H
#define STYLE_H

#include <stddef.h>

#include "analysis/centrality.h"
#include "io/event.h"
#include "net/net.h"
#include "util/buf.h"

/* Graphviz node shape of a kind ("ellipse", "box", ...). */
const char *style_kind_shape(ev_kind_t k);
/* Light fill colour (#rrggbb) of a kind; dark enough text stays readable. */
const char *style_kind_fill(ev_kind_t k);
/* Border colour of a kind (darker shade of the fill's hue). */
const char *style_kind_border(ev_kind_t k);

/* Line colour of a relation. */
const char *style_rel_color(ev_relation_t r);
/* Graphviz line style of a relation: "solid", "dashed", "dotted", "bold". */
const char *style_rel_line(ev_relation_t r);
/* A short line sample for legends drawn with text ("───", "╌╌╌", ...). */
const char *style_rel_sample(ev_relation_t r);

/* "visit" for n == 1, else the plural ("visits", "relations acts"). */
const char *style_rel_count_name(ev_relation_t r, uint32_t n);

/* Number of distinct community fill colours. */
#define STYLE_NCOMMUNITY 8
/* Fill colour for the i-th largest community; i >= STYLE_NCOMMUNITY gives
 * the neutral grey used for the small rest. */
const char *style_community_fill(size_t i);

/* The relation that describes an edge best: the most frequent interaction
 * (ties broken by enum order); affiliation only when the edge has nothing
 * else. */
ev_relation_t style_dominant_relation(const net_t *net, const net_edge_t *e);

/* Appends the edge's years compactly: "2012", "1992, 1994, 2012" (up to
 * three years) or "1992–2012" (a span), followed by " (N)" with N the
 * number of events when N > 1.  Nothing is appended for an edge without
 * dates and a single event.  Returns 0, or -1 when memory runs out. */
int style_years(buf_t *b, const net_edge_t *e);

/* Appends a measure value the same way everywhere (C locale): counts as
 * integers, other values with 4 significant-ish decimals.  Returns 0 or
 * -1 when memory runs out. */
int style_measure_value(buf_t *b, measure_t m, double v);

/* Length of the longest prefix of s[0..n) that is at most max bytes and
 * does not cut a UTF-8 sequence. */
size_t style_utf8_prefix(const char *s, size_t n, size_t max);

/* Appends s to b, shortened to at most max code points (max >= 8) when
 * longer: the middle goes, not the end, which often tells similar names
 * apart ("Cabinet / Council of Ministers / Advisors (United States)" and
 * "... (Ukraine)").  A closing "(...)" is kept whole when it takes at most
 * half; the cut, marked "…", falls between words where it can.  Returns 0,
 * or -1 when memory runs out. */
int style_shorten(buf_t *b, const char *s, size_t max);

#endif
