#include "diag.h"

#include <stdio.h>
#include <string.h>

#include "util/escape.h"

static diag_sink_fn sink_fn;
static void *sink_ctx;
static int quiet;
static size_t nerrors;

void diag_set_sink(diag_sink_fn fn, void *ctx)
{
    sink_fn = fn;
    sink_ctx = ctx;
}

void diag_set_quiet(int q) { quiet = q; }
int diag_quiet(void) { return quiet; }
size_t diag_count(void) { return nerrors; }
void diag_reset(void) { nerrors = 0; }

static void emit(const char *kind, const char *file, long line, long col,
                 const char *fmt, va_list ap)
{
    char msg[1024];
    size_t n = 0;
    int w = snprintf(msg, sizeof msg, "dipnet: ");
    n = (size_t)w;
    if (file) {
        w = snprintf(msg + n, sizeof msg - n, "%s:", file);
        n += w > 0 ? (size_t)w : 0;
        if (n >= sizeof msg) n = sizeof msg - 1;
        if (line > 0) {
            w = snprintf(msg + n, sizeof msg - n, "%ld:", line);
            n += w > 0 ? (size_t)w : 0;
            if (n >= sizeof msg) n = sizeof msg - 1;
            if (col > 0) {
                w = snprintf(msg + n, sizeof msg - n, "%ld:", col);
                n += w > 0 ? (size_t)w : 0;
                if (n >= sizeof msg) n = sizeof msg - 1;
            }
        }
        if (n < sizeof msg - 1) msg[n++] = ' ';
        msg[n] = '\0';
    }
    if (kind && n < sizeof msg - 1) {
        w = snprintf(msg + n, sizeof msg - n, "%s: ", kind);
        n += w > 0 ? (size_t)w : 0;
        if (n >= sizeof msg) n = sizeof msg - 1;
    }
    vsnprintf(msg + n, sizeof msg - n, fmt, ap);
    /* A message is one line: fold line breaks and tabs from user data;
     * show other control characters (ESC of a hostile name) escaped, so
     * that they never reach the terminal (util/escape.h). */
    for (char *p = msg; *p; p++)
        if (*p == '\n' || *p == '\r' || *p == '\t') *p = ' ';
    /* one byte more than the escaped message takes, for the line end */
    char shown[4 * sizeof msg + 1];
    size_t len = esc_term_str(shown, sizeof shown - 1, msg, strlen(msg));
    if (sink_fn)
        sink_fn(shown, sink_ctx);
    else {
        /* one write: stderr is unbuffered, and a note a text (a thousand
         * texts without events) made two system calls each */
        shown[len] = '\n';
        fwrite(shown, 1, len + 1, stderr);
    }
}

int diag_error(int code, const char *file, long line, long col,
               const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    emit(NULL, file, line, col, fmt, ap);
    va_end(ap);
    nerrors++;
    return code;
}

void diag_note(const char *file, long line, long col, const char *fmt, ...)
{
    if (quiet) return;
    va_list ap;
    va_start(ap, fmt);
    emit("note", file, line, col, fmt, ap);
    va_end(ap);
}

int diag_nomem(const char *where)
{
    return diag_error(DN_ENOMEM, NULL, 0, 0, "out of memory (%s)",
                      where ? where : "allocation");
}
