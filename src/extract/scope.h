/* scope: the stretch of a sentence a trigger's roles come from (the word
 * rules' clause between commas and subordinators, the grammar layer's
 * clause of a token, lists of mentions, nested relative clauses).
 * Internal to the frame rules. */
#ifndef EXTRACT_SCOPE_H
#define EXTRACT_SCOPE_H

#include "extract/frame.h"

/* The clause of token p by the word rules, within [lo, hi), into [*a, *b). */
void clause_of(const extractor_impl_t *x, size_t p, size_t lo, size_t hi, size_t *a, size_t *b);
/* 1 when a word of the NULL-ended list W stands in tokens [a, b). */
int in_range_word(const extractor_impl_t *x, size_t a, size_t b, const char *const *W);
/* 1 when a token of [a, b) is a word of cues.tsv role r. */
int in_range_cue(const extractor_impl_t *x, size_t a, size_t b, cue_role_t r);
/* The end (one past the last member) of the list mention k heads; the
 * mentions of an aside inside the list (mention_t.aside) are passed over. */
size_t list_end(const extractor_impl_t *x, size_t k, size_t m1);
/* The first mention of the list mention k belongs to (back to m0): "A,
 * die norwegische Regierungschefin B, der dänische ... C reisten" is one
 * list, though a comma and "der" look like a relative clause's start;
 * an aside's mentions are passed over. */
size_t list_start(const extractor_impl_t *x, size_t k, size_t m0);
/* The clause (grammar layer) of token i, or NULL without the layer. */
const clause_t *gram_clause(const extractor_impl_t *x, size_t i);
/* 1 when token i starts the part coordinated by "und"/"oder" with the
 * noun phrase of a prepositional phrase the grammar layer found ("von
 * Senat und Repräsentantenhaus": the phrase's, no object of the verb); 0
 * without the grammar layer. */
int gram_pp_conjunct(const extractor_impl_t *x, size_t i);
/* 1 when token i lies in a clause nested in gc. */
int nested_in(const extractor_impl_t *x, size_t i, const clause_t *gc);
/* Hides the mentions of clauses nested in the clause of token tok ("reiste
 * nach Peking, wo ihn Xi empfing": Xi did not travel; "Pompeo, der in
 * Hanoi eingetroffen war, reiste weiter": Hanoi is not where he went
 * next). */
void hide_nested(extractor_impl_t *x, size_t m0, size_t m1, size_t tok);
/* 1 when the place mention at token i names what was talked about, not
 * where: after a topic noun ("über die Lage in der Ukraine", "den Krieg in
 * Syrien") or at the end of an über-phrase ("über die Gewalt im
 * Westjordanland und in Jerusalem"); lo: where to stop looking left. */
int place_is_topic(const extractor_impl_t *x, size_t i, size_t lo);

#endif
