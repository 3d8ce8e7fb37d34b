#define _GNU_SOURCE /* MAP_POPULATE */
#include "extract/wordindex.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/diag.h"

#define MAGIC "DNWORDS1"
#define VERSION 1u
#define HEADER 128u

typedef struct {
    char magic[8];
    uint32_t version, bits;
    uint64_t n, nslot, nseen;       /* nseen: 64-bit words of the bits */
    uint64_t src_size, src_ino;
    int64_t src_sec, src_nsec;
    uint64_t path_len, data_off, w_off, slot_off, seen_off, file_size;
    uint32_t seen_mask, pad;
} header_t;

_Static_assert(sizeof(header_t) <= HEADER, "header fits its 128 bytes");

static uint64_t up8(uint64_t x) { return (x + 7) & ~(uint64_t)7; }

/* The sections' offsets in h from its counts. */
static void layout(header_t *h)
{
    h->data_off = up8(HEADER + h->path_len);
    h->w_off = up8(h->data_off + h->src_size);
    h->slot_off = up8(h->w_off + h->n * sizeof(wordlist_word_t));
    h->seen_off = up8(h->slot_off + h->nslot * sizeof(wordlist_slot_t));
    h->file_size = h->seen_off + h->nseen * sizeof(uint64_t);
}

static int put(FILE *fp, uint64_t at, const void *p, size_t n)
{
    return fseek(fp, (long)at, SEEK_SET) == 0 && (n == 0 || fwrite(p, 1, n, fp) == n) ? 0 : -1;
}

int wordindex_save(const wordlist_t *w, const char *src_path, const char *out_path)
{
    struct stat st;
    if (!w->loaded || !w->slot || stat(src_path, &st) != 0 || (uint64_t)st.st_size != w->size)
        return diag_error(DN_EINPUT, src_path, 0, 0, "no word list loaded from this file");
    header_t h;
    memset(&h, 0, sizeof h);
    memcpy(h.magic, MAGIC, 8);
    h.version = VERSION;
    h.bits = w->bits;
    h.n = w->n;
    h.nslot = w->nslot;
    h.nseen = ((uint64_t)w->seen_mask + 1) / 64;
    h.seen_mask = w->seen_mask;
    h.src_size = w->size;
    h.src_ino = (uint64_t)st.st_ino;
    h.src_sec = (int64_t)st.st_mtim.tv_sec;
    h.src_nsec = (int64_t)st.st_mtim.tv_nsec;
    h.path_len = strlen(src_path);
    layout(&h);
    char tmp[4096];
    snprintf(tmp, sizeof tmp, "%s.tmp", out_path);
    FILE *fp = fopen(tmp, "wb");
    if (!fp) return diag_error(DN_EIO, tmp, 0, 0, "cannot write: %s", strerror(errno));
    int bad = put(fp, 0, &h, sizeof h) || put(fp, HEADER, src_path, h.path_len)
              || put(fp, h.data_off, w->data, w->size)
              || put(fp, h.w_off, w->w, w->n * sizeof *w->w)
              || put(fp, h.slot_off, w->slot, w->nslot * sizeof *w->slot)
              || put(fp, h.seen_off, w->seen, h.nseen * sizeof *w->seen);
    if (fclose(fp) != 0) bad = 1;
    if (bad || rename(tmp, out_path) != 0) {
        remove(tmp);
        return diag_error(DN_EIO, out_path, 0, 0, "cannot write: %s", strerror(errno));
    }
    return DN_OK;
}

/* The mapped index at p (size bytes) checked against the list at path
 * (stat st): 1 when it is whole and made from that list as it is now. */
static int usable(const unsigned char *p, size_t size, const char *path, const struct stat *st)
{
    header_t h;
    if (size < HEADER) return 0;
    memcpy(&h, p, sizeof h);
    header_t want = h;
    layout(&want);
    if (memcmp(h.magic, MAGIC, 8) != 0 || h.version != VERSION || h.file_size != size
        || want.file_size != size || want.data_off != h.data_off || want.w_off != h.w_off
        || want.slot_off != h.slot_off || want.seen_off != h.seen_off)
        return 0;
    if (h.src_size != (uint64_t)st->st_size || h.src_ino != (uint64_t)st->st_ino
        || h.src_sec != (int64_t)st->st_mtim.tv_sec || h.src_nsec != (int64_t)st->st_mtim.tv_nsec
        || h.path_len != strlen(path) || memcmp(p + HEADER, path, h.path_len) != 0)
        return 0;
    /* the shapes find() and the successor scan rely on */
    if (h.bits > 28 || h.nslot < ((uint64_t)8 << h.bits) + 1 || h.n >= UINT32_MAX
        || h.nseen == 0 || (uint64_t)h.seen_mask + 1 != h.nseen * 64
        || (h.seen_mask & (h.seen_mask + 1)) != 0)
        return 0;
    const wordlist_slot_t *sl = (const void *)(p + h.slot_off);
    if (sl[h.nslot - 1].idx1 != 0) return 0;   /* every run ends */
    const wordlist_word_t *wd = (const void *)(p + h.w_off);
    for (uint64_t k = 0; k < h.n; k++)
        if ((uint64_t)wd[k].off + wd[k].len > h.src_size) return 0;
    return 1;
}

int wordindex_load(wordlist_t *w, const char *path, const char *index_path)
{
    struct stat st;
    int fd = index_path && stat(path, &st) == 0 ? open(index_path, O_RDONLY | O_CLOEXEC) : -1;
    struct stat ist;
    if (fd < 0 || fstat(fd, &ist) != 0 || ist.st_size < (off_t)HEADER) {
        if (fd >= 0) close(fd);
        return wordlist_load(w, path);
    }
    int flags = MAP_PRIVATE;
#ifdef MAP_POPULATE
    flags |= MAP_POPULATE;
#endif
    void *m = mmap(NULL, (size_t)ist.st_size, PROT_READ, flags, fd, 0);
    close(fd);
    if (m == MAP_FAILED) return wordlist_load(w, path);
    const unsigned char *p = m;
    if (!usable(p, (size_t)ist.st_size, path, &st)) {
        munmap(m, (size_t)ist.st_size);
        return wordlist_load(w, path);
    }
    header_t h;
    memcpy(&h, p, sizeof h);
    w->imap = m;
    w->isize = (size_t)ist.st_size;
    w->data = (const char *)p + h.data_off;
    w->size = h.src_size;
    w->w = (wordlist_word_t *)(void *)(p + h.w_off);
    w->n = h.n;
    w->slot = (wordlist_slot_t *)(void *)(p + h.slot_off);
    w->nslot = h.nslot;
    w->bits = h.bits;
    w->seen = (uint64_t *)(void *)(p + h.seen_off);
    w->seen_mask = h.seen_mask;
    w->loaded = 1;
    return DN_OK;
}
