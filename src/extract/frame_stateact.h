/* frame_stateact: acts between states - agreements, recognitions,
 * diplomatic relations.  Internal to the frame rules. */
#ifndef EXTRACT_FRAME_STATEACT_H
#define EXTRACT_FRAME_STATEACT_H

#include "extract/frame.h"

/* State acts between two states: agreement, recognition, relations.  The
 * parties are the states (or the states of the actors) in the clause; when
 * the clause names fewer than two, the two sides of a bilateral text. */
int frame_state_act(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                    int32_t tid);

#endif
