#define _GNU_SOURCE /* madvise, MADV_HUGEPAGE, MAP_ANONYMOUS, mremap, sbrk */
#include "util/bigmem.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

void *bigmem_alloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return NULL;
    size_t bytes = n * size;
    if (bytes >= BIGMEM_HUGE) return bigmem_calloc(n, size); /* untouched */
    char *raw = malloc(bytes + 64 + sizeof(bigmem_hdr_t));
    return raw ? place(raw, 64, 0) : NULL;
}

/* Grows the mapping [raw, raw + oldlen) to newlen bytes, in place when
 * the kernel can, else moved to an address with the same offset from a
 * 2 MiB boundary.  Why: the kernel moves huge pages whole only between
 * addresses that agree modulo 2 MiB; a move anywhere else splits them into
 * 4 KiB pages, and then every random probe of a big record array costs a
 * TLB miss that software prefetching does not hide (measured: a third of
 * the edge lookups' time at 1M events).  Returns the new address or
 * MAP_FAILED. */
static char *remap_aligned(void *raw, size_t oldlen, size_t newlen)
{
    char *p = mremap(raw, oldlen, newlen, 0);
    if (p != MAP_FAILED) return p;
    size_t span = newlen + BIGMEM_HUGE;
    char *res = mmap(NULL, span, PROT_NONE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (res == MAP_FAILED) return MAP_FAILED;
    uintptr_t r = (uintptr_t)res, want = (uintptr_t)raw & (BIGMEM_HUGE - 1);
    uintptr_t dst = (r & ~(uintptr_t)(BIGMEM_HUGE - 1)) + want;
    if (dst < r) dst += BIGMEM_HUGE;
    p = mremap(raw, oldlen, newlen, MREMAP_MAYMOVE | MREMAP_FIXED, (void *)dst);
    if (p == MAP_FAILED) {
        munmap(res, span);
        return MAP_FAILED;
    }
    /* the placeholder's parts before and after the block */
    if (dst > r) munmap(res, dst - r);
    if (dst + newlen < r + span)
        munmap((char *)(dst + newlen), r + span - (dst + newlen));
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
        char *raw = remap_aligned(h.raw, h.maplen, maplen);
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

void bigmem_keep_freed(void)
{
#ifdef __GLIBC__
    /* Blocks below 32 MiB (glibc's upper bound for this setting) come from
     * the heap, and the heap keeps up to 512 MiB free at its top instead
     * of trimming it: the reuse. */
    (void)mallopt(M_MMAP_THRESHOLD, 32 << 20);
    (void)mallopt(M_TRIM_THRESHOLD, 512 << 20);
    (void)mallopt(M_TOP_PAD, 16 << 20);
#endif
}

/* The heap below the huge-page part, kept for good (bigmem_huge_heap). */
static void *heap_gap;

void bigmem_huge_heap(size_t bytes)
{
#if defined(__GLIBC__) && defined(MADV_HUGEPAGE)
    /* The block is taken from the heap's top (below the mmap threshold
     * that bigmem_keep_freed raised) and freed at once; the part of the
     * heap it grew by is still untouched when the advice is given, so its
     * first touches allocate huge pages.  From where the block began up to
     * the next 2 MiB boundary only small pages fit: a block that is never
     * freed (heap_gap; untouched but for its header) takes that part, or
     * the first allocations would fault there page by page.  volatile:
     * the compiler would drop a malloc/free pair whose block is unused. */
    static int done;
    if (done) return;
    done = 1;
    if (bytes > (32u << 20) - BIGMEM_HUGE) bytes = (32u << 20) - BIGMEM_HUGE;
    char *lo = sbrk(0);
    char *volatile blk = malloc(bytes);
    uintptr_t t = (uintptr_t)blk;
    free(blk);
    char *hi = sbrk(0);
    if (lo == (char *)-1 || hi == (char *)-1 || hi <= lo || !t || t >= (uintptr_t)hi) return;
    uintptr_t a = (t + BIGMEM_HUGE - 1) & ~(uintptr_t)(BIGMEM_HUGE - 1);
    if (a >= (uintptr_t)hi) return;
    if (a - t > 4096) heap_gap = malloc(a - t - 64);
    (void)madvise((void *)a, (uintptr_t)hi - a, MADV_HUGEPAGE);
#else
    (void)bytes;
#endif
}
