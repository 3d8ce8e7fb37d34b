/* mention_title: title chains ("der kasachische Außenminister X", "der
 * Präsident des Senats der Republik Y") and what they stand for: a named
 * person, the office holder at the sentence's date, or the body.
 * Internal to the extractor. */
#ifndef EXTRACT_MENTION_TITLE_H
#define EXTRACT_MENTION_TITLE_H

#include "extract/internal.h"
#include "extract/mention_lex.h"

/* An institution at i: a full entry, or a generic head ("Senat",
 * "Parlament") resolved by a state in the adjective before it or in the
 * genitive chain after it.  Returns the lexicon actor, *end. */
int32_t inst_at(extractor_impl_t *x, size_t i, size_t lim, int32_t adj_state, size_t *end);
/* Person or role mention from a title chain starting at b (the first
 * token, adjectives included) with the title at i. */
int title_mention(extractor_impl_t *x, size_t s, size_t b, size_t i, lxm_t tm,
                  int32_t adj_state, int32_t pre_inst, int32_t region, size_t lim, size_t *next);

#endif
