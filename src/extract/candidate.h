/* candidate: the frames' one door to the candidate events: emit checks
 * what every visit and meeting must satisfy and adds one candidate per
 * date (cand_add, dedup.c); visit_host adds the visit a guest from abroad
 * paid to the state of a meeting or summit.  Internal to the frame
 * rules. */
#ifndef EXTRACT_CANDIDATE_H
#define EXTRACT_CANDIDATE_H

#include "extract/frame.h"

/* Adds the candidates of one finding: src -> dst with relation rel, one per
 * date of dl (count: how many events the phrase tells, for "zwei Besuche"),
 * after the checks every visit and meeting must pass. DN_OK or DN_ENOMEM;
 * the candidates go to x->cand. */
int emit(extractor_impl_t *x, int32_t src, int32_t dst, ev_relation_t rel,
         const dlist_t *dl, int count, const char *place, size_t s, double conf, int32_t trig);
/* A participant from another state than the one a meeting is held in has
 * travelled there. */
int visit_host(extractor_impl_t *x, int32_t who, int32_t host, const dlist_t *dl,
               const char *place, size_t s, double conf, int32_t tid);

/* A meeting the text places in a city is a visit to its state by each
 * side known to come from another state (GUIDELINES 1.3: "a meeting the
 * text places in a named foreign city"), whichever frame told it: adds
 * those visits to x->cand.  Run once per document, after the frames; mstart[s] is
 * sentence s's first mention (ns + 1 entries).  Only a sentence that names
 * one city counts: one with two may place the meeting in either.  DN_OK or
 * DN_ENOMEM. */
int meeting_presence(extractor_impl_t *x, const size_t *mstart, size_t ns);

/* "war nacheinander in Tokio, Peking und Seoul und traf dort A, B und C":
 * in a sentence naming places in several states, a partner met whose own
 * state is one of them was at home, and travelled to none of the others:
 * drops those visits.  Run once per document, after the frames; mstart as
 * for meeting_presence.  DN_OK or DN_ENOMEM. */
int home_partners(extractor_impl_t *x, const size_t *mstart, size_t ns);

#endif
