/* actindex: the document's persons by surname, by the last and by the first
 * word of their name, so that resolving a name (mention.c) looks at the few
 * persons who could be meant instead of every actor of the text.
 *
 * The index is a hint, never the truth: every person it returns is checked
 * against the actor as it is now.  Actors are added anywhere (dactor_add),
 * the last one may be taken back (x->nact--) and a name may grow ("Ben Ali"
 * -> "Zine el-Abidine Ben Ali"), so actindex_sync indexes the actors added
 * since the last call (and any slot reused since), and actindex_renamed
 * indexes a person under a new name.  Stale entries stay and fail the
 * check; a list may name an actor twice. */
#ifndef EXTRACT_ACTINDEX_H
#define EXTRACT_ACTINDEX_H

#include <stddef.h>
#include <stdint.h>

#include "util/strtab.h"

typedef struct {
    strtab_t keys;             /* words used as keys */
    int32_t *head;             /* key id x 3 kinds -> first entry, -1 */
    size_t caphead;
    int32_t *val, *next;       /* entries: actor, next entry of the key */
    uint32_t *hof;             /* entries: their head (actindex_clear) */
    size_t n, cap;
    /* what each indexed slot was indexed as */
    const char **ix_name, **ix_sur;
    size_t nindexed, capix;
} actindex_t;

/* AX_FIRSTN: the first word of a name of three or more words */
typedef enum { AX_SURNAME, AX_LAST, AX_FIRST2, AX_FIRSTN } actindex_key_t;

struct extractor;
void actindex_init(actindex_t *ix);
void actindex_destroy(actindex_t *ix);
/* Forgets every actor (a new document).  Returns the entries it dropped:
 * its work, proportional to the document before, not to the run. */
size_t actindex_clear(actindex_t *ix);
/* Indexes the persons added to x->act since the last call.  Returns 0, or
 * -1 when memory runs out. */
int actindex_sync(struct extractor *x);
/* Indexes person a under its present name.  0, or -1 out of memory. */
int actindex_renamed(struct extractor *x, int32_t a);
/* The first entry for key s[0..n) of that kind, -1 when none; walk on
 * with actindex_next; the actor is ix->val[entry]. */
int32_t actindex_first(struct extractor *x, actindex_key_t kind, const char *s, size_t n);
int32_t actindex_next(struct extractor *x, int32_t e);

/* The part of surname sur a text may name alone: after a lower-case
 * particle of up to three letters and a hyphen ("Kadhimi" of
 * "al-Kadhimi"), else sur itself.  Points into sur. */
const char *actindex_short_surname(const char *sur);

/* 1 when w[0..n) is surname sur or its short form. */
int actindex_surname_is(const char *sur, const char *w, size_t n);

#endif
