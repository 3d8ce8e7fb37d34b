/* frame_meeting: meetings, receptions, participation in a meeting and
 * the host frame ("Gastgeber X").  Internal to the frame rules. */
#ifndef EXTRACT_FRAME_MEETING_H
#define EXTRACT_FRAME_MEETING_H

#include "extract/frame.h"

/* The meeting frame for trigger t of sentence c: clause [ca, cb), a noun's
 * scope ending at scope_b, tid the trigger's instance. Adds candidates;
 * DN_OK or DN_ENOMEM. */
int frame_meeting(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t scope_b,
                  size_t ca, size_t cb, int32_t tid);
/* "X, Y und Z nahmen (am Gipfel) teil": each attends the summit of the
 * clause or of the text. */
int frame_participate(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca,
                      size_t cb, int32_t tid);
/* "des Gastgebers, des venezolanischen Präsidenten Hugo Chávez": the host
 * of the text's summit. */
void frame_host(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t cb);

#endif
