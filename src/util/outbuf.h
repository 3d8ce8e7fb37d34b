/* outbuf: a stream that holds standard output until the run succeeds.
 *
 * The first OUTBUF_MEMORY bytes stay in memory, so small outputs never
 * touch a disk; beyond that the stream moves into an unnamed temporary file
 * in $TMPDIR (else /tmp).  When no such file can be made, or the move
 * fails, everything stays in memory.  outbuf_copy writes it all to a
 * file descriptor. */
#ifndef OUTBUF_H
#define OUTBUF_H

#include <stdio.h>

#define OUTBUF_MEMORY (8u << 20)

typedef struct outbuf outbuf_t;

/* Opens a buffer stream; *bp receives its state (owned by the stream:
 * freed by outbuf_close).  Returns NULL when out of memory. */
FILE *outbuf_open(outbuf_t **bp);
/* Copies everything written (after fflush) to fd.  Returns 0, or an errno
 * value: EPIPE when the reader left, the write's errno, or the buffer's own
 * error (*buffer_error set to 1). */
int outbuf_copy(outbuf_t *b, int fd, int *buffer_error);
/* Closes the stream and frees the buffer. */
void outbuf_close(FILE *fp, outbuf_t *b);
/* The buffer's first failure (an errno value), 0 when none. */
int outbuf_error(const outbuf_t *b);

#endif
