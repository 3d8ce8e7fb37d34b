/* participant: questions about the actor a mention stands for - its
 * state, the other side of a bilateral text, whether it is political,
 * usable as a participant, named by a possessive or anaphor.  Internal to
 * the frame rules. */
#ifndef EXTRACT_PARTICIPANT_H
#define EXTRACT_PARTICIPANT_H

#include "extract/frame.h"

/* How many events a number word before noun p tells ("zwei Besuche",
 * "dreimal"); 1 when none. */
int count_before(const extractor_impl_t *x, size_t p, size_t lo);
/* 1 when a demonstrative before noun p ("dieses Treffen", "dessen") refers
 * back to an event told before. */
int anaphoric(const extractor_impl_t *x, size_t p, size_t lo);
/* The mention index of a possessive right before token p among mentions
 * [m0, m1), or -1. */
int possessive_before(const extractor_impl_t *x, size_t p, size_t m0, size_t m1);
/* The state of document actor a: a itself for a state, else its state; -1
 * when none. */
int32_t state_of(const extractor_impl_t *x, int32_t a);
/* For an actor of one of the two states of a bilateral text, the other
 * state; -1 otherwise. */
int32_t other_side(const extractor_impl_t *x, int32_t a);
/* A political actor: a state, a body, or a person the text or the lexicon
 * gives an office. */
int political(const extractor_impl_t *x, int32_t a);
/* 1 when mention m stands for an actor (a name or pronoun) that no nested
 * clause hides. */
int usable(const mention_t *m);
/* A party of a state the text never talks about: a generic party name
 * ("die Demokratische Partei" in a text about Hongkong is not the US one). */
int foreign_party(const extractor_impl_t *x, int32_t a);

/* 1 when place mention m (of sentence s) hangs on the common noun before
 * its preposition ("die Regierung in Warschau", "Frieden in der Ukraine"),
 * not on the verb or event; token noun_ok is never such a noun (the
 * event noun itself; 0: none). */
int place_of_noun(extractor_impl_t *x, size_t s, const mention_t *m, size_t noun_ok);

/* The one an act was paid to "bei": the first "bei" mention in tokens
 * [a, b) outside mentions [skip_a, skip_b) that is no place and, for kind
 * < 0, no state, else of that ev_kind_t; -1 when none. */
int32_t bei_actor(const extractor_impl_t *x, const sctx_t *c, size_t a, size_t b, size_t skip_a, size_t skip_b,
                  int kind);

/* 1 when person mention m is named as a witness: "im Beisein Clintons",
 * "im Beisein von US-Präsident X", "im Beisein des Königs". */
int witness_mention(const extractor_impl_t *x, const mention_t *m);

/* How mention m (of a sentence starting at token lo) is named as someone's
 * companion: 1 "gemeinsam mit", "zusammen mit", "in Begleitung von", "in
 * Begleitung seines X", "neben"; 2 "begleitet von", which names a host at
 * the guest's side as often as a travelling companion; 0 not at all. */
int companion(const extractor_impl_t *x, const mention_t *m, size_t lo);

#endif
