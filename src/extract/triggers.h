/* triggers: the event words of a sentence (triggers.tsv) and what a
 * compound trigger carries ("China-Reise": the destination).  Internal to
 * the frame rules. */
#ifndef EXTRACT_TRIGGERS_H
#define EXTRACT_TRIGGERS_H

#include "extract/frame.h"

/* The trigger at token i (cached per document). */
int32_t trigger_at(extractor_impl_t *x, size_t i, int *noun);
/* The separated particle of finite verb i as the grammar layer found it
 * past commas ("nahmen ..., darunter A und B, an der Feier teil"), or 0. */
size_t gram_particle(const extractor_impl_t *x, size_t i);
/* The verb trigger at token i in the clause ending at cb: the one whose
 * separable particle closes the clause part ("traf ... ein", "sagte ...
 * ab"), else the one without particle; -1 when none fits. */
int32_t verb_trigger(extractor_impl_t *x, size_t i, size_t cb);
/* "Moskaubesuch", "Chinareise": a state or place before the trigger's
 * stem in a compound is the destination. */
void compound_destination(extractor_impl_t *x, size_t i, trig_t *t);
/* Moves the host words to the front, keeping the order otherwise: "Beim
 * Gipfel ... war X Gastgeber" names the host the summit's participants
 * meet, wherever in the sentence it stands. */
void host_first(trig_t *tv, size_t nt);

#endif
