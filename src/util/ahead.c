#include "util/ahead.h"

#include <pthread.h>
#include <stdint.h>

typedef struct {
    pthread_mutex_t mu;
    pthread_cond_t filled_cv;   /* the filler finished an item */
    pthread_cond_t freed_cv;    /* the user gave a slot back, or stop */
    void *const *items;
    size_t n;
    ahead_fill_fn fill;
    void *fctx;
    size_t nfilled;             /* items filled so far */
    size_t nused;               /* items used and given back */
    size_t last;                /* index of the last item, or SIZE_MAX */
    int stop;                   /* the user stopped early */
} ahead_t;

static void *filler(void *arg)
{
    ahead_t *a = arg;
    pthread_mutex_lock(&a->mu);
    for (;;) {
        /* Slot nfilled % n is free once the item n before it is used. */
        while (!a->stop && a->nfilled - a->nused >= a->n)
            pthread_cond_wait(&a->freed_cv, &a->mu);
        if (a->stop) break;
        size_t i = a->nfilled;
        pthread_mutex_unlock(&a->mu);
        int last = a->fill(a->items[i % a->n], a->fctx);
        pthread_mutex_lock(&a->mu);
        a->nfilled = i + 1;
        if (last) a->last = i;
        pthread_cond_signal(&a->filled_cv);
        if (last) break;
    }
    pthread_mutex_unlock(&a->mu);
    return NULL;
}

/* Everything on the calling thread: fill, use, fill, use ... */
static int run_inline(void *const *items, size_t n, ahead_fill_fn fill,
                      void *fctx, ahead_use_fn use, void *uctx, size_t i,
                      int last)
{
    for (;;) {
        int rc = use(items[i % n], uctx);
        if (rc || last) return rc;
        i++;
        last = fill(items[i % n], fctx);
    }
}

int ahead_run(void *const *items, size_t n, ahead_fill_fn fill, void *fctx,
              ahead_use_fn use, void *uctx, int threaded)
{
    int last = fill(items[0], fctx);
    if (last || !threaded || n < 2)
        return run_inline(items, n, fill, fctx, use, uctx, 0, last);
    ahead_t a = {.items = items, .n = n, .fill = fill, .fctx = fctx,
                 .nfilled = 1, .last = SIZE_MAX};
    pthread_t th;
    if (pthread_mutex_init(&a.mu, NULL)) goto no_thread;
    if (pthread_cond_init(&a.filled_cv, NULL)) {
        pthread_mutex_destroy(&a.mu);
        goto no_thread;
    }
    if (pthread_cond_init(&a.freed_cv, NULL)) {
        pthread_cond_destroy(&a.filled_cv);
        pthread_mutex_destroy(&a.mu);
        goto no_thread;
    }
    if (pthread_create(&th, NULL, filler, &a)) {
        pthread_cond_destroy(&a.freed_cv);
        pthread_cond_destroy(&a.filled_cv);
        pthread_mutex_destroy(&a.mu);
        goto no_thread;
    }
    int rc = 0;
    for (size_t i = 0;; i++) {
        /* Item i is filled (item 0 by us, the others seen below). */
        rc = use(items[i % n], uctx);
        pthread_mutex_lock(&a.mu);
        a.nused = i + 1;
        if (rc) a.stop = 1;
        pthread_cond_signal(&a.freed_cv);
        int done = rc || a.last == i;
        while (!done && a.nfilled <= i + 1)
            pthread_cond_wait(&a.filled_cv, &a.mu);
        pthread_mutex_unlock(&a.mu);
        if (done) break;
    }
    pthread_join(th, NULL);
    pthread_cond_destroy(&a.freed_cv);
    pthread_cond_destroy(&a.filled_cv);
    pthread_mutex_destroy(&a.mu);
    return rc;
no_thread:
    return run_inline(items, n, fill, fctx, use, uctx, 0, last);
}
