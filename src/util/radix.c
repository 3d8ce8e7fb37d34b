#include "util/radix.h"

#include <stdlib.h>
#include <string.h>

/* At most 2^11 buckets a pass: the write streams of a pass (one per
 * bucket) then fit the first-level caches and the TLB. */
#define RADIX_MAX_DIGIT 11

/* The digits of a sort: pass p takes `width` bits from p * width, the
 * last pass only those below `bits`. */
typedef struct {
    unsigned bits, width, passes;
} digits_t;

static inline size_t digit(const digits_t *d, uint64_t key, unsigned p)
{
    unsigned shift = p * d->width;
    unsigned w = d->bits - shift < d->width ? d->bits - shift : d->width;
    return (size_t)((key >> shift) & (((uint64_t)1 << w) - 1));
}

/* One pass: src scattered into dst by digit p, whose bucket starts are
 * the running sums of cnt (2^width counts, overwritten). */
static void scatter(const digits_t *d, const radix_rec_t *src,
                    radix_rec_t *dst, size_t n, unsigned p, size_t *cnt)
{
    size_t nb = (size_t)1 << d->width, sum = 0;
    for (size_t b = 0; b < nb; b++) {
        size_t c = cnt[b];
        cnt[b] = sum;
        sum += c;
    }
    for (size_t i = 0; i < n; i++) dst[cnt[digit(d, src[i].key, p)]++] = src[i];
}

radix_rec_t *radix_sort(radix_rec_t *a, radix_rec_t *tmp, size_t n,
                        unsigned bits)
{
    if (bits > 64) bits = 64;
    if (n < 2 || bits == 0) return a;
    digits_t d = {bits, 0, (bits + RADIX_MAX_DIGIT - 1) / RADIX_MAX_DIGIT};
    d.width = (bits + d.passes - 1) / d.passes;
    size_t nb = (size_t)1 << d.width;
    size_t cnt[RADIX_MAX_DIGIT <= 11 ? 6 << RADIX_MAX_DIGIT : 1];
    _Static_assert(RADIX_MAX_DIGIT * 6 >= 64, "six passes cover a key");
    memset(cnt, 0, d.passes * nb * sizeof *cnt);
    /* every pass's counts in one read of the records */
    for (size_t i = 0; i < n; i++)
        for (unsigned p = 0; p < d.passes; p++)
            cnt[p * nb + digit(&d, a[i].key, p)]++;
    radix_rec_t *src = a, *dst = tmp;
    for (unsigned p = 0; p < d.passes; p++) {
        size_t *c = cnt + p * nb;
        if (c[digit(&d, a[0].key, p)] == n) continue; /* one bucket */
        scatter(&d, src, dst, n, p, c);
        radix_rec_t *t = src;
        src = dst;
        dst = t;
    }
    return src;
}
