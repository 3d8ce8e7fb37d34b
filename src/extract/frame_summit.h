/* frame_summit: summits and sessions of a body ("der G20-Gipfel in
 * Osaka") and the host of the text's summit.  Internal to the frame
 * rules. */
#ifndef EXTRACT_FRAME_SUMMIT_H
#define EXTRACT_FRAME_SUMMIT_H

#include "extract/frame.h"

/* 1 when the dates dl (none: yes) overlap the text's summit (no dates:
 * yes). */
int summit_time(const extractor_impl_t *x, const dlist_t *dl);
/* 1 when an event of dates dl happens at the text's summit, in its host
 * state: a guest received there by another guest ("wurde von Putin
 * begrüßt" in Buenos Aires) has not visited the greeter's state. */
int at_summit(const extractor_impl_t *x, const dlist_t *dl);
/* Actor who attends the text's summit (dates dl): a meeting with its
 * organiser (else host) and a visit of the host state. DN_OK or DN_ENOMEM. */
int summit_attend(extractor_impl_t *x, const sctx_t *c, int32_t who, double conf, int32_t tid,
                  const dlist_t *dl);
/* A summit: each participant meets the organiser (or the host) and has
 * visited the host state when it comes from abroad; never a clique.  The
 * summit stays the text's context for later "nahmen teil". */
int frame_summit(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                 int32_t tid);
/* After the whole text (or before the next summit elsewhere): guests'
 * meetings with the summit's host state, told before a later sentence
 * named the host or organiser ("Gastgeber X"), go to that one; with
 * neither ever named they are dropped (the visits stay). */
void summit_retarget(extractor_impl_t *x);
/* The host (a person) of the text's summit, and its state if none yet. */
void set_host(extractor_impl_t *x, int32_t who);

#endif
