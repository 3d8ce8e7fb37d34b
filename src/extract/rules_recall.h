/* rules_recall: rules that extend the frame rules' events of a sentence to
 * every participant named with them (lists, joint action, several hosts,
 * journey stops, led delegations).  Internal to the extractor. */
#ifndef EXTRACT_RULES_RECALL_H
#define EXTRACT_RULES_RECALL_H

#include "extract/internal.h"

/* Adds candidates for sentence s with mentions [m0, m1), after
 * rules_apply's frames ran on it; returns DN_OK or DN_ENOMEM. */
int rules_recall_apply(extractor_impl_t *x, size_t s, size_t m0, size_t m1);

#endif
