/* participant: questions about the actor a mention stands for - its
 * state, the other side of a bilateral text, whether it is political,
 * usable as a participant, named by a possessive or anaphor.  Internal to
 * the frame rules. */
#ifndef EXTRACT_PARTICIPANT_H
#define EXTRACT_PARTICIPANT_H

#include "extract/frame.h"

int count_before(const extractor_impl_t *x, size_t p, size_t lo);
int anaphoric(const extractor_impl_t *x, size_t p, size_t lo);
int possessive_before(const extractor_impl_t *x, size_t p, size_t m0, size_t m1);
int32_t state_of(const extractor_impl_t *x, int32_t a);
int32_t other_side(const extractor_impl_t *x, int32_t a);
/* A political actor: a state, a body, or a person the text or the lexicon
 * gives an office. */
int political(const extractor_impl_t *x, int32_t a);
int usable(const mention_t *m);
/* A party of a state the text never talks about: a generic party name
 * ("die Demokratische Partei" in a text about Hongkong is not the US one). */
int foreign_party(const extractor_impl_t *x, int32_t a);

#endif
