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

#endif
