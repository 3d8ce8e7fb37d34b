/* dactor: the document's actors and mentions - an actor added once per
 * document, a mention appended with what the pronouns after it need.
 * Internal to the extractor. */
#ifndef EXTRACT_DACTOR_H
#define EXTRACT_DACTOR_H

#include "extract/internal.h"

/* Appends a document actor named name (interned by the caller) of this kind
 * and lexicon actor lex (-1: none); its index, or -1 out of memory (x->oom
 * set). */
int32_t dactor_add(extractor_impl_t *x, const char *name, ev_kind_t kind, int32_t lex);
/* The document actor of lexicon actor a, added (with its state) on first
 * use; -1 for a < 0 or out of memory. */
int32_t dactor_lex(extractor_impl_t *x, int32_t a);
/* s[0..n) interned in the document's names (owned by the extractor, valid
 * until it is reset); NULL out of memory. */
const char *dname(extractor_impl_t *x, const char *s, size_t n);
/* Appends a copy of m to x->men and updates the sentence's first person and
 * subject and the actor's counts. DN_OK or DN_ENOMEM. */
int push_mention(extractor_impl_t *x, const mention_t *m);
/* Fills *m as a mention of actor over tokens [b, e) with its head at head;
 * every other field empty (-1 for indices). */
void mention_init(mention_t *m, size_t b, size_t e, size_t head, int32_t actor);

#endif
