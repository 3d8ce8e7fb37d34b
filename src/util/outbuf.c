#define _GNU_SOURCE /* fopencookie, O_TMPFILE */
#include "outbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

struct outbuf {
    char *mem;
    size_t len, cap;
    int fd;    /* spill file, -1 while in memory */
    int stuck; /* no spill file could be made: memory only */
    int err;   /* first error (errno) */
};

/* An unnamed file in $TMPDIR (or /tmp); a named one removed at once where
 * the file system lacks O_TMPFILE. */
static int spill_file(void)
{
    const char *dir = getenv("TMPDIR");
    if (!dir || !*dir) dir = "/tmp";
    int fd = open(dir, O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd >= 0) return fd;
    char path[4096];
    if ((size_t)snprintf(path, sizeof path, "%s/.dipnet-XXXXXX", dir) >=
        sizeof path)
        return -1;
    fd = mkstemp(path);
    if (fd >= 0) unlink(path);
    return fd;
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t w = write(fd, p, n);
        if (w < 0) {
            if (errno == EINTR) continue;
            return errno;
        }
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Moves the memory part into a spill file; on failure stays in memory. */
static void spill(outbuf_t *b)
{
    int fd = spill_file();
    if (fd >= 0 && write_all(fd, b->mem, b->len) == 0) {
        b->fd = fd;
        free(b->mem);
        b->mem = NULL;
        b->len = b->cap = 0;
        return;
    }
    if (fd >= 0) close(fd);
    b->stuck = 1;
}

static ssize_t ob_write(void *c, const char *data, size_t n)
{
    outbuf_t *b = c;
    if (b->fd < 0 && !b->stuck && b->len + n > OUTBUF_MEMORY) spill(b);
    if (b->fd >= 0) {
        int e = write_all(b->fd, data, n);
        if (e) {
            if (!b->err) b->err = e;
            errno = e;
            return -1;
        }
        return (ssize_t)n;
    }
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 65536;
        while (cap < b->len + n) cap *= 2;
        char *m = realloc(b->mem, cap);
        if (!m) {
            if (!b->err) b->err = ENOMEM;
            errno = ENOMEM;
            return -1;
        }
        b->mem = m;
        b->cap = cap;
    }
    memcpy(b->mem + b->len, data, n);
    b->len += n;
    return (ssize_t)n;
}

static int ob_close(void *c)
{
    outbuf_t *b = c;
    if (b->fd >= 0) close(b->fd);
    free(b->mem);
    free(b);
    return 0;
}

FILE *outbuf_open(outbuf_t **bp)
{
    outbuf_t *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->fd = -1;
    cookie_io_functions_t io = {.write = ob_write, .close = ob_close};
    FILE *fp = fopencookie(b, "w", io);
    if (!fp) {
        free(b);
        return NULL;
    }
    *bp = b;
    return fp;
}

int outbuf_error(const outbuf_t *b) { return b->err; }

int outbuf_copy(outbuf_t *b, int fd, int *buffer_error)
{
    *buffer_error = 0;
    if (b->fd < 0) return write_all(fd, b->mem ? b->mem : "", b->len);
    if (lseek(b->fd, 0, SEEK_SET) < 0) {
        *buffer_error = 1;
        return errno;
    }
    char chunk[65536];
    for (;;) {
        ssize_t got = read(b->fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            *buffer_error = 1;
            return errno;
        }
        if (got == 0) return 0;
        int e = write_all(fd, chunk, (size_t)got);
        if (e) return e;
    }
}

void outbuf_close(FILE *fp, outbuf_t *b)
{
    (void)b; /* freed by the stream's close */
    fclose(fp);
}
