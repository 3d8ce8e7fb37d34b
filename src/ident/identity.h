/* identity: one actor, one node.  Resolves every name the readers produce
 * (extractor, event TSV, GDELT, ICEWS) to an actor of the registry
 * (ident/registry.h), and merges what the input itself makes certain.
 *
 * Resolution of one spelling (name + kind), first rule that matches:
 *   1. the user's --aliases file (NAME -> registry id or name);
 *   2. a GDELT/CAMEO code: "DEU" (a state), "DEUGOV" (a sector);
 *   3. a sector actor "Government (Germany)": the registry entry of that
 *      name if there is one (Government (Germany) = Bundesregierung), else
 *      an actor of its own with id <ISO3>:<CAMEO type> ("DEU:COP",
 *      "Polizei (Deutschland)");
 *   4. the name, case and diacritics ignored, among all registry names;
 *   5. its variant key (translit.h: Cyrillic transliterated, Duden and
 *      BGN/PCGN spellings levelled) among the registry's variant keys;
 *   6. with one German case ending removed (Nasarbajews, Kasachstans);
 *   7. persons: an initial and a last name ("B. Sagintayev") or a last
 *      name alone ("Merkel") when exactly one registry person has it.
 * A key that two registry actors share finds neither.  Persons never
 * resolve to states or bodies, nor bodies to persons.  Anything else stays
 * the name it is (case and diacritics ignored, as before).
 *
 * After reading, ident_unify merges what the input makes unique: a last
 * name alone or an initial form with the one person of the input who has
 * that last name (and initial), and two unknown full names of persons
 * whose variant keys are equal (Dmitri Kosak / Dmitry Kozak): every word
 * differs only by transliteration.  `!=` lines of --aliases keep two
 * names apart through every rule. */
#ifndef IDENTITY_H
#define IDENTITY_H

#include "ident/registry.h"
#include "net/net.h"

typedef struct ident ident_t;

typedef enum { IDENT_DE, IDENT_EN } ident_lang_t;

/* Loads the registry file `path` and makes a resolver showing names in
 * `lang`.  *out is freed with ident_free.  Returns DN_OK, or an exit code
 * (reported, FILE:LINE:COL). */
int ident_new(const char *path, ident_lang_t lang, ident_t **out);
void ident_free(ident_t *id);

/* Reads a --aliases file: lines "NAME<TAB>TARGET" (TARGET a registry id or
 * a name: NAME is the same actor as TARGET) and "NAME<TAB>!=<TAB>OTHER"
 * (never the same actor); # comments and empty lines are skipped.  Returns
 * DN_OK or an exit code (reported as FILE:LINE:COL). */
int ident_load_aliases(ident_t *id, const char *path);

/* A net_resolve_fn (ctx is the ident_t): the rules above. */
int ident_resolve(void *ctx, const char *name, ev_kind_t kind,
                  net_resolved_t *out);

/* 1 when `name` of a reader's kind surely resolves to no registry actor,
 * code, sector or --aliases line (so ident_resolve gives it as it is,
 * without a lookup): an ASCII name whose words, folded, as variant keys or
 * without a German case ending, cannot all be registry words as a rule
 * would need (see identity.c); 0 when the rules must decide; -1 when
 * memory runs out.  Never 1 for a name some rule resolves. */
int ident_quick_reject(ident_t *id, const char *name, ev_kind_t kind);

/* Whether ident_resolve asks ident_quick_reject first (on by default;
 * off only to compare the two, as the tests do). */
void ident_set_quick_reject(ident_t *id, int on);

/* Merges in *net the actors the input makes one (see above); *net is
 * replaced by the merged network when anything merged.  Returns DN_OK or
 * DN_ENOMEM (then *net is destroyed). */
int ident_unify(ident_t *id, net_t *net);

/* The registry (owned by id). */
const reg_t *ident_registry(const ident_t *id);

#endif
