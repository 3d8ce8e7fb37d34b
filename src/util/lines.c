#include "util/lines.h"
#include "util/bounds.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#define BLOCK ((size_t)1 << 20)

int lines_init(lines_t *r, FILE *fp)
{
    memset(r, 0, sizeof *r);
    r->fp = fp;
    r->max_line = limit_line();
    r->cap = BLOCK;
    r->buf = malloc(r->cap + 1);
    return r->buf ? 0 : -1;
}

void lines_destroy(lines_t *r)
{
    free(r->buf);
    r->buf = NULL;
}

int lines_next(lines_t *r, char **line, size_t *len)
{
    size_t scan = r->start;
    for (;;) {
        char *nl = memchr(r->buf + scan, '\n', r->end - scan);
        if (nl) {
            size_t n = (size_t)(nl - (r->buf + r->start));
            *nl = '\0';
            *line = r->buf + r->start;
            *len = n;
            r->start += n + 1;
            return 1;
        }
        if (r->eof) {
            if (r->start == r->end) return 0;
            *line = r->buf + r->start;
            *len = r->end - r->start;
            r->buf[r->end] = '\0';
            r->start = r->end;
            return 1;
        }
        if (r->end - r->start > r->max_line) return -3;
        /* Keep the partial line, make room, read more. */
        if (r->start > 0) {
            memmove(r->buf, r->buf + r->start, r->end - r->start);
            r->end -= r->start;
            r->start = 0;
        }
        if (r->end == r->cap) {
            size_t cap = r->cap * 2;
            char *b = realloc(r->buf, cap + 1);
            if (!b) return -2;
            r->buf = b;
            r->cap = cap;
        }
        scan = r->end;
        size_t got = fread(r->buf + r->end, 1, r->cap - r->end, r->fp);
        r->end += got;
        if (got == 0) {
            if (ferror(r->fp)) return -1;
            r->eof = 1;
        }
    }
}

size_t lines_estimate(int fd)
{
    enum { SAMPLE = 65536 };
    struct stat st;
    if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0)
        return 0;
    char *buf = malloc(SAMPLE);
    if (!buf) return 0;
    ssize_t n = pread(fd, buf, SAMPLE, 0);
    size_t lines = 0;
    for (ssize_t i = 0; i < n; i++) lines += buf[i] == '\n';
    int open_end = n > 0 && buf[n - 1] != '\n';
    free(buf);
    if (n <= 0) return 0;
    if ((off_t)n >= st.st_size) return lines + (size_t)open_end; /* all */
    return (size_t)((double)st.st_size * (double)lines / (double)n);
}
