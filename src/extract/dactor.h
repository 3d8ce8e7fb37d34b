/* dactor: the document's actors and mentions - an actor added once per
 * document, a mention appended with what the pronouns after it need.
 * Internal to the extractor. */
#ifndef EXTRACT_DACTOR_H
#define EXTRACT_DACTOR_H

#include "extract/internal.h"

int32_t dactor_add(extractor_impl_t *x, const char *name, ev_kind_t kind, int32_t lex);
int32_t dactor_lex(extractor_impl_t *x, int32_t a);
const char *dname(extractor_impl_t *x, const char *s, size_t n);
int push_mention(extractor_impl_t *x, const mention_t *m);
void mention_init(mention_t *m, size_t b, size_t e, size_t head, int32_t actor);

#endif
