/* replay: a stream that gives back bytes already read from another stream.
 *
 * To tell what a pipe holds, dipnet reads its first few kilobytes; replay
 * then hands the reader those bytes followed by the rest of the pipe, so the
 * pipe is streamed, never read whole just to be sniffed. */
#ifndef REPLAY_H
#define REPLAY_H

#include <stdio.h>

/* A read stream of head[0..n) (copied) then of fp (borrowed: not closed by
 * fclose of the result).  NULL when out of memory. */
FILE *replay_open(const char *head, size_t n, FILE *fp);

#endif
