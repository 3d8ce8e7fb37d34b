/* registry: the actor registry (data/lexicon/actors.tsv): one row per
 * actor with its stable id, kind, German and English name, state and other
 * spellings, and the indexes the resolver looks names up in.
 *
 * Every name is indexed twice: folded (case and diacritics ignored) and by
 * its variant key (ident/translit.h).  A key two actors share is ambiguous
 * and finds neither: the registry never picks one of two on a guess. */
#ifndef REGISTRY_H
#define REGISTRY_H

#include <stddef.h>
#include <stdint.h>

#include "io/event.h"
#include "util/buf.h"
#include "util/strtab.h"

#define REG_NONE (-1L)
#define REG_AMBIGUOUS (-2L)

typedef struct {
    const char *id, *german, *english, *state; /* in reg_t.text */
    ev_kind_t kind;
} reg_entry_t;

typedef struct {
    char *text;                 /* the file, cells cut in place (owned): a
                                   handful of allocations per load, as
                                   every command loads the registry */
    reg_entry_t *e;
    size_t n, cap;
    /* name indexes: key -> slot; slot -> entry index or REG_AMBIGUOUS */
    strtab_t folded, variant, last, ids;
    long *folded_v, *variant_v, *last_v;
    size_t cap_folded, cap_variant, cap_last;
} reg_t;

void reg_init(reg_t *r);
void reg_destroy(reg_t *r);

/* Loads a registry file (TSV as described in data/lexicon/README.md).
 * Errors name FILE:LINE:COL: DN_EINPUT (bad row, unknown kind, duplicate
 * id), DN_EIO, DN_ENOMEM.  Entries stay valid until reg_destroy. */
int reg_load(reg_t *r, const char *path);

/* The entry of a name folded with ident_fold / keyed with
 * tl_variant_key, or REG_NONE / REG_AMBIGUOUS. */
long reg_find_folded(const reg_t *r, const char *folded);
long reg_find_variant(const reg_t *r, const char *vkey);
/* The one person whose last name has this variant key (REG_NONE /
 * REG_AMBIGUOUS otherwise). */
long reg_find_last(const reg_t *r, const char *vkey);
/* The entry of an id (exact), or REG_NONE. */
long reg_find_id(const reg_t *r, const char *id);

/* The entry i (owned by the registry). */
const reg_entry_t *reg_entry(const reg_t *r, size_t i);

/* Folds a name: NFC, case folded, diacritics removed (as the network
 * compares names).  Replaces out's content; returns 0 or -1. */
int ident_fold(const char *s, buf_t *out);

/* The last word of a person's name, parenthetical notes ("(CDU)") and
 * generational suffixes ignored: a pointer into s, its length in *n. */
const char *ident_last_name(const char *s, size_t *n);

#endif
