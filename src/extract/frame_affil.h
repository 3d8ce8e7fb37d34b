/* frame_affil: affiliations (person -> state or body).  Internal to the
 * frame rules. */
#ifndef EXTRACT_FRAME_AFFIL_H
#define EXTRACT_FRAME_AFFIL_H

#include "extract/frame.h"

/* "Kremlchef Wladimir Putin", "Putin" alone: a listed office holder named
 * in the text, in office on the article's day (else the sentence's),
 * belongs to the state of that office - once per text. */
int held_office(extractor_impl_t *x, size_t s, size_t m0, size_t m1);

#endif
