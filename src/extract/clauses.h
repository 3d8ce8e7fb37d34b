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

/* 1 when the grammar layer tags a verb or auxiliary in tokens [a, b) of
 * the sentence the rules are on, 0 when it tags none, -1 when there is no
 * parse of [a, b) (the parse is made on first use: never read before it). */
static inline int clause_verb_in(const extractor_impl_t *x, size_t a, size_t b)
{
    if (!extract_clauses(x) || a < x->cr.base || b > x->cr.base + x->cr.ntok) return -1;
    for (size_t i = a; i < b; i++) {
        int pos = clause_tok(&x->cr, i)->pos;
        if (pos == MORPH_VERB || pos == MORPH_AUX) return 1;
    }
    return 0;
}

#endif
