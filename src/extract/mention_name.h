/* mention_name: person names - where a name starts and ends, particles
 * ("van der", "al-"), surnames met before.  Internal to the extractor. */
#ifndef EXTRACT_MENTION_NAME_H
#define EXTRACT_MENTION_NAME_H

#include "extract/internal.h"

/* 1 when token i is a first name of the list (firstnames.h) that is no
 * small German word ("Harald", not "Will"). */
int known_first_name(const extractor_impl_t *x, size_t i);
/* 1 when token i, written small, is a listed word ("Reihe": "reihe"): a
 * common word, never a surname. */
int small_word_listed(const extractor_impl_t *x, size_t i);
/* A capitalised word that the lexicon knows as a name part (no compound
 * title): a first name of a holder. */
int tok_common_name(const extractor_impl_t *x, size_t i);
/* Parses a name at i: initials, capitalised words, particles.  Returns the
 * end token (== i when none); *nwords counts full words. */
size_t parse_name(extractor_impl_t *x, size_t i, size_t lim, int *nwords, int *ninit);
/* 1 when first names a and b may be one person's (either missing, equal, or
 * an initial that fits). */
int first_compatible(const char *a, const char *b);
/* 1 when token i is the surname of an office holder ("Kanzler Kurz"). */
int known_surname(const extractor_impl_t *x, size_t i);
/* A lone capitalised word that the dictionary also lists ("Maas",
 * "Gabriel", "Fischer"): German news names a person in full once and by
 * surname after that, so the word is the one person of this text with that
 * surname (or its genitive, "Gabriels") - never a new actor, never a
 * namesake guessed between.  After an article it is a noun ("der Fischer");
 * at a sentence's start a word whose lower-case form is a word is that
 * word ("Kurz darauf").  Returns the actor or -2. */
int32_t surname_met_before(extractor_impl_t *x, size_t i);
/* "Mao" after "Mao Zedong", "Kim" after "Kim Il Sung": a lone word that
 * begins the name of the one person met before that starts so (names
 * written family name first); a given name of the first-name lists only
 * for a person the lexicon lists.  The doc actor, -2 when none or several,
 * -1 out of memory. */
int32_t family_first_met(extractor_impl_t *x, size_t i);
/* "König Willem-Alexander der Niederlande", "Großherzog Henri von
 * Luxemburg": a state in the genitive (or after von) right after a named
 * person is part of the name — the person's state, no actor of its own.
 * Mentions [m0, nmen) of the sentence are compacted. */
void absorb_state_of_name(extractor_impl_t *x, size_t m0);

#endif
