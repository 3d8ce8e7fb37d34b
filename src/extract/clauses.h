/* clauses: the grammar layer's parse of the sentence the rules are on.
 * rules_apply only notes the sentence (clause_defer); the parse is made
 * when a rule first asks for it, so a sentence without an event word — most
 * of them — is never parsed (the parse was a fifth of extraction). */
#ifndef EXTRACT_CLAUSES_H
#define EXTRACT_CLAUSES_H

#include "extract/internal.h"

/* 1 when x->cr holds the clauses of the sentence the rules are on (parsing
 * it now if that has not happened yet); 0 without the grammar layer or when
 * the parse failed.  The parse fills a cache of the sentence and changes no
 * result, hence the cast of the const extractor. */
static inline int extract_clauses(const extractor_impl_t *x)
{
    return x->cr_ok && clause_ready((clause_result_t *)&x->cr);
}

#endif
