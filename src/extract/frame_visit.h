/* frame_visit: visits, returns and journeys ("X besuchte Y", "der
 * Besuch des X in Y", "Y wurde von X besucht").  Internal to the frame
 * rules. */
#ifndef EXTRACT_FRAME_VISIT_H
#define EXTRACT_FRAME_VISIT_H

#include "extract/frame.h"

/* The visit frame for trigger t of sentence c (visits, returns, journeys):
 * clause [ca, cb), a noun's scope ending at scope_b, tid the trigger's
 * instance. Adds candidates; DN_OK or DN_ENOMEM. */
int frame_visit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                size_t ca, size_t cb, int32_t tid);

#endif
