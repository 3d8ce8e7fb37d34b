/* buf: a growable byte string.  Caller-allocated; buf_init/buf_destroy pair.
 * The content is always NUL-terminated once anything was appended. */
#ifndef BUF_H
#define BUF_H

#include <stddef.h>

typedef struct {
    char *data;  /* owned; NULL until the first append */
    size_t len;
    size_t cap;
} buf_t;

void buf_init(buf_t *b);
void buf_destroy(buf_t *b);
/* Empties the buffer but keeps its memory. */
void buf_clear(buf_t *b);
/* Each returns 0 on success, -1 when memory runs out (buffer unchanged). */
int buf_reserve(buf_t *b, size_t extra);
int buf_append(buf_t *b, const char *s, size_t n);
int buf_puts(buf_t *b, const char *s);
int buf_putc(buf_t *b, char c);
int buf_printf(buf_t *b, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));
/* Returns the content ("" when empty); owned by the buffer. */
const char *buf_cstr(const buf_t *b);
/* Hands the heap string to the caller (who frees it); the buffer is emptied.
 * Returns NULL when memory runs out. */
char *buf_detach(buf_t *b);

#endif
