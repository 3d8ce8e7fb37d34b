#define _GNU_SOURCE /* fopencookie */
#include "replay.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    FILE *fp;
    size_t n, pos;
    char head[];
} replay_t;

static ssize_t rp_read(void *c, char *buf, size_t size)
{
    replay_t *r = c;
    if (r->pos < r->n) {
        size_t k = r->n - r->pos < size ? r->n - r->pos : size;
        memcpy(buf, r->head + r->pos, k);
        r->pos += k;
        return (ssize_t)k;
    }
    size_t got = fread(buf, 1, size, r->fp);
    if (got == 0 && ferror(r->fp)) {
        if (!errno) errno = EIO;
        return -1;
    }
    return (ssize_t)got;
}

static int rp_close(void *c)
{
    free(c);
    return 0;
}

FILE *replay_open(const char *head, size_t n, FILE *fp)
{
    replay_t *r = malloc(sizeof *r + (n ? n : 1));
    if (!r) return NULL;
    r->fp = fp;
    r->n = n;
    r->pos = 0;
    if (n) memcpy(r->head, head, n);
    cookie_io_functions_t io = {.read = rp_read, .close = rp_close};
    FILE *s = fopencookie(r, "r", io);
    if (!s) free(r);
    return s;
}
