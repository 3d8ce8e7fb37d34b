/* lines: fast line reading from a stream.
 *
 * Reads big blocks and hands out lines in place (no copy per line, unlike
 * getline), which matters for million-row event files.  A line longer than
 * the block grows the buffer, up to a limit, so a 50 MB single line is read
 * and a runaway one is refused. */
#ifndef LINES_H
#define LINES_H

#include <stdio.h>

typedef struct {
    FILE *fp;
    char *buf;        /* owned */
    size_t cap, start, end;
    size_t max_line;  /* longest line accepted, bytes */
    int eof;
} lines_t;


/* Prepares to read fp (borrowed).  Returns 0, or -1 when memory runs out. */
int lines_init(lines_t *r, FILE *fp);
void lines_destroy(lines_t *r);

/* The next line, without its "\n" and NUL-terminated, valid until the next
 * call; *len is its length (NUL bytes inside are kept).  Returns 1 for a
 * line, 0 at the end, -1 on a read error (errno set), -2 when memory runs
 * out, -3 when the line is longer than max_line (limit_line() unless
 * changed after lines_init). */
int lines_next(lines_t *r, char **line, size_t *len);

/* About how many lines the regular file open as fd holds: its size times
 * the lines per byte of its first 64 KiB (exact when the file is that
 * short; the last line counts without its "\n").  Read with pread, so the
 * file's position does not move.  Returns 0 for an empty file or one that
 * cannot be read.  Why: a reader can tell a consumer how much to expect
 * before a big file is read (net_expect_events sizes a table with it). */
size_t lines_estimate(int fd);

#endif
