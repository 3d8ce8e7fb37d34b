/* diag: the one message sink of dipnet, and its exit codes.
 *
 * Every error a user sees goes through here so that it has one shape:
 *   dipnet: FILE:LINE:COL: message
 * Modules below main.c never print or exit themselves; they call diag_error()
 * and return an error code.  Tests can redirect the sink to capture text. */
#ifndef DIAG_H
#define DIAG_H

#include <stdarg.h>
#include <stddef.h>

/* Exit codes, documented in `dipnet --help` and the README. */
typedef enum {
    DN_OK = 0,       /* success */
    DN_EINPUT = 1,   /* bad input: malformed file, unknown name, ... */
    DN_EUSAGE = 2,   /* bad command line */
    DN_EIO = 3,      /* cannot read or write a file */
    DN_ENOMEM = 4    /* out of memory or a library failure */
} dn_status_t;

/* The exit codes in words, written once for every --help, the usage text
 * and (by hand) the README and the man page. */
#define DN_EXIT_CODES_HELP                                                  \
    "Exit codes: 0 ok, 1 bad input (the message names FILE:LINE:COL),\n"    \
    "2 bad command line, 3 cannot read or write a file, 4 out of memory or\n" \
    "library failure.\n"

/* A sink receives one finished message line (without the trailing newline). */
typedef void (*diag_sink_fn)(const char *line, void *ctx);

/* Routes messages to fn (NULL restores stderr).  Set it before any worker
 * thread starts (util/threads.h, util/ahead.h): the sink is read without a
 * lock.  Each message is formatted in its own buffer, so messages of
 * several threads never mix inside a line. */
void diag_set_sink(diag_sink_fn fn, void *ctx);

/* Reports an error at file:line:col.  line/col <= 0 are left out, file NULL
 * too.  Always returns `code`, so callers can write `return diag_error(...)`. */
int diag_error(int code, const char *file, long line, long col,
               const char *fmt, ...)
    __attribute__((format(printf, 5, 6)));

/* Like diag_error but for a notice (e.g. "transcoded from Windows-1252");
 * printed as `dipnet: FILE:LINE:COL: note: ...`.  Suppressed by diag_quiet. */
void diag_note(const char *file, long line, long col, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

/* Silences notes (not errors). */
void diag_set_quiet(int quiet);
/* 1 when notes are silenced (-q): progress stays silent too. */
int diag_quiet(void);

/* Reports an allocation failure; returns DN_ENOMEM. */
int diag_nomem(const char *where);

/* Number of errors reported since start (or the last diag_reset). */
size_t diag_count(void);
void diag_reset(void);

#endif
