/* orgname: the names of organisations the lexicon does not list, read from
 * their shape: a capitalised phrase whose head word is an organisation noun
 * (org_heads.tsv: "Gesundheitsbehörde", "University", "AG"), with the
 * adjectives before it and the attributes after it ("Institut für
 * Kernphysik", "University of Chicago", "Stadtwerke Bonn").
 *
 * The name is given in the nominative, as a reader would cite it: "des
 * bayerischen Umweltministeriums" -> "Bayerisches Umweltministerium", "der
 * taiwanesischen Gesundheitsbehörde" -> "Taiwanesische Gesundheitsbehörde"
 * (adjectives take the strong ending of the head's gender; a genitive -s is
 * dropped).  English names and names already in the nominative are kept as
 * written.  Only callers that expect an organisation at a place (after a
 * role noun and "des", after a person and "von der") ask; a capitalised
 * phrase elsewhere is not taken for one. */
#ifndef EXTRACT_ORGNAME_H
#define EXTRACT_ORGNAME_H

#include <stddef.h>

#include "extract/internal.h"

/* Parses an organisation's name at token i (before token lim).  A lone
 * acronym ("CFTC") counts only when acronym_ok; when it is 2, so does one
 * compound after a definite article ("der Wahlkommission").  Returns the token after
 * the name, or i when there is none; the nominative name is written to out
 * (cleared first). */
size_t orgname_parse(extractor_impl_t *x, size_t i, size_t lim, int acronym_ok, buf_t *out);

/* The doc actor (an institution) for the organisation name at token i, as
 * orgname_parse reads it: *end gets the token after it.  -1 when there is
 * no name there; -2 when memory runs out. */
int32_t orgname_actor(extractor_impl_t *x, size_t i, size_t lim, int acronym_ok, size_t *end);

#endif
