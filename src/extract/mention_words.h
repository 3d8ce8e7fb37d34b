/* mention_words: word classes the mention finder asks about - common
 * nouns and compounds, articles, particles, person, place and kin nouns,
 * capitalised words.  Internal to the extractor. */
#ifndef EXTRACT_MENTION_WORDS_H
#define EXTRACT_MENTION_WORDS_H

#include "extract/internal.h"

/* wordlist_common of token i, cached per document and per distinct word. */
int tok_common(extractor_impl_t *x, size_t i);
/* wordlist_has of token i as written, cached per distinct word. */
int tok_listed(extractor_impl_t *x, size_t i);
/* 1 when token i's lexicon key (or its alternative) is key. */
int tok_key_is(const extractor_impl_t *x, size_t i, int32_t key);
/* 1 when token i is a capitalised or upper-case word. */
int is_cap(const extractor_impl_t *x, size_t i);
/* 1 when token i is an initial: one capital letter and a full stop right
 * after it, before lim. */
int is_initial(const extractor_impl_t *x, size_t i, size_t lim);
/* 1 when token i is a definite or indefinite article. */
int is_article(const extractor_impl_t *x, size_t i);
/* 1 when sentence s names a delegation (a capitalised word of cue role
 * delegation: "an der Spitze einer Delegation", "Regierungsdelegation"). */
int names_delegation(const extractor_impl_t *x, size_t s);
/* 1 when token i is a word in lower case. */
int is_lower_word(const extractor_impl_t *x, size_t i);
/* 1 when token i is a particle of a name ("von", "van der", "bin", "al"). */
int is_particle(const extractor_impl_t *x, size_t i);
/* 1 when token i is a month or weekday name. */
int month_or_day(const extractor_impl_t *x, size_t i);
/* 1 when the word at i, in small letters, is a cue of role r (roles whose
 * suffixes are listed in small letters: "Regierung" -> "regierung"). */
int lower_cue(extractor_impl_t *x, size_t i, cue_role_t r);
/* A noun for a body of a state ("Delegation", "Außenministeriums",
 * "Regierung", "Botschaft"), by its last part. */
int state_body_noun(extractor_impl_t *x, size_t i);
/* 1 when token i is a common word, or a compound whose last part is one. */
int common_word(extractor_impl_t *x, size_t i);
/* A common noun that may stand inside a run of capitalised words: listed
 * as written, or a compound of listed words ("Korruptionsvorwürfe"); not
 * a name that merely looks inflected ("Morales" is no form of "Moral"). */
int noun_word(extractor_impl_t *x, size_t i);
/* A common word, or a compound whose last part is a common noun
 * ("Müllkommissar", "Ex-Machthaber"): no first word of a name. */
int compound_common(extractor_impl_t *x, size_t i);
/* A noun for a person (Amtskollege, Machthaber, Kommissar, Regierungschef):
 * by its ending. */
int person_noun(const extractor_impl_t *x, size_t i);
/* A compound naming a person by a common last part ("Spitzen|funktionär",
 * "Oppositions|politiker"), which the word list may not know as a whole:
 * a noun for a person of six or more letters ends it. */
int person_compound(extractor_impl_t *x, size_t i);
/* A word of an organisation's name (English or German) that no person's
 * name contains. */
int org_word(const extractor_impl_t *x, size_t i);
/* A noun for a place that its name follows ("Provinz Surat Thani"). */
int place_noun(const extractor_impl_t *x, size_t i);
/* 1 when token i is a noun for a settlement or a compound of one
 * (Stadt, Hafenstadt, Grenzdorf, Kurort, Metropole). */
int settlement_noun(const extractor_impl_t *x, size_t i);
/* A noun for a relative ("Tochter", "Ehefrau"); "Frau"/"Mann" only after
 * a possessive ("seine Frau"): family members are no diplomatic actors. */
int kin_noun(const extractor_impl_t *x, size_t i);
/* Auxiliaries and modals: a clause goes on, no enumeration. */
int finite_verb(const extractor_impl_t *x, size_t i);
/* 1 when the morphological lexicon knows token i, written small, as a
 * finite verb form ("innehat", "vereinbarten"); 0 without the grammar
 * layer. */
int finite_form(const extractor_impl_t *x, size_t i);
/* 1 when token i is a possessive pronoun of the third person. */
int is_possessive(const extractor_impl_t *x, size_t i);
/* "der 36-Jährige", "die 82-Jährige": news names a person again by age. */
int age_noun(const extractor_impl_t *x, size_t i);
/* The preposition governing the phrase that starts at token b (looking back
 * at most four words, not before lo); P_NONE when none. */
prep_t prep_of(const extractor_impl_t *x, size_t b, size_t lo);

/* The number a word at token i says ("zwei", "beiden", "vier",
 * "zweimal"); 0 when it is none. */
int number_word(const extractor_impl_t *x, size_t i);
/* 1 when the word at i ends like an inflected adjective ("früherer",
 * "ehemalige", "unterzeichnete"); the caller checks it is written small. */
int adjective_form(const extractor_impl_t *x, size_t i);

#endif
