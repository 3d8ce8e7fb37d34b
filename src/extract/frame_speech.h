/* frame_speech: a statement made at a place or an event ("sprach vor
 * der UN-Vollversammlung").  Internal to the frame rules. */
#ifndef EXTRACT_FRAME_SPEECH_H
#define EXTRACT_FRAME_SPEECH_H

#include "extract/frame.h"

/* "hielt eine Rede vor dem Bundestag", "sprach vor dem Kongress": a
 * speech before a body is a meeting with it (the visit, if abroad, comes
 * from the frame that calls this).  Mentions [va, vb) are the speakers. */
int speech_before(extractor_impl_t *x, const sctx_t *c, size_t va, size_t vb, size_t a, size_t b,
                  int32_t tid);
/* "X erklärte in New York", "sagte X in Brüssel": a statement made in a
 * named city of another state is presence there.  Only for a speaker
 * whose state is known and a place (not a bare state name). */
int frame_speech(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                 int32_t tid);

#endif
