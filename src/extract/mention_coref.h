/* mention_coref: pronouns and references ("er", "sein Gast") to the
 * actors named before.  Internal to the extractor. */
#ifndef EXTRACT_MENTION_COREF_H
#define EXTRACT_MENTION_COREF_H

#include "extract/internal.h"

/* A personal or possessive pronoun at token i of sentence s, resolved to
 * the sentence's subject or the last person named, into *m; 1 when token i
 * is one. */
int pronoun(extractor_impl_t *x, size_t i, size_t s, mention_t *m);
/* "sein Gast", "den Gast", "ihrem Gast", "den 36-Jährigen": the visitor the text is about,
 * taken as the person last named as a subject before this sentence (the
 * host is this sentence's subject).  Not "zu Gast" (a stay, read by the
 * rules) nor a guest of nobody in particular ("ein Gast"). */
int guest_reference(extractor_impl_t *x, size_t i, size_t s, mention_t *m);
/* "die beiden", "Beide", "die vier Präsidenten", "alle drei": the
 * persons of the last enumeration of that many (this sentence before the
 * phrase or the two before it), one mention each, sharing the phrase's
 * span and one list.  1 when found (*next: the token after the phrase), 0
 * when token i begins no such phrase or no such group was named, < 0 when
 * memory ran out. */
int group_reference(extractor_impl_t *x, size_t i, size_t s, size_t lim, size_t *next);

#endif
