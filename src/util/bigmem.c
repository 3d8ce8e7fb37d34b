#define _GNU_SOURCE /* madvise, MADV_HUGEPAGE, MAP_ANONYMOUS, mremap */
#include "util/bigmem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

/* Two words just before the block handed out: the address to release and
 * the length of the mapping (0: the address came from calloc). */
typedef struct {
    void *raw;
    size_t maplen;
} bigmem_hdr_t;

/* mmap and mremap lengths in whole pages (4 KiB divides any page size
 * in use, and the kernel rounds up to its own). */
static size_t page_up(size_t n)
{
    return (n + 4095) & ~(size_t)4095;
}

static void *place(char *raw, size_t align, size_t maplen)
{
    uintptr_t p = ((uintptr_t)raw + sizeof(bigmem_hdr_t) + align - 1) &
                  ~(uintptr_t)(align - 1);
    bigmem_hdr_t h = {raw, maplen};
    memcpy((char *)p - sizeof h, &h, sizeof h);
    return (void *)p;
}

void *bigmem_calloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return NULL;
    size_t bytes = n * size;
    if (bytes > SIZE_MAX / 2 - BIGMEM_HUGE) return NULL;
    if (bytes < BIGMEM_HUGE) {
        char *raw = calloc(1, bytes + 64 + sizeof(bigmem_hdr_t));
        return raw ? place(raw, 64, 0) : NULL;
    }
    /* Fresh anonymous memory is zero and untouched; the slack puts the
     * block on a 2 MiB boundary. */
    size_t maplen = page_up(bytes + BIGMEM_HUGE + sizeof(bigmem_hdr_t));
    void *raw = mmap(NULL, maplen, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (raw == MAP_FAILED) return NULL;
    char *p = place(raw, BIGMEM_HUGE, maplen);
#ifdef MADV_HUGEPAGE
    /* Before the first touch, so the faults allocate huge pages.  Failure
     * (EINVAL without THP) only means small pages.  The whole mapping, so
     * that it stays one VMA (mremap moves only one). */
    (void)madvise(raw, maplen, MADV_HUGEPAGE);
#endif
    return p;
}

void *bigmem_grow(void *p, size_t used, size_t n, size_t size)
{
    bigmem_hdr_t h = {NULL, 0};
    if (p) memcpy(&h, (char *)p - sizeof h, sizeof h);
    if (h.maplen && size && n <= (SIZE_MAX / 2 - BIGMEM_HUGE) / size) {
        /* A mapping grows in place or moves its pages (no copy, and the
         * old part is not zeroed again). */
        size_t off = (size_t)((char *)p - (char *)h.raw);
        size_t maplen = page_up(off + n * size);
        if (maplen <= h.maplen) return p;
        char *raw = mremap(h.raw, h.maplen, maplen, MREMAP_MAYMOVE);
        if (raw == MAP_FAILED) return NULL;
        char *q = raw + off;
        bigmem_hdr_t nh = {raw, maplen};
        memcpy(q - sizeof nh, &nh, sizeof nh);
#ifdef MADV_HUGEPAGE
        (void)madvise(raw, maplen, MADV_HUGEPAGE);
#endif
        return q;
    }
    char *q = bigmem_calloc(n, size);
    if (!q) return NULL;
    if (used) memcpy(q, p, used);
    bigmem_free(p);
    return q;
}

void bigmem_free(void *p)
{
    if (!p) return;
    bigmem_hdr_t h;
    memcpy(&h, (char *)p - sizeof h, sizeof h);
    if (h.maplen) munmap(h.raw, h.maplen);
    else free(h.raw);
}
