/* frame_affil: affiliations (person -> state or body).  Internal to the
 * frame rules. */
#ifndef EXTRACT_FRAME_AFFIL_H
#define EXTRACT_FRAME_AFFIL_H

#include "extract/frame.h"

/* Adds the affiliations of the persons named in sentence s (mentions
 * [m0, m1)): from their titles, from the lexicon's office holders
 * ("Kremlchef Putin", once per text), from a second body named with the
 * title, and from an office of the text's one state.  DN_OK or
 * DN_ENOMEM. */
int frame_affiliations(extractor_impl_t *x, size_t s, size_t m0, size_t m1);

/* Drops the affiliations of persons to a state guessed from the text
 * (its one state, a host met; confidence below 0.65) when the text says
 * they visited that state: a visitor is foreign to the state visited
 * ("hatte Wirtschaftsminister X Indien besucht" in a text about India).
 * Uses x->rowidx as scratch.  DN_OK, or DN_ENOMEM. */
int affil_drop_visited_guesses(extractor_impl_t *x);

#endif
