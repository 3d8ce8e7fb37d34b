/* mention_lex: lexicon phrases at a token - the longest match on stems,
 * parts of compounds and hyphenated words, titles inside compounds,
 * genitive states.  Internal to the extractor. */
#ifndef EXTRACT_MENTION_LEX_H
#define EXTRACT_MENTION_LEX_H

#include "extract/internal.h"

/* A lexicon match at a token: the phrase's type and reference, its length
 * in tokens. */
typedef struct {
    int type;     /* lx_type_t or -1 */
    int32_t ref;
    size_t len;
    int alias;    /* matched through an alias, not the canonical name */
} lxm_t;

/* The longest lexicon phrase starting at token i before lim (on the tokens'
 * stems); type -1 when none. */
lxm_t lex_match(const extractor_impl_t *x, size_t i, size_t lim);
/* For a hyphenated token without a whole-word entry: the head (last part)
 * entry and the state or institution named by the first part. */
lxm_t hyphen_match(extractor_impl_t *x, size_t i, int32_t *pre_state, int32_t *pre_inst);
/* The length in tokens of an honorific the lexicon lists at token i, or 0. */
int is_honor(extractor_impl_t *x, size_t i, size_t lim);
/* A compound whose last part is a title ("Kultusministerin",
 * "Polizeipräsident", "Menschenrechtsbeauftragte"): the title of that
 * part, len 1; type -1 when none.  Such an office is no national one. */
lxm_t compound_title(extractor_impl_t *x, size_t i);
/* compound_title on the part after the last hyphen of token i. */
lxm_t compound_title_part(extractor_impl_t *x, size_t i);
/* A capitalised adjective that belongs to a following title
 * ("Stellvertretenden", "Ersten", "Ehemaligen"): its lower-case form is a
 * word and it has an adjective ending. */
int modifier_word(extractor_impl_t *x, size_t i);
/* 1 when the title at i was found as the last part of a compound. */
int lexicon_phrase_len_is_compound(extractor_impl_t *x, size_t i, lxm_t tm);
/* The length in tokens of a state's name in the genitive ("Estlands")
 * starting at token k, its match in *g; 0 when none. */
size_t genitive_state_at(extractor_impl_t *x, size_t k, size_t lim, lxm_t *g);
/* The number of states in the genitive listed from token k ("Estlands,
 * Lettlands und Litauens": 3). */
int genitive_states(extractor_impl_t *x, size_t k, size_t lim);

#endif
