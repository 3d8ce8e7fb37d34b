/* bigmem: zeroed arrays for the big hash tables and record arrays.
 *
 * The tables of a million-event network (tens of MB, probed at random) cost
 * a TLB miss and, on first touch, a page fault per 4 KiB page.  bigmem
 * aligns every block to a cache line (so a 32-byte hash slot never straddles
 * two lines) and blocks of BIGMEM_HUGE bytes or more to 2 MiB, advising the
 * kernel to back them with transparent huge pages (MADV_HUGEPAGE; a no-op
 * where THP is off or unsupported).  Small blocks come from calloc; huge
 * ones are mapped directly (mmap), because calloc may hand out recycled heap
 * memory that it has already touched (zeroed) in 4 KiB pages. */
#ifndef BIGMEM_H
#define BIGMEM_H

#include <stddef.h>

#define BIGMEM_HUGE ((size_t)2 << 20)

/* A zeroed block of n * size bytes (NULL when memory runs out or the size
 * overflows).  Free it with bigmem_free, never free(). */
void *bigmem_calloc(size_t n, size_t size);
/* As bigmem_calloc, but the contents are undefined: for arrays written in
 * full before they are read, where zeroing a small block would touch pages
 * that may never be used.  Free it with bigmem_free. */
void *bigmem_alloc(size_t n, size_t size);
/* Moves the first `used` bytes of p (from bigmem_calloc or NULL) into a new
 * zeroed block of n * size bytes and frees p.  Returns the new block, or
 * NULL (p untouched) when memory runs out. */
void *bigmem_grow(void *p, size_t used, size_t n, size_t size);
/* Frees a block from bigmem_calloc / bigmem_grow; NULL is a no-op. */
void bigmem_free(void *p);

/* Asks the C library to keep freed memory for the next allocations rather
 * than hand it back to the system at once (glibc; a no-op elsewhere).  Why:
 * on this kind of virtual machine a page the process touches for the first
 * time costs a fault and a zeroing that take longer than the work done on
 * it (a quarter of a 1M-event report); the arrays of one stage (reading
 * blocks, the adjacency's scratch) then reuse those of the stage before.
 * Call once, at start-up. */
void bigmem_keep_freed(void);

/* Grows the heap by about `bytes` (at most just under 32 MiB) and asks
 * the kernel to back that new part with transparent huge pages.  Why: a
 * run's many small allocations (a text's tokens and caches, the
 * lexicon's tables) otherwise touch a fresh 4 KiB page each, a fault that
 * costs as much here as a few thousand tokens' work (a tenth of an
 * extraction over short texts); huge pages take one fault per 2 MiB.
 * glibc only (a no-op elsewhere); call once, at start-up, after
 * bigmem_keep_freed (whose raised mmap threshold keeps the block in the
 * heap); later calls do nothing.  Keeps (never frees) one block that
 * fills the heap up to the first huge page, untouched. */
void bigmem_huge_heap(size_t bytes);

#endif
