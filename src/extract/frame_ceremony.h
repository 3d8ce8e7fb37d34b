/* frame_ceremony: a ceremony (a signing, a celebration, a commemoration)
 * that no meeting, summit or agreement told before accounts for: those
 * who attend it meet its host, and those from another state visit the
 * state it is held in.  Internal to the frame rules. */
#ifndef EXTRACT_FRAME_CEREMONY_H
#define EXTRACT_FRAME_CEREMONY_H

#include "extract/frame.h"

/* 1 when tokens [a, b) hold a ceremony's noun (cue role ceremony:
 * "Zeremonie", "Gedenkfeier", "Unterzeichnung"). */
int ceremony_noun_in(const extractor_impl_t *x, size_t a, size_t b);

/* "Der Zeremonie wohnten Präsident A, B und der malaysische
 * Regierungschef C bei", "X und Y sind bei der Zeremonie anwesend": the
 * persons of clause [ca, cb) without a preposition attend the ceremony
 * of trigger t.  It is held where the clause says, else at the city the
 * text named last before it (within a few sentences), else at the
 * dateline's; its host is the attendee of that state (or one holding a
 * national office of no said state).  Each other attendee meets the host
 * and, coming from another state, visits the ceremony's.  DN_OK or
 * DN_ENOMEM; candidates go to x->cand. */
int ceremony_guests(extractor_impl_t *x, const sctx_t *c, const trig_t *t, size_t ca, size_t cb,
                    int32_t tid);

/* "als A und B in Havanna zusammentrafen; Gastgeber war Kubas Staatschef
 * C": the host named by "Gastgeber war/ist" after a meeting told in sentence
 * c or the one before it is met by each party of that meeting (with its
 * date and place), and those from another state visit the host's.  DN_OK
 * or DN_ENOMEM. */
int host_of_told_meeting(extractor_impl_t *x, const sctx_t *c);

/* "Zur Vereidigung in Caracas reisen A und B an", "reiste zur
 * Amtseinführung Lulas nach Brasília": those who travel to a ceremony
 * meet the person it is held for - named in the genitive or with "von"
 * after the noun, else the subject of the sentence before when of the
 * state they travel to.  DN_OK or DN_ENOMEM. */
int ceremony_trip_host(extractor_impl_t *x, const sctx_t *c);

#endif
