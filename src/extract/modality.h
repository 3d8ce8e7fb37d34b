/* modality: the triggers whose clause says the event did not happen
 * (planned, negated, conditional, future, sport, flights).  Internal to
 * the frame rules. */
#ifndef EXTRACT_MODALITY_H
#define EXTRACT_MODALITY_H

#include "extract/frame.h"

/* Planned, announced, cancelled or negated: no event. */
int blocked(extractor_impl_t *x, size_t s, size_t ca, size_t cb, const trig_t *t);
/* A verb's event that its clause says did not happen: negated ("hat X
 * nicht getroffen"), conditional ("würde ... treffen"), intended ("ist
 * bereit zu", "will ... reisen", "soll ... treffen") or future ("wird ...
 * besuchen").  Nouns are left to the word rules: "der Besuch, der nicht
 * stattfand" negates another verb. */
int gram_blocks(const extractor_impl_t *x, const trig_t *t);

#endif
