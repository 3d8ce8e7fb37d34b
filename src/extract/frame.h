/* frame: the types the frame rules share - a trigger of a sentence, the
 * sentence a frame works on, a list of event dates.  Every frame module's
 * header includes this one and nothing of the other frames, so the frame
 * modules form no include circle.  Internal to the extractor. */
#ifndef EXTRACT_FRAME_H
#define EXTRACT_FRAME_H

#include <stddef.h>
#include <stdint.h>

#include "extract/internal.h"

/* A trigger word of a sentence (triggers.c) and what its compound says. */
typedef struct {
    size_t tok;
    int32_t tr;          /* lexicon trigger */
    tr_class_t cls;
    int noun;
    int32_t pre_inst;    /* "G8-Gipfel": the organiser in the compound */
    int32_t pre_state;   /* "Hannover-Besuch", "China-Reise": the destination's state */
    const char *pre_place;
} trig_t;

/* The sentence a frame works on: sentence s, its tokens [lo, hi), its
 * mentions [m0, m1). */
typedef struct {
    size_t s, lo, hi, m0, m1;
} sctx_t;

/* The dates of an event (evdates.c): up to 16 start/end pairs. */
typedef struct {
    ev_date_t a[16], b[16];
    int n;
} dlist_t;

#endif
