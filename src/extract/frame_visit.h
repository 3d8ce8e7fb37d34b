/* frame_visit: visits, returns and journeys ("X besuchte Y", "der
 * Besuch des X in Y", "Y wurde von X besucht").  Internal to the frame
 * rules. */
#ifndef EXTRACT_FRAME_VISIT_H
#define EXTRACT_FRAME_VISIT_H

#include "extract/frame.h"

int frame_visit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                size_t ca, size_t cb, int32_t tid);

#endif
