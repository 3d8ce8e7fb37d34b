/* roles: the function words of German that the clause analysis needs by
 * role (negation, verbs of saying, readiness, passive agent, auxiliaries),
 * read from data/lexicon/grammar.tsv (columns word, role; described in that
 * file's header) so that no German word is spelled in C. */
#ifndef GRAMMAR_ROLES_H
#define GRAMMAR_ROLES_H

#include <stddef.h>
#include <stdint.h>

#include "util/strtab.h"

enum {
    ROLE_NEG = 1 << 0,      /* nicht, kein, nie */
    ROLE_SAY = 1 << 1,      /* sagen, erklären */
    ROLE_READY = 1 << 2,    /* bereit, beabsichtigen, planen */
    ROLE_AGENT = 1 << 3,    /* von, durch (passive agent) */
    ROLE_WERDEN = 1 << 4,   /* passive and future auxiliary */
    ROLE_PERFECT = 1 << 5,  /* haben, sein */
    ROLE_STATAL = 1 << 6,   /* sein (statal passive) */
    ROLE_SEINVERB = 1 << 7, /* perfect with sein: "ist gereist" */
    ROLE_COND = 1 << 8,     /* falls, sofern: its clause is a condition */
    ROLE_ARRIVE = 1 << 9,   /* anreisen, eintreffen: arrival, destination implied */
    ROLE_TOPIC = 1 << 10,   /* zu, über, für: a preposition of what an event is about */
    ROLE_TIME = 1 << 11     /* Tag, Woche: a noun of a stretch of time */
};

/* The words and their role bits.  Caller-allocated; init/destroy pair. */
typedef struct {
    strtab_t words;
    uint16_t *role;       /* by word id */
    size_t cap;
} gram_roles_t;

void gram_roles_init(gram_roles_t *r);
void gram_roles_destroy(gram_roles_t *r);

/* Reads DIR/grammar.tsv into r (adding to what is there).  Returns DN_OK,
 * DN_EIO (cannot read) or DN_EINPUT (bad row: reported as FILE:LINE:COL);
 * DN_ENOMEM. */
int gram_roles_load(gram_roles_t *r, const char *dir);

/* Adds role bits to a word (tests, callers with their own lists).
 * Returns DN_OK or DN_ENOMEM. */
int gram_roles_add(gram_roles_t *r, const char *word, size_t len,
                   unsigned roles);

/* The role bits of word[0..len) (exact, case-sensitive), 0 if none. */
unsigned gram_roles_get(const gram_roles_t *r, const char *word, size_t len);

/* The role bit of a name in grammar.tsv ("neg", "say" ...), 0 if unknown. */
unsigned gram_role_bit(const char *name, size_t len);

#endif
