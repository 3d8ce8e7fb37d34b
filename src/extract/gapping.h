/* gapping: a clause that leaves out the verb it shares with the one before
 * ("Im April 2004 reiste A nach Georgien, im Februar 2007 sein Nachfolger
 * B") repeats that clause's visit for its own person and date.  Internal
 * to the frame rules. */
#ifndef EXTRACT_GAPPING_H
#define EXTRACT_GAPPING_H

#include "extract/frame.h"

/* After the verb at v, a comma followed, up to the clause end cb, by no
 * verb but by a date and a person without a preposition: the gapped part.
 * Returns the comma's token, 0 when there is none. */
size_t gapped_part(extractor_impl_t *x, const sctx_t *c, size_t v, size_t cb);
/* The visits trigger instance tid made (its candidates start at c0, the
 * count before its frame ran), again for each person of the gapped part
 * after token gap, with that part's date.  DN_OK or an error of emit. */
int repeat_for_gapped(extractor_impl_t *x, const sctx_t *c, int32_t tid, size_t c0, size_t gap);

/* After the verb of meeting at v, a comma followed, up to the clause end
 * cb, by no verb but by a city and a person "mit" ("In Ankara war er mit A
 * zusammengetroffen, in Karachi mit B"): the gapped part.  Returns the
 * comma's token, 0 when there is none. */
size_t gapped_meeting(extractor_impl_t *x, const sctx_t *c, size_t v, size_t cb);
/* The meeting trigger instance tid told (its subject; its candidates
 * start at c0), again with each person of the gapped part after token gap
 * (up to cb), at that part's city and date; the subject visited the
 * city's state.  DN_OK or an error of emit. */
int repeat_meeting_for_gapped(extractor_impl_t *x, const sctx_t *c, int32_t tid, size_t c0, size_t gap,
                              size_t cb);

#endif
