/* voice: who does what in a clause - passive voice, the subject,
 * relative pronouns as subject or object, the chair of a meeting ("unter
 * dem Vorsitz des X").  Internal to the frame rules. */
#ifndef EXTRACT_VOICE_H
#define EXTRACT_VOICE_H

#include "extract/frame.h"

/* The clause subject: the first mention in [a, b) without a preposition. */
int subject_in(const extractor_impl_t *x, size_t m0, size_t m1, size_t a, size_t b,
               int person_first);
/* The field before a verb holds a noun phrase of no actor at the
 * clause's start ("Die Sanktionen treffen ...", "Der Hurrikan traf ..."):
 * an article, then a capitalised common noun, no mention. */
int thing_subject(const extractor_impl_t *x, const sctx_t *c, size_t p, size_t ca);
/* The object right after verb p is a thing, no actor ("begrüßte das
 * Abkommen", "empfing die Nachricht"): an article, adjectives and a
 * common noun that no mention covers and that names no person, group or
 * state body. */
int thing_object(extractor_impl_t *x, const sctx_t *c, size_t p, size_t cb);
/* A participle after a passive auxiliary in its clause ("wurde ...
 * empfangen"). */
int passive_clause(const extractor_impl_t *x, size_t p, size_t ca);
/* "unter dem Vorsitz des Präsidenten X", "unter Leitung Mogherinis",
 * "unter Vermittlung der Afrikanischen Union": the chair of the clause's
 * meeting, as a mention index; -1 when none.  A delegation "unter
 * Leitung von X" is led, not chaired. */
int chair_mention(const extractor_impl_t *x, const sctx_t *c, size_t ca, size_t cb);
/* 1 when a form of "sein" stands in [a, b) ("X war Gastgeber"). */
int copula_in(const extractor_impl_t *x, size_t a, size_t b);
/* The antecedent of a relative clause at tok whose pronoun is the object
 * ("Y, den er traf", "Y, die Merkel empfing", "Y, dem er begegnete"): its
 * mention index, or -1. */
int relative_object(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok);
/* "Pompeo, der in Hanoi eingetroffen war und dort X traf": the subject of
 * a relative clause opened by a nominative relative pronoun is the
 * mention before it; -1 when not such a clause. */
int32_t relative_subject(const extractor_impl_t *x, size_t m0, size_t m1, size_t tok);

#endif
