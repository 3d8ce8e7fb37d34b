/* mention_resolve: a name to a document actor - a known office holder,
 * a person met before in the text (same surname, compatible first
 * names), else a new person.  Internal to the extractor. */
#ifndef EXTRACT_MENTION_RESOLVE_H
#define EXTRACT_MENTION_RESOLVE_H

#include "extract/internal.h"

/* Resolves a name and remembers whether a title, honorific, person noun
 * or initial introduced it (such persons count as political actors). */
int32_t resolve_person(extractor_impl_t *x, size_t i, size_t e, const char *office,
                       int titled);

#endif
