/* ahead: work ahead on a second thread, a bounded number of items ahead.
 *
 * A producer fills item slots (say, blocks of parsed rows) while the
 * calling thread consumes the ones filled before, in order.  The slots are
 * reused in turn, so at most `n` items exist at once and memory stays
 * bounded however long the input.  The producer runs on one thread at a
 * time and the consumer always on the calling thread, so neither needs
 * locks of its own; everything the consumer must say (errors) it says
 * itself, in order.  Nothing here prints or allocates memory of its own. */
#ifndef AHEAD_H
#define AHEAD_H

#include <stddef.h>

/* Fills one item.  Returns 0 when more items may follow, 1 when this item
 * is the last (the end of the input, or an error the filler recorded for
 * the consumer to report).  It cannot fail otherwise. */
typedef int (*ahead_fill_fn)(void *item, void *ctx);

/* Consumes one item.  Returns 0 to go on, any other value to stop. */
typedef int (*ahead_use_fn)(void *item, void *ctx);

/* Fills items[0], items[1], ..., items[n-1], items[0] ... (n >= 2) and
 * hands each to `use` in the order filled.  The first item is filled on
 * the calling thread; only when it is not the last is a thread started to
 * fill the following ones while `use` runs (never when `threaded` is 0 or
 * the thread cannot be created: then all runs on the calling thread, in
 * the same order, with the same result).  Returns 0 once the last item is
 * used, or the first nonzero value of `use`; in either case the second
 * thread has stopped (it finishes at most the item it is filling) and is
 * joined before the return.  Items stay the caller's. */
int ahead_run(void *const *items, size_t n, ahead_fill_fn fill, void *fctx,
              ahead_use_fn use, void *uctx, int threaded);

#endif
